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
# The edges of the limits check enforces, so the fuzzer starts next to
# them: nesting at and past 20 levels, control characters raw and escaped,
# reference cycles.
nest() { printf '%s"x"%s' "$(printf '{ %.0s' $(seq "$1"))" "$(printf ' }%.0s' $(seq "$1"))"; }
printf 'app-title = %s\n' "$(nest 20)" > seeds/locale/limit-nesting-20.ftl
printf 'app-title = %s\n' "$(nest 21)" > seeds/locale/limit-nesting-21.ftl
printf 'app-title = { NUMBER(NUMBER({ NUMBER(1) })) }\n' > seeds/locale/limit-calls.ftl
printf 'app-title = Hifa\0zat\nb = { "\\u0000" }\nc = \u200fok\u2066x\u2069\n' > seeds/locale/limit-controls.ftl
printf 'a = { b }\nb = { a }\n-t = { -u }\n-u = { -t }\nx = x\n    .a = { x.b }\n    .b = { x.a }\n' > seeds/locale/limit-cycles.ftl
echo "seeds: $(ls seeds/course | wc -l) course, $(ls seeds/locale | wc -l) locale"
