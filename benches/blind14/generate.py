#!/usr/bin/env python3
"""Fourteenth blind corpus: what a security engineer sweeping an organisation meets.

    generate.py CORPUS [--seed N]

Writes CORPUS/repos/<repo>/... and CORPUS/labels.jsonl (format of benches/independent/score.py) and
CORPUS/meta.json. Deterministic for a seed; standard library only. See README.md.
"""
import argparse
import base64
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import Corpus, Gen, J, write  # noqa: E402

from repos_a import build_a  # noqa: E402
from repos_b import build_b  # noqa: E402
from repos_c import build_c  # noqa: E402
from repos_d import build_d  # noqa: E402
from repos_e import build_e  # noqa: E402


# Fine-grained context-only kinds written in the repos are reported under these broader kinds (the
# per-kind table stays readable; the repos keep their precise names in the code).
KIND_GROUPS = [
    ("mail-password", ["imap-password", "smtp-password", "pop3-password", "imap-app-password"]),
    ("irc-password", ["nickserv-password", "irc-server-password", "irc-sasl-password"]),
    ("remote-access-password", ["vnc-password", "rdp-password", "remote-desktop-password", "guacamole-user-password"]),
    ("windows-password", ["windows-autologon-password", "windows-admin-password", "net-use-password", "powershell-securestring-password", "windows-unattend-password-base64"]),
    ("file-transfer-password", ["sftp-password", "ftp-password", "wgetrc-password", "netrc-password"]),
    ("network-device-password", ["pppoe-password", "pppoe-password-base64", "router-admin-password", "device-password", "mqtt-password", "synology-password"]),
    ("vpn-preshared-key", ["ipsec-preshared-key", "openvpn-tls-key-base64"]),
    ("db-password", ["mysql-password", "pgpass-password", "sql-password", "pgbouncer-password", "redis-password"]),
    ("db-connection-string", ["jdbc-url-password", "mssql-connection-string"]),
    ("api-key-generic", ["api-key", "api-token", "api-secret", "push-server-secret"]),
    ("encryption-key", ["hmac-key", "session-secret"]),
    ("basic-auth-header", ["basic-auth-credentials", "npm-basic-auth"]),
    ("app-password", ["brokerage-password", "zope-admin-password", "senaite-password", "guidewire-password", "yardi-interface-password", "obs-websocket-password", "haproxy-stats-password", "pypirc-password"]),
    ("framework-secret-key", ["phoenix-secret-key-base", "rails-master-key", "wordpress-salt"]),
    ("observability-secret", ["langfuse-secret-key", "sentry-auth-token", "datadog-api-key", "segment-write-key", "pagerduty-api-key", "opsgenie-api-key"]),
]
KIND_MAP = {k: group for group, kinds in KIND_GROUPS for k in kinds}


def normalise(c):
    for lab in c.labels:
        if lab["positive"] and lab["context_only"]:
            lab["kind"] = KIND_MAP.get(lab["kind"], lab["kind"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20261201)
    a = ap.parse_args()
    if os.path.exists(os.path.join(a.out, "repos")):
        shutil.rmtree(os.path.join(a.out, "repos"))
    os.makedirs(a.out, exist_ok=True)
    g = Gen(a.seed)
    c = Corpus(a.out)
    build_a(c, g)
    build_b(c, g)
    build_c(c, g)
    build_d(c, g)
    build_e(c, g)
    normalise(c)
    write(c, {"seed": a.seed, "generator": "benches/blind14/generate.py"})
    pos = [l for l in c.labels if l["positive"]]
    ctx = sum(l["context_only"] for l in pos)
    print(f"{len({l['path'].split('/')[0] for l in c.labels})} repos, {len(c.files)} files, {len(pos)} positives "
          f"({ctx} context-only, {len({l['kind'] for l in pos})} kinds), {len(c.labels) - len(pos)} negatives",
          file=sys.stderr)


if __name__ == "__main__":
    main()
