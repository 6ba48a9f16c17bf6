//! How messages and terms refer to each other. One that refers back to
//! itself, directly or through others (`a = { b }`, `b = { a }`), cannot
//! be formatted: the app shows nothing, so a title or the "where to get
//! help" paragraph would silently disappear. And formatting follows
//! references by recursion, a level for each placeable on the way, so
//! a long chain of deeply nested messages could overflow the stack
//! where one message alone cannot.

use std::collections::{BTreeMap, HashMap};

/// Placeables and calls deep that formatting a message may go, through
/// everything it refers to. Real messages go 2 to 4; one message alone
/// may go 20 (`nesting::MAX_NESTING`).
pub const MAX_RESOLVED_NESTING: usize = 60;

/// One node (`id`, `id.attribute`, `-term`): how deep its own pattern
/// nests, and the nodes it refers to.
pub struct Node {
    pub depth: usize,
    pub references: Vec<String>,
}

/// What following the references found.
pub struct Resolution<'a> {
    /// The nodes that sit on a cycle or lead into one.
    pub cyclic: Vec<&'a str>,
    /// The nodes whose formatting goes deeper than
    /// [`MAX_RESOLVED_NESTING`] while nothing they refer to does: where
    /// the limit is crossed. With how deep each goes.
    pub too_deep: Vec<(&'a str, usize)>,
}

/// Follows every reference. References to nodes that do not exist are
/// left to the other checks.
///
/// Kahn's algorithm, without recursion (a chain of a hundred thousand
/// messages must not overflow the stack): nodes that refer to nothing
/// left are removed until none can be; the rest cannot be formatted. A
/// node is removed only after all it refers to, so its depth is known.
pub fn resolve(graph: &BTreeMap<String, Node>) -> Resolution<'_> {
    let mut remaining: HashMap<&str, usize> = HashMap::new();
    let mut referred_by: HashMap<&str, Vec<&str>> = HashMap::new();
    for (node, Node { references, .. }) in graph {
        let mut count = 0;
        for target in references
            .iter()
            .filter(|target| graph.contains_key(*target))
        {
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
    let mut depth: HashMap<&str, usize> = HashMap::new();
    let mut too_deep = Vec::new();
    while let Some(node) = done.pop() {
        let below = graph[node]
            .references
            .iter()
            .filter_map(|target| depth.get(target.as_str()))
            .max()
            .copied()
            .unwrap_or(0);
        let total = graph[node].depth + below;
        if total > MAX_RESOLVED_NESTING && below <= MAX_RESOLVED_NESTING {
            too_deep.push((node, total));
        }
        depth.insert(node, total);
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
    let mut cyclic: Vec<&str> = remaining.into_keys().collect();
    cyclic.sort_unstable();
    too_deep.sort_unstable();
    Resolution { cyclic, too_deep }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<String, Node> {
        edges
            .iter()
            .map(|(node, targets)| {
                (
                    (*node).to_owned(),
                    Node {
                        depth: 1,
                        references: targets.iter().map(|t| (*t).to_owned()).collect(),
                    },
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
        let resolved = resolve(&found);
        assert_eq!(resolved.cyclic, vec!["-u", "a", "b", "into", "m.x", "self"]);
        assert!(resolved.too_deep.is_empty());
    }

    #[test]
    fn a_long_chain_is_not_a_cycle_and_needs_no_deep_stack() {
        let chain: BTreeMap<String, Node> = (0..200_000)
            .map(|n| {
                let node = Node {
                    depth: 1,
                    references: vec![format!("m{}", n + 1)],
                };
                (format!("m{n}"), node)
            })
            .collect();
        let resolved = resolve(&chain);
        assert!(resolved.cyclic.is_empty());
        // Only where the limit is crossed: m199999 goes 1 deep, m199939 61.
        assert_eq!(resolved.too_deep, vec![("m199939", 61)]);
    }
}
