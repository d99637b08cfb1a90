"""Secret and look-alike value generators for the blind11 corpus (stdlib only, written from scratch).

Every vendor prefix below is assembled from pieces at run time, so this file holds no complete
key-shaped literal. Next to each vendor generator: where its format was taken from. "Looked up"
means the provider's (or a provider-run) page was read with the search tool during this session;
"not looked up" means the shape is the widely seen one and README.md lists it as unconfirmed.
"""
import base64
import binascii
import json
import random
import string
import uuid

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UPPER + "234567"
BASE62 = DIGITS + UPPER + LOWER


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # ------------------------------------------------------------------ primitives
    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def mixed(self, n, alphabet=ALNUM):
        """n chars with at least one lower, one upper and one digit (looks like a real random token)."""
        while True:
            v = self.s(n, alphabet)
            if any(c.islower() for c in v) and any(c.isupper() for c in v) and any(c.isdigit() for c in v):
                return v

    def hexs(self, n, upper=False):
        return self.s(n, HEXU if upper else HEXL)

    def b64bytes(self, n):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()

    def b64urlbytes(self, n):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode().rstrip("=")

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(n - 1, DIGITS)

    def pick(self, seq):
        return self.r.choice(seq)

    # ------------------------------------------------------------------ context-only values
    WORDS = ("harbor", "maple", "copper", "violet", "glacier", "tundra", "orbit", "pepper", "falcon", "saffron",
             "quartz", "meadow", "lantern", "cobalt", "ember", "willow", "summit", "bramble", "canyon", "mosaic",
             "pixel", "thistle", "juniper", "walnut", "comet", "drizzle", "marble", "nectar", "osprey", "raven")

    def password(self, style=None):
        style = style or self.r.choice(["mixed", "mixed", "symbols", "phrase", "word"])
        if style == "mixed":
            return self.mixed(self.r.randint(14, 22))
        if style == "symbols":
            v = list(self.mixed(self.r.randint(12, 18)))
            for _ in range(3):
                v.insert(self.r.randint(1, len(v) - 1), self.r.choice("!@*-_+=.~"))
            return "".join(v)
        if style == "phrase":
            return "-".join(self.r.choice(self.WORDS) for _ in range(4)) + str(self.r.randint(10, 99))
        w = self.r.choice(self.WORDS)
        return w.capitalize() + str(self.r.randint(1000, 9999)) + self.r.choice("!@*+.") + self.s(4, ALNUM)

    def token(self, n=40):
        return self.mixed(n)

    def hex_secret(self, n=64):
        return self.hexs(n)

    def b64_secret(self, nbytes=32):
        return self.b64bytes(nbytes)

    def django_key(self):
        return self.s(50, LOWER + DIGITS + "!@%^*(-_=+)")

    # ------------------------------------------------------------------ vendor formats
    def aws_key_id(self, temp=False):
        # Looked up: IAM unique-id prefixes (AKIA long-term access key, ASIA STS), 4 + 16 chars;
        # https://github.com/Hacking-the-Cloud/hackingthe.cloud (chart of IAM prefixes) and
        # docs.aws.amazon.com IAM identifiers page cited there.
        return ("AS" + "IA" if temp else "AK" + "IA") + self.s(16, B32)

    def aws_secret(self):
        return self.s(40, ALNUM + "+/")

    def google_api_key(self):
        # Looked up: https://learn.microsoft.com/en-MY/purview/sit-defn-google-api-key ("AIza" + 35 chars
        # [A-Za-z0-9_-], 39 in all). (Google AI Studio now also issues "AQ." keys; not used here.)
        return "AI" + "za" + self.s(35, B64URL)

    def gcp_oauth_secret(self):
        # Not looked up: Google OAuth client secrets "GOCSPX-" + 28 chars.
        return "GOC" + "SPX-" + self.s(28, B64URL)

    def azure_storage_key(self):
        return self.b64bytes(64)   # 88 chars ending "=="

    def azure_client_secret(self):
        # Searched, not confirmed: Microsoft Purview's client-secret SIT shows 40-char secrets with ~ . - _
        # (learn.microsoft.com/ja-jp/Purview/sit-defn-client-secret-api-key); the "8Q~" at offset 3 is the
        # shape seen in public leaks, not documented.
        return self.s(3, ALNUM) + self.pick("78") + "Q" + "~" + self.s(34, ALNUM + "_-.~")

    def openai_project(self):
        # Looked up: project keys start "sk-proj-" (https://airbyte.com/agentic-data/openai-api-key,
        # https://github.com/microsoft/autogen/pull/2426). Body: base64url-ish with the "T3BlbkFJ" marker.
        return "sk-" + "proj-" + self.s(74, B64URL) + "T3Blbk" + "FJ" + self.s(74, B64URL)

    def anthropic(self):
        # Looked up (public examples only; Anthropic documents just the "sk-ant-" start):
        # "sk-ant-api03-" + 93 chars [A-Za-z0-9_-] + "AA" (108 chars total).
        return "sk-" + "ant-" + "api03-" + self.s(93, B64URL) + "AA"

    def huggingface(self):
        # Looked up: https://huggingface.co/docs/hub/security-tokens (User Access Tokens; "hf_" prefix,
        # 34 letters seen in public tokens).
        return "h" + "f_" + self.s(34, LOWER + UPPER)

    def groq(self):
        # Looked up: "gsk_" prefix (console.groq.com keys; public examples are gsk_ + 52 alnum).
        return "gs" + "k_" + self.mixed(52)

    def replicate(self):
        # Looked up: https://replicate.com/docs/topics/security/api-tokens ("40-character strings that
        # always start with r8_").
        return "r" + "8_" + self.mixed(37)

    def _crc_b62(self, body):
        n = binascii.crc32(body.encode()) & 0xFFFFFFFF
        out = ""
        while n:
            out = BASE62[n % 62] + out
            n //= 62
        return out.rjust(6, "0")

    def github(self, kind="p"):
        # Looked up: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
        # (prefix gh[pousr]_, 30 base62 chars of entropy, 6-char base62 CRC32 checksum).
        body = self.s(30, BASE62)
        return "gh" + kind + "_" + body + self._crc_b62(body)

    def github_fine(self):
        # Looked up: fine-grained PATs github_pat_ + 22 + "_" + 59 (gist magnetikonline, 93 chars).
        return "github" + "_pat_" + self.mixed(22) + "_" + self.mixed(59)

    def gitlab(self):
        # Looked up: https://gitlab.com/gitlab-org/gitlab/-/issues/342327 (glpat- prefix), 20 chars.
        return "gl" + "pat-" + self.s(20, B64URL)

    def npm(self):
        # Looked up: npm tokens "npm_" + 30 + 6-char CRC32 (GitHub changelog "npm has a new access
        # token format", quoted in secretlint/secretlint#200).
        body = self.s(30, BASE62)
        return "np" + "m_" + body + self._crc_b62(body)

    def stripe(self, kind="sk"):
        # Looked up: https://docs.stripe.com/api/authentication (sk_live_/sk_test_) and the Stripe
        # statement in https://gitlab.com/gitlab-org/gitlab/-/issues/458019 (sk|rk _live_ 10..128).
        body = self.r.choice([self.mixed(24), "51" + self.mixed(97)])
        return kind + "_" + "live_" + body

    def stripe_whsec(self):
        # Looked up: "whsec_" prefix (https://trigger.dev/docs/management/webhooks/set-secret.md; GitGuardian
        # "Stripe Webhook Secret", prefixed). Length not documented: 32 alnum as commonly seen.
        return "wh" + "sec_" + self.mixed(32)

    def slack(self, kind="b"):
        # Looked up: https://docs.slack.dev/authentication/tokens (bot, user, app-level tokens;
        # xoxb-/xoxp-/xapp- prefixes as shown across Slack's docs).
        if kind == "b":
            return "xo" + "xb-" + self.digits(12) + "-" + self.digits(13) + "-" + self.mixed(24)
        if kind == "p":
            return "xo" + "xp-" + self.digits(12) + "-" + self.digits(12) + "-" + self.digits(13) + "-" + self.hexs(32)
        return "xa" + "pp-1-A" + self.s(10, UPPER + DIGITS) + "-" + self.digits(13) + "-" + self.hexs(64)

    def slack_webhook(self):
        # Not looked up: incoming webhooks https://hooks.slack.com/services/T.../B.../<24 chars>.
        return ("https://hooks." + "slack.com/services/T" + self.s(10, UPPER + DIGITS) + "/B" +
                self.s(10, UPPER + DIGITS) + "/" + self.mixed(24))

    def discord_webhook(self):
        # Not looked up: https://discord.com/api/webhooks/<snowflake id>/<68-char token>.
        return "https://discord.com/api/" + "webhooks/" + self.digits(19) + "/" + self.s(68, B64URL)

    def telegram(self):
        # Looked up: "<bot id>:<token>" as shown for BotFather tokens (core.telegram.org/bots, quoted at
        # packtpub "Telegram bot": 110201543:AAHdq...); 35 chars starting "AA" after the colon.
        return self.digits(10) + ":" + "AA" + self.s(33, B64URL)

    def twilio_key_sid(self):
        # Looked up: API key SIDs prefix "SK" (hexdocs twilio_elixir Key resource: "SID prefix: SK"),
        # 32 hex chars follow.
        return "S" + "K" + self.hexs(32)

    def twilio_account_sid(self):
        return "A" + "C" + self.hexs(32)

    def sendgrid(self):
        # Looked up: https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys
        # ("69 characters long"); SG.<22>.<43>.
        return "S" + "G." + self.s(22, B64URL) + "." + self.s(43, B64URL)

    def mailchimp(self):
        # Not looked up: Mailchimp Marketing API keys, 32 hex + "-us" + datacenter.
        return self.hexs(32) + "-us" + str(self.r.randint(2, 21))

    def hubspot_pat(self):
        # Looked up: https://developers.hubspot.com/docs/apps/legacy-apps/authentication/intro-to-auth
        # (private app token masked as pat-<region>-<uuid>).
        return "pa" + "t-" + self.pick(["na1", "eu1", "na2"]) + "-" + self.uuid()

    def mollie(self):
        # Looked up: https://docs.mollie.com/overview/authentication (test_ + 30 chars example; live
        # keys "live_", per mollie-api-go docs).
        return "li" + "ve_" + self.mixed(30)

    def shippo(self):
        # Looked up: https://docs.goshippo.com/guides/authentication ("Live keys begin with
        # shippo_live_"); 40 hex chars follow in public examples.
        return "shippo" + "_live_" + self.hexs(40)

    def duffel(self):
        # Looked up: https://duffel.com/docs/api/overview/test-mode (duffel_test_; live tokens
        # duffel_live_); 43 chars [A-Za-z0-9_-] follow.
        return "duffel" + "_live_" + self.s(43, B64URL)

    def easyship(self):
        # Looked up: https://developers.easyship.com/reference/authentication-1 (production tokens
        # prefixed prod_, 49 hex chars in the documented example).
        return "pr" + "od_" + self.hexs(49)

    def apify(self):
        # Looked up: Apify tokens prefixed apify_api_ (docs.apify.com integrations/api, GitGuardian
        # detector page); 36 alnum follow.
        return "apify" + "_api_" + self.mixed(36)

    def mapbox_secret(self):
        # Looked up: https://docs.mapbox.com/help/dive-deeper/access-tokens ("secret access tokens
        # start with sk"); sk.<base64url JSON {"u":user,"a":id}>.<22 chars>.
        user = self.pick(["geo-ops", "routing-team", "mapsvc", "fleetviz"])
        head = base64.urlsafe_b64encode(json.dumps({"u": user, "a": self.s(25, LOWER + DIGITS)},
                                                   separators=(",", ":")).encode()).decode().rstrip("=")
        return "s" + "k." + head + "." + self.s(22, B64URL)

    def mapbox_public(self):
        head = base64.urlsafe_b64encode(json.dumps({"u": "mapsvc", "a": self.s(25, LOWER + DIGITS)},
                                                   separators=(",", ":")).encode()).decode().rstrip("=")
        return "p" + "k." + head + "." + self.s(22, B64URL)

    def doppler(self, kind="st"):
        # Looked up: https://docs.dokploy.com/docs/core/secrets-providers/doppler and nango Doppler page
        # (service tokens dp.st., personal dp.pt.); body 43 alnum.
        env = self.pick(["prd", "stg", "dev"])
        return "dp." + kind + "." + (env + "." if kind == "st" else "") + self.mixed(43)

    def digitalocean(self):
        # Looked up: https://gitlab.com/gitlab-org/security-products/analyzers/secrets/-/merge_requests/178
        # (dop_v1_ PATs); 64 hex.
        return "do" + "p_v1_" + self.hexs(64)

    def databricks(self):
        # Searched, not confirmed: Databricks docs describe PATs without a format; "dapi" + 32 hex is the
        # shape seen in public code.
        return "da" + "pi" + self.hexs(32)

    def pypi(self):
        # Looked up: "pypi-" prefix, macaroon body (https://pypi.org/project/pypitoken). The body opening
        # "AgEIcHlwaS5vcmc" (base64 of the "pypi.org" location) is from public tokens, not from docs.
        return "py" + "pi-" + "AgEIcHlw" + "aS5vcmc" + self.s(140, B64URL)

    def dockerhub(self):
        # Looked up: "dckr_pat_" prefix in https://docs.docker.com/reference/api/hub/latest/operations/AuthCreateAccessToken.md;
        # 27 chars after it as seen in public tokens (leaktk/patterns#70), not documented.
        return "dckr" + "_pat_" + self.s(27, B64URL)

    def newrelic(self):
        # Looked up: User keys start "NRAK-" (https://nango.dev/docs/api-integrations/new-relic/connect);
        # 27 upper alnum after it as seen in public keys, not documented.
        return "NR" + "AK-" + self.s(27, UPPER + DIGITS)

    def age_secret(self):
        # Looked up: https://metacpan.org/pod/Crypt::Age::Keys (Bech32, HRP "age-secret-key-", uppercase)
        # and the age testkit identities in docs.rs/crate/age: "AGE-SECRET-KEY-1" + 58 chars. Random data
        # part, so the Bech32 checksum is not valid.
        return "AGE-" + "SECRET-KEY-1" + self.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")

    def plaid_access(self):
        # Looked up: https://plaid.com/docs/quickstart/glossary/ (tokens are [type]-[environment]-[uuid]).
        return "access" + "-production-" + self.uuid()

    def cloudinary_url(self, cloud):
        # Not looked up: CLOUDINARY_URL=cloudinary://<api key 15 digits>:<api secret 27>@<cloud>.
        return "cloudinary://" + self.digits(15) + ":" + self.s(27, B64URL) + "@" + cloud

    def jwt(self, claims=None, alg="HS256"):
        claims = claims or {"sub": self.uuid(), "iat": self.r.randint(1700000000, 1760000000)}
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc({"alg": alg, "typ": "JWT"}) + "." + enc(claims) + "." + self.b64urlbytes(32)

    def basic(self, user, pw):
        return base64.b64encode((user + ":" + pw).encode()).decode()

    # ------------------------------------------------------------------ private keys
    def pem(self, label, nbytes, head=""):
        body = head + self.b64bytes(nbytes)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        begin = "-----" + "BEGIN " + label + "-----"
        end = "-----" + "END " + label + "-----"
        return [begin] + lines + [end]

    def rsa_pkcs1(self):
        return self.pem("RSA " + "PRIVATE KEY", 1180, "MIIEow" + "IBAAKCAQEA")

    def pkcs8(self):
        return self.pem("PRIVATE" + " KEY", 1200, "MIIEvg" + "IBADANBgkqhkiG9w0BAQEFAASC")

    def ec_key(self):
        return self.pem("EC " + "PRIVATE KEY", 112, "MHcCAQEE" + "I")

    def openssh(self):
        return self.pem("OPENSSH " + "PRIVATE KEY", 380, "b3BlbnNzaC1rZXktdjEAAAAA" + "BG5vbmUAAAAEbm9uZQ")

    def putty(self, comment):
        pub = self.b64bytes(51)
        priv = self.b64bytes(48)
        return ["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: " + comment,
                "Public-Lines: 2", pub[:64], pub[64:], "Private-Lines: 1", priv,
                "Private-MAC: " + self.hexs(64)]

    def public_key_pem(self):
        return self.pem("PUBLIC" + " KEY", 294, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A")

    def cert_pem(self):
        return self.pem("CERTIFICATE", 900, "MIIDdzCCAl+gAwIBAgI")
