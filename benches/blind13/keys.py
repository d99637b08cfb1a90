"""Secret shapes for the thirteenth blind corpus, written from scratch.

Every prefix is built by concatenation so that this file holds no key-shaped literal.
Sources (looked up with the search tool, provider pages or provider-run changelogs) are noted
next to the generators; shapes marked "memory" were not looked up in this session (README.md).
"""
import base64
import binascii
import json
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
B62 = DIG + UP + LO
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = UP + LO + DIG + "+/"
B64U = UP + LO + DIG + "-_"
B32 = UP + "234567"


class Gen:
    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def b64(self, nbytes, url=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        out = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
        out = out.decode()
        return out if pad else out.rstrip("=")

    def uuid(self):
        h = self.s(HEX, 32)
        return "-".join([h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:]])

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(DIG, n - 1)

    # ---------------------------------------------------------------- vendor formats
    def github(self, kind):
        # https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available/
        # prefixes ghp_/gho_/ghu_/ghs_/ghr_, alphabet [A-Za-z0-9_]; 36 characters after the prefix,
        # the last 6 a base62 CRC32 of the first 30 (checksum layout: github.blog "Behind GitHub's
        # new authentication token formats", 2021-04-05).
        body = self.s(B62, 30)
        c = binascii.crc32(body.encode()) & 0xFFFFFFFF
        enc = ""
        while c:
            c, m = divmod(c, 62)
            enc = B62[m] + enc
        return "gh" + kind + "_" + body + enc.rjust(6, "0")

    def github_fine(self):
        # memory: github_pat_ + 22 + _ + 59 (GitHub docs "About personal access tokens")
        return "github" + "_pat_" + self.s(B62, 22) + "_" + self.s(B62, 59)

    def gitlab_pat(self):
        # https://gitlab.com/gitlab-org/gitlab/-/issues/342327 (default prefix glpat-), 20 characters
        return "gl" + "pat-" + self.s(B62 + "_-", 20)

    def aws_akid(self):
        # https://github.com/Hacking-the-Cloud/hackingthe.cloud (IAM unique id prefixes, from AWS IAM
        # identifiers docs): AKIA + 16 of [A-Z2-7], 20 characters
        return "AK" + "IA" + self.s(B32, 16)

    def aws_secret(self):
        return self.s(UP + LO + DIG + "/+", 40)

    def slack_bot(self):
        # https://api.slack.com/authentication/token-types ; https://nango.dev/docs/... (xoxb-/xoxp-)
        return "xo" + "xb-" + self.digits(12) + "-" + self.digits(13) + "-" + self.s(ALNUM, 24)

    def slack_user(self):
        return "xo" + "xp-" + self.digits(12) + "-" + self.digits(12) + "-" + self.digits(13) + "-" + self.s(HEX, 32)

    def slack_webhook(self):
        # memory: hooks.slack.com/services/T.../B.../24 characters
        return ("https://hooks.slack.com/" + "services/T" + self.s(UP + DIG, 10) + "/B" + self.s(UP + DIG, 10)
                + "/" + self.s(ALNUM, 24))

    def stripe(self, kind):
        # https://gitlab.com/gitlab-org/gitlab/-/issues/458019 (Stripe's own engineer: (sk|rk)_live_
        # [0-9a-z]{10,128}, case-insensitive); https://docs.stripe.com/keys
        return kind + "_li" + "ve_" + self.s(ALNUM, self.r.choice([24, 99]))

    def openai(self):
        # https://vibekit.bot/openai-api-key-format (sk-proj- project keys, sk-svcacct- service accounts,
        # about 165 characters, URL-safe body); the T3BlbkFJ marker inside is from memory
        return "sk-" + self.r.choice(["proj-", "svcacct-"]) + self.s(B64U, 74) + "T3Blbk" + "FJ" + self.s(B64U, 74)

    def anthropic(self):
        # shape observed in public leaks (pastebin result of the search tool): sk-ant-api03-, 93
        # [A-Za-z0-9_-], then AA
        return "sk-" + "ant-api03-" + self.s(B64U, 93) + "AA"

    def google_api(self):
        # https://cloud.google.com/docs/authentication/api-keys (example key string begins AIza); 39 characters,
        # AIza + 35 of [A-Za-z0-9_-]: https://learn.microsoft.com/en-MY/purview/sit-defn-google-api-key
        return "AI" + "za" + self.s(B64U, 35)

    def groq(self):
        return "gs" + "k_" + self.s(ALNUM, 52)  # memory

    def hf(self):
        # https://huggingface.co/docs/hub/security-tokens ; hf_ prefix as in
        # https://hexdocs.pm/huggingface_client/Mix.Tasks.Hf.Login.html ("--token hf_xxx"); 34 letters from memory
        return "h" + "f_" + self.s(UP + LO, 34)

    def replicate(self):
        # https://replicate.com/docs/topics/security/api-tokens ("40-character strings that always start with r8_")
        return "r" + "8_" + self.s(ALNUM, 37)

    def npm(self):
        # memory: npm_ + 36 (the search tool found only the pre-2021 "hexadecimal string" page)
        return "np" + "m_" + self.s(ALNUM, 36)

    def pypi(self):
        # https://pypi.org/project/pypitoken (tokens are macaroons with the pypi- prefix); the
        # serialised macaroon starts with the base64 of its location "pypi.org"
        return "py" + "pi-" + "AgEIcHlwaS5vcmc" + self.s(B64U, 150)

    def dockerhub(self):
        # https://docs.docker.com/reference/api/hub/latest/operations/AuthCreateAccessToken.md
        # (dckr_pat_ example); length 27 from https://github.com/leaktk/patterns/issues/70
        return "dckr" + "_pat_" + self.s(B64U, 27)

    def vault(self):
        # https://ibm.github.io/japan-technology/onboarding-docs/vault/03_authentication/tokens (hvs.
        # service, hvb. batch); https://developer.hashicorp.com/vault/docs/upgrading/upgrade-to-1.0.0
        return "hv" + "s." + "CAESI" + self.s(B64U, 85)

    def tailscale(self):
        # https://tailscale.com/kb/1277/key-prefixes : tskey-auth-<id>CNTRL-<secret>
        return "tskey" + "-auth-" + self.s(ALNUM, 7) + "CNTRL-" + self.s(ALNUM, 33)

    def onepassword_sa(self):
        # https://developer.1password.com/docs/service-accounts/get-started (token in
        # OP_SERVICE_ACCOUNT_TOKEN); the ops_ + base64 JSON shape is from memory
        doc = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": self.b64(16, True, False)}, "email": self.s(LO, 12) + "@1passwordserviceaccounts.com",
               "srpX": self.s(HEX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": self.b64(32, True, False),
               "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + self.s(UP + DIG, 6),
               "deviceUuid": self.s(LO + DIG, 26)}
        return "op" + "s_" + base64.urlsafe_b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("=")

    def sendgrid(self):
        # SG. layout from memory; "about 69 characters long": https://www.npmjs.com/package/gulp-sendgrid
        return "S" + "G." + self.s(B64U, 22) + "." + self.s(B64U, 43)

    def twilio_sk(self):
        return "S" + "K" + self.s(HEX, 32)  # memory

    def mailgun(self):
        return "ke" + "y-" + self.s(HEX, 32)  # memory (legacy private API key)

    def shopify(self):
        # https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing (shpat_/shpca_/
        # shppa_ + the 32 characters of old tokens, 38 in all)
        return "shp" + self.r.choice(["at_", "ca_"]) + self.s(HEX, 32)

    def shopify_secret(self):
        # https://shopify.dev/changelog/app-secret-key-length-has-increased (shpss_ + 32, 38 in all)
        return "shp" + "ss_" + self.s(HEX, 32)

    def digitalocean(self):
        # https://gitlab.com/gitlab-org/security-products/analyzers/secrets/-/merge_requests/178 (dop_v1_
        # PATs, doo_v1_ OAuth, dor_v1_ refresh); 64 hex from memory
        return "do" + self.r.choice(["p", "r"]) + "_v1_" + self.s(HEX, 64)

    def databricks(self):
        return "da" + "pi" + self.s(HEX, 32)  # memory

    def atlassian(self):
        return "ATATT" + "3xFfGF0" + self.s(B64U, 178) + "=" + self.s(HEX.upper(), 8)  # memory

    def linear(self):
        # https://docs.sim.ai/integrations/linear-service-account.md ("it starts with lin_api_"); length memory
        return "lin" + "_api_" + self.s(ALNUM, 40)

    def postman(self):
        return "PM" + "AK-" + self.s(HEX, 24) + "-" + self.s(HEX, 34)  # memory

    def rubygems(self):
        return "ruby" + "gems_" + self.s(HEX, 48)  # memory

    def doppler(self):
        # https://docs.dokploy.com/docs/core/secrets-providers/doppler and https://nango.dev/docs/api-integrations/
        # doppler/connect (service tokens start dp.st.); the config segment and length are memory
        return "dp" + ".st." + self.r.choice(["prd", "stg", "dev"]) + "." + self.s(ALNUM, 40)

    def grafana_sa(self):
        # https://grafana.com/docs/learning-paths/deploy-dashboard-terraform/create-service-account/ (glsa_);
        # layout glsa_<32>_<8 hex> from the base64 example in https://grafana.github.io/grafana-operator/docs/examples/serviceaccounts
        return "gl" + "sa_" + self.s(ALNUM, 32) + "_" + self.s(HEX, 8)

    def newrelic(self):
        return "NR" + "AK-" + self.s(UP + DIG, 27)  # memory

    def age(self):
        return "AGE-SECRET" + "-KEY-1" + self.s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)  # memory (age spec, bech32)

    def gocspx(self):
        return "GOC" + "SPX-" + self.s(B64U, 28)  # memory

    def google_refresh(self):
        return "1" + "//0" + self.s(B64U, 100)  # memory

    def google_access(self):
        return "ya" + "29." + self.s(B64U, 150)  # memory

    def telegram(self):
        return self.digits(10) + ":" + "AA" + self.s(B64U, 33)  # memory (core.telegram.org/bots)

    def discord(self):
        uid = self.digits(18)
        return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + self.s(B64U, 6) + "." + self.s(B64U, 38)  # memory

    def azure_storage_cs(self):
        return ("DefaultEndpointsProtocol=https;AccountName=" + self.s(LO + DIG, 14) + ";Account" + "Key="
                + self.b64(64) + ";EndpointSuffix=core.windows.net")

    def azure_client_secret(self):
        return self.s(ALNUM, 3) + "8" + "Q~" + self.s(ALNUM + "_-.~", 34)  # memory

    def airtable(self):
        return "pa" + "t" + self.s(ALNUM, 14) + "." + self.s(HEX, 64)  # memory

    def notion(self):
        return "sec" + "ret_" + self.s(ALNUM, 43)  # memory (legacy internal integration token)

    def figma(self):
        return "fig" + "d_" + self.s(B64U, 40)  # memory

    def contentful(self):
        return "CF" + "PAT-" + self.s(B64U, 43)  # memory

    def square_secret(self):
        return "sq0" + "csp-" + self.s(B64U, 43)  # memory

    def meta_token(self):
        return "EA" + "AB" + self.s(ALNUM, 180)  # memory (Graph API user/page tokens begin EAA)

    def x_bearer(self):
        return "A" * 22 + self.s(ALNUM, 20) + "%3D" + self.s(ALNUM, 50)  # memory

    def lwa_secret(self):
        return "amzn1" + ".oa2-cs.v1." + self.s(HEX, 64)  # memory (Login with Amazon client secret)

    def arcgis(self):
        return "AA" + "PK" + self.s(B64U, 96)  # memory (ArcGIS Developers legacy API keys)

    def salesforce_access(self):
        return "00D" + self.s(ALNUM, 12) + "!" + self.s(ALNUM, 28) + "." + self.s(ALNUM + "_", 67)  # memory

    def sfdx_url(self):
        # memory: sfdx auth URL "force://<clientId>::<refreshToken>@<instance>"
        return ("force" + "://PlatformCLI::" + "5Aep861" + self.s(ALNUM + "._", 80) + "@"
                + self.s(LO, 8) + "-dev-ed.my.salesforce.com")

    def zapier_hook(self):
        return "https://hooks.zapier.com/" + "hooks/catch/" + self.digits(8) + "/" + self.s(LO + DIG, 7) + "/"

    def bitgo(self):
        return "v2" + "x" + self.s(HEX, 64)  # memory

    def jwt(self, payload):
        h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
        return h + "." + p + "." + self.b64(32, True, False)

    def db_url(self, scheme, user, host, db):
        return scheme + "://" + user + ":" + self.password() + "@" + host + "/" + db

    # ---------------------------------------------------------------- context-only values
    def password(self):
        words = ["Harbor", "Maple", "Quartz", "Falcon", "Ember", "Tundra", "Cobalt", "Lumen", "Orchid", "Basalt"]
        style = self.r.randint(0, 3)
        if style == 0:
            return self.r.choice(words) + self.s(DIG, 3) + self.r.choice("!#%&*") + self.r.choice(words).lower()
        if style == 1:
            return self.s(ALNUM + "!@#%^*", self.r.randint(14, 22))
        if style == 2:
            return self.s(ALNUM, 20)
        return "-".join(self.s(LO + DIG, 5) for _ in range(4))

    def token(self, n=None, alphabet=ALNUM):
        return self.s(alphabet, n or self.r.choice([24, 32, 40]))

    def hexs(self, n=32):
        return self.s(HEX, n)

    # ---------------------------------------------------------------- private keys
    def pem(self, label, nbytes, head):
        body = base64.b64encode(head + bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()
        lines = ["-----BEGIN " + label + "-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END " + label + "-----"]
        return lines

    def rsa_pem(self):
        return self.pem("RSA " + "PRIVATE KEY", 1190, b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00")

    def pkcs8_pem(self):
        return self.pem("PRIVATE" + " KEY", 1210, b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48")

    def ec_p8(self):
        # App Store Connect .p8: PKCS#8 EC P-256
        return self.pem("PRIVATE" + " KEY", 126, b"\x30\x81\x93\x02\x01\x00\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01")

    def ec_pem(self):
        return self.pem("EC " + "PRIVATE KEY", 105, b"\x30\x77\x02\x01\x01\x04\x20")

    def openssh(self):
        return self.pem("OPENSSH " + "PRIVATE KEY", 380, b"openssh-key-v1\x00\x00\x00\x00\x04none")

    def putty(self):
        pub = self.b64(51)
        priv = self.b64(48)
        return ["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: ed25519-key-" + self.s(DIG, 8),
                "Public-Lines: 2", pub[:64], pub[64:], "Private-Lines: 1", priv, "Private-MAC: " + self.s(HEX, 64)]
