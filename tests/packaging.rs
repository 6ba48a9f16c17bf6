//! What the Debian package and the portable archive are made from
//! (assets/packaging/): the version line, the manual page made from the
//! command line's definition, and package files that agree with the
//! program. The files themselves are checked by desktop-file-validate and
//! appstreamcli in .ci/run, which also installs the package.

use hifazat_core::content::Content;
use std::path::Path;
use std::process::Command;

fn hifazat(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_hifazat"))
        .args(args)
        .output()
        .expect("hifazat runs");
    assert!(output.status.success(), "hifazat {args:?}: {output:?}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn packaging(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/packaging")
            .join(name),
    )
    .unwrap_or_else(|error| panic!("{name}: {error}"))
}

#[test]
fn the_version_line_names_the_course_edition_too() {
    let course = Content::embedded().expect("the course loads").course;
    assert!(!course.content_version.is_empty(), "course.ron has one");
    assert_eq!(
        hifazat(&["--version"]),
        format!(
            "hifazat {} (content {})\n",
            env!("CARGO_PKG_VERSION"),
            course.content_version
        )
    );
}

#[test]
fn the_manual_page_is_made_from_the_command_line() {
    let page = hifazat(&["man"]);
    assert!(page.contains(".TH hifazat 1"), "{page}");
    let version = env!("CARGO_PKG_VERSION");
    assert!(page.contains(version), "the version is on the page");
    for shown in [
        "\\-\\-data\\-dir",
        "\\-\\-kiosk",
        "\\-\\-lang",
        "hifazat\\-check",
        "hifazat\\-export",
        "hifazat\\-audio",
        "hifazat\\-hash\\-pin",
    ] {
        assert!(page.contains(shown), "{shown} is not on the page:\n{page}");
    }
    assert!(
        !page.contains("hifazat\\-man"),
        "the hidden command is left out"
    );
}

#[test]
fn the_desktop_entry_and_metainfo_name_this_program() {
    let desktop = packaging("org.hifazat.Hifazat.desktop");
    for line in [
        "Exec=hifazat",
        "Icon=org.hifazat.Hifazat",
        "Name[ur]=حفاظت",
        "Categories=Education;",
    ] {
        assert!(desktop.lines().any(|l| l == line), "no {line}");
    }
    for key in ["Comment=", "Comment[ur]=", "Keywords=", "Keywords[ur]="] {
        assert!(desktop.lines().any(|l| l.starts_with(key)), "no {key}");
    }
    let metainfo = packaging("org.hifazat.Hifazat.metainfo.xml");
    assert!(metainfo.contains("<launchable type=\"desktop-id\">org.hifazat.Hifazat.desktop<"));
    assert!(metainfo.contains("<binary>hifazat</binary>"));
    assert!(metainfo.contains("<summary xml:lang=\"ur\">"));
    assert!(metainfo.contains("<p xml:lang=\"ur\">"));
    assert!(metainfo.contains("<content_rating type=\"oars-1.1\">"));
    assert!(
        metainfo.contains(&format!(
            "<release version=\"{}\"",
            env!("CARGO_PKG_VERSION")
        )),
        "the newest release in the metainfo is this version"
    );
}

#[test]
fn every_icon_size_the_package_installs_is_there() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("Cargo.toml");
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let png = format!("icons/org.hifazat.Hifazat-{size}.png");
        let bytes = std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets/packaging")
                .join(&png),
        )
        .unwrap_or_else(|error| panic!("{png}: {error}"));
        assert_eq!(&bytes[1..4], b"PNG", "{png}");
        // The IHDR chunk: width and height, big-endian, at bytes 16..24.
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
        assert_eq!((width, height), (size, size), "{png}");
        assert!(
            manifest.contains(&format!("{size}x{size}/apps/org.hifazat.Hifazat.png")),
            "Cargo.toml does not install {png}"
        );
    }
}
