"""Secret-shape generators for the fifteenth blind corpus (stdlib only, written from scratch).

Every value is drawn at run time from a seeded random.Random. Vendor prefixes are assembled from
pieces so that this file holds no key-shaped literal. Each vendor-format generator names the page
its shape was taken from (looked up with the search tool in the writing session); where a provider
documents nothing about the shape, the generator says so and the README lists it.
"""
import base64
import json
import struct
import uuid
import zlib

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AL = UP + LO + DG
B62 = DG + UP + LO
HX = "0123456789abcdef"
B32 = UP + "234567"
URLSAFE = AL + "-_"
B64 = AL + "+/"


def j(*parts):
    return "".join(parts)


class Gen:
    def __init__(self, rng):
        self.r = rng

    # ---------------------------------------------------------------- primitives
    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hexs(self, n):
        return self.s(HX, n)

    def uuid4(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def b64(self, nbytes, urlsafe=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        out = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
        out = out.decode()
        return out if pad else out.rstrip("=")

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def mixed(self, n):
        """alnum with at least one upper, lower and digit"""
        while True:
            v = self.s(AL, n)
            if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v):
                return v

    # ---------------------------------------------------------------- context-only shapes
    def password(self):
        style = self.r.randrange(5)
        if style == 0:
            return self.mixed(self.r.randrange(12, 20))
        if style == 1:
            words = ["copper", "lantern", "harbor", "violet", "glacier", "tundra", "meadow", "quartz", "saffron",
                     "orbit", "falcon", "juniper", "cobalt", "ember", "willow", "canyon", "pepper", "nimbus"]
            return "-".join(self.r.choice(words) for _ in range(3)) + "-" + self.s(DG, 2)
        if style == 2:
            return self.mixed(8) + self.r.choice("!#%*+?@^") + self.mixed(5)
        if style == 3:
            return self.s(UP, 1) + self.s(LO, 6) + self.s(DG, 4) + self.r.choice("!@#%&*") + self.s(LO, 3)
        return self.b64(15, urlsafe=True, pad=False)

    def token_alnum(self, n=32):
        return self.mixed(n)

    def token_hex(self, n=40):
        return self.hexs(n)

    def aws_secret(self):
        return self.s(AL + "/+", 40)

    # ---------------------------------------------------------------- vendor formats
    def _crc_b62(self, body):
        n = zlib.crc32(body.encode()) & 0xFFFFFFFF
        out = ""
        while n:
            n, d = divmod(n, 62)
            out = B62[d] + out
        return out.rjust(6, "0")

    def github(self, kind="p"):
        # https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available
        # prefix gh{p,o,u,s,r}_ + 30 base62 + 6-char base62 CRC32 of the random part (GitHub blog
        # "Behind GitHub's new authentication token formats", also described on pkg.go.dev githubtoken)
        body = self.s(AL, 30)
        return j("g", "h", kind, "_") + body + self._crc_b62(body)

    def github_fine(self):
        # https://gist.github.com/magnetikonline/073afe7909ffdd6f10ef06a00bc3bc88 : github_pat_ 22 _ 59
        return j("github", "_pat_") + self.s(AL, 22) + "_" + self.s(AL, 59)

    def npm(self):
        # https://github.com/secretlint/secretlint/issues/200 (npm changelog: npm_ + 30 + CRC32 base62 6)
        body = self.s(AL, 30)
        return j("np", "m_") + body + self._crc_b62(body)

    def gitlab_pat(self):
        # https://gitlab.com/gitlab-org/gitlab/-/issues/342327 ; glpat- + 20 [A-Za-z0-9_-]
        return j("gl", "pat-") + self.s(URLSAFE, 20)

    def aws_akid(self, temp=False):
        # https://docs.amazonaws.cn/goto/WebAPI/sts-2011-06-15/GetAccessKeyInfo (AKIA long-term, ASIA STS);
        # 20 chars, IAM unique-ID alphabet (hackingthe.cloud iam-key-identifiers)
        return j("AS" if temp else "AK", "IA") + self.s(B32, 16)

    def slack(self, kind="b"):
        # https://docs.slack.dev/authentication/tokens (bot xoxb-, user xoxp-); shape from public code:
        # xox?-<team digits>-<user digits>-<24 alnum>
        return j("xo", "x", kind, "-") + self.s(DG, 12) + "-" + self.s(DG, 13) + "-" + self.s(AL, 24)

    def slack_app(self):
        # https://docs.slack.dev/authentication/tokens (app-level tokens, xapp-)
        return j("xa", "pp-1-") + "A" + self.s(UP + DG, 10) + "-" + self.s(DG, 13) + "-" + self.hexs(64)

    def slack_webhook(self):
        return j("https://hooks.", "slack.com/services/") + "T" + self.s(UP + DG, 10) + "/B" + \
            self.s(UP + DG, 10) + "/" + self.s(AL, 24)

    def stripe(self, restricted=False):
        # https://docs.stripe.com/keys ; GitLab issue 458019 (Stripe: (sk|rk)_live_[0-9a-z]{10,128})
        return j("rk" if restricted else "sk", "_li", "ve_") + self.s(AL, self.r.choice([24, 99]))

    def stripe_pk(self):
        return j("pk", "_li", "ve_") + self.s(AL, 99)

    def hf(self):
        # https://huggingface.co/docs/hub/security-tokens (hf_ prefix shown in huggingface.js docs)
        return j("h", "f_") + self.s(UP + LO, 34)

    def octopus(self):
        # prefix from the client docs at https://pub.dev/packages/octopus_energy_api_client (sk_live_...);
        # Octopus itself documents no shape: 24 alnum after the prefix is our assumption (README)
        return j("sk", "_li", "ve_") + self.s(AL, 24)

    def deepl_free(self):
        # https://developers.deepl.com/docs/getting-started/auth : Free keys are a UUID + ":fx"
        return self.uuid4() + j(":", "fx")

    def persona(self):
        # prefix persona_production_ from the Persona skill docs quoted at
        # raw.githubusercontent.com/jeremylongshore/.../persona-install-auth/SKILL.md ; body length assumed
        return j("persona_", "production_") + self.s(AL, 32)

    def tailscale(self, kind="auth"):
        # https://tailscale.com/kb/1277/key-prefixes : tskey-<type>-<id>CNTRL-<secret>
        return j("ts", "key-", kind, "-") + self.s(AL, 11) + "CNTRL-" + self.s(AL, 33)

    def sentry_user(self):
        # https://www.mintlify.com/getsentry/sentry/api/api-tokens : user auth tokens are prefixed sntryu_
        return j("sntr", "yu_") + self.hexs(64)

    def docker_pat(self):
        # https://github.com/leaktk/patterns/issues/70 : dckr_pat_ + 27 [\w-]
        return j("dck", "r_pat_") + self.s(URLSAFE, 27)

    def pypi(self):
        # https://pypi.org/help/#apitoken : "pypi-" prefix + base64 macaroon (pypitoken docs)
        loc = b"\x02\x01\x08pypi.org\x02" + bytes([37]) + b"\x00\x02" + self.rbytes(70) + b"\x00\x06 " + self.rbytes(32)
        return j("py", "pi-") + base64.urlsafe_b64encode(loc).decode().rstrip("=")

    def sendgrid(self):
        # SG.<22>.<43> per the SendGrid regex in NVIDIA NeMo Safe-Synthesizer docs (no SendGrid page found)
        return j("S", "G.") + self.s(URLSAFE, 22) + "." + self.s(URLSAFE, 43)

    def shopify(self, kind="at"):
        # https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing (shpat_/shpca_/shppa_
        # + 32) and .../app-secret-key-length-has-increased (shpss_ + 32)
        return j("sh", "p", kind, "_") + self.hexs(32)

    def grafana_sa(self):
        # https://grafana.com/docs/learning-paths/deploy-dashboard-terraform/create-service-account/ (glsa_);
        # body shape from the grafana-operator docs example: 32 alnum + "_" + 8 hex
        return j("gl", "sa_") + self.s(AL, 32) + "_" + self.hexs(8)

    def anthropic(self):
        # prefix sk-ant- (https://apidog.com/de/blog/anthropic-api-key/); api03 + 93 url-safe + "AA" as seen
        # in public leaks; Anthropic documents no shape
        return j("sk-", "ant-", "api03-") + self.s(URLSAFE, 93) + "AA"

    def openai(self):
        # sk-proj- project keys (https://airbyte.com/agentic-data/openai-api-key); T3BlbkFJ marker as seen in
        # public code; OpenAI documents no shape
        return j("sk-", "proj-") + self.s(URLSAFE, 74) + j("T3Blbk", "FJ") + self.s(URLSAFE, 74)

    def groq(self):
        # gsk_ prefix (Groq security skill docs, skills.sh); 52 chars with WGdyb3FY marker as in public code
        return j("gs", "k_") + self.s(AL, 20) + j("WGdy", "b3FY") + self.s(AL, 24)

    def replicate(self):
        # https://replicate.com/docs/topics/security/api-tokens : 40 chars, always starting r8_
        return j("r", "8_") + self.s(AL, 37)

    def google_api(self):
        # https://learn.microsoft.com/en-MY/purview/sit-defn-google-api-key : AIza + 35 [A-Za-z0-9_-]
        return j("AI", "za") + "Sy" + self.s(URLSAFE, 33)

    # ---------------------------------------------------------------- structured
    def url(self, scheme, user, host, port, db=""):
        pw = self.password()
        while any(ch in pw for ch in "@#?%/:^"):
            pw = self.password()
        return f"{scheme}://{user}:{pw}@{host}:{port}{'/' + db if db else ''}", pw

    def jwt(self, claims):
        h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        p = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode())
        sig = self.b64(32, urlsafe=True, pad=False)
        return h.decode().rstrip("=") + "." + p.decode().rstrip("=") + "." + sig

    # ---------------------------------------------------------------- keys (DER / OpenSSH / PPK)
    @staticmethod
    def _der_len(n):
        if n < 0x80:
            return bytes([n])
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        return bytes([0x80 | len(b)]) + b

    def _tlv(self, tag, body):
        return bytes([tag]) + self._der_len(len(body)) + body

    def _int(self, nbytes):
        v = bytearray(self.rbytes(nbytes))
        v[0] |= 0x80
        return self._tlv(0x02, b"\x00" + bytes(v))

    def rsa_der(self, bits=2048):
        nb = bits // 8
        parts = [self._tlv(0x02, b"\x00"), self._int(nb), self._tlv(0x02, b"\x01\x00\x01"), self._int(nb),
                 self._int(nb // 2), self._int(nb // 2), self._int(nb // 2), self._int(nb // 2), self._int(nb // 2)]
        return self._tlv(0x30, b"".join(parts))

    def ec_der(self):
        oid = self._tlv(0x06, bytes.fromhex("2a8648ce3d030107"))
        pub = self._tlv(0x03, b"\x00\x04" + self.rbytes(64))
        body = self._tlv(0x02, b"\x01") + self._tlv(0x04, self.rbytes(32)) + self._tlv(0xA0, oid) + self._tlv(0xA1, pub)
        return self._tlv(0x30, body)

    def pkcs8_der(self):
        alg = self._tlv(0x30, self._tlv(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
        return self._tlv(0x30, self._tlv(0x02, b"\x00") + alg + self._tlv(0x04, self.rsa_der()))

    @staticmethod
    def pem(label, der, width=64):
        b = base64.b64encode(der).decode()
        lines = [b[i:i + width] for i in range(0, len(b), width)]
        return "\n".join([j("-----BEGIN ", label, "-----")] + lines + [j("-----END ", label, "-----")])

    def rsa_pem(self):
        return self.pem(j("RSA ", "PRIVATE", " KEY"), self.rsa_der())

    def ec_pem(self):
        return self.pem(j("EC ", "PRIVATE", " KEY"), self.ec_der())

    def pkcs8_pem(self):
        return self.pem(j("PRIVATE", " KEY"), self.pkcs8_der())

    def openssh_pem(self, comment="deploy@ci"):
        def sstr(b):
            return struct.pack(">I", len(b)) + b
        pub = self.rbytes(32)
        seed = self.rbytes(32)
        pubblob = sstr(b"ssh-ed25519") + sstr(pub)
        chk = self.rbytes(4)
        priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pub) + sstr(seed + pub) + sstr(comment.encode())
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad])
            pad += 1
        blob = b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1) + \
            sstr(pubblob) + sstr(priv)
        return self.pem(j("OPENSSH ", "PRIVATE", " KEY"), blob, width=70)

    def ppk(self, comment="rsa-key-20251104"):
        # PuTTY .ppk version 3 layout (PuTTY manual, appendix C)
        pubb = base64.b64encode(b"\x00\x00\x00\x07ssh-rsa" + self.rbytes(270)).decode()
        privb = base64.b64encode(self.rbytes(656)).decode()
        pl = [pubb[i:i + 64] for i in range(0, len(pubb), 64)]
        vl = [privb[i:i + 64] for i in range(0, len(privb), 64)]
        out = [j("PuTTY-User-Key-File-3", ": ssh-rsa"), "Encryption: none", "Comment: " + comment,
               f"Public-Lines: {len(pl)}"] + pl + [f"Private-Lines: {len(vl)}"] + vl + ["Private-MAC: " + self.hexs(64)]
        return "\n".join(out)

    def pgp_private(self):
        body = base64.b64encode(b"\x95\x03\xc6" + self.rbytes(900)).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        crc = base64.b64encode(self.rbytes(3)).decode()
        return "\n".join([j("-----BEGIN PGP ", "PRIVATE", " KEY BLOCK-----"), "", *lines, "=" + crc,
                          j("-----END PGP ", "PRIVATE", " KEY BLOCK-----")])

    def pkcs12_b64(self):
        return base64.b64encode(b"\x30\x82\x0a\x41\x02\x01\x03\x30\x82\x0a\x07\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01"
                                + self.rbytes(520)).decode()

    def cert_pem(self):
        der = self._tlv(0x30, self._tlv(0x30, self.rbytes(400)) + self._tlv(0x30, self.rbytes(13)) + self._tlv(0x03, self.rbytes(257)))
        return self.pem("CERTIFICATE", der)

    def ssh_pub(self, comment="ops@bastion"):
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + self.rbytes(32)
        return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment
