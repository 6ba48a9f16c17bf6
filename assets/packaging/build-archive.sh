#!/usr/bin/env bash
# Builds the portable archive for a USB stick,
# target/hifazat-<version>-<arch>-linux.tar.gz: the release binary, README,
# licences, the manual page and the example content pack (assets/packs/).
# Its README section "A portable copy on a USB stick" says how to run it
# with --data-dir on the stick. Prints the archive's path.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${CARGO_TARGET_DIR:-target}"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)"
name="hifazat-$version-$(uname -m)-linux"

cargo build --release --locked
stage="$target/archive/$name"
rm -rf "$stage"
mkdir -p "$stage/packs"
install -m 755 "$target/release/hifazat" "$stage/"
"$target/release/hifazat" man > "$stage/hifazat.1"
install -m 644 README.md "$stage/"
install -m 644 assets/packaging/copyright "$stage/COPYRIGHT"
install -m 644 assets/fonts/OFL.txt "$stage/OFL.txt"
install -m 644 assets/fonts/Lucide-LICENSE.txt "$stage/LICENSE.lucide"
cp -R assets/packs/. "$stage/packs/"
# The same bytes for the same tree: sorted names, fixed owner and time.
tar --sort=name --owner=0 --group=0 --numeric-owner \
  --mtime="@${SOURCE_DATE_EPOCH:-0}" -C "$target/archive" -cf - "$name" |
  gzip -9n > "$target/$name.tar.gz"
echo "$target/$name.tar.gz"
