#!/usr/bin/env python3
"""Writes the seventeenth blind detection-quality corpus for secret scanners.

    generate.py OUTDIR [--seed N]

OUTDIR/repos/<repo>/... holds about two dozen small repositories from corners of an organisation
(shipping line, law firm, dental practice, university, ISP, PBX, firmware, ...), with planted
secrets (positives) and hard negatives; OUTDIR/labels.jsonl names each one by path and line;
OUTDIR/meta.json records the generator and seed. Python 3 standard library only; deterministic for
a seed. Every secret is drawn from the seeded RNG at run time; vendor prefixes are assembled from
parts so that this source holds no complete credential-like literal.
"""
import argparse
import base64
import binascii
import json
import os
import random
import shutil
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
AL = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEXC = "0123456789abcdef"
B32 = UP + "234567"
URLS = AL + "-_"

# Pieces kept apart so that the source never holds a whole marker or prefix.
D5 = "-" * 5
PK = "PRIVATE" + " KEY"


def pem(kind, body_lines):
    head = D5 + "BEGIN " + (kind + " " if kind else "") + PK + D5
    tail = D5 + "END " + (kind + " " if kind else "") + PK + D5
    return "\n".join([head] + body_lines + [tail])


WORDS = ("harbor anchor lantern granite cobalt meadow falcon juniper copper willow saffron ember quartz "
         "tundra maple orchid beacon marlin cedar thistle summit harvest raven voyage glacier pepper "
         "tango violet walnut zephyr basalt canyon delta fjord hazel indigo kestrel lagoon mosaic").split()


class V:
    """Value factory over the corpus RNG."""

    def __init__(self, rng):
        self.r = rng

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.s(HEXC, n)

    def HEX(self, n):
        return self.s(HEXC.upper(), n)

    def al(self, n):
        return self.s(AL, n)

    def low(self, n):
        return self.s(LOW + DIG, n)

    def dig(self, n):
        return self.r.choice("123456789") + self.s(DIG, n - 1)

    def url(self, n):
        return self.s(URLS, n)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()

    def b64u(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def word(self):
        return self.r.choice(WORDS)

    # passwords without a distinctive shape
    def pw(self, url_safe=False, shell_safe=True):
        k = self.r.randrange(5)
        sym = "-_." if url_safe else "!*-_.+=@#"
        if k == 0:
            return self.word().capitalize() + self.s(DIG, 3) + self.r.choice(sym) + self.word().capitalize()
        if k == 1:
            return self.s(AL, 1) + "".join(self.r.choice(AL + sym) for _ in range(17)) + self.s(DIG, 1)
        if k == 2:
            return "-".join(self.word() for _ in range(4)) + self.s(DIG, 2)
        if k == 3:
            return self.word().capitalize() + self.r.choice(sym) + self.s(DIG, 4) + self.s(UP, 2) + self.word()
        return self.al(20)

    def pin(self, n=6):
        return self.dig(n)

    # ---------------------------------------------------------------- vendor shapes
    def gh_checksum(self, body):
        n = binascii.crc32(body.encode()) & 0xFFFFFFFF
        out = ""
        while n:
            n, rem = divmod(n, 62)
            out = B62[rem] + out
        return out.rjust(6, "0")

    def github_pat(self):
        body = self.s(B62, 30)
        return "gh" + "p_" + body + self.gh_checksum(body)

    def github_fine(self):
        return "github" + "_pat_" + "11" + self.s(UP + DIG, 20) + "_" + self.al(59)

    def gitlab_pat(self):
        return "gl" + "pat-" + self.url(20)

    def openai(self):
        return "sk-" + "proj-" + self.url(74) + "T3Blbk" + "FJ" + self.url(74)

    def openai_legacy(self):
        return "sk-" + self.al(20) + "T3Blbk" + "FJ" + self.al(20)

    def anthropic(self):
        return "sk-" + "ant-" + "api03-" + self.url(93) + "AA"

    def anthropic_admin(self):
        return "sk-" + "ant-" + "admin01-" + self.url(93) + "AA"

    def google_api(self):
        return "AI" + "za" + "Sy" + self.url(33)

    def google_oauth_secret(self):
        return "GOC" + "SPX-" + self.url(28)

    def hf(self):
        return "h" + "f_" + self.s(string.ascii_letters, 34)

    def replicate(self):
        return "r" + "8_" + self.al(37)

    def groq(self):
        return "gs" + "k_" + self.al(52)

    def slack_bot(self):
        return "xo" + "xb-" + self.dig(12) + "-" + self.dig(13) + "-" + self.al(24)

    def slack_webhook(self):
        return "https://hooks." + "slack.com/services/T" + self.s(UP + DIG, 10) + "/B" + self.s(UP + DIG, 10) + "/" + self.al(24)

    def discord_webhook(self):
        return "https://discord.com/api/" + "webhooks/" + self.dig(19) + "/" + self.url(68)

    def discord_bot(self):
        uid = base64.b64encode(self.dig(19).encode()).decode().rstrip("=")
        return uid + "." + self.url(6) + "." + self.url(38)

    def telegram(self):
        return self.dig(10) + ":" + "AA" + self.url(33)

    def stripe_live(self):
        return "sk" + "_live_" + "51" + self.al(97)

    def stripe_restricted(self):
        return "rk" + "_live_" + "51" + self.al(97)

    def stripe_pub(self):
        return "pk" + "_live_" + "51" + self.al(97)

    def stripe_whsec(self):
        return "wh" + "sec_" + self.al(32)

    def sendgrid(self):
        return "S" + "G." + self.url(22) + "." + self.url(43)

    def mailgun_legacy(self):
        return "ke" + "y-" + self.hex(32)

    def mailgun_private(self):
        return self.hex(32) + "-" + self.hex(8) + "-" + self.hex(8)

    def mailchimp(self):
        return self.hex(32) + "-us" + str(self.r.randint(2, 21))

    def brevo(self):
        return "xkey" + "sib-" + self.hex(64) + "-" + self.al(16)

    def brevo_smtp(self):
        return "xsmtp" + "sib-" + self.hex(64) + "-" + self.al(16)

    def twilio_sk(self):
        return "S" + "K" + self.hex(32)

    def twilio_ac(self):
        return "A" + "C" + self.hex(32)

    def aws_id(self):
        return "AK" + "IA" + self.s(B32, 16)

    def aws_secret(self):
        return self.s(AL + "/+", 40)

    def paystack(self):
        return "sk" + "_live_" + self.hex(40)

    def paystack_pub(self):
        return "pk" + "_live_" + self.hex(40)

    def flutterwave(self):
        return "FLW" + "SECK-" + self.hex(32) + "-X"

    def flutterwave_enc(self):
        return "FLW" + "SECK" + self.hex(12)

    def mercadopago(self):
        return "APP" + "_USR-" + self.dig(16) + "-" + self.dig(6) + "-" + self.hex(32) + "-" + self.dig(9)

    def mercadopago_pub(self):
        return "APP" + "_USR-" + self.uuid()

    def midtrans(self):
        return "Mid-" + "server-" + self.url(24)

    def midtrans_client(self):
        return "Mid-" + "client-" + self.url(16)

    def xendit(self):
        return "xnd_" + "production_" + self.al(60)

    def razorpay_id(self):
        return "rzp" + "_live_" + self.al(14)

    def contentful_pat(self):
        return "CFP" + "AT-" + self.url(43)

    def sanity(self):
        return "s" + "k" + self.al(180)

    def netlify(self):
        return "nf" + "p_" + self.al(36)

    def canvas(self):
        return self.dig(4) + "~" + self.al(64)

    def dbt_cloud(self):
        return "dbt" + "c_" + self.url(60)

    def databricks(self):
        return "da" + "pi" + self.hex(32)

    def sentry_user(self):
        return "sntr" + "yu_" + self.hex(64)

    def npm(self):
        return "np" + "m_" + self.al(36)

    def pypi(self):
        return "py" + "pi-" + "AgEIcHlwaS5vcmc" + self.url(70)

    def mapbox_secret(self):
        head = base64.urlsafe_b64encode(json.dumps({"u": self.low(10), "a": self.low(25)}, separators=(",", ":")).encode()).decode().rstrip("=")
        return "s" + "k." + head + "." + self.url(22)

    def mapbox_pub(self):
        head = base64.urlsafe_b64encode(json.dumps({"u": self.low(10), "a": self.low(25)}, separators=(",", ":")).encode()).decode().rstrip("=")
        return "p" + "k." + head + "." + self.url(22)

    def azure_ad_secret(self):
        return self.al(3) + self.r.choice(DIG) + "Q" + "~" + self.s(AL + "_.-~", 34)

    def azure_storage(self, account):
        return ("DefaultEndpointsProtocol=https;AccountName=" + account + ";Account" + "Key=" + self.b64(64)
                + ";EndpointSuffix=core.windows.net")

    def age(self):
        return "AGE-" + "SECRET-KEY-1" + self.s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)

    def jwt(self, claims):
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
        return h + "." + p + "." + self.url(43)

    def basic(self, user, pw):
        return base64.b64encode(f"{user}:{pw}".encode()).decode()

    def rsa_pem(self):
        body = "MIIEpAIBAAKCAQEA" + self.b64(1190).rstrip("=")
        return pem("RSA", [body[i:i + 64] for i in range(0, len(body), 64)])

    def ec_pem(self):
        body = "MHcCAQEEI" + self.b64(32)[1:] + "oAoGCCqGSM49AwEHoUQDQgAE" + self.b64(64).rstrip("=")
        return pem("EC", [body[i:i + 64] for i in range(0, len(body), 64)])

    def p8_pem(self):
        body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + self.b64(33)[:43] + "oAoGCCqGSM49AwEHoUQDQgAE" + self.b64(64).rstrip("=")
        return pem("", [body[i:i + 64] for i in range(0, len(body), 64)])

    def pkcs8_pem(self):
        body = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + self.b64(1180).rstrip("=")
        return pem("", [body[i:i + 64] for i in range(0, len(body), 64)])

    def openssh_pem(self):
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + \
               "QyNTUxOQAAACA" + self.b64(180).rstrip("=")
        return pem("OPENSSH", [body[i:i + 70] for i in range(0, len(body), 70)])

    def wg_key(self):
        return self.b64(32)

    def cisco7(self):
        # type-7 obfuscation: two decimal digits then hex pairs
        return "%02d" % self.r.randint(0, 15) + self.HEX(2 * self.r.randint(8, 12))

    def juniper9(self):
        return "$" + "9$" + self.s(AL + "./-", 24)

    # ---------------------------------------------------------------- negative look-alikes
    def sha1(self):
        return self.hex(40)

    def sha256(self):
        return self.hex(64)

    def bcrypt(self):
        return "$2b$12$" + self.s(AL + "./", 53)

    def sha512crypt(self):
        return "$6$" + self.s(AL + "./", 16) + "$" + self.s(AL + "./", 86)

    def md5crypt(self):
        return "$1$" + self.s(AL + "./", 8) + "$" + self.s(AL + "./", 22)

    def apr1(self):
        return "$apr1$" + self.s(AL + "./", 8) + "$" + self.s(AL + "./", 22)

    def cisco9(self):
        return "$9$" + self.s(AL + "./", 14) + "$" + self.s(AL + "./", 43)

    def ssh_pub(self):
        return "ssh-" + "ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.b64(32)[1:].rstrip("=")

    def sops(self):
        return f"ENC[AES256_GCM,data:{self.b64(18)},iv:{self.b64(32)},tag:{self.b64(16)},type:str]"

    def vault_block(self, indent=""):
        lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [self.hex(80) for _ in range(4)]
        return "\n".join(indent + l for l in lines)

    def integrity(self):
        return "sha512-" + self.b64(64)

    def eth_addr(self):
        return "0x" + self.hex(40)

    def tx_hash(self):
        return "0x" + self.hex(64)

    def png_b64(self):
        return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + self.b64(90).rstrip("=")

    def ais_payload(self):
        return self.s("0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw", 28)


class File:
    def __init__(self, corpus, path, family, crlf=False):
        self.c, self.path, self.family, self.crlf = corpus, path, family, crlf
        self.lines, self.labels = [], []

    def a(self, *blocks):
        for b in blocks:
            self.lines.extend(b.split("\n"))
        return self

    def _put(self, tmpl, val, kind, provider, ctx, positive, family):
        assert tmpl.count("@@") == 1, tmpl
        off = tmpl[:tmpl.index("@@")].count("\n")
        line_no = len(self.lines) + off + 1
        self.a(tmpl.replace("@@", val))
        first = val.split("\n")[0]
        self.labels.append({"path": self.path, "line": line_no, "kind": kind, "provider": provider,
                            "family": family or self.family, "positive": positive,
                            "context_only": bool(ctx) if positive else False, "secret": first})
        return self

    def p(self, tmpl, val, kind, provider="-", ctx=False, family=None):
        """A positive: tmpl holds @@ where the value goes."""
        return self._put(tmpl, val, kind, provider, ctx, True, family)

    def n(self, tmpl, val, kind, family=None):
        """A hard negative."""
        return self._put(tmpl, val, kind, "-", False, False, family)


class Corpus:
    def __init__(self, out, seed):
        self.out, self.seed = out, seed
        self.rng = random.Random(seed)
        self.v = V(self.rng)
        self.files = []

    def f(self, path, family, crlf=False):
        assert path not in {x.path for x in self.files}, f"file written twice: {path}"
        fl = File(self, path, family, crlf)
        self.files.append(fl)
        return fl

    def write(self):
        labels, seen = [], set()
        for fl in self.files:
            full = os.path.join(self.out, "repos", fl.path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            text = "\n".join(fl.lines) + "\n"
            with open(full, "w", encoding="utf-8", newline="\r\n" if fl.crlf else "\n") as fh:
                fh.write(text)
            for lab in fl.labels:
                key = (lab["path"], lab["line"])
                assert key not in seen, f"two labels on one line: {key}"
                seen.add(key)
                line = fl.lines[lab["line"] - 1]
                assert lab["secret"] and lab["secret"] in line, f"label value not on its line: {key}"
                labels.append(lab)
        with open(os.path.join(self.out, "labels.jsonl"), "w") as fh:
            for lab in labels:
                fh.write(json.dumps(lab, sort_keys=True) + "\n")
        return labels


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()
    if os.path.exists(a.outdir):
        shutil.rmtree(a.outdir)
    os.makedirs(a.outdir)
    c = Corpus(a.outdir, a.seed)
    import repos_a, repos_b, repos_c  # noqa: E402  (the repository builders, next to this file)
    for build in repos_a.ALL + repos_b.ALL + repos_c.ALL:
        build(c)
    labels = c.write()
    with open(os.path.join(a.outdir, "meta.json"), "w") as fh:
        json.dump({"generator": "benches/blind17/generate.py", "seed": a.seed}, fh, sort_keys=True)
    pos = [l for l in labels if l["positive"]]
    print(f"{len(c.files)} files in {len({f.path.split('/')[0] for f in c.files})} repositories; "
          f"{len(pos)} positives ({sum(l['context_only'] for l in pos)} context-only, "
          f"{len({l['kind'] for l in pos})} kinds), {len(labels) - len(pos)} negatives, "
          f"{len({l['family'] for l in labels})} families -> {a.outdir}")


if __name__ == "__main__":
    main()
