#!/usr/bin/env bash
# Hifazat beside what a centre would otherwise install (issue 21): Kolibri,
# the offline learning server, put in a throw-away virtual environment with
# pip, listening on 127.0.0.1 only, its network features off (no ping home,
# no zeroconf, the content and data-portal servers pointed at a closed
# local port). In the same run, alternating, RUNS times each:
#
#   launch -> first page answered: Kolibri's `/` answered 200 over HTTP
#     (following its redirect to the setup page; a started, migrated
#     home, so not its very first start, which is shown apart), against
#     Hifazat's launch -> first frame (--exit-after-first-frame --lang ur)
#   resident memory at start and after five page loads: Kolibri's process
#     once it answers, then after five pages fetched with every script,
#     style and font the pages name; Hifazat's window once shown, then
#     after five page turns (xdotool keys)
#   disk installed: the virtual environment and Kolibri's home, against
#     the release binary (everything Hifazat needs is inside it)
#
#   benches/kolibri.sh            # RUNS=10; also run by bench.sh --slow
#
# Skips with one line saying why where Kolibri cannot be installed (no
# python3 venv, no package index) or a tool is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
KOLIBRI_VERSION="${KOLIBRI_VERSION:-0.19.5}"

skip() { echo "kolibri: skipped: $*"; exit 0; }
for tool in python3 curl Xvfb xdotool; do
  command -v "$tool" >/dev/null || skip "$tool is not installed"
done
[ -x /usr/bin/time ] || skip "/usr/bin/time is not installed"

work=$(mktemp -d)
kolibri_pid=""
xvfb=""
cleanup() {
  [ -n "$kolibri_pid" ] && kill "$kolibri_pid" 2>/dev/null && wait "$kolibri_pid" 2>/dev/null
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

python3 -m venv "$work/venv" >/dev/null 2>&1 || skip "python3 cannot make a virtual environment (python3-venv)"
if ! "$work/venv/bin/pip" install -q --disable-pip-version-check "kolibri==$KOLIBRI_VERSION" >"$work/pip.log" 2>&1; then
  skip "pip could not install kolibri==$KOLIBRI_VERSION (no package index reachable?): $(tail -n 1 "$work/pip.log")"
fi
kolibri="$work/venv/bin/kolibri"

port=$("$work/venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export KOLIBRI_HOME="$work/home" KOLIBRI_HTTP_PORT="$port" KOLIBRI_LISTEN_ADDRESS=127.0.0.1 \
  KOLIBRI_DISABLE_PING=1 KOLIBRI_ZEROCONF_ENABLED=0 \
  KOLIBRI_CENTRAL_CONTENT_BASE_URL=http://127.0.0.1:9 \
  KOLIBRI_DATA_PORTAL_SYNCING_BASE_URL=http://127.0.0.1:9
url="http://127.0.0.1:$port"

cargo build --release --quiet --bin hifazat
app="${CARGO_TARGET_DIR:-target}/release/hifazat"
if [ -z "${DISPLAY:-}" ] || ! xdotool getdisplaygeometry >/dev/null 2>&1; then
  display=":$((80 + RANDOM % 9))"
  Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  export DISPLAY="$display"
fi
export ICED_BACKEND=tiny-skia

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# Resident memory of a process and its children, KiB.
rss_tree() { ps -o rss= --pid "$1" --ppid "$1" | awk '{ s += $1 } END { print s + 0 }'; }

# One page as a browser would fetch it: the page (redirects followed),
# then every script, style sheet and font file it names.
load_page() {
  local html
  html=$(curl -sfL "$url$1") || return 1
  grep -o '\(src\|href\)="/static/[^"]*"' <<<"$html" | cut -d'"' -f2 | sort -u |
    while read -r asset; do curl -sf -o /dev/null "$url$asset"; done
}

# Starts Kolibri; prints "ms-to-first-answer rss-at-start-KiB
# rss-after-five-pages-KiB", then stops it.
kolibri_run() {
  local start end
  start=$(now_ms)
  "$kolibri" start --foreground >>"$work/kolibri.log" 2>&1 &
  kolibri_pid=$!
  until [ "$(curl -s -L -o /dev/null -w '%{http_code}' "$url/" 2>/dev/null)" = 200 ]; do
    kill -0 "$kolibri_pid" 2>/dev/null || { echo "kolibri: it stopped; its log:" >&2; tail -n 20 "$work/kolibri.log" >&2; return 1; }
    sleep 0.05
  done
  end=$(now_ms)
  local at_start after
  at_start=$(rss_tree "$kolibri_pid")
  for page in / /en/setup/ /en/learn/ /en/user/ /en/setup/; do load_page "$page"; done
  after=$(rss_tree "$kolibri_pid")
  # Once, that it listens on loopback alone.
  if [ ! -e "$work/listening" ] && command -v ss >/dev/null; then
    ss -ltnp | grep "pid=$kolibri_pid," >"$work/listening" || true
  fi
  kill "$kolibri_pid"
  wait "$kolibri_pid" 2>/dev/null || true
  kolibri_pid=""
  echo "$(( end - start )) $at_start $after"
}

# Hifazat to its first frame; prints milliseconds.
hifazat_first_frame() {
  local start end
  start=$(now_ms)
  "$app" --exit-after-first-frame --lang ur --data-dir "$work/hifazat" >/dev/null 2>&1
  end=$(now_ms)
  echo $(( end - start ))
}

# Hifazat's resident memory once its window shows, and after five page
# turns (past the notice, a lesson, three pages on); prints two KiB values.
hifazat_pages() {
  local pid window at_start after
  "$app" --lang ur --data-dir "$work/pages" >/dev/null 2>&1 &
  pid=$!
  window=$(xdotool search --sync --pid "$pid" | tail -n 1)
  sleep 0.5
  at_start=$(rss_tree "$pid")
  for key in Return 1 Next Next Next; do
    xdotool windowfocus --sync "$window" key "$key"
    sleep 0.3
  done
  after=$(rss_tree "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work/pages"
  echo "$at_start $after"
}

first=$(kolibri_run)
: >"$work/k"; : >"$work/h"; : >"$work/hp"
hifazat_first_frame >/dev/null # warms the page cache
for _ in $(seq "$RUNS"); do
  kolibri_run >>"$work/k"
  hifazat_first_frame >>"$work/h"
  hifazat_pages >>"$work/hp"
done

k_ms=$(cut -d' ' -f1 "$work/k" | median)
k_start=$(cut -d' ' -f2 "$work/k" | median)
k_after=$(cut -d' ' -f3 "$work/k" | median)
h_ms=$(median <"$work/h")
h_start=$(cut -d' ' -f1 "$work/hp" | median)
h_after=$(cut -d' ' -f2 "$work/hp" | median)
k_disk=$(du -sb "$work/venv" "$work/home" | awk '{ s += $1 } END { print s }')
h_disk=$(stat -c %s "$app")
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo
echo "Kolibri $KOLIBRI_VERSION beside Hifazat, $(date -u +%Y-%m-%d), $(nproc) cores, $RUNS alternating runs each (medians)"
printf '%-46s %s\n' "Kolibri listens on" "$(awk '{ print $4 }' "$work/listening" 2>/dev/null | sort -u | tr '\n' ' ')"
printf '%-46s %s\n' "Kolibri's very first start (migrations)" "$(cut -d' ' -f1 <<<"$first") ms"
printf '%-46s %s\n' "launch -> first page, Kolibri (HTTP 200)" "$k_ms ms"
printf '%-46s %s\n' "launch -> first frame, Hifazat" "$h_ms ms"
printf '%-46s %s\n' "ratio Kolibri / Hifazat" "$(ratio "$k_ms" "$h_ms") x"
printf '%-46s %s\n' "memory at start, Kolibri / Hifazat" "$(mib "$k_start") / $(mib "$h_start") ($(ratio "$k_start" "$h_start") x)"
printf '%-46s %s\n' "memory after five pages, Kolibri / Hifazat" "$(mib "$k_after") / $(mib "$h_after") ($(ratio "$k_after" "$h_after") x)"
printf '%-46s %s\n' "disk installed, Kolibri / Hifazat" "$(awk -v b="$k_disk" 'BEGIN { printf "%.0f MB", b / 1e6 }') / $(awk -v b="$h_disk" 'BEGIN { printf "%.1f MB", b / 1e6 }') ($(ratio "$k_disk" "$h_disk") x)"
