//! Messages and terms that refer to themselves, directly or through
//! others (`a = { b }`, `b = { a }`). Fluent cannot format them and the
//! app shows nothing, so a title or the "where to get help" paragraph
//! would silently disappear.

use std::collections::{BTreeMap, HashMap};

/// The nodes (`id`, `id.attribute`, `-term`) that sit on a cycle or lead
/// into one, given what each node refers to. References to nodes that do
/// not exist are left to the other checks.
///
/// Kahn's algorithm, without recursion (a chain of a hundred thousand
/// messages must not overflow the stack): nodes that refer to nothing
/// left are removed until none can be; the rest cannot be formatted.
pub fn cyclic(graph: &BTreeMap<String, Vec<String>>) -> Vec<&str> {
    let mut remaining: HashMap<&str, usize> = HashMap::new();
    let mut referred_by: HashMap<&str, Vec<&str>> = HashMap::new();
    for (node, targets) in graph {
        let mut count = 0;
        for target in targets.iter().filter(|target| graph.contains_key(*target)) {
            count += 1;
            referred_by.entry(target).or_default().push(node);
        }
        remaining.insert(node, count);
    }
    let mut done: Vec<&str> = remaining
        .iter()
        .filter(|&(_, &count)| count == 0)
        .map(|(&node, _)| node)
        .collect();
    while let Some(node) = done.pop() {
        for &from in referred_by.get(node).into_iter().flatten() {
            if let Some(count) = remaining.get_mut(from) {
                *count -= 1;
                if *count == 0 {
                    done.push(from);
                }
            }
        }
        remaining.remove(node);
    }
    let mut left: Vec<&str> = remaining.into_keys().collect();
    left.sort_unstable();
    left
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        edges
            .iter()
            .map(|(node, targets)| {
                (
                    (*node).to_owned(),
                    targets.iter().map(|t| (*t).to_owned()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn cycles_and_what_leads_into_them_are_found() {
        let found = graph(&[
            ("a", &["b"]),
            ("b", &["a"]),
            ("self", &["self"]),
            ("into", &["a", "fine"]),
            ("fine", &["-t", "missing"]),
            ("-t", &[]),
            ("m.x", &["-u"]),
            ("-u", &["m.x"]),
            ("m", &["m.y"]),
            ("m.y", &[]),
        ]);
        assert_eq!(cyclic(&found), vec!["-u", "a", "b", "into", "m.x", "self"]);
    }

    #[test]
    fn a_long_chain_is_not_a_cycle_and_needs_no_deep_stack() {
        let chain: BTreeMap<String, Vec<String>> = (0..200_000)
            .map(|n| (format!("m{n}"), vec![format!("m{}", n + 1)]))
            .collect();
        assert!(cyclic(&chain).is_empty());
    }
}
