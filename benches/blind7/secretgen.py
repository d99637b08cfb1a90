"""Secret generators for the seventh blind corpus (written from scratch, stdlib only).

Every value is produced at run time from a seeded RNG. Prefixes are assembled from pieces so that
this file holds no complete key-shaped literal. The source comment next to each vendor generator
names the provider page (or the public page) its shape was taken from; see README.md for the
kinds whose provider documents no format.
"""
import base64
import hashlib
import json
import string
import struct
import zlib

ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
LOWNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
B32 = string.ascii_uppercase + "234567"
# base62 in the order GitHub's checksums use (digits, upper, lower)
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
PWCHARS = ALNUM + "!@^*-_+.~"
WORDS = ("amber anchor basil cobalt delta ember falcon garnet harbor indigo juniper kettle lumen "
         "maple nectar onyx pepper quartz raven saffron timber umber velvet walnut yonder zephyr "
         "copper meadow orchid pylon summit tundra").split()


def j(*parts):
    return "".join(parts)


class Gen:
    def __init__(self, rng):
        self.r = rng

    # ---------------------------------------------------------------- primitives
    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(string.digits, n - 1)

    def raw(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n_bytes):
        return base64.b64encode(self.raw(n_bytes)).decode()

    def b64url(self, data):
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def b62(self, num, width):
        out = ""
        while num:
            num, d = divmod(num, 62)
            out = B62[d] + out
        return out.rjust(width, "0")

    # ---------------------------------------------------------------- context-only values
    def password(self):
        style = self.r.randint(0, 4)
        if style == 0:
            return self.s(ALNUM, 1) + self.s(PWCHARS, self.r.randint(13, 21))
        if style == 1:
            w = self.r.sample(WORDS, 3)
            return j(w[0].capitalize(), self.r.choice("-_."), w[1], self.r.choice("-_."), w[2], str(self.r.randint(10, 99)))
        if style == 2:
            return j(self.r.choice(WORDS).capitalize(), str(self.r.randint(1990, 2031)), self.r.choice("!@*"), self.s(ALNUM, 5))
        if style == 3:
            return self.s(ALNUM, self.r.randint(16, 28))
        return j(self.s(ALNUM, 6), self.r.choice("!@*^"), self.s(ALNUM, 6), self.r.choice("!@*^"), self.s(ALNUM, 4))

    def urlpass(self):
        return self.s(ALNUM + "-_.~", self.r.randint(14, 24))

    def token(self, n=40):
        return self.s(ALNUM, n)

    def hexkey(self, n=64):
        return self.hex(n)

    def aws_secret(self):
        return self.s(ALNUM + "/+", 40)

    def okta_token(self):
        return "00" + self.s(URLSAFE, 40)

    def cloudflare_token(self):
        return self.s(URLSAFE, 40)

    def mistral_key(self):
        return self.s(ALNUM, 32)

    def cohere_key(self):
        return self.s(ALNUM, 40)

    def django_like(self):
        return self.s(string.ascii_lowercase + string.digits + "!@^*(-_=+)", 50)

    def wireguard(self):
        return self.b64(32)

    def fernet(self):
        return base64.urlsafe_b64encode(self.raw(32)).decode()

    def basic(self, user):
        return base64.b64encode(f"{user}:{self.urlpass()}".encode()).decode()

    def pkcs12_b64(self):
        # a PFX blob starts with SEQUENCE, version 3; the rest is opaque random here
        body = b"\x30\x82\x0a\x41\x02\x01\x03\x30\x82\x0a\x07\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01" + self.raw(700)
        return base64.b64encode(body).decode()

    def synapse_signing(self):
        return f"ed25519 a_{self.s(ALNUM, 4)} {self.b64(32).rstrip('=')}"

    # ---------------------------------------------------------------- vendor formats
    def gh_checksummed(self, prefix):
        # GitHub token format (prefix, [A-Za-z0-9], 6-char base62 CRC32 suffix):
        # https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available/
        body = self.s(ALNUM, 30)
        return prefix + body + self.b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)

    def github_pat(self):
        return self.gh_checksummed(j("gh", "p_"))

    def github_oauth(self):
        return self.gh_checksummed(j("gh", "o_"))

    def github_app(self):
        return self.gh_checksummed(j("gh", "s_"))

    def github_fine(self):
        # fine-grained PAT: github_pat_ + 22 + _ + 59 (shape from GitHub's docs on token formats)
        return j("github", "_pat_", self.s(ALNUM, 22), "_", self.s(ALNUM, 59))

    def npm(self):
        # npm token: npm_ + 36 with CRC32 base62 suffix:
        # https://github.blog/2021-09-23-announcing-npms-new-access-token-format/
        return self.gh_checksummed(j("np", "m_"))

    def gitlab_pat(self):
        # glpat- prefix: https://gitlab.com/gitlab-org/gitlab/-/issues/342327
        return j("glp", "at-", self.s(URLSAFE, 20))

    def gitlab_runner(self):
        # glrt-: https://gitlab.com/gitlab-org/gitlab/-/issues/383198 ; gldt-: https://gitlab.com/gitlab-org/gitlab/-/merge_requests/138438
        return j("glr", "t-", self.s(URLSAFE, 20))

    def gitlab_deploy(self):
        return j("gld", "t-", self.s(URLSAFE, 20))

    def aws_akid(self):
        # AKIA + 16: https://github.com/Hacking-the-Cloud/hackingthe.cloud (IAM unique id prefixes)
        return j("AK", "IA", self.s(B32, 16))

    def aws_asia(self):
        return j("AS", "IA", self.s(B32, 16))

    def slack_bot(self):
        # xoxb-/xoxp-: https://api.slack.com/authentication/token-types
        return j("xo", "xb-", self.digits(11), "-", self.digits(13), "-", self.s(ALNUM, 24))

    def slack_user(self):
        return j("xo", "xp-", self.digits(11), "-", self.digits(12), "-", self.digits(13), "-", self.hex(32))

    def slack_app(self):
        return j("xa", "pp-1-A", self.s(UPNUM, 10), "-", self.digits(13), "-", self.hex(64))

    def slack_webhook(self):
        return j("https://hooks.", "slack.com/services/T", self.s(UPNUM, 10), "/B", self.s(UPNUM, 10), "/", self.s(ALNUM, 24))

    def stripe_live(self):
        # sk_live_/rk_live_ (lengths up to 128): https://gitlab.com/gitlab-org/gitlab/-/issues/458019
        # and https://docs.stripe.com/keys
        return j("sk", "_live_", self.s(ALNUM, self.r.choice([24, 99])))

    def stripe_restricted(self):
        return j("rk", "_live_", self.s(ALNUM, 99))

    def stripe_whsec(self):
        return j("wh", "sec_", self.s(ALNUM, 32))

    def anthropic(self):
        # sk-ant-api03-...AA (shape seen in public leaks; Anthropic's docs only name the x-api-key header)
        return j("sk-", "ant-api03-", self.s(URLSAFE, 93), "AA")

    def anthropic_admin(self):
        return j("sk-", "ant-admin01-", self.s(URLSAFE, 93), "AA")

    def openai_project(self):
        # sk-proj-/sk-svcacct- (~165 chars): https://vibekit.bot/openai-api-key-format ; OpenAI itself publishes no
        # layout, the T3BlbkFJ marker is from public code
        return j("sk-", "proj-", self.s(URLSAFE, 74), "T3Blbk", "FJ", self.s(URLSAFE, 74))

    def openai_svcacct(self):
        return j("sk-", "svcacct-", self.s(URLSAFE, 74), "T3Blbk", "FJ", self.s(URLSAFE, 74))

    def google_api(self):
        # AIza + 35 (Google API keys; shape from Google Maps/Gemini key pages)
        return j("AI", "za", self.s(URLSAFE, 35))

    def google_oauth_secret(self):
        return j("GOC", "SPX-", self.s(URLSAFE, 28))

    def hf(self):
        # hf_ user access token: https://huggingface.co/docs/hub/security-tokens
        return j("h", "f_", self.s(string.ascii_letters, 34))

    def groq(self):
        # gsk_ + 52: https://codeslick.dev/learn/groq-api-key-format (Groq console issues gsk_ keys)
        return j("gs", "k_", self.s(ALNUM, 52))

    def replicate(self):
        # r8_ prefix: https://keyforge.dimssu.com/test/replicate-api-key (Replicate API tokens page)
        return j("r", "8_", self.s(ALNUM, 37))

    def perplexity(self):
        return j("ppl", "x-", self.s(ALNUM, 48))

    def xai(self):
        return j("xa", "i-", self.s(ALNUM, 80))

    def openrouter(self):
        return j("sk-", "or-v1-", self.hex(64))

    def sendgrid(self):
        # SG.<22>.<43>: SendGrid key layout as its SDKs validate it
        return j("S", "G.", self.s(URLSAFE, 22), ".", self.s(URLSAFE, 43))

    def twilio_sk(self):
        return j("S", "K", self.hex(32))

    def shopify(self, kind="at"):
        # shpat_/shpca_/shppa_/shpss_ + 32 hex:
        # https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing
        return j("shp", kind, "_", self.hex(32))

    def digitalocean(self):
        # dop_v1_ + 64 hex: https://gitlab.com/gitlab-org/security-products/analyzers/secrets/-/merge_requests/178
        return j("do", "p_v1_", self.hex(64))

    def databricks(self):
        return j("da", "pi", self.hex(32))

    def vault(self):
        # hvs. service token: https://developer.hashicorp.com/vault/docs/concepts/tokens (prefix table)
        return j("hv", "s.", self.s(ALNUM, 24))

    def doppler_personal(self):
        # dp.pt. / dp.st.: https://docs.doppler.com/reference-link/api and nango.dev/docs/api-integrations/doppler
        return j("dp", ".pt.", self.s(ALNUM, 43))

    def doppler_service(self):
        return j("dp", ".st.", "prd.", self.s(ALNUM, 40))

    def tailscale(self, t="auth"):
        # tskey-<type>-<id>CNTRL-<secret>: https://tailscale.com/kb/1277/key-prefixes
        return j("tskey", "-", t, "-", self.s(ALNUM, 11), "CNTRL-", self.s(ALNUM, 33))

    def postman(self):
        # PMAK-: https://learning.postman.com/docs/reference/postman-api/authentication
        return j("PM", "AK-", self.hex(24), "-", self.hex(34))

    def planetscale_pw(self):
        return j("pscale", "_pw_", self.s(URLSAFE, 43))

    def planetscale_tkn(self):
        return j("pscale", "_tkn_", self.s(URLSAFE, 43))

    def linear(self):
        # lin_api_ prefix: https://docs.sim.ai/integrations/linear-service-account (40 alnum after it, from public code)
        return j("lin", "_api_", self.s(ALNUM, 40))

    def sentry_user(self):
        # sntryu_[a-f0-9]{64}: https://docs.sentry.io/security-legal-pii/security/token-formats/
        return j("sntr", "yu_", self.hex(64))

    def grafana_sa(self):
        # glsa_ service-account token: https://grafana.com/docs/learning-paths/deploy-dashboard-terraform/create-service-account/
        return j("gl", "sa_", self.s(ALNUM, 32), "_", self.hex(8))

    def newrelic(self):
        # User key starts with NRAK-: https://nango.dev/docs/api-integrations/new-relic/connect (New Relic docs:
        # https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys); 27 chars after the prefix from public code
        return j("NR", "AK-", self.s(UPNUM, 27))

    def atlassian(self):
        # Atlassian documents no format (variable length: support.atlassian.com/atlassian-account/docs/manage-api-tokens-
        # for-your-atlassian-account); ATATT3xFfGF0...=<8 hex> is the shape seen in public code. See README.
        return j("ATATT", "3xFfGF0", self.s(URLSAFE, 170), "=", self.hex(8).upper())

    def pypi(self):
        # pypi- + base64 macaroon (whose first bytes encode "pypi.org"): https://pypi.org/project/pypitoken
        return j("pypi-", "AgEIcHlwaS5vcmc", self.s(URLSAFE, 140))

    def dockerhub(self):
        # dckr_pat_ (Docker's API reference shows a dckr_pat_ secret): https://docs.docker.com/reference/api/hub/latest/
        return j("dckr", "_pat_", self.s(URLSAFE, 27))

    def mailgun(self):
        return j("ke", "y-", self.hex(32))

    def mailchimp(self):
        return j(self.hex(32), "-us", str(self.r.randint(2, 21)))

    def brevo(self):
        return j("xkey", "sib-", self.hex(64), "-", self.s(ALNUM, 16))

    def square(self):
        return j("EA", "AA", self.s(URLSAFE, 60))

    def flutterwave(self):
        return j("FLWSEC", "K-", self.hex(32), "-X")

    def telegram(self):
        return j(self.digits(10), ":AA", self.s(URLSAFE, 33))

    def discord_webhook(self):
        return j("https://discord.com/api/", "webhooks/", self.digits(19), "/", self.s(URLSAFE, 68))

    def airtable(self):
        # Airtable documents PATs without a format; pat<14>.<64 hex> is the shape seen in public code. See README.
        return j("pa", "t", self.s(ALNUM, 14), ".", self.hex(64))

    def figma(self):
        return j("fig", "d_", self.s(URLSAFE, 40))

    def pulumi(self):
        return j("pu", "l-", self.hex(40))

    def buildkite(self):
        return j("bk", "ua_", self.hex(40))

    def rubygems(self):
        return j("ruby", "gems_", self.hex(48))

    def nuget(self):
        return j("oy", "2", self.s(LOWNUM, 43))

    def azure_ad_secret(self):
        # Entra client secrets, 40 chars with Q~ at 4-5 (e.g. abc8Q~...):
        # https://learn.microsoft.com/microsoft-365/compliance/sit-defn-azure-ad-client-secret
        return j(self.s(ALNUM, 3), "8Q", "~", self.s(ALNUM + "_.~-", 34))

    def azure_storage_conn(self, account):
        return j("DefaultEndpointsProtocol=https;AccountName=", account, ";Account", "Key=", self.b64(64),
                 ";EndpointSuffix=core.windows.net")

    def azure_sas_url(self, account):
        return j("https://", account, ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlac",
                 "&se=2027-01-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=",
                 self.b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))

    def age(self):
        # AGE-SECRET-KEY-1 + bech32 of 32 bytes: https://age-encryption.org (age(1) man page)
        data = convertbits(self.raw(32), 8, 5)
        return bech32_encode("age-secret-key-", data).upper()

    def mapbox_secret(self, user):
        head = self.b64url(json.dumps({"u": user, "a": self.s(LOWNUM, 25)}, separators=(",", ":")).encode())
        return j("sk", ".", head, ".", self.s(URLSAFE, 22))

    def jwt(self, claims):
        h = self.b64url(b'{"alg":"HS256","typ":"JWT"}')
        p = self.b64url(json.dumps(claims, separators=(",", ":")).encode())
        return f"{h}.{p}.{self.b64url(self.raw(32))}"

    def db_url(self, scheme, user, host, db):
        return f"{scheme}://{user}:{self.urlpass()}@{host}/{db}"

    # ---------------------------------------------------------------- private keys
    def _der_int(self, b):
        if b[0] & 0x80:
            b = b"\x00" + b
        return b"\x02" + der_len(len(b)) + b

    def rsa_der(self, bits=2048):
        n = bits // 8
        ints = [b"\x00", self.raw(n), b"\x01\x00\x01", self.raw(n), self.raw(n // 2), self.raw(n // 2),
                self.raw(n // 2), self.raw(n // 2), self.raw(n // 2)]
        body = b"".join(self._der_int(i if i != b"\x00" else i) for i in ints)
        return b"\x30" + der_len(len(body)) + body

    def pem(self, label, der):
        b = base64.b64encode(der).decode()
        return [f"-----BEGIN {label}-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + [f"-----END {label}-----"]

    def rsa_pem(self, bits=2048):
        return self.pem(j("RSA PRIVATE", " KEY"), self.rsa_der(bits))

    def pkcs8_pem(self):
        der = self.rsa_der()
        algo = bytes.fromhex("300d06092a864886f70d0101010500")
        octet = b"\x04" + der_len(len(der)) + der
        body = b"\x02\x01\x00" + algo + octet
        return self.pem(j("PRIVATE", " KEY"), b"\x30" + der_len(len(body)) + body)

    def ec_pem(self):
        body = b"\x02\x01\x01" + b"\x04\x20" + self.raw(32) + bytes.fromhex("a00a06082a8648ce3d030107") + \
            b"\xa1\x44\x03\x42\x00\x04" + self.raw(64)
        return self.pem(j("EC PRIVATE", " KEY"), b"\x30" + der_len(len(body)) + body)

    def openssh_ed25519(self, comment):
        def sstr(b):
            return struct.pack(">I", len(b)) + b
        pub = self.raw(32)
        pubblob = sstr(b"ssh-ed25519") + sstr(pub)
        check = self.raw(4)
        priv = check + check + sstr(b"ssh-ed25519") + sstr(pub) + sstr(self.raw(32) + pub) + sstr(comment.encode())
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad])
            pad += 1
        blob = b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1) + \
            sstr(pubblob) + sstr(priv)
        b = base64.b64encode(blob).decode()
        return [j("-----BEGIN OPENSSH PRIVATE", " KEY-----")] + [b[i:i + 70] for i in range(0, len(b), 70)] + \
            [j("-----END OPENSSH PRIVATE", " KEY-----")]

    def putty_ppk(self, comment):
        pub = base64.b64encode(struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + self.raw(32)).decode()
        priv = base64.b64encode(struct.pack(">I", 32) + self.raw(32)).decode()
        return [j("PuTTY-User-Key-File-3", ": ssh-ed25519"), "Encryption: none", f"Comment: {comment}",
                "Public-Lines: 2", pub[:64], pub[64:], "Private-Lines: 1", priv, f"Private-MAC: {self.hex(64)}"]

    def rsa_public_pem(self):
        body = self._der_int(self.raw(256)) + self._der_int(b"\x01\x00\x01")
        return self.pem("PUBLIC KEY", b"\x30" + der_len(len(body)) + body)

    def cert_pem(self):
        return self.pem("CERTIFICATE", b"\x30\x82\x03\x10" + self.raw(780))

    def ssh_pub(self, comment):
        return "ssh-ed25519 " + base64.b64encode(struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + self.raw(32)).decode() + " " + comment


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


# ---------------------------------------------------------------- bech32 (BIP-173), for age keys
CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data):
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = bech32_polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + chk)


def convertbits(data, frombits, tobits):
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()
