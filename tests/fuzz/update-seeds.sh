#!/usr/bin/env bash
# Refreshes the committed seed corpora from the built-in content:
#   seeds/course/  <- assets/course.ron
#   seeds/locale/  <- locales/en/*.ftl, locales/ur/*.ftl
# Run after the course or the translations change, then commit seeds/.
set -euo pipefail
cd "$(dirname "$0")"
root=../..

rm -rf seeds/course seeds/locale
mkdir -p seeds/course seeds/locale
cp "$root/assets/course.ron" seeds/course/course.ron
for lang in en ur; do
  for f in "$root"/locales/"$lang"/*.ftl; do
    cp "$f" "seeds/locale/$lang-$(basename "$f")"
  done
done
echo "seeds: $(ls seeds/course | wc -l) course, $(ls seeds/locale | wc -l) locale"
