"""Secret shapes and file/label plumbing for the fourteenth blind corpus (benches/blind14).

Written from scratch for this corpus. Every credential is produced at run time from a seeded RNG;
vendor prefixes are assembled from fragments so that no complete key-shaped literal sits in this
source. Each vendor-format generator names the page its shape was taken from ("src:"). Where a
provider documents no format, the value is generated as a context-only secret and README.md says so.
"""
import base64
import binascii
import json
import os
import random
import string
import struct
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"


def J(*parts):
    """Join fragments: prefixes are never written whole in this source."""
    return "".join(parts)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # ---------------------------------------------------------------- primitives
    def pick(self, seq):
        return self.r.choice(seq)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def lower(self, n):
        return self.chars(LOWER_ALNUM, n)

    def upper(self, n):
        return self.chars(UPPER_ALNUM, n)

    def hex(self, n):
        return self.chars(HEX, n)

    def digits(self, n):
        return self.chars(string.digits, n)

    def b64url(self, n):
        return self.chars(B64URL, n)

    def raw(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(self.raw(nbytes)).decode()

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])

    # ---------------------------------------------------------------- context-only shapes
    WORDS = ["harbor", "lantern", "copper", "meadow", "falcon", "granite", "velvet", "orbit", "cedar",
             "maple", "tundra", "quartz", "ember", "willow", "cobalt", "saffron", "glacier", "pepper",
             "nimbus", "juniper", "basalt", "pylon", "rivet", "sorrel", "kestrel", "mosaic"]

    def password(self):
        style = self.r.randrange(5)
        if style == 0:
            return self.chars(ALNUM + "!@#%^*-_+=", self.r.randrange(14, 22))
        if style == 1:
            w = [self.pick(self.WORDS).capitalize() for _ in range(3)]
            return self.pick("-.!_").join(w) + self.digits(2)
        if style == 2:
            return self.pick(self.WORDS).capitalize() + self.digits(4) + self.pick("!#$%&?")
        if style == 3:
            return self.alnum(self.r.randrange(16, 25))
        return self.chars(ALNUM + "#%+=~", 12) + self.digits(3)

    def token(self, n=32):
        return self.alnum(n)

    def hexkey(self, n=32):
        return self.hex(n)

    def aws_secret(self):
        return self.chars(ALNUM + "/+", 40)

    # ---------------------------------------------------------------- vendor shapes
    def _crc_b62(self, body):
        n = zlib.crc32(body.encode()) & 0xFFFFFFFF
        out = ""
        while n:
            n, d = divmod(n, 62)
            out = B62[d] + out
        return out.rjust(6, "0")

    def github(self, kind):
        # src: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ and
        # https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available
        # prefix + 30 base62 entropy + 6-char base62 CRC32 of the entropy.
        prefix = {"pat": J("gh", "p_"), "oauth": J("gh", "o_"), "app": J("gh", "s_"), "user": J("gh", "u_")}[kind]
        body = self.alnum(30)
        return prefix + body + self._crc_b62(body)

    def github_fine_grained(self):
        # src: https://gist.github.com/magnetikonline/073afe7909ffdd6f10ef06a00bc3bc88 (22 + "_" + 59)
        return J("github", "_pat_") + self.alnum(22) + "_" + self.alnum(59)

    def gitlab_pat(self):
        # src: https://gitlab.com/gitlab-org/gitlab/-/issues/342327 (glpat- default prefix, 20 chars)
        return J("gl", "pat-") + self.chars(ALNUM + "_-", 20)

    def aws_key_id(self, temp=False):
        # src: IAM unique-ID prefixes, docs.amazonaws.cn GetAccessKeyInfo (AKIA long-term, ASIA STS)
        return (J("AS", "IA") if temp else J("AK", "IA")) + self.chars(string.ascii_uppercase + "234567", 16)

    def google_api_key(self):
        # src: https://learn.microsoft.com/en-MY/purview/sit-defn-google-api-key (AIza + 35, 39 total)
        return J("AI", "za") + self.chars(ALNUM + "-_", 35)

    def google_oauth_client_id(self):
        return self.digits(12) + "-" + self.lower(32) + ".apps.googleusercontent.com"

    def openai_project(self):
        # src: https://airbyte.com/agentic-data/openai-api-key ("sk-proj-" project keys); body length and
        # the base64 "OpenAI" marker in the middle follow keys seen in public code (not documented).
        return J("sk-", "proj-") + self.b64url(74) + J("T3Blbk", "FJ") + self.b64url(74)

    def anthropic(self, admin=False):
        # src: https://vibekit.bot/anthropic-api-key-format (sk-ant-api03- + ~95 base64url, ~108 total)
        pre = J("sk-", "ant-", "admin01-") if admin else J("sk-", "ant-", "api03-")
        return pre + self.b64url(93) + "AA"

    def groq(self):
        # src: https://www.skills.sh/jeremylongshore/claude-code-plugins-plus-skills/groq-security-basics (gsk_)
        return J("gs", "k_") + self.alnum(52)

    def huggingface(self):
        # src: https://hexdocs.pm/huggingface_client/Mix.Tasks.Hf.Login.html (hf_ tokens), 34 letters after
        return J("h", "f_") + self.chars(string.ascii_letters, 34)

    def replicate(self):
        # src: https://replicate.com/docs/topics/security/api-tokens (40 chars, always start with r8_)
        return J("r", "8_") + self.alnum(37)

    def stripe(self, restricted=False):
        # src: https://docs.stripe.com/api/authentication and https://gitlab.com/gitlab-org/gitlab/-/issues/458019
        pre = J("rk", "_live_") if restricted else J("sk", "_live_")
        return pre + "51" + self.alnum(97)

    def slack(self, kind):
        # src: https://docs.slack.dev/authentication/tokens (bot, user, app-level tokens); xoxb-/xoxp-/xapp-
        # prefixes as printed in https://glama.ai/mcp/servers/@korotovsky/slack-mcp-server docs
        if kind == "bot":
            return J("xo", "xb-") + self.digits(12) + "-" + self.digits(13) + "-" + self.alnum(24)
        if kind == "user":
            return J("xo", "xp-") + self.digits(12) + "-" + self.digits(12) + "-" + self.digits(13) + "-" + self.hex(32)
        return J("xa", "pp-1-") + "A0" + self.upper(9) + "-" + self.digits(13) + "-" + self.hex(64)

    def slack_webhook(self):
        return J("https://hooks.", "slack.com/services/") + "T0" + self.upper(8) + "/B0" + self.upper(8) + "/" + self.alnum(24)

    def twilio_api_key(self):
        # src: https://twilio.com/docs/iam/api-keys/key-resource-v1 (^SK[0-9a-fA-F]{32}$)
        return "S" + "K" + self.hex(32)

    def twilio_account_sid(self):
        # src: https://twilio.com/docs/glossary/what-is-a-sid (AC + 32 hex: an identifier, not a secret)
        return "A" + "C" + self.hex(32)

    def sendgrid(self):
        # src: https://nvidia-nemo.github.io/Safe-Synthesizer/.../regexes/sendgrid (SG.22.43); ~69 chars
        # per https://www.npmjs.com/package/gulp-sendgrid
        return "S" + "G." + self.b64url(22) + "." + self.b64url(43)

    def npm(self):
        # src: https://gitlab.com/gitlab-org/gitlab/-/merge_requests/258832 (npm_ + 36 alphanumerics)
        return J("np", "m_") + self.alnum(36)

    def docker_pat(self):
        # src: https://docs.docker.com/reference/api/hub/latest/operations/AuthCreateAccessToken.md (dckr_pat_)
        return J("dckr", "_pat_") + self.chars(ALNUM + "-_", 27)

    def digitalocean(self):
        # src: https://gitlab.com/gitlab-org/security-products/analyzers/secrets/-/merge_requests/178 (dop_v1_)
        return J("do", "p_v1_") + self.hex(64)

    def doppler(self, kind="pt"):
        # src: https://nango.dev/docs/api-integrations/doppler/connect (dp.pt. personal, dp.st. service)
        return J("dp", ".", kind, ".") + self.alnum(43)

    def vault(self, batch=False):
        # src: https://ibm.github.io/japan-technology/onboarding-docs/vault/03_authentication/tokens (hvs./hvb.)
        return (J("hv", "b.") + "AAAAAQ" + self.b64url(120)) if batch else (J("hv", "s.") + "CAESI" + self.b64url(86))

    def clickup(self):
        # src: https://developer.clickup.com/docs/authentication.md ("Personal tokens begin with pk_"),
        # shape pk_<user id>_<32 upper alnum> as printed in https://rdrr.io/github/psolymos/clickrup/man/cu-pat.html
        return J("p", "k_") + self.digits(8) + "_" + self.upper(32)

    def shopify(self, kind="at"):
        # src: https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing (shpat_/shpca_/shppa_ + 32)
        return J("shp", kind, "_") + self.hex(32)

    def tailscale(self, kind):
        # src: https://tailscale.com/docs/reference/key-prefixes.md (tskey-<type>-<id>CNTRL-<secret>)
        return J("tskey-", kind, "-") + "k" + self.alnum(10) + J("CN", "TRL-") + self.alnum(33)

    def akamai_token(self):
        # src: https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials (akab- tokens)
        return J("ak", "ab-") + self.lower(26) + "-" + self.lower(6)

    def akamai_host(self):
        return J("ak", "ab-") + self.lower(26) + "-" + self.lower(8) + ".luna.akamaiapis.net"

    def ably(self):
        # src: https://ably.com/docs/ids-and-keys/ (appId.keyId:secret; 6 . 6 : 43)
        return self.chars(ALNUM + "_-", 6) + "." + self.chars(ALNUM + "_-", 6) + ":" + self.b64url(43)

    def twitch_irc(self):
        # src: https://riptutorial.com/twitch/topic/1847/twitch-chat--irc--bot ("PASS oauth:<token>") and
        # https://github.com/42wim/matterbridge/wiki/Section-Twitch-(basic); 30 lower alnum as issued
        return J("oau", "th:") + self.lower(30)

    def netbird_pat(self):
        # src: https://raw.githubusercontent.com/api-evangelist/netbird/.../netbird-authentication.yml ("Token nbp_...")
        return J("nb", "p_") + self.alnum(36)

    def grafana_sa(self):
        # src: https://grafana.com/docs/learning-paths/deploy-dashboard-terraform/create-service-account/ (glsa_);
        # <32 alnum>_<8 hex> as in https://grafana.github.io/grafana-operator/docs/examples/serviceaccounts
        return J("gl", "sa_") + self.alnum(32) + "_" + self.hex(8)

    def fly(self):
        # src: https://readme.hex.pm/macfly/0.2.20 (Fly.io's own library: "FlyV1 fm2_lJPE...")
        return J("Fly", "V1 fm2_") + "lJPE" + self.chars(ALNUM + "+/", 180) + "=="

    def linear(self):
        # src: https://docs.sim.ai/integrations/linear-service-account.md ("it starts with lin_api_")
        return J("lin", "_api_") + self.alnum(40)

    def heroku(self):
        # src: https://gitlab.com/gitlab-org/gitlab/-/merge_requests/248117 (Heroku API keys with prefix HRKU-)
        return J("HR", "KU-") + "AA" + self.chars(ALNUM + "_-", 58)

    def newrelic_user(self):
        # src: https://nango.dev/docs/api-integrations/new-relic/connect ("User key, which starts with NRAK-")
        return J("NR", "AK-") + self.upper(27)

    def postman(self):
        # src: https://gist.github.com/Givforks (.env.postman template: "Postman API Key (PMAK-...)")
        return J("PM", "AK-") + self.hex(24) + "-" + self.hex(34)

    def netbird_setup_key(self):
        return self.uuid().upper()

    def azure_storage_conn(self, account):
        key = base64.b64encode(self.raw(64)).decode()
        return ("DefaultEndpointsProtocol=https;AccountName=" + account + ";" + J("Account", "Key=") + key
                + ";EndpointSuffix=core.windows.net"), key

    def jwt(self, claims):
        def enc(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = base64.urlsafe_b64encode(self.raw(32)).decode().rstrip("=")
        return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(claims) + "." + sig

    # ---------------------------------------------------------------- keys with structure
    @staticmethod
    def _der_len(n):
        if n < 0x80:
            return bytes([n])
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        return bytes([0x80 | len(b)]) + b

    def _tlv(self, tag, body):
        return bytes([tag]) + self._der_len(len(body)) + body

    def _int(self, nbytes):
        v = bytearray(self.raw(nbytes))
        v[0] |= 0x80
        v = bytes(v)
        return self._tlv(0x02, b"\x00" + v)

    def rsa_der(self, bits=2048):
        n = bits // 8
        h = n // 2
        parts = [self._tlv(0x02, b"\x00"), self._int(n), self._tlv(0x02, b"\x01\x00\x01"), self._int(n),
                 self._int(h), self._int(h), self._int(h), self._int(h), self._int(h)]
        return self._tlv(0x30, b"".join(parts))

    def pkcs8_der(self):
        alg = self._tlv(0x30, self._tlv(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
        return self._tlv(0x30, self._tlv(0x02, b"\x00") + alg + self._tlv(0x04, self.rsa_der()))

    def ec_der(self):
        oid = self._tlv(0xA0, self._tlv(0x06, bytes.fromhex("2a8648ce3d030107")))
        pub = self._tlv(0xA1, self._tlv(0x03, b"\x00\x04" + self.raw(64)))
        return self._tlv(0x30, self._tlv(0x02, b"\x01") + self._tlv(0x04, self.raw(32)) + oid + pub)

    @staticmethod
    def pem(label, der):
        body = base64.b64encode(der).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "\n".join([J("-----BEGIN ", label, " KEY-----")] + lines + [J("-----END ", label, " KEY-----")])

    def rsa_pem(self):
        return self.pem(J("RSA ", "PRIV", "ATE"), self.rsa_der())

    def pkcs8_pem(self):
        return self.pem(J("PRIV", "ATE"), self.pkcs8_der())

    def ec_pem(self):
        return self.pem(J("EC ", "PRIV", "ATE"), self.ec_der())

    def openssh_ed25519(self, comment):
        def s(b):
            return struct.pack(">I", len(b)) + b
        pub = self.raw(32)
        kt = b"ssh-ed25519"
        pubblob = s(kt) + s(pub)
        chk = self.raw(4)
        priv = chk + chk + s(kt) + s(pub) + s(self.raw(32) + pub) + s(comment.encode())
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad])
            pad += 1
        blob = b"openssh-key-v1\x00" + s(b"none") + s(b"none") + s(b"") + struct.pack(">I", 1) + s(pubblob) + s(priv)
        body = base64.b64encode(blob).decode()
        lines = [body[i:i + 70] for i in range(0, len(body), 70)]
        label = J("OPEN", "SSH PRIV", "ATE")
        text = "\n".join([J("-----BEGIN ", label, " KEY-----")] + lines + [J("-----END ", label, " KEY-----")])
        return text, "ssh-ed25519 " + base64.b64encode(pubblob).decode() + " " + comment

    def putty_ppk(self, comment):
        def s(b):
            return struct.pack(">I", len(b)) + b
        pub = base64.b64encode(s(b"ssh-ed25519") + s(self.raw(32))).decode()
        prv = base64.b64encode(s(self.raw(32))).decode()
        return "\n".join([J("PuTTY-User-", "Key-File-3: ssh-ed25519"), "Encryption: none", "Comment: " + comment,
                          "Public-Lines: 2", pub[:64], pub[64:], "Private-Lines: 1", prv,
                          "Private-MAC: " + self.hex(64)]), prv

    def pkcs12_b64(self):
        body = self._tlv(0x30, self._tlv(0x02, b"\x03") + self._tlv(0x30, self.raw(1400)))
        return base64.b64encode(body).decode()

    def jwk_private(self):
        def u(n):
            return base64.urlsafe_b64encode(self.raw(n)).decode().rstrip("=")
        return {"kty": "RSA", "kid": self.lower(12), "use": "sig", "alg": "RS256", "n": u(256), "e": "AQAB",
                "d": u(256), "p": u(128), "q": u(128), "dp": u(128), "dq": u(128), "qi": u(128)}

    def cert_pem(self):
        label = "CERTIFICATE"
        body = base64.b64encode(self._tlv(0x30, self.raw(700))).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "\n".join(["-----BEGIN " + label + "-----"] + lines + ["-----END " + label + "-----"])

    def public_pem(self):
        body = base64.b64encode(self._tlv(0x30, self.raw(290))).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "\n".join(["-----BEGIN PUBLIC KEY-----"] + lines + ["-----END PUBLIC KEY-----"])


# ==================================================================== files and labels
class Corpus:
    def __init__(self, out):
        self.out = out
        self.files = {}
        self.labels = []

    def repo(self, name):
        return Repo(self, name)


class Repo:
    def __init__(self, corpus, name):
        self.c = corpus
        self.name = name

    def f(self, path, family, crlf=False):
        fb = FileB(self, self.name + "/" + path, family, crlf)
        self.c.files[fb.path] = fb
        return fb


class FileB:
    def __init__(self, repo, path, family, crlf):
        self.repo = repo
        self.path = path
        self.family = family
        self.crlf = crlf
        self.lines = []

    def t(self, *blocks):
        for b in blocks:
            self.lines.extend(b.split("\n"))
        return self

    def _label(self, block, value, check, pos, kind, provider, ctx, family):
        start = len(self.lines)
        sub = block.split("\n")
        self.lines.extend(sub)
        needle = check if check is not None else value
        idx = next((i for i, l in enumerate(sub) if needle in l), None)
        assert idx is not None, (self.path, kind, "value not in block")
        self.repo.c.labels.append({"path": self.path, "line": start + idx + 1, "kind": kind,
                                   "provider": provider if pos else "-", "family": family or self.family,
                                   "context_only": bool(ctx) if pos else False, "positive": pos,
                                   "secret": value, "_check": needle})

    def p(self, block, value, kind, provider, ctx, check=None, family=None):
        self._label(block, value, check, True, kind, provider, ctx, family)
        return self

    def n(self, block, value, kind, check=None, family=None):
        self._label(block, value, check, False, kind, None, False, family)
        return self


def write(corpus, meta):
    repos = os.path.join(corpus.out, "repos")
    for path, fb in corpus.files.items():
        full = os.path.join(repos, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        text = ("\r\n" if fb.crlf else "\n").join(fb.lines) + ("\r\n" if fb.crlf else "\n")
        with open(full, "w", newline="") as fh:
            fh.write(text)
    # self-check: every labelled line holds its value; at most one label per line
    seen = set()
    for lab in corpus.labels:
        key = (lab["path"], lab["line"])
        assert key not in seen, ("two labels on one line", key)
        seen.add(key)
        with open(os.path.join(repos, lab["path"]), newline="") as fh:
            line = fh.read().split("\n")[lab["line"] - 1].rstrip("\r")
        assert lab["_check"] in line, ("label check failed", key, lab["kind"])
    with open(os.path.join(corpus.out, "labels.jsonl"), "w") as fh:
        for lab in corpus.labels:
            d = {k: v for k, v in lab.items() if k != "_check"}
            fh.write(json.dumps(d) + "\n")
    with open(os.path.join(corpus.out, "meta.json"), "w") as fh:
        json.dump(meta, fh, indent=1)
