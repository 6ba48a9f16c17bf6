//! A valid pack of any number of lessons, for measuring how `check` and
//! start-up grow with a pack's size (tests/limits.rs, benches/core.rs).
//! Each lesson has what a real one has, in small: two sections, two key
//! points, a discussion question, a single-choice and a true/false
//! question, in English and Urdu.

use std::fmt::Write;
use std::path::Path;

/// The pack's files, by path inside it.
pub fn files(lessons: usize) -> Vec<(String, String)> {
    let mut course = String::from("Course(\n    lessons: [\n");
    let mut english = String::new();
    let mut urdu = String::new();
    for n in 0..lessons {
        let id = format!("l{n}");
        let _ = writeln!(
            course,
            "        Lesson(\n            id: \"{id}\",\n            sections: [\"a\", \"b\"],\n            \
             key_points: [\"k1\", \"k2\"],\n            discussion: [\"d1\"],\n            \
             quiz: Quiz(pass_mark: 80, questions: [\n                \
             Question(id: \"q1\", kind: Single(options: [\"a\", \"b\", \"c\"], answer: \"b\")),\n                \
             Question(id: \"q2\", kind: TrueFalse(answer: true)),\n            ]),\n        ),"
        );
        for (text, words) in [(&mut english, "Lesson"), (&mut urdu, "سبق")] {
            let _ = write!(
                text,
                "lesson-{id} = {words} {n}\n    .goal = {words} {n} goal\n\
                 section-{id}-a = {words} {n} a\n    .body = The first part of {words} {n}.\n\n        A second paragraph.\n\
                 section-{id}-b = {words} {n} b\n    .body = The second part of {words} {n}.\n\
                 key-{id}-k1 = A key point of {words} {n}\n\
                 key-{id}-k2 = Another key point\n\
                 discuss-{id}-d1 = What would you do?\n\
                 q-{id}-q1 = Which is right?\n    .a = This\n    .b = That\n    .c = Neither\n    .why = Because.\n\
                 q-{id}-q2 = Is this true?\n    .why = Yes.\n"
            );
        }
    }
    course.push_str("    ],\n)\n");
    vec![
        ("assets/course.ron".to_owned(), course),
        ("locales/en/big.ftl".to_owned(), english),
        ("locales/ur/big.ftl".to_owned(), urdu),
    ]
}

/// Writes the pack into `dir`.
pub fn write(dir: &Path, lessons: usize) {
    for (path, text) in files(lessons) {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder made");
        std::fs::write(path, text).expect("file written");
    }
}
