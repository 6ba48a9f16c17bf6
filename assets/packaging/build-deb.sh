#!/usr/bin/env bash
# Builds the Debian package, target/debian/hifazat_<version>_<arch>.deb:
# the release binary, its manual page made from the clap definition
# (`hifazat man`), then `cargo deb` with [package.metadata.deb] in Cargo.toml.
# Needs cargo-deb (`cargo install cargo-deb --locked`). Prints the .deb's path.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${CARGO_TARGET_DIR:-target}"

cargo build --release --locked
"$target/release/hifazat" man > "$target/release/hifazat.1"
gzip -9nf "$target/release/hifazat.1"
cargo deb --no-build --locked --quiet
ls "$target"/debian/hifazat_*.deb
