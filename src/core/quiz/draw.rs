//! Chance, made repeatable: which questions a quiz asks and in what order
//! their options stand, both from a seed kept with the attempt, so that a
//! resumed attempt, a language switch and a snapshot all see the same.

use crate::course::{Question, QuestionKind};

/// SplitMix64: small, fast and good enough to order a handful of options.
/// Nothing here is secret, so nothing stronger is needed.
#[derive(Debug, Clone)]
pub struct Chance(u64);

impl Chance {
    pub fn new(seed: u64) -> Self {
        Chance(seed)
    }

    /// A stream for one purpose ("the options of question 4"), so that
    /// asking for one thing never shifts another.
    pub fn for_part(seed: u64, parts: &[u64]) -> Self {
        let mut chance = Chance(seed);
        for part in parts {
            chance.0 ^= part.wrapping_mul(0xA24B_AED4_963E_E407);
            chance.next_u64();
        }
        chance
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (which must not be 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for last in (1..items.len()).rev() {
            let other = self.below(last + 1);
            items.swap(last, other);
        }
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> Option<T> {
        (!items.is_empty()).then(|| items[self.below(items.len())])
    }
}

/// The questions a quiz asks: `count` of the pool, spread over as many key
/// points as it has (one from each point before a second from any), in the
/// pool's order, which follows the lesson.
pub fn draw(questions: &[Question], count: usize, chance: &mut Chance) -> Vec<usize> {
    // A question without a point is a point of its own.
    let mut points: Vec<(&str, Vec<usize>)> = Vec::new();
    for (index, question) in questions.iter().enumerate() {
        let point = question.point.as_str();
        match points
            .iter_mut()
            .find(|(p, _)| !p.is_empty() && *p == point)
        {
            Some((_, members)) => members.push(index),
            None => points.push((point, vec![index])),
        }
    }
    chance.shuffle(&mut points);
    for (_, members) in &mut points {
        chance.shuffle(members);
    }
    let mut drawn = Vec::new();
    let mut depth = 0;
    while drawn.len() < count.min(questions.len()) {
        for (_, members) in &points {
            if let Some(&index) = members.get(depth)
                && drawn.len() < count
            {
                drawn.push(index);
            }
        }
        depth += 1;
    }
    drawn.sort_unstable();
    drawn
}

/// Where each option stands on screen: `order[place]` is the option (an
/// index into `kind.options()`) shown at `place`. True/false keeps its
/// order, as does a question that opts out; otherwise the order is the
/// seed's, turned by one place in each retry round so that a question asked
/// again never shows its options where they were.
pub fn option_order(question: &Question, seed: u64, salt: u64, round: usize) -> Vec<usize> {
    let count = question.kind.options().len();
    let mut order: Vec<usize> = (0..count).collect();
    if !question.shuffle || matches!(question.kind, QuestionKind::TrueFalse { .. }) || count < 2 {
        return order;
    }
    Chance::for_part(seed, &[salt]).shuffle(&mut order);
    order.rotate_left(round % count);
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(points: &[&str]) -> Vec<Question> {
        points
            .iter()
            .enumerate()
            .map(|(index, point)| Question {
                id: format!("q{index}"),
                point: (*point).to_owned(),
                shuffle: true,
                kind: QuestionKind::Single {
                    options: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                    answer: "a".into(),
                },
            })
            .collect()
    }

    #[test]
    fn a_draw_covers_every_point_before_repeating_one() {
        let questions = pool(&["p1", "p1", "p2", "p2", "p3", "p3", "p4", "p4", "p5", "p5"]);
        for seed in 0..500 {
            let drawn = draw(&questions, 6, &mut Chance::new(seed));
            assert_eq!(drawn.len(), 6);
            let mut distinct = drawn.clone();
            distinct.dedup();
            assert_eq!(distinct.len(), 6, "no question twice: {drawn:?}");
            let points: std::collections::BTreeSet<_> =
                drawn.iter().map(|&i| &questions[i].point).collect();
            assert_eq!(points.len(), 5, "seed {seed}: {drawn:?}");
        }
    }

    #[test]
    fn draws_differ_between_seeds_and_repeat_for_one() {
        let questions = pool(&["p1", "p1", "p2", "p2", "p3", "p3", "p4", "p4", "p5", "p5"]);
        let of = |seed| draw(&questions, 6, &mut Chance::new(seed));
        assert_eq!(of(7), of(7));
        let distinct: std::collections::BTreeSet<_> = (0..50).map(of).collect();
        assert!(
            distinct.len() > 10,
            "only {} different draws",
            distinct.len()
        );
    }

    #[test]
    fn a_small_pool_is_asked_whole() {
        let questions = pool(&["", "", "p"]);
        assert_eq!(draw(&questions, 6, &mut Chance::new(1)), vec![0, 1, 2]);
    }

    #[test]
    fn every_option_appears_once_and_a_retry_moves_each() {
        let question = &pool(&["p"])[0];
        for seed in 0..1000 {
            let first = option_order(question, seed, 3, 0);
            let mut sorted = first.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, vec![0, 1, 2, 3]);
            assert_eq!(first, option_order(question, seed, 3, 0), "repeatable");
            let again = option_order(question, seed, 3, 1);
            assert!(
                first.iter().zip(&again).all(|(a, b)| a != b),
                "seed {seed}: {first:?} then {again:?}"
            );
        }
    }

    #[test]
    fn true_false_and_opted_out_questions_keep_their_order() {
        let mut question = pool(&["p"]).remove(0);
        question.shuffle = false;
        assert_eq!(option_order(&question, 9, 0, 1), vec![0, 1, 2, 3]);
        question.shuffle = true;
        question.kind = QuestionKind::TrueFalse { answer: true };
        assert_eq!(option_order(&question, 9, 0, 0), vec![0, 1]);
    }
}
