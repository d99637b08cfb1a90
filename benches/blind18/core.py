"""Core of the blind18 generator: the seeded value generators, the kind registry and the file
builder. Templates carry markers that the builder replaces with generated values and labels:

    ⟦P:kind⟧          a positive of `kind`, value from the kind's generator
    ⟦P:kind@gen⟧      a positive of `kind`, value from generator `gen`
    ⟦N:kind@gen⟧      a negative of `kind`, value from generator `gen`
    ⟦N:kind:literal⟧  a negative of `kind` whose look-alike value is `literal`

The label's line is the line where the value starts; a multi-line value (PEM) is labelled on its
first line and the following lines take the indentation of that line.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import re
import string
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
B62 = DIG + UPPER + LOWER
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = UPPER + LOWER + DIG + "+/"
B64U = UPPER + LOWER + DIG + "-_"
B32 = UPPER + "234567"
UPALNUM = UPPER + DIG
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

WORDS = ("harbor copper lantern meadow orbit quartz saddle thistle walnut ember falcon granite "
         "juniper kettle lumber marble nectar opal pepper quill raven silo tundra umber velvet "
         "willow yarrow zephyr barley cinder dune fjord grove heron iris jasper kelp loom moss").split()


def j(*parts):
    """Assembles a vendor prefix from parts, so no literal in the sources looks like a key."""
    return "".join(parts)


class Gen:
    def __init__(self, rng):
        self.r = rng

    # ---------------------------------------------------------------- primitives
    def s(self, n, cs=ALNUM):
        return "".join(self.r.choice(cs) for _ in range(n))

    def hex(self, n):
        return self.s(n, HEX)

    def word(self):
        return self.r.choice(WORDS)

    def pw(self):
        while True:
            n = self.r.randint(12, 20)
            v = self.s(n, ALNUM + "-_.*+!")
            if any(c in DIG for c in v) and any(c in UPPER for c in v) and any(c in LOWER for c in v) and v[0] in ALNUM:
                return v

    def pwa(self):
        while True:
            v = self.s(self.r.randint(14, 22), ALNUM)
            if any(c in DIG for c in v) and any(c in UPPER for c in v):
                return v

    def phrase(self):
        w = [self.word().capitalize() for _ in range(3)]
        return self.r.choice("-._") .join(w) + str(self.r.randint(10, 99))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()

    def b64u(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(n - 1, DIG)

    def crc_b62(self, body):
        c = zlib.crc32(body.encode()) & 0xFFFFFFFF
        out = ""
        while c:
            c, m = divmod(c, 62)
            out = B62[m] + out
        return out.rjust(6, "0")

    # ---------------------------------------------------------------- vendor shapes
    def gh(self, kind):
        body = self.s(30, ALNUM)
        return j("gh", kind, "_") + body + self.crc_b62(body)

    def gh_fine(self):
        return j("github", "_pat_") + self.s(22, UPALNUM) + "_" + self.s(59, ALNUM)

    def npm(self):
        body = self.s(30, ALNUM)
        return j("np", "m_") + body + self.crc_b62(body)

    def aws_id(self, p="AKIA"):
        return j(p[:2], p[2:]) + self.s(16, B32)

    def aws_secret(self):
        return self.s(40, ALNUM + "+/")

    def slack_bot(self):
        return j("xo", "xb-") + self.digits(12) + "-" + self.digits(13) + "-" + self.s(24, ALNUM)

    def slack_user(self):
        return j("xo", "xp-") + self.digits(12) + "-" + self.digits(12) + "-" + self.digits(13) + "-" + self.hex(32)

    def slack_app(self):
        return j("xa", "pp-1-") + "A0" + self.s(9, UPALNUM) + "-" + self.digits(13) + "-" + self.hex(64)

    def slack_hook(self):
        return (j("https://hooks.", "slack.com/services/") + "T0" + self.s(8, UPALNUM) + "/B0" + self.s(8, UPALNUM)
                + "/" + self.s(24, ALNUM))

    def discord_hook(self):
        return j("https://discord.com/api/", "webhooks/") + self.digits(19) + "/" + self.s(68, B64U)

    def telegram(self):
        return self.digits(10) + ":" + j("A", "A") + self.s(33, B64U)

    def stripe(self, p):
        return j(p, "_live_") + "51" + self.s(8, DIG + UPPER) + self.s(88, ALNUM)

    def whsec(self):
        return j("wh", "sec_") + self.s(32, ALNUM)

    def sendgrid(self):
        return j("S", "G.") + self.s(22, B64U) + "." + self.s(43, B64U)

    def mailgun(self):
        return j("ke", "y-") + self.hex(32)

    def mailchimp(self):
        return self.hex(32) + "-us" + str(self.r.randint(2, 21))

    def openai(self):
        return j("sk-", "proj-") + self.s(58, B64U) + j("T3Blbk", "FJ") + self.s(58, B64U)

    def anthropic(self):
        return j("sk-", "ant-", "api03-") + self.s(93, B64U) + "AA"

    def google_api(self):
        return j("AI", "za") + self.s(35, B64U)

    def gocspx(self):
        return j("GOC", "SPX-") + self.s(28, B64U)

    def hf(self):
        return j("h", "f_") + self.s(34, LOWER + UPPER)

    def pypi(self):
        return j("py", "pi-", "AgEIcHlwaS5vcmc") + self.s(150, B64U)

    def dckr(self):
        return j("dckr", "_pat_") + self.s(27, B64U)

    def dop(self):
        return j("do", "p_v1_") + self.hex(64)

    def hvs(self):
        return j("hv", "s.") + "CAESI" + self.s(90, B64U)

    def atlasv1(self):
        return self.s(14, ALNUM) + j(".atlas", "v1.") + self.s(67, ALNUM)

    def shopify(self, p):
        return j("sh", p, "_") + self.hex(32)

    def square(self):
        return j("EA", "AA") + self.s(60, B64U)

    def sq0csp(self):
        return j("sq0", "csp-") + self.s(43, B64U)

    def jwt(self, iss="auth.internal", exp=2556057600):
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        claims = {"sub": self.s(10, LOWER + DIG), "iss": iss, "iat": 1717000000 + self.r.randint(0, 9999999),
                  "exp": exp, "scope": self.r.choice(["read write", "ingest", "admin", "api"])}
        pl = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
        return f"{hdr}.{pl}.{self.s(43, B64U)}"

    def pem(self, label, first, nlines=25, last_len=None):
        body = first + self.s(64 - len(first), B64)
        lines = [body] + [self.s(64, B64) for _ in range(nlines - 1)]
        lines.append(self.s(last_len or self.r.randint(20, 60), B64) + "=")
        return "\n".join([f"-----BEGIN {label}-----"] + lines + [f"-----END {label}-----"])

    def rsa_pem(self):
        return self.pem(j("RSA PRIVATE", " KEY"), "MIIEpAIBAAKCAQEA")

    def pkcs8_pem(self):
        return self.pem(j("PRIVATE", " KEY"), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")

    def ec_pem(self):
        return self.pem(j("EC PRIVATE", " KEY"), "MHcCAQEEI", nlines=2, last_len=23)

    def openssh_pem(self):
        return self.pem(j("OPENSSH PRIVATE", " KEY"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", nlines=6)

    def pgp_pem(self):
        v = self.pem(j("PGP PRIVATE KEY", " BLOCK"), "lQdGBGVxd", nlines=18)
        return v.replace("BLOCK-----\n", "BLOCK-----\n\n", 1)

    def pkcs8_json(self):
        return self.pkcs8_pem().replace("\n", "\\n") + "\\n"

    def openvpn_static(self):
        lines = [self.hex(32) for _ in range(16)]
        return "\n".join([j("-----BEGIN OpenVPN ", "Static key V1-----")] + lines + [j("-----END OpenVPN ", "Static key V1-----")])

    def age(self):
        return j("AGE-SECRET", "-KEY-1") + self.s(58, BECH32).upper()

    def azure_ad(self):
        return self.s(3, ALNUM) + j("8", "Q~") + self.s(34, ALNUM + "_.~-")

    def azure_storage_key(self):
        return self.b64(64)

    def sas_key(self):
        return self.b64(32)

    def dapi(self):
        return j("da", "pi") + self.hex(32)

    def atlassian(self):
        return j("ATA", "TT3xFfGF0") + self.s(180, B64U) + "=" + self.s(8, HEXU)

    def sntryu(self):
        return j("sntr", "yu_") + self.hex(64)

    def nrak(self):
        return j("NR", "AK-") + self.s(27, UPALNUM)

    def nr_license(self):
        return self.hex(36) + j("NR", "AL")

    def glsa(self):
        return j("gl", "sa_") + self.s(32, ALNUM) + "_" + self.hex(8)

    def glc(self):
        inner = json.dumps({"o": self.digits(6), "n": "stack-" + self.digits(6) + "-hm-read", "k": self.s(24, ALNUM),
                            "m": {"r": "prod-eu-west-0"}}, separators=(",", ":"))
        return j("gl", "c_") + base64.b64encode(inner.encode()).decode().rstrip("=")

    def glpat(self):
        return j("gl", "pat-") + self.s(20, B64U)

    def glrt(self):
        return j("gl", "rt-") + self.s(20, B64U)

    def linear(self):
        return j("lin", "_api_") + self.s(40, ALNUM)

    def notion(self):
        return j("nt", "n_") + self.digits(11) + self.s(35, ALNUM)

    def airtable(self):
        return j("pa", "t") + self.s(14, ALNUM) + "." + self.hex(64)

    def pmak(self):
        return j("PM", "AK-") + self.hex(24) + "-" + self.hex(34)

    def figd(self):
        return j("fi", "gd_") + self.s(40, B64U)

    def doppler(self):
        return j("dp", ".st.") + self.r.choice(["prd", "stg", "dev"]) + "." + self.s(40, ALNUM)

    def pulumi(self):
        return j("pu", "l-") + self.hex(40)

    def pscale(self):
        return j("pscale", "_tkn_") + self.s(43, B64U)

    def tskey(self):
        return j("tskey", "-auth-") + "k" + self.s(10, ALNUM) + "CNTRL-" + self.s(33, ALNUM)

    def mapbox_sk(self):
        u = base64.b64encode(json.dumps({"u": self.word() + "-ops", "a": self.s(25, LOWER + DIG)},
                                        separators=(",", ":")).encode()).decode().rstrip("=")
        return j("s", "k.") + u + "." + self.s(22, B64U)

    def dropbox(self):
        return j("s", "l.") + "B" + self.s(135, B64U)

    def ltai(self):
        return j("LT", "AI") + "5t" + self.s(18, ALNUM)

    def hrku(self):
        return j("HR", "KU-") + "AA" + self.s(58, B64U)

    def hubspot(self):
        return j("pat", "-na1-") + self.uuid()

    def cfpat(self):
        return j("CF", "PAT-") + self.s(43, B64U)

    def aapk(self):
        return j("AA", "PK") + self.hex(32) + self.s(68, B64U)

    def groq(self):
        return j("gs", "k_") + self.s(52, ALNUM)

    def replicate(self):
        return j("r8", "_") + self.s(37, ALNUM)

    def nuget(self):
        return j("oy", "2") + self.s(43, LOWER + DIG)

    def cargo(self):
        return j("ci", "o") + self.s(32, ALNUM)

    def sonar(self):
        return j("sq", "u_") + self.hex(40)

    def jfrog(self):
        return j("AK", "Cp") + self.s(69, ALNUM)

    def bitbucket(self):
        return j("ATB", "B") + self.s(32, ALNUM) + self.s(8, HEXU)

    def buildkite(self):
        return j("bku", "a_") + self.hex(40)

    def fcm(self):
        return j("AAAA", "") + self.s(7, B64U) + ":" + j("APA", "91b") + self.s(134, B64U)

    def ppk(self):
        return self.b64(64)

    # ---------------------------------------------------------------- context-only shapes
    def uhex(self, n):
        return self.s(n, HEXU)

    def wg(self):
        return self.b64(32)

    def basic(self):
        return base64.b64encode(f"{self.word()}{self.r.randint(1, 99)}:{self.pwa()}".encode()).decode()

    def b64pw(self):
        return base64.b64encode(self.pw().encode()).decode()

    def django(self):
        return self.s(50, LOWER + DIG + "!^&*(-_=+)")

    def laravel(self):
        return "base64:" + self.b64(32)

    def isa04(self):
        return self.s(10, UPALNUM)

    def snmp(self):
        return self.word() + self.s(6, ALNUM)

    def rclone_obscured(self):
        return self.s(self.r.randint(40, 60), B64U)

    def elastic_api_key(self):
        return base64.b64encode(f"{self.s(20, B64U)}:{self.s(22, B64U)}".encode()).decode()

    def influx(self):
        return self.b64(64)[:86] + "=="

    def erlang_cookie(self):
        return self.s(20, UPPER)

    # ---------------------------------------------------------------- negatives
    def sha1(self):
        return self.hex(40)

    def sha256(self):
        return self.hex(64)

    def md5(self):
        return self.hex(32)

    def bcrypt(self):
        return "$2b$12$" + self.s(53, ALNUM + "./")

    def sha512crypt(self):
        return "$6$" + self.s(16, ALNUM + "./") + "$" + self.s(86, ALNUM + "./")

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$" + self.b64(16).rstrip("=") + "$" + self.b64(32).rstrip("=")

    def pbkdf2(self):
        return "pbkdf2_sha256$600000$" + self.s(22, ALNUM) + "$" + self.b64(32)

    def apr1(self):
        return "$apr1$" + self.s(8, ALNUM + "./") + "$" + self.s(22, ALNUM + "./")

    def cisco5(self):
        return "$1$" + self.s(4, ALNUM) + "$" + self.s(22, ALNUM + "./")

    def ssh_pub(self):
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(43, B64) + " " + self.word() + "@" + self.word() + "-ws"

    def ssh_rsa_pub(self):
        return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + self.s(300, B64) + " deploy@" + self.word()

    def cert(self):
        return self.pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", nlines=18)

    def pubkey(self):
        return self.pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", nlines=6, last_len=7)

    def sops(self):
        return "ENC[AES256_GCM,data:" + self.b64(18) + ",iv:" + self.b64(32) + ",tag:" + self.b64(16) + ",type:str]"

    def jasypt(self):
        return "ENC(" + self.b64(32) + ")"

    def wl_aes(self):
        return "{AES256}" + self.b64(48)

    def objectid(self):
        return self.hex(24)

    def traceparent(self):
        return f"00-{self.hex(32)}-{self.hex(16)}-01"

    def reqid(self):
        return "req_" + self.s(14, ALNUM)

    def sri(self):
        return "sha384-" + self.b64(48)

    def b64img(self):
        return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + self.s(120, B64) + "=="

    def stripe_pk(self):
        return j("pk", "_live_") + "51" + self.s(8, DIG + UPPER) + self.s(88, ALNUM)

    def twilio_sid(self):
        return "AC" + self.hex(32)

    def google_client_id(self):
        return self.digits(12) + "-" + self.s(32, LOWER + DIG) + ".apps.googleusercontent.com"

    def recaptcha_site(self):
        return "6L" + self.s(38, B64U)

    def mapbox_pk(self):
        u = base64.b64encode(json.dumps({"u": self.word() + "-maps", "a": self.s(25, LOWER + DIG)},
                                        separators=(",", ":")).encode()).decode().rstrip("=")
        return j("p", "k.") + u + "." + self.s(22, B64U)

    def aws_example_id(self):
        return j("AKIA", "IOSFODNN7", "EXAMPLE")

    def aws_example_secret(self):
        return j("wJalrXUtnFEMI", "/K7MDENG/", "bPxRfiCY", "EXAMPLEKEY")

    def gitsha(self):
        return self.hex(40)

    def build_id(self):
        return self.hex(16)

    def semver_hash(self):
        return "sha512-" + self.b64(64)

    def gosum(self):
        return "h1:" + self.b64(32)

    def xs(self, n=32):
        return "x" * n

    def ghp_placeholder(self):
        return j("gh", "p_") + "X" * 36

    def h32(self):
        return self.hex(32)

    def h40(self):
        return self.hex(40)

    def h64(self):
        return self.hex(64)

    def uh32(self):
        return self.uhex(32)

    def wgpub(self):
        return self.b64(32)

    def session_token(self):
        return "IQoJb3JpZ2luX2VjE" + self.s(300, ALNUM + "+/")

    def b2key(self):
        return "K00" + self.s(28, ALNUM)

    def age_pub(self):
        return self.s(58, BECH32)

    def hmac(self):
        return self.b64(32)

    def gh_p(self):
        return self.gh("p")

    def hl7ctl(self):
        return "MSG" + self.digits(12)


# positive kinds: kind -> (provider, context_only, generator name or callable taking Gen)
K = {}


def kind(name, provider, ctx, gen):
    K[name] = (provider, ctx, gen)


V, C = False, True
for _n, _p, _c, _g in [
    # vendor formats
    ("aws-access-key-id", "aws", V, lambda g: g.aws_id("AKIA")),
    ("aws-temporary-access-key-id", "aws", V, lambda g: g.aws_id("ASIA")),
    ("github-classic-pat", "github", V, lambda g: g.gh("p")),
    ("github-oauth-token", "github", V, lambda g: g.gh("o")),
    ("github-app-installation-token", "github", V, lambda g: g.gh("s")),
    ("github-fine-grained-pat", "github", V, "gh_fine"),
    ("gitlab-pat", "gitlab", V, "glpat"),
    ("gitlab-runner-token", "gitlab", V, "glrt"),
    ("slack-bot-token", "slack", V, "slack_bot"),
    ("slack-user-token", "slack", V, "slack_user"),
    ("slack-app-token", "slack", V, "slack_app"),
    ("slack-webhook-url", "slack", V, "slack_hook"),
    ("discord-webhook-url", "discord", V, "discord_hook"),
    ("telegram-bot-token", "telegram", V, "telegram"),
    ("stripe-live-secret-key", "stripe", V, lambda g: g.stripe("sk")),
    ("stripe-restricted-key", "stripe", V, lambda g: g.stripe("rk")),
    ("stripe-webhook-secret", "stripe", V, "whsec"),
    ("sendgrid-api-key", "sendgrid", V, "sendgrid"),
    ("mailgun-api-key", "mailgun", V, "mailgun"),
    ("mailchimp-api-key", "mailchimp", V, "mailchimp"),
    ("openai-project-key", "openai", V, "openai"),
    ("anthropic-api-key", "anthropic", V, "anthropic"),
    ("google-api-key", "google", V, "google_api"),
    ("google-oauth-client-secret", "google", V, "gocspx"),
    ("gcp-service-account-private-key", "google", V, "pkcs8_json"),
    ("huggingface-token", "huggingface", V, "hf"),
    ("npm-token", "npm", V, "npm"),
    ("pypi-token", "pypi", V, "pypi"),
    ("dockerhub-pat", "docker", V, "dckr"),
    ("digitalocean-pat", "digitalocean", V, "dop"),
    ("vault-service-token", "hashicorp", V, "hvs"),
    ("terraform-cloud-token", "hashicorp", V, "atlasv1"),
    ("shopify-admin-token", "shopify", V, lambda g: g.shopify("pat")),
    ("shopify-shared-secret", "shopify", V, lambda g: g.shopify("pss")),
    ("square-access-token", "square", V, "square"),
    ("square-oauth-secret", "square", V, "sq0csp"),
    ("jwt", "generic", V, "jwt"),
    ("rsa-private-key", "generic", V, "rsa_pem"),
    ("pkcs8-private-key", "generic", V, "pkcs8_pem"),
    ("ec-private-key", "generic", V, "ec_pem"),
    ("openssh-private-key", "generic", V, "openssh_pem"),
    ("pgp-private-key", "generic", V, "pgp_pem"),
    ("openvpn-static-key", "openvpn", V, "openvpn_static"),
    ("age-secret-key", "age", V, "age"),
    ("postgres-uri-password", "generic", V, "pwa"),
    ("mysql-uri-password", "generic", V, "pwa"),
    ("mongodb-uri-password", "mongodb", V, "pwa"),
    ("redis-uri-password", "generic", V, "pwa"),
    ("amqp-uri-password", "generic", V, "pwa"),
    ("url-embedded-credentials", "generic", V, "pwa"),
    ("azure-storage-account-key", "azure", V, "azure_storage_key"),
    ("azure-servicebus-sas-key", "azure", V, "sas_key"),
    ("azure-ad-client-secret", "azure", V, "azure_ad"),
    ("databricks-token", "databricks", V, "dapi"),
    ("atlassian-api-token", "atlassian", V, "atlassian"),
    ("sentry-user-token", "sentry", V, "sntryu"),
    ("newrelic-user-key", "newrelic", V, "nrak"),
    ("newrelic-license-key", "newrelic", V, "nr_license"),
    ("grafana-service-account-token", "grafana", V, "glsa"),
    ("grafana-cloud-token", "grafana", V, "glc"),
    ("linear-api-key", "linear", V, "linear"),
    ("notion-token", "notion", V, "notion"),
    ("airtable-pat", "airtable", V, "airtable"),
    ("postman-api-key", "postman", V, "pmak"),
    ("figma-pat", "figma", V, "figd"),
    ("doppler-service-token", "doppler", V, "doppler"),
    ("pulumi-access-token", "pulumi", V, "pulumi"),
    ("planetscale-token", "planetscale", V, "pscale"),
    ("tailscale-auth-key", "tailscale", V, "tskey"),
    ("mapbox-secret-token", "mapbox", V, "mapbox_sk"),
    ("dropbox-short-lived-token", "dropbox", V, "dropbox"),
    ("alibaba-access-key-id", "alibaba", V, "ltai"),
    ("heroku-api-key", "heroku", V, "hrku"),
    ("hubspot-private-app-token", "hubspot", V, "hubspot"),
    ("contentful-pat", "contentful", V, "cfpat"),
    ("arcgis-api-key", "esri", V, "aapk"),
    ("groq-api-key", "groq", V, "groq"),
    ("replicate-api-token", "replicate", V, "replicate"),
    ("nuget-api-key", "nuget", V, "nuget"),
    ("cargo-registry-token", "crates.io", V, "cargo"),
    ("sonarqube-token", "sonarsource", V, "sonar"),
    ("jfrog-api-key", "jfrog", V, "jfrog"),
    ("bitbucket-app-password", "atlassian", V, "bitbucket"),
    ("buildkite-agent-token", "buildkite", V, "buildkite"),
    ("fcm-server-key", "google", V, "fcm"),
    ("putty-private-key", "putty", V, "ppk"),
    # context-only
    ("generic-password", "generic", C, "pw"),
    ("passphrase-password", "generic", C, "phrase"),
    ("database-password", "generic", C, "pw"),
    ("ldap-bind-password", "generic", C, "pw"),
    ("smtp-password", "generic", C, "pw"),
    ("sftp-password", "generic", C, "pw"),
    ("ftp-password", "generic", C, "pwa"),
    ("keystore-password", "java", C, "pwa"),
    ("truststore-password", "java", C, "pwa"),
    ("jaas-password", "kafka", C, "pw"),
    ("confluent-api-secret", "confluent", C, lambda g: g.s(64, ALNUM + "+/")),
    ("schema-registry-credentials", "confluent", C, lambda g: g.s(64, ALNUM + "+/")),
    ("snmp-community", "generic", C, "snmp"),
    ("snmpv3-auth-passphrase", "generic", C, "phrase"),
    ("wifi-psk", "generic", C, "phrase"),
    ("wireguard-private-key", "wireguard", C, "wg"),
    ("rclone-obscured-password", "rclone", C, "rclone_obscured"),
    ("netrc-password", "generic", C, "pwa"),
    ("pgpass-password", "postgres", C, "pw"),
    ("cli-password-argument", "generic", C, "pw"),
    ("basic-auth-header", "generic", C, "basic"),
    ("bearer-token", "generic", C, lambda g: g.s(40, ALNUM)),
    ("docker-config-auth", "docker", C, "basic"),
    ("npmrc-auth", "npm", C, "basic"),
    ("k8s-secret-data", "kubernetes", C, "b64pw"),
    ("django-secret-key", "django", C, "django"),
    ("drupal-hash-salt", "drupal", C, lambda g: g.s(74, B64U)),
    ("typo3-encryption-key", "typo3", C, lambda g: g.hex(96)),
    ("joomla-secret", "joomla", C, lambda g: g.s(16, ALNUM)),
    ("magento-crypt-key", "magento", C, lambda g: g.hex(32)),
    ("prestashop-cookie-key", "prestashop", C, lambda g: g.s(56, ALNUM)),
    ("prestashop-webservice-key", "prestashop", C, lambda g: g.s(32, UPALNUM)),
    ("shopware-app-secret", "shopware", C, lambda g: g.hex(64)),
    ("laravel-app-key", "laravel", C, "laravel"),
    ("rails-secret-key-base", "rails", C, lambda g: g.hex(128)),
    ("flask-secret-key", "flask", C, lambda g: g.hex(48)),
    ("jwt-signing-secret", "generic", C, lambda g: g.s(48, ALNUM)),
    ("webhook-signing-secret", "generic", C, lambda g: g.hex(40)),
    ("encryption-key-hex", "generic", C, lambda g: g.hex(64)),
    ("hmac-key-base64", "generic", C, lambda g: g.b64(32)),
    ("aws-secret-access-key", "aws", C, "aws_secret"),
    ("azure-openai-key", "azure", C, lambda g: g.hex(32)),
    ("datadog-api-key", "datadog", C, lambda g: g.hex(32)),
    ("datadog-app-key", "datadog", C, lambda g: g.hex(40)),
    ("twilio-auth-token", "twilio", C, lambda g: g.hex(32)),
    ("twilio-api-key-secret", "twilio", C, lambda g: g.s(32, ALNUM)),
    ("plaid-secret", "plaid", C, lambda g: g.hex(30)),
    ("xero-client-secret", "xero", C, lambda g: g.s(48, B64U)),
    ("intuit-client-secret", "intuit", C, lambda g: g.s(40, ALNUM)),
    ("vimeo-access-token", "vimeo", C, lambda g: g.hex(32)),
    ("mux-token-secret", "mux", C, lambda g: g.s(75, ALNUM + "+/")),
    ("wistia-api-token", "wistia", C, lambda g: g.hex(64)),
    ("steam-web-api-key", "valve", C, lambda g: g.uhex(32)),
    ("perforce-ticket", "perforce", C, lambda g: g.uhex(32)),
    ("perforce-password", "perforce", C, "pw"),
    ("unity-build-api-key", "unity", C, lambda g: g.hex(32)),
    ("elastic-password", "elastic", C, "pwa"),
    ("elastic-api-key", "elastic", C, "elastic_api_key"),
    ("opensearch-password", "opensearch", C, "pw"),
    ("splunk-hec-token", "splunk", C, "uuid"),
    ("splunk-password", "splunk", C, "pw"),
    ("genesys-client-secret", "genesys", C, lambda g: g.s(43, B64U)),
    ("oauth-client-secret", "generic", C, lambda g: g.s(40, B64U)),
    ("fhir-client-secret", "generic", C, lambda g: g.s(36, ALNUM)),
    ("pi-historian-password", "aveva", C, "pw"),
    ("dlms-encryption-key", "dlms", C, lambda g: g.uhex(32)),
    ("dlms-authentication-key", "dlms", C, lambda g: g.uhex(32)),
    ("mavlink-signing-key", "mavlink", C, lambda g: g.hex(64)),
    ("dji-app-key", "dji", C, lambda g: g.hex(32)),
    ("mqtt-password", "generic", C, "pw"),
    ("ncbi-api-key", "ncbi", C, lambda g: g.hex(36)),
    ("census-api-key", "census", C, lambda g: g.hex(40)),
    ("fred-api-key", "stlouisfed", C, lambda g: g.hex(32)),
    ("openweather-api-key", "openweather", C, lambda g: g.hex(32)),
    ("edi-isa-password", "x12", C, "isa04"),
    ("as2-password", "generic", C, "pw"),
    ("loadboard-client-secret", "generic", C, lambda g: g.s(32, ALNUM)),
    ("piano-api-token", "piano", C, lambda g: g.s(40, ALNUM)),
    ("google-ads-developer-token", "google", C, lambda g: g.s(22, B64U)),
    ("channel-manager-password", "generic", C, "pw"),
    ("clever-district-token", "clever", C, lambda g: g.hex(40)),
    ("powerschool-client-secret", "powerschool", C, "uuid"),
    ("cisco-plaintext-password", "cisco", C, "pw"),
    ("haproxy-stats-password", "haproxy", C, "pwa"),
    ("postfix-sasl-password", "generic", C, "pw"),
    ("okta-api-token", "okta", C, lambda g: "00" + g.s(40, B64U)),
    ("pagerduty-integration-key", "pagerduty", C, lambda g: g.hex(32)),
    ("cloudflare-api-token", "cloudflare", C, lambda g: g.s(40, B64U)),
    ("algolia-admin-key", "algolia", C, lambda g: g.hex(32)),
    ("pusher-app-secret", "pusher", C, lambda g: g.hex(20)),
    ("here-api-key", "here", C, lambda g: g.s(43, B64U)),
    ("zoom-client-secret", "zoom", C, lambda g: g.s(32, ALNUM)),
    ("recaptcha-secret-key", "google", C, lambda g: "6L" + g.s(38, B64U)),
    ("android-signing-password", "android", C, "pwa"),
    ("ngrok-authtoken", "ngrok", C, lambda g: g.digits(1) + g.s(26, ALNUM) + "_" + g.s(21, ALNUM)),
    ("rabbitmq-erlang-cookie", "rabbitmq", C, "erlang_cookie"),
    ("redis-requirepass", "redis", C, "pwa"),
    ("influxdb-token", "influxdata", C, "influx"),
    ("alibaba-access-key-secret", "alibaba", C, lambda g: g.s(30, ALNUM)),
    ("confluent-cloud-api-secret", "confluent", C, lambda g: g.s(64, ALNUM + "+/")),
    ("sas-token-signature", "azure", C, lambda g: g.b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")),
    ("labware-password", "labware", C, "pw"),
    ("weblogic-boot-password", "oracle", C, "pw"),
    ("tomcat-manager-password", "apache", C, "pw"),
    ("odbc-password", "generic", C, "pw"),
    ("vnc-password", "generic", C, lambda g: g.s(8, ALNUM)),
    ("api-key-generic", "generic", C, lambda g: g.s(32, ALNUM)),
    ("api-secret-generic", "generic", C, lambda g: g.s(48, ALNUM)),
    ("session-cookie", "generic", C, lambda g: g.s(48, B64U)),
    ("mnemonic-seed", "generic", C, lambda g: " ".join(g.word() for _ in range(12))),
    ("wallet-private-key-hex", "generic", C, lambda g: "0x" + g.hex(64)),
    ("ssh-password", "generic", C, "pw"),
    ("ipmi-password", "generic", C, "pwa"),
    ("wordpress-auth-salt", "wordpress", C, lambda g: g.s(64, ALNUM + "!*()-_[]|,.;:?~")),
    ("cisco-type7-password", "cisco", C, lambda g: "0" + g.s(1, "2345") + g.s(2 * g.r.randint(6, 10), HEXU)),
    ("wireguard-preshared-key", "wireguard", C, "wg"),
    ("aspnet-machine-key", "microsoft", C, lambda g: g.uhex(128)),
    ("rails-master-key", "rails", C, lambda g: g.hex(32)),
    ("oauth-refresh-token", "generic", C, lambda g: "AB11" + g.s(46, ALNUM)),
    ("magento-marketplace-private-key", "adobe", C, lambda g: g.hex(32)),
    ("play-secret-key", "playframework", C, lambda g: g.s(64, ALNUM)),
    ("kibana-encryption-key", "elastic", C, lambda g: g.s(32, ALNUM)),
    ("git-credential-password", "generic", C, "pwa"),
]:
    kind(_n, _p, _c, _g)

NEG_KINDS = set("""placeholder env-reference template-reference ci-secret-reference secret-manager-reference
vendor-example-key checksum uuid-id commit-sha lockfile-hash public-key certificate password-hash encrypted-value
policy-setting empty-value base64-image build-id request-id trace-id feature-flag public-identifier redacted
test-fixture code-reference object-id docs-example key-fingerprint message-id""".split())

MARK = re.compile(r"⟦([PN]):([^⟧]*)⟧")


class Corpus:
    def __init__(self, out, seed):
        self.out = out
        self.seed = seed
        self.files = {}
        self.labels = []
        self.g = Gen(random.Random(seed))

    def repo_gen(self, repo):
        self.g = Gen(random.Random(f"{self.seed}:{repo}"))
        return self.g

    def _value(self, spec, pos):
        g = self.g
        if pos:
            k, _, gname = spec.partition("@")
            prov, ctx, gen = K[k]
            gen = gname or gen
            val = gen(g) if callable(gen) else getattr(g, gen)()
            return k, prov, ctx, val
        if ":" in spec and ("@" not in spec or spec.index(":") < spec.index("@")):
            k, _, lit = spec.partition(":")
            val = lit
        else:
            k, _, gname = spec.partition("@")
            val = getattr(g, gname)() if gname else ""
        assert k in NEG_KINDS, k
        return k, "-", False, val

    def add(self, path, template, family, crlf=False):
        assert path not in self.files, path
        out = []
        pos = 0
        labs = []
        text = template.lstrip("\n") if template.startswith("\n") else template
        for m in MARK.finditer(text):
            out.append(text[pos:m.start()])
            so_far = "".join(out)
            line = so_far.count("\n") + 1
            k, prov, ctx, val = self._value(m.group(2), m.group(1) == "P")
            if "\n" in val:
                indent = re.match(r"[ \t]*", so_far[so_far.rfind("\n") + 1:]).group(0)
                val_out = val.replace("\n", "\n" + indent)
            else:
                val_out = val
            out.append(val_out)
            pos = m.end()
            labs.append({"path": path, "line": line, "kind": k, "provider": prov, "family": family,
                         "positive": m.group(1) == "P", "context_only": ctx, "secret": val})
        out.append(text[pos:])
        body = "".join(out)
        if not body.endswith("\n"):
            body += "\n"
        self.files[path] = (body, crlf)
        self.labels.extend(labs)

    def write(self):
        seen = set()
        lines_of = {p: b.split("\n") for p, (b, _) in self.files.items()}
        for lab in self.labels:
            key = (lab["path"], lab["line"])
            assert key not in seen, f"two labels on {key}"
            seen.add(key)
            first = lab["secret"].split("\n")[0]
            assert first in lines_of[lab["path"]][lab["line"] - 1], f"value not on labelled line: {key}"
            if lab["positive"]:
                assert first.strip(), key
        for path, (body, crlf) in sorted(self.files.items()):
            full = os.path.join(self.out, "repos", path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            data = body.replace("\n", "\r\n") if crlf else body
            with open(full, "w", newline="") as fh:
                fh.write(data)
        with open(os.path.join(self.out, "labels.jsonl"), "w") as fh:
            for lab in sorted(self.labels, key=lambda l: (l["path"], l["line"])):
                fh.write(json.dumps(lab, sort_keys=True) + "\n")
