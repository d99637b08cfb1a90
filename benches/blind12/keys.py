"""Secret generators for the twelfth blind corpus (stdlib only, written from scratch).

Every value is drawn from a seeded random.Random at run time. No complete credential is written in
this file: vendor prefixes are assembled from pieces so that the project's own scan of this folder
stays clean. Each vendor-format generator names the page its shape was taken from; where the vendor
publishes nothing, README.md says so and the shape is justified there.
"""
import base64
import binascii
import json
import uuid

DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = LOW.upper()
ALNUM = UPP + LOW + DIG
B62 = DIG + UPP + LOW
HEX = DIG + "abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UPP + "234567"
SAFE_SYM = "!%^*-_+.="

WORDS = ("amber anchor basalt birch cobalt comet delta ember falcon fjord garnet glacier harbor hazel "
         "indigo juniper kestrel lagoon lantern maple meadow nebula nickel orchid osprey pepper quartz "
         "raven saffron sierra tundra umber velvet walnut willow yarrow zephyr copper lichen").split()


class Keys:
    def __init__(self, rng):
        self.r = rng

    # ------------------------------------------------------------------ primitives
    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def uuid4(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def b64bytes(self, n, url=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(n))
        out = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
        out = out.decode()
        return out if pad else out.rstrip("=")

    # ------------------------------------------------------------------ context-only shapes
    def password(self):
        style = self.r.randrange(4)
        if style == 0:
            return self.r.choice(WORDS).capitalize() + self.s(DIG, 4) + self.r.choice("!%*+.") + self.r.choice(WORDS)
        if style == 1:
            return self.s(ALNUM, 10) + self.r.choice(SAFE_SYM) + self.s(ALNUM, 7)
        if style == 2:
            return "-".join(self.r.choice(WORDS) for _ in range(4)) + self.s(DIG, 2)
        return self.s(ALNUM, 20)

    def alnum_password(self):
        return self.s(ALNUM, self.r.randrange(14, 22))

    # ------------------------------------------------------------------ GitHub
    # https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available
    # (prefixes ghp_/gho_/ghu_/ghs_/ghr_) and GitHub's "Behind GitHub's new authentication token formats":
    # 30 base62 characters of entropy followed by a 6-character base62 CRC32 checksum.
    def _b62(self, n, width):
        out = ""
        while n:
            n, d = divmod(n, 62)
            out = B62[d] + out
        return out.rjust(width, "0")

    def github(self, kind):
        body = self.s(ALNUM, 30)
        return "gh" + kind + "_" + body + self._b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)

    # https://gist.github.com/magnetikonline/073afe7909ffdd6f10ef06a00bc3bc88 (fine-grained PAT:
    # github_pat_ + 22 + _ + 59, 93 characters in all, as GitHub's settings page issues them)
    def github_fine(self):
        return "github" + "_pat_" + self.s(ALNUM, 22) + "_" + self.s(ALNUM, 59)

    # https://gitlab.com/gitlab-org/gitlab/-/issues/342327 (default PAT prefix glpat-, 20 characters)
    def gitlab_pat(self):
        return "gl" + "pat-" + self.s(ALNUM + "_-", 20)

    # https://docs.npmjs.com/about-access-tokens/ and `npm token list` output (npm_ prefix);
    # body: 30 base62 + 6 base62 CRC32, the same scheme as GitHub's (npm is GitHub's).
    def npm(self):
        body = self.s(ALNUM, 30)
        return "np" + "m_" + body + self._b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)

    # ------------------------------------------------------------------ AWS / Azure / GCP
    # https://github.com/Hacking-the-Cloud/hackingthe.cloud iam-key-identifiers (AKIA long-lived,
    # ASIA STS; 20 characters, upper-case base32 alphabet) and AWS docs "20 alpha-numeric characters".
    def aws_key_id(self, temp=False):
        return ("AS" if temp else "AK") + "IA" + self.s(B32, 16)

    def aws_secret(self):
        return self.s(ALNUM + "+/", 40)

    def azure_storage_key(self):
        return self.b64bytes(64)

    def azure_client_secret(self):
        # Entra ID client secrets: 3 characters, a version marker "Q~", 34 more (40 in all), as the
        # portal shows them (learn.microsoft.com "Add a client secret"; not restated there in full).
        return self.s(ALNUM, 3) + "8Q" + "~" + self.s(ALNUM + "_.-~", 34)

    def azure_conn(self, account):
        return ("DefaultEndpointsProtocol=https;AccountName=" + account + ";AccountKey=" +
                self.azure_storage_key() + ";EndpointSuffix=core.windows.net")

    # ------------------------------------------------------------------ PEM / key files (RFC 7468)
    def _der_len(self, n):
        if n < 0x80:
            return bytes([n])
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        return bytes([0x80 | len(b)]) + b

    def _int(self, nbytes):
        v = bytes([self.r.randrange(0x80, 0x100)]) + bytes(self.r.getrandbits(8) for _ in range(nbytes - 1))
        v = b"\x00" + v
        return b"\x02" + self._der_len(len(v)) + v

    def _seq(self, body):
        return b"\x30" + self._der_len(len(body)) + body

    def _pem(self, label, der):
        b = base64.b64encode(der).decode()
        lines = [b[i:i + 64] for i in range(0, len(b), 64)]
        dash = "-" * 5
        return "\n".join([dash + "BEGIN " + label + dash] + lines + [dash + "END " + label + dash])

    def rsa_pkcs1_der(self):
        parts = [b"\x02\x01\x00", self._int(256), b"\x02\x03\x01\x00\x01", self._int(256), self._int(128),
                 self._int(128), self._int(128), self._int(128), self._int(128)]
        return self._seq(b"".join(parts))

    def rsa_pem(self):
        return self._pem("RSA " + "PRIVATE KEY", self.rsa_pkcs1_der())

    def pkcs8_pem(self):
        alg = bytes.fromhex("300d06092a864886f70d0101010500")
        inner = self.rsa_pkcs1_der()
        body = b"\x02\x01\x00" + alg + b"\x04" + self._der_len(len(inner)) + inner
        return self._pem("PRIVATE" + " KEY", self._seq(body))

    def ec_pem(self):
        d = bytes(self.r.getrandbits(8) for _ in range(32))
        pub = b"\x04" + bytes(self.r.getrandbits(8) for _ in range(64))
        body = (b"\x02\x01\x01\x04\x20" + d + b"\xa0\x0a\x06\x08" + bytes.fromhex("2a8648ce3d030107") +
                b"\xa1\x44\x03\x42\x00" + pub)
        return self._pem("EC " + "PRIVATE KEY", self._seq(body))

    def _ssh_str(self, b):
        return len(b).to_bytes(4, "big") + b

    def openssh_pem(self, comment="ops@laptop"):
        seed = bytes(self.r.getrandbits(8) for _ in range(32))
        pub = bytes(self.r.getrandbits(8) for _ in range(32))
        kt = b"ssh-ed25519"
        pubblob = self._ssh_str(kt) + self._ssh_str(pub)
        check = self.r.getrandbits(32).to_bytes(4, "big")
        priv = (check + check + self._ssh_str(kt) + self._ssh_str(pub) + self._ssh_str(seed + pub) +
                self._ssh_str(comment.encode()))
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad])
            pad += 1
        blob = (b"openssh-key-v1\x00" + self._ssh_str(b"none") + self._ssh_str(b"none") + self._ssh_str(b"") +
                (1).to_bytes(4, "big") + self._ssh_str(pubblob) + self._ssh_str(priv))
        b = base64.b64encode(blob).decode()
        lines = [b[i:i + 70] for i in range(0, len(b), 70)]
        dash = "-" * 5
        label = "OPENSSH " + "PRIVATE KEY"
        return "\n".join([dash + "BEGIN " + label + dash] + lines + [dash + "END " + label + dash])

    def putty_ppk(self, comment="svc-deploy"):
        # PuTTY's documented PPK v3 layout (the PuTTY manual, appendix C "PPK file format").
        pub = base64.b64encode(self._ssh_str(b"ssh-ed25519") + self._ssh_str(bytes(self.r.getrandbits(8) for _ in range(32)))).decode()
        priv = base64.b64encode(self._ssh_str(bytes(self.r.getrandbits(8) for _ in range(32)))).decode()
        return "\n".join(["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: " + comment,
                          "Public-Lines: 2", pub[:64], pub[64:], "Private-Lines: 1", priv,
                          "Private-MAC: " + self.hexs(64)])

    def pkcs12_b64(self):
        # PFX (RFC 7292): SEQUENCE { version 3, authSafe ContentInfo, macData }
        inner = bytes(self.r.getrandbits(8) for _ in range(900))
        body = b"\x02\x01\x03" + self._seq(b"\x06\x09" + bytes.fromhex("2a864886f70d010701") + b"\xa0" + self._der_len(len(inner) + 4) + b"\x04\x82" + len(inner).to_bytes(2, "big") + inner)
        return base64.b64encode(self._seq(body)).decode()

    def jwk_rsa(self, kid):
        f = lambda n: base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode().rstrip("=")
        return {"kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": f(256), "e": "AQAB", "d": f(256),
                "p": f(128), "q": f(128), "dp": f(128), "dq": f(128), "qi": f(128)}

    def gcp_sa(self, project, name):
        pem = self.pkcs8_pem() + "\n"
        return {"type": "service_account", "project_id": project, "private_key_id": self.hexs(40),
                "private_key": pem, "client_email": name + "@" + project + ".iam.gserviceaccount.com",
                "client_id": self.s(DIG, 21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                "token_uri": "https://oauth2.googleapis.com/token",
                "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + name + "%40" + project + ".iam.gserviceaccount.com"}

    # ------------------------------------------------------------------ JWT (RFC 7519)
    def jwt(self, claims, alg="HS256"):
        enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(32 if alg == "HS256" else 256))).decode().rstrip("=")
        return enc({"alg": alg, "typ": "JWT"}) + "." + enc(claims) + "." + sig

    # ------------------------------------------------------------------ vendors
    # https://docs.slack.dev/authentication/tokens (bot xoxb-, user xoxp-, app-level xapp-); the
    # numeric segments follow tokens as Slack issues them (team id, user id digits).
    def slack_bot(self):
        return "xo" + "xb-" + self.s(DIG, 12) + "-" + self.s(DIG, 13) + "-" + self.s(ALNUM, 24)

    def slack_user(self):
        return "xo" + "xp-" + self.s(DIG, 12) + "-" + self.s(DIG, 12) + "-" + self.s(DIG, 13) + "-" + self.hexs(32)

    def slack_app(self):
        return "xa" + "pp-1-A" + self.s(UPP + DIG, 10) + "-" + self.s(DIG, 13) + "-" + self.hexs(64)

    # https://api.slack.com/messaging/webhooks (hooks.slack.com/services/T…/B…/…)
    def slack_webhook(self):
        return ("https://hooks." + "slack.com/services/T" + self.s(UPP + DIG, 10) + "/B" + self.s(UPP + DIG, 10) +
                "/" + self.s(ALNUM, 24))

    # https://docs.stripe.com/keys (sk_live_, rk_live_; lengths up to 128 per GitLab issue 458019,
    # where Stripe's security engineer gave (sk|rk)_live_[0-9a-z]{10,128}); whsec_ from Stripe's
    # webhook signing docs.
    def stripe(self, kind):
        return kind + "_li" + "ve_51" + self.s(ALNUM, 22) + self.s(ALNUM, 75)

    def stripe_whsec(self):
        return "wh" + "sec_" + self.s(ALNUM, 32)

    # https://pypi.org/help/#apitoken: "including the pypi- prefix"; the body is a macaroon
    # (pypitoken docs), serialised with base64url: version 2, location "pypi.org", identifier, …
    def pypi(self):
        ident = self.uuid4().encode()
        mac = (b"\x02\x01\x08pypi.org\x02\x01" + bytes([len(ident) + 4]) + b"\x02\x01" + ident +
               b"\x00\x02" + bytes(self.r.getrandbits(8) for _ in range(60)) + b"\x00\x00\x06\x20" +
               bytes(self.r.getrandbits(8) for _ in range(32)))
        return "py" + "pi-" + base64.urlsafe_b64encode(mac).decode().rstrip("=")

    # https://developer.hashicorp.com/vault/docs (service tokens hvs., batch tokens hvb.)
    def vault(self, batch=False):
        return "hv" + ("b." if batch else "s.") + "CAESI" + self.s(B64URL, 86)

    # GitLab MR 178 quoting DigitalOcean's April 2022 prefixes: dop_v1_ (PAT), doo_v1_, dor_v1_; 64 hex.
    def digitalocean(self, t="p"):
        return "do" + t + "_v1_" + self.hexs(64)

    # https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing (shpat_/shpca_/
    # shppa_ + 32) and .../app-secret-key-length-has-increased (shpss_ + 32)
    def shopify(self, t):
        return "shp" + t + "_" + self.hexs(32)

    # https://tailscale.com/kb/1277/key-prefixes: tskey-<type>-<key id>-<secret>
    def tailscale(self, t):
        return "ts" + "key-" + t + "-k" + self.s(ALNUM, 10) + "CNTRL-" + self.s(ALNUM, 33)

    # Grafana docs (service account tokens glsa_); the operator docs show a full one: glsa_ + 32 + _ + 8 hex
    def grafana(self):
        return "gl" + "sa_" + self.s(ALNUM, 32) + "_" + self.hexs(8)

    # https://huggingface.co/docs/hub/security-tokens (hf_ tokens; 34 letters after the prefix)
    def huggingface(self):
        return "h" + "f_" + self.s(UPP + LOW, 34)

    # Anthropic console: keys start with sk-ant- (api03 generation); length and the trailing "AA"
    # as in keys published by mistake (search corpus, pastebin); 108 characters in all.
    def anthropic(self, admin=False):
        return "sk-" + "ant-" + ("admin01-" if admin else "api03-") + self.s(B64URL, 86) + "-" + self.s(B64URL, 6) + "AA"

    # OpenAI project keys: sk-proj- and a body that carries base64("OpenAI") in the middle.
    def openai(self):
        mark = base64.b64encode(b"OpenAI").decode()
        return "sk-" + "proj-" + self.s(B64URL, 74) + mark + self.s(B64URL, 74)

    # Google API keys: AIza + 35 [A-Za-z0-9_-] (Google Cloud "API keys" docs show the AIza form)
    def google_api(self):
        return "AI" + "za" + "Sy" + self.s(B64URL, 33)

    # Groq console: keys start with gsk_ (skills.sh / groq security basics); 52 characters after it
    def groq(self):
        return "gs" + "k_" + self.s(ALNUM, 52)

    # Replicate: r8_ tokens (replicate.com/account/api-tokens), 37 characters after the prefix
    def replicate(self):
        return "r" + "8_" + self.s(ALNUM, 37)

    # SendGrid: SG.<22>.<43> (Twilio SendGrid API keys docs; "about 69 characters")
    def sendgrid(self):
        return "S" + "G." + self.s(B64URL, 22) + "." + self.s(B64URL, 43)

    # https://mintlify.com/getsentry/sentry/api/authentication (user tokens sntryu_); org tokens
    # sntrys_ carry a base64 JSON claim block and a secret after "_".
    def sentry_user(self):
        return "sntr" + "yu_" + self.hexs(64)

    def sentry_org(self, org):
        claims = {"iat": 1760000000 + self.r.randrange(10 ** 7), "url": "https://sentry.io",
                  "region_url": "https://us.sentry.io", "org": org}
        return "sntr" + "ys_" + base64.b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + self.s(B64URL, 43)

    # Postman: PMAK- + 24 hex + - + 34 hex (the Postman API key page shows "PMAK-…")
    def postman(self):
        return "PM" + "AK-" + self.hexs(24) + "-" + self.hexs(34)

    # Databricks PATs: dapi + 32 hex (+ optional -N suffix). The docs found do not spell it out.
    def databricks(self):
        return "da" + "pi" + self.hexs(32)

    # Doppler tokens (nango.dev Doppler guide quoting Doppler: dp.pt. personal, dp.st. service)
    def doppler(self, t="st", env="prd"):
        if t == "st":
            return "dp." + "st." + env + "." + self.s(ALNUM, 40)
        return "dp." + "pt." + self.s(ALNUM, 43)

    # Typeform personal tokens: tfp_ + body (skills.sh typeform: tfp_<40-hex>)
    def typeform(self):
        return "tf" + "p_" + self.hexs(40)

    # https://docs.sim.ai/integrations/calcom-service-account: live keys start with cal_live_
    def calcom(self):
        return "cal" + "_live_" + self.hexs(32)

    # https://developers.deepl.com/docs/getting-started/auth: free keys end in ":fx" (UUID + :fx)
    def deepl(self):
        return self.uuid4() + ":" + "fx"

    # Harness (GitGuardian detector page: tokens prefixed pat / sat): pat.<account>.<token id>.<secret>
    def harness(self, t="pat"):
        return t + "." + self.s(ALNUM + "-_", 22) + "." + self.s(HEX, 24) + "." + self.s(ALNUM, 20)

    # Octopus Deploy: API- + 26-32 upper-case alphanumerics. Octopus' pages found do not state it.
    def octopus(self):
        return "AP" + "I-" + self.s(UPP + DIG, 27)

    # Samsara: GitGuardian lists a prefixed Samsara token; samsara_api_ + 30 base62.
    def samsara(self):
        return "sams" + "ara_api_" + self.s(ALNUM, 30)

    # Prefect Cloud keys: pnu_ (user) + 36 base62. No Prefect page found; see README.
    def prefect(self):
        return "pn" + "u_" + self.s(ALNUM, 36)


def b64(s):
    return base64.b64encode(s.encode()).decode()


# ------------------------------------------------------------------ vendors' own published examples (negatives)
def aws_example_id():
    return "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"


def aws_example_secret():
    return "wJalrXUtnFEMI" + "/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY"


def stripe_doc_test_key():
    return "sk_" + "test_" + "4eC39HqLyjW" + "DarjtT1zdp7dc"


def jwtio_example():
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    return (enc({"alg": "HS256", "typ": "JWT"}) + "." + enc({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}) +
            "." + "SflKxwRJSMeKKF2QT4fw" + "pMeJf36POk6yJV_adQssw5c")


def deepl_doc_example():
    return "279a2e9d-83b3-c416" + "-7e2d-f721593e42a0" + ":fx"
