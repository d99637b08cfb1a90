#!/bin/bash
# benches/simd_prefilter/run.sh LEAKGATE TREE [ROUNDS]
# Is a SIMD multi-literal matcher the lever that brings leakgate to 3x the walk floor (issue 16)?
# Compares, in one run and interleaved, leakgate's own keyword prefilter (`--stats`, one thread) with
# Vectorscan over the same keywords (caseless, and all case-sensitive as a lower bound).
# Needs: a C compiler, Debian's libvectorscan-dev, python3 with PyYAML.
set -euo pipefail
LG=$1; TREE=$2; ROUNDS=${3:-3}
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
cc -O2 -o "$WORK/hsscan" "$HERE/hsscan.c" -lhs
python3 - "$ROOT/rules" > "$WORK/keywords.txt" <<'PY'
import glob, sys, yaml
kws = set()
for path in glob.glob(sys.argv[1] + "/*.yaml"):
    doc = yaml.safe_load(open(path))
    for rule in doc.get("rules", []) if isinstance(doc, dict) else doc:
        kws.update(k.lower() for k in rule.get("keywords") or [] if k.strip())
print("\n".join(sorted(kws)))
PY
echo "keywords: $(wc -l < "$WORK/keywords.txt"), load: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$ROUNDS"); do
  # exit 1 means findings (the tree has 3 justified ones): only the prefilter's time is read
  lg=$({ "$LG" scan "$TREE" -q -j 1 --isolated --no-baseline --stats --format json -o "$WORK/out.json" 2>&1 || true; } \
       | awk '/keyword prefilter/ {print $3}')
  ci=$("$WORK/hsscan" "$WORK/keywords.txt" "$TREE" 2>/dev/null)
  cs=$(CS=1 "$WORK/hsscan" "$WORK/keywords.txt" "$TREE" 2>/dev/null)
  echo "round $r: leakgate prefilter $lg | vectorscan caseless: $ci | vectorscan case-sensitive: $cs"
done
