#!/usr/bin/env bash
# Whole-process performance of Hifazat, measured against a bare iced window
# (same fonts, one line of Urdu) in the same run, on the CPU renderer under
# Xvfb: start-up to first frame (medians of RUNS alternating runs, and the
# ratio), peak memory, release binary size, CPU used in 10 s of idling,
# the peak memory of a scripted walk through the whole course, and how
# soon Listen is heard against espeak-ng alone (benches/listen_latency.rs).
#
#   benches/bench.sh            # RUNS=10 by default
#   RUNS=30 benches/bench.sh
#   benches/bench.sh --slow     # also the slow ones (issue 21), below
#
# --slow adds, each against a baseline in the same run: start-up and page
# turns pinned to one core (taskset -c 0) beside the bare window pinned
# the same way; scrolling the longest Urdu page at the largest text size
# at 1366x768, 1920x1080 and 3840x2160; the first frame after a text-size
# or language change (benches/pages.rs); peak memory of the full walk
# with every page read aloud; resident memory over 1,000 kiosk visitors
# drawn with pictures and a voice (benches/kiosk_rss.rs); and Kolibri
# beside Hifazat (benches/kolibri.sh). About 15 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
slow=false
[ "${1:-}" = "--slow" ] && slow=true
target="${CARGO_TARGET_DIR:-target}"

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xdotool >/dev/null || missing+=(xdotool)
[ -x /usr/bin/time ] || missing+=(time)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Separately: built together with the examples, the binary would get the
# features of the bench-only dependencies too, and be larger than shipped.
cargo build --release --quiet --bin hifazat
cargo build --release --quiet --example bare_window --example full_walk
app=$target/release/hifazat
bare=$target/release/examples/bare_window

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
data=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
sleep 1
export DISPLAY="$display" ICED_BACKEND=tiny-skia

# Runs a command to its first frame; prints "milliseconds peak-KiB".
probe() {
  local start end rss
  start=$(date +%s%N)
  rss=$(/usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -n 1)
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $rss"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

: >"$data/app" ; : >"$data/bare"
# One unmeasured run of each warms the page cache.
probe "$app" --exit-after-first-frame --lang ur --data-dir "$data/d" >/dev/null
probe "$bare" >/dev/null
for _ in $(seq "$RUNS"); do
  probe "$app" --exit-after-first-frame --lang ur --data-dir "$data/d" >>"$data/app"
  probe "$bare" >>"$data/bare"
done
app_ms=$(cut -d' ' -f1 "$data/app" | median)
bare_ms=$(cut -d' ' -f1 "$data/bare" | median)
app_kib=$(cut -d' ' -f2 "$data/app" | median)
bare_kib=$(cut -d' ' -f2 "$data/bare" | median)

# Idle: start in English on the welcome screen, let it settle, then count
# the CPU time (user + system) it uses in 10 s of nobody touching it.
"$app" --lang en --data-dir "$data/idle" >/dev/null 2>&1 &
pid=$!
sleep 3
# CPU time of every thread, in nanoseconds (schedstat is finer than the
# 10 ms clock ticks of /proc/PID/stat).
cpu_ns() { cat /proc/"$1"/task/*/schedstat | awk '{ s += $1 } END { print s }'; }
cpu_ms_in_10s() {
  local before after
  before=$(cpu_ns "$1"); sleep 10; after=$(cpu_ns "$1")
  awk -v d=$(( after - before )) 'BEGIN { printf "%.1f", d / 1e6 }'
}
idle_ms=$(cpu_ms_in_10s $pid)
kill $pid

# Kiosk: the start screen must sleep; an open session ticks once a second.
# Enter begins a session in the first language, as a tap would.
"$app" --kiosk --config-dir "$data/no-config" >/dev/null 2>&1 &
pid=$!
sleep 3
kiosk_start_ms=$(cpu_ms_in_10s $pid)
window=$(xdotool search --sync --pid $pid | tail -n 1)
xdotool windowfocus --sync "$window" key Return
sleep 1
kiosk_session_ms=$(cpu_ms_in_10s $pid)
kill $pid

walk=$("$target"/release/examples/full_walk)

# Checking packs of 1,000 (the lesson limit), 3,000 and 10,000 lessons:
# the time must grow in proportion (larger packs are refused, after
# reading them whole). Medians of 3 runs.
cargo build --release --quiet --example big_pack
check_ms=()
for lessons in 1000 3000 10000; do
  "$target"/release/examples/big_pack "$data/pack$lessons" "$lessons"
  : >"$data/check"
  for _ in 1 2 3; do
    start=$(date +%s%N)
    "$app" check --config-dir "$data/no-config" --content "$data/pack$lessons" >/dev/null || true
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >>"$data/check"
  done
  check_ms+=("$(median <"$data/check")")
done

echo
echo "Hifazat performance, $(date -u +%Y-%m-%d), $(nproc) cores, tiny-skia under Xvfb, $RUNS runs each"
printf '%-44s %s\n' "launch -> first frame, hifazat (median)" "${app_ms} ms"
printf '%-44s %s\n' "launch -> first frame, bare window (median)" "${bare_ms} ms"
printf '%-44s %s\n' "ratio hifazat / bare" "$(awk -v a="$app_ms" -v b="$bare_ms" 'BEGIN { printf "%.2f", a / b }')"
printf '%-44s %s\n' "peak memory to first frame, hifazat" "$(awk -v k="$app_kib" 'BEGIN { printf "%.1f MiB", k / 1024 }')"
printf '%-44s %s\n' "peak memory to first frame, bare window" "$(awk -v k="$bare_kib" 'BEGIN { printf "%.1f MiB", k / 1024 }')"
printf '%-44s %s\n' "release binary" "$(awk -v s="$(stat -c %s "$app")" 'BEGIN { printf "%.1f MB", s / 1000000 }')"
printf '%-44s %s\n' "CPU time in 10 s idle (welcome screen)" "${idle_ms} ms"
printf '%-44s %s\n' "CPU time in 10 s, kiosk start screen" "${kiosk_start_ms} ms"
printf '%-44s %s\n' "CPU time in 10 s, open kiosk session" "${kiosk_session_ms} ms"
printf '%-44s %s\n' "check, pack of 1,000 lessons (median)" "${check_ms[0]} ms"
printf '%-44s %s\n' "check, 3,000 lessons, refused (median)" "${check_ms[1]} ms"
printf '%-44s %s\n' "check, 10,000 lessons, refused (median)" "${check_ms[2]} ms"
echo "$walk"

# Listen: press to first sample against espeak-ng alone, and its CPU.
cargo build --release --quiet --example listen_latency
echo
RUNS=$(( RUNS < 20 ? 30 : RUNS )) "$target"/release/examples/listen_latency

$slow || exit 0

echo
echo "The slow ones (issue 21), $(date -u +%Y-%m-%d), $(nproc) cores, tiny-skia"
cargo build --release --quiet --example pages --example kiosk_rss
pages=$target/release/examples/pages

# One slow core: the app and the bare window, both pinned to core 0,
# alternating; then page turns pinned, against the bare page pinned.
if command -v taskset >/dev/null; then
  : >"$data/app1"; : >"$data/bare1"
  probe taskset -c 0 "$app" --exit-after-first-frame --lang ur --data-dir "$data/d" >/dev/null
  probe taskset -c 0 "$bare" >/dev/null
  for _ in $(seq "$RUNS"); do
    probe taskset -c 0 "$app" --exit-after-first-frame --lang ur --data-dir "$data/d" >>"$data/app1"
    probe taskset -c 0 "$bare" >>"$data/bare1"
  done
  app1_ms=$(cut -d' ' -f1 "$data/app1" | median)
  bare1_ms=$(cut -d' ' -f1 "$data/bare1" | median)
  printf '%-44s %s\n' "one core: launch -> first frame, hifazat" "${app1_ms} ms"
  printf '%-44s %s\n' "one core: launch -> first frame, bare" "${bare1_ms} ms"
  printf '%-44s %s\n' "one core: ratio hifazat / bare" "$(awk -v a="$app1_ms" -v b="$bare1_ms" 'BEGIN { printf "%.2f", a / b }')"
  echo "one core: $(RUNS=$RUNS taskset -c 0 "$pages" turn)"
  echo "both cores: $(RUNS=$RUNS "$pages" turn)"
else
  echo "one core: skipped: taskset (util-linux) is not installed"
fi

RUNS=$RUNS "$pages" switch
RUNS=$RUNS "$pages" scroll
"$target"/release/examples/full_walk --listen | tail -n 1
"$target"/release/examples/kiosk_rss
RUNS=$RUNS benches/kolibri.sh
