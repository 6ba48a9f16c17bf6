#!/usr/bin/env bash
# The longer crash-safety check: 1,000 SIGKILLs at random moments while
# progress is being saved (the test suite runs 200). Repeat a failing run
# with HIFAZAT_SEED=<the seed it printed>.
set -euo pipefail
cd "$(dirname "$0")/.."
HIFAZAT_KILLS="${HIFAZAT_KILLS:-1000}" cargo test --release --test crash_safety -- --nocapture progress_survives
