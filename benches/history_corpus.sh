#!/usr/bin/env bash
# Builds the benchmark history corpus for `leakgate git`, reproducibly and offline.
#
# The first commit imports every text file of the local cargo registry sources (sorted); each
# following commit edits FILES_PER_COMMIT files chosen by a seeded PRNG (a line inserted at a
# random place, as real edits do), so the history holds many versions of the same files, stored
# as deltas the way a real project's packs are. A few fake keys (assembled at run time, never
# written literally here) are committed and later deleted, so attribution is exercised too.
# Same registry contents + same parameters = same commit ids.
#
# Usage: benches/history_corpus.sh [OUT_DIR] [COMMITS] [FILES_PER_COMMIT]
#   defaults: /tmp/leakgate-history-corpus 4000 60  (~250k blobs, ~3 GB uncompressed)
# Then measure (2 threads), beside the decompression floor:
#   /usr/bin/time -v target/release/leakgate git OUT_DIR -j2 --format json -o /dev/null
#   time git -C OUT_DIR cat-file --batch-all-objects --batch > /dev/null
set -euo pipefail

OUT=${1:-/tmp/leakgate-history-corpus}
COMMITS=${2:-4000}
PER=${3:-60}
SRC=${CARGO_HOME:-$HOME/.cargo}/registry/src

rm -rf "$OUT"
mkdir -p "$OUT"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
git -c init.defaultBranch=main init -q --template= "$OUT"

python3 - "$SRC" "$COMMITS" "$PER" <<'PY' | git -C "$OUT" fast-import --quiet
import os, random, sys

src, commits, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
out = sys.stdout.buffer
rng = random.Random(20240102)

files = {}
for root, dirs, names in os.walk(src, followlinks=True):
    dirs.sort()
    for n in sorted(names):
        p = os.path.join(root, n)
        try:
            if os.path.getsize(p) > 1 << 20:
                continue
            with open(p, "rb") as fh:
                data = fh.read()
        except OSError:
            continue
        if b"\0" in data[:8192]:
            continue
        rel = os.path.relpath(p, src).replace(os.sep, "/")
        files[rel] = data
paths = sorted(files)

def blob(data):
    out.write(b"data %d\n" % len(data))
    out.write(data)
    out.write(b"\n")

def commit(i, msg, changes):
    t = 1704164645 + i * 3600
    out.write(b"commit refs/heads/main\n")
    out.write(b"author Bench Author <bench@example.com> %d +0000\n" % t)
    out.write(b"committer Bench Author <bench@example.com> %d +0000\n" % t)
    blob(msg.encode())
    for kind, path, data in changes:
        if kind == "M":
            out.write(b"M 100644 inline %s\n" % path.encode())
            blob(data)
        else:
            out.write(b"D %s\n" % path.encode())
    out.write(b"\n")

def fake_key(r):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    body = lambda n: "".join(r.choice(alpha) for _ in range(n))
    return "sk-" + "proj-" + body(74) + "T3Blbk" + "FJ" + body(74)

commit(0, "import registry sources", [("M", p, files[p]) for p in paths])
secret_at = {commits // 4: 0, commits // 2: 1, (3 * commits) // 4: 2}
for i in range(1, commits):
    changes = []
    for p in rng.sample(paths, min(per, len(paths))):
        lines = files[p].split(b"\n")
        at = rng.randrange(len(lines) + 1)
        lines.insert(at, b"// edit %d.%d %08x" % (i, at, rng.getrandbits(32)))
        files[p] = b"\n".join(lines)
        changes.append(("M", p, files[p]))
    if i in secret_at:
        n = secret_at[i]
        changes.append(("M", "config/leaked-%d.env" % n, ("OPENAI_API_KEY=%s\n" % fake_key(rng)).encode()))
    if i - 1 in secret_at:
        changes.append(("D", "config/leaked-%d.env" % secret_at[i - 1], b""))
    commit(i, "edit %d" % i, changes)
PY

git -C "$OUT" repack -q -a -d -f --window=10 --depth=50
git -C "$OUT" count-objects -v
