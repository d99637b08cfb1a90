"""Value generators for the blind19 corpus. Every value comes from the seeded RNG passed in;
vendor prefixes are assembled from parts (J(...)) so this file holds no key-like literal."""
import base64
import binascii
import hashlib
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B32 = UP + "234567"
URLSAFE = AN + "-_"
B64 = AN + "+/"


def J(*parts):
    return "".join(parts)


class Shapes:
    def __init__(self, rng):
        self.r = rng

    # ---------------------------------------------------------------- primitives
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def HEXU(self, n):
        return self.s("0123456789ABCDEF", n)

    def an(self, n):
        # make sure mixed classes appear (looks random, not a word)
        while True:
            v = self.s(AN, n)
            if n < 8 or (any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v)):
                return v

    def digits(self, n):
        return self.r.choice("123456789") + self.s(DG, n - 1)

    def b64bytes(self, n, urlsafe=False, pad=True):
        raw = bytes(self.r.randrange(256) for _ in range(n))
        v = base64.urlsafe_b64encode(raw).decode() if urlsafe else base64.b64encode(raw).decode()
        return v if pad else v.rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def password(self):
        style = self.r.randrange(5)
        if style == 0:
            return self.an(self.r.randrange(14, 22))
        if style == 1:
            return self.s(AN + "!#%^*-_+=.", self.r.randrange(16, 24)) + self.r.choice("!#%*") + self.r.choice(DG)
        if style == 2:
            words = ["harbor", "velvet", "quartz", "pebble", "tundra", "lantern", "cobalt", "meadow", "saffron", "glacier",
                     "orchid", "falcon", "ember", "juniper", "mosaic", "nimbus", "walrus", "paprika", "cinder", "zephyr"]
            ws = self.r.sample(words, 3)
            return self.r.choice(["-", ".", "_"]).join(w.capitalize() if i == 1 else w for i, w in enumerate(ws)) + str(self.r.randrange(10, 99))
        if style == 3:
            return self.s(LO + DG, 6) + self.r.choice("!@#%") + self.s(UP + DG, 7) + self.s(LO, 4)
        return self.s(AN + "@#%&*", 12) + str(self.r.randrange(1000, 9999))

    def secret_hex(self, n=64):
        return self.hex(n)

    def secret_b64(self, nbytes=32):
        return self.b64bytes(nbytes)

    # ---------------------------------------------------------------- checksummed GitHub tokens
    def _b62(self, n, width):
        alph = DG + UP + LO
        out = ""
        while n:
            n, d = divmod(n, 62)
            out = alph[d] + out
        return out.rjust(width, "0")

    def github(self, kind="p"):
        body = self.s(AN, 30)
        crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
        return J("gh", kind, "_") + body + self._b62(crc, 6)

    def github_fine(self):
        return J("github", "_pat_") + self.s(AN, 22) + "_" + self.s(AN, 59)

    # ---------------------------------------------------------------- vendor shapes (see README for sources)
    def aws_akid(self, prefix="AKIA"):
        return J(prefix[:2], prefix[2:]) + self.s(B32, 16)

    def aws_secret(self):
        return self.s(AN + "+/", 40)

    def gitlab_pat(self):
        return J("glp", "at-") + self.s(URLSAFE, 20)

    def gitlab_runner(self):
        return J("glr", "t-") + self.s(URLSAFE, 20)

    def slack_bot(self):
        return J("xo", "xb-") + self.digits(12) + "-" + self.digits(13) + "-" + self.s(AN, 24)

    def slack_user(self):
        return J("xo", "xp-") + self.digits(12) + "-" + self.digits(12) + "-" + self.digits(13) + "-" + self.hex(32)

    def slack_app(self):
        return J("xa", "pp-1-") + "A" + self.s(UP + DG, 10) + "-" + self.digits(13) + "-" + self.hex(64)

    def slack_webhook(self):
        return J("https://hooks.", "slack.com/services/") + "T" + self.s(UP + DG, 8) + "/B" + self.s(UP + DG, 10) + "/" + self.s(AN, 24)

    def discord_webhook(self):
        return J("https://discord.com/api/", "webhooks/") + self.digits(19) + "/" + self.s(URLSAFE, 68)

    def discord_bot(self):
        uid = self.digits(18)
        head = base64.b64encode(uid.encode()).decode().rstrip("=")
        return head + "." + self.s(URLSAFE, 6) + "." + self.s(URLSAFE, 38)

    def telegram_bot(self):
        return self.digits(10) + ":" + J("A", "A") + self.s(URLSAFE, 33)

    def stripe_live(self, p="sk"):
        return J(p, "_li", "ve_") + self.s(AN, 99 if p == "sk" else 99)

    def stripe_whsec(self):
        return J("wh", "sec_") + self.s(AN, 32)

    def openai_proj(self):
        return J("sk-", "proj-") + self.s(URLSAFE, 74) + "T3Blbk" + "FJ" + self.s(URLSAFE, 74)

    def openai_svcacct(self):
        return J("sk-", "svcacct-") + self.s(URLSAFE, 74) + "T3Blbk" + "FJ" + self.s(URLSAFE, 74)

    def anthropic(self):
        return J("sk-", "ant-", "api03-") + self.s(URLSAFE, 93) + "AA"

    def google_api(self):
        return J("AI", "za") + self.s(URLSAFE, 35)

    def google_oauth_secret(self):
        return J("GOC", "SPX-") + self.s(URLSAFE, 28)

    def google_refresh(self):
        return J("1//", "0") + self.s(AN, 1) + self.s(URLSAFE, 98)

    def google_client_id(self):
        return self.digits(12) + "-" + self.s(LO + DG, 32) + ".apps.googleusercontent.com"

    def sendgrid(self):
        return J("S", "G.") + self.s(URLSAFE, 22) + "." + self.s(URLSAFE, 43)

    def mailgun(self):
        return J("ke", "y-") + self.hex(32)

    def mailchimp(self):
        return self.hex(32) + "-us" + str(self.r.randrange(2, 21))

    def twilio_sk(self):
        return J("S", "K") + self.hex(32)

    def twilio_ac(self):
        return J("A", "C") + self.hex(32)

    def hf(self):
        return J("h", "f_") + self.s(UP + LO, 34)

    def groq(self):
        return J("gs", "k_") + self.s(AN, 52)

    def replicate(self):
        return J("r8", "_") + self.s(AN, 37)

    def perplexity(self):
        return J("pp", "lx-") + self.s(AN, 48)

    def xai(self):
        return J("xa", "i-") + self.s(AN, 80)

    def openrouter(self):
        return J("sk-", "or-v1-") + self.hex(64)

    def langsmith(self, kind="pt"):
        return J("lsv", "2_", kind, "_") + self.hex(32) + "_" + self.hex(10)

    def pinecone(self):
        return J("pc", "sk_") + self.s(AN, 6) + "_" + self.s(AN, 64)

    def digitalocean(self):
        return J("do", "p_v1_") + self.hex(64)

    def newrelic_user(self):
        return J("NR", "AK-") + self.s(UP + DG, 27)

    def newrelic_license(self):
        return self.hex(36) + J("NR", "AL")

    def sentry_user(self):
        return J("sn", "tryu_") + self.hex(64)

    def grafana_sa(self):
        return J("gl", "sa_") + self.s(AN, 32) + "_" + self.hex(8)

    def vault(self):
        return J("hv", "s.") + self.s(URLSAFE, 90)

    def tfc(self):
        return self.s(AN, 14) + J(".atl", "asv1.") + self.s(AN, 67)

    def npm(self):
        return J("np", "m_") + self.s(AN, 36)

    def pypi(self):
        return J("pyp", "i-", "AgEIcHlwaS5vcmc") + self.s(URLSAFE, 150)

    def dockerhub(self):
        return J("dck", "r_pat_") + self.s(URLSAFE, 27)

    def shopify(self, kind="at"):
        return J("shp", kind, "_") + self.hex(32)

    def hubspot(self):
        return J("pat", "-na1-") + self.uuid()

    def meta_token(self):
        return J("EA", "A") + self.r.choice(["G", "B", "J"]) + self.s(AN, 180)

    def twitter_bearer(self):
        return J("A" * 20, "A") + self.s(AN, 30) + "%2F" + self.s(AN, 10) + "%3D" + self.s(AN, 50)

    def azure_client_secret(self):
        return self.s(AN + "_-.", 3) + J("8", "Q~") + self.s(AN + "_-.~", 35)

    def azure_storage_key(self):
        return self.b64bytes(64)

    def atlassian(self):
        return J("ATA", "TT3xFfGF0") + self.s(URLSAFE, 170) + "=" + self.HEXU(8)

    def bitbucket_app_pw(self):
        return J("AT", "BB") + self.s(AN, 32)

    def postman(self):
        return J("PM", "AK-") + self.hex(24) + "-" + self.hex(34)

    def linear(self):
        return J("lin", "_api_") + self.s(AN, 40)

    def notion(self):
        return J("nt", "n_") + self.digits(11) + self.s(AN, 35)

    def airtable(self):
        return J("p", "at") + self.s(AN, 14) + "." + self.hex(64)

    def figma(self):
        return J("fi", "gd_") + self.s(URLSAFE, 40)

    def doppler(self):
        return J("dp.", "st.") + self.r.choice(["prd", "stg", "dev"]) + "." + self.s(AN, 40)

    def tailscale(self):
        return J("tsk", "ey-auth-") + "k" + self.s(AN, 10) + "CNTRL-" + self.s(AN, 33)

    def pulumi(self):
        return J("pu", "l-") + self.hex(40)

    def supabase_pat(self):
        return J("sb", "p_") + self.hex(40)

    def sonar(self):
        return J("sq", "u_") + self.hex(40)

    def jenkins_token(self):
        return "11" + self.hex(32)

    def circleci_pat(self):
        return J("CCI", "PAT_") + self.s(AN, 22) + "_" + self.hex(40)

    def age_key(self):
        return J("AGE-SE", "CRET-KEY-1") + self.s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)

    def webex(self):
        return self.s(AN, 64) + "_" + self.s(UP + DG, 4) + "_" + self.uuid()

    def jwt(self, claims):
        import json
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
        return h + "." + p + "." + self.b64bytes(32, urlsafe=True, pad=False)

    def mistral(self):
        return self.s(AN, 32)

    def cohere(self):
        return self.s(AN, 40)

    def azure_devops_pat(self):
        return self.s(LO + "234567", 52)

    def cloudflare_token(self):
        return self.s(URLSAFE, 40)

    def steam_key(self):
        return self.HEXU(32)

    def playfab_secret(self):
        return self.s(UP + DG, 52)

    def apple_app_pw(self):
        return "-".join(self.s(LO, 4) for _ in range(4))

    def truenas(self):
        return str(self.r.randrange(1, 12)) + "-" + self.s(AN, 64)

    def django_key(self):
        return self.s(LO + DG + "!@#$%^&*(-_=+)", 50)

    def laravel_key(self):
        return "base64:" + self.b64bytes(32)

    def wifi_psk(self):
        return self.password()

    def pem_body(self, lines=12):
        return [self.b64bytes(48) for _ in range(lines)] + [self.b64bytes(self.r.randrange(10, 40))]

    # ---------------------------------------------------------------- negative look-alikes
    def sha1(self):
        return hashlib.sha1(self.s(AN, 20).encode()).hexdigest()

    def sha256(self):
        return hashlib.sha256(self.s(AN, 20).encode()).hexdigest()

    def sha512_b64(self):
        return base64.b64encode(hashlib.sha512(self.s(AN, 20).encode()).digest()).decode()

    def bcrypt(self):
        return J("$2", "b$12$") + self.s("./" + AN, 53)

    def sha512crypt(self):
        return J("$", "6$") + self.s("./" + AN, 16) + "$" + self.s("./" + AN, 86)

    def argon2(self):
        return J("$argon2", "id$v=19$m=65540,t=3,p=4$") + self.b64bytes(32).rstrip("=") + "$" + self.b64bytes(32).rstrip("=")

    def apr1(self):
        return J("$a", "pr1$") + self.s("./" + AN, 8) + "$" + self.s("./" + AN, 22)
