//! Offline, always: nothing in the dependency tree can talk to a network.

#[test]
fn no_network_client_is_in_the_dependency_tree() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("Cargo.lock");
    let packages: Vec<&str> = lock
        .lines()
        .filter_map(|line| line.strip_prefix("name = \""))
        .map(|name| name.trim_end_matches('"'))
        .collect();
    assert!(
        packages.contains(&"iced"),
        "the lock file lists the real tree"
    );
    let clients = [
        "reqwest",
        "ureq",
        "hyper",
        "isahc",
        "curl",
        "attohttpc",
        "surf",
        "h2",
        "rustls",
        "native-tls",
        "openssl",
        "tokio-tungstenite",
        "tungstenite",
    ];
    let found: Vec<&&str> = packages
        .iter()
        .filter(|name| clients.contains(name))
        .collect();
    assert!(found.is_empty(), "network crates in the tree: {found:?}");
}
