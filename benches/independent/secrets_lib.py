"""Secret-value generators and the kind registry for the independent corpus.

Every value is produced at run time from a seeded RNG. Fixed vendor example values (the
negatives that vendors publish in their docs) are assembled from parts, so that this file
holds no complete credential-looking literal and stays clean under any scanner.
"""
import base64
import json
import string
import struct
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
B62 = DIG + UP + LO
B32 = UP + "234567"


class Gen:
    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def alnum(self, n):
        return self.s(ALNUM, n)

    def digits(self, n, lead_nonzero=True):
        out = self.s(DIG, n)
        if lead_nonzero and out[0] == "0":
            out = self.r.choice("123456789") + out[1:]
        return out

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n_bytes):
        return base64.b64encode(self.bytes(n_bytes)).decode()

    def b64url(self, n_bytes):
        return base64.urlsafe_b64encode(self.bytes(n_bytes)).decode().rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def mixed(self, n):
        """Alphanumeric with at least one of each class, like a generated password."""
        while True:
            v = self.alnum(n)
            if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v):
                return v

    def password(self, n=None, url=False):
        n = n or self.r.randint(14, 24)
        sym = "-_.~!*" if url else "!#^*-_+=.?@~"
        while True:
            v = self.s(ALNUM + sym, n)
            if sum(c in sym for c in v) >= 2 and any(c.isdigit() for c in v) and v[0].isalnum():
                return v

    def passphrase(self):
        words = ["orbit", "mango", "granite", "velvet", "harbor", "pixel", "tundra", "cobalt", "saffron",
                 "lantern", "quartz", "meadow", "falcon", "ember", "canyon", "willow", "nimbus", "juniper"]
        ws = self.r.sample(words, 3)
        return f"{ws[0].capitalize()}-{ws[1]}{self.r.randint(10, 99)}!{ws[2]}"

    def pick(self, seq):
        return self.r.choice(seq)


# ------------------------------------------------------------------ checksummed formats
def base62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc_token(g, prefix, body_len=30):
    body = g.alnum(body_len)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


# ------------------------------------------------------------------ DER / PEM
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int(raw):
    raw = raw.lstrip(b"\x00") or b"\x00"
    if raw[0] & 0x80:
        raw = b"\x00" + raw
    return der(0x02, raw)


def rsa_pkcs1(g, bits=2048):
    n = bits // 8
    h = n // 2
    mod = bytes([0xC0 | g.r.getrandbits(6)]) + g.bytes(n - 1)
    parts = [b"\x02\x01\x00", der_int(mod), der_int(b"\x01\x00\x01"), der_int(g.bytes(n))]
    parts += [der_int(bytes([0xC0 | g.r.getrandbits(6)]) + g.bytes(h - 1)) for _ in range(2)]
    parts += [der_int(g.bytes(h)) for _ in range(3)]
    return der(0x30, b"".join(parts))


def pkcs8_rsa(g):
    alg = der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    return der(0x30, b"\x02\x01\x00" + alg + der(0x04, rsa_pkcs1(g)))


def ec_p256(g):
    oid = der(0xA0, der(0x06, bytes.fromhex("2a8648ce3d030107")))
    pub = der(0xA1, der(0x03, b"\x00\x04" + g.bytes(64)))
    return der(0x30, b"\x02\x01\x01" + der(0x04, g.bytes(32)) + oid + pub)


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(g, comment):
    pk = g.bytes(32)
    pub = _sshstr(b"ssh-ed25519") + _sshstr(pk)
    check = g.bytes(4)
    priv = check + check + pub + _sshstr(g.bytes(32) + pk) + _sshstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"")
    blob += struct.pack(">I", 1) + _sshstr(pub) + _sshstr(priv)
    return blob, pk


def pem(label, der_bytes, width=64):
    body = base64.b64encode(der_bytes).decode()
    dash = "-" * 5
    lines = [f"{dash}BEGIN {label}{dash}"]
    lines += [body[i:i + width] for i in range(0, len(body), width)]
    lines.append(f"{dash}END {label}{dash}")
    return lines


PK = "PRIVATE" + " KEY"


def pem_rsa(g):
    return pem("RSA " + PK, rsa_pkcs1(g))


def pem_pkcs8(g):
    return pem(PK, pkcs8_rsa(g))


def pem_ec(g):
    return pem("EC " + PK, ec_p256(g))


def pem_openssh(g, comment="deploy@ci"):
    blob, _ = openssh_ed25519(g, comment)
    return pem("OPENSSH " + PK, blob, width=70)


def pem_pgp(g):
    body = base64.b64encode(b"\x95\x03\x98\x04" + g.bytes(900)).decode()
    dash = "-" * 5
    lines = [f"{dash}BEGIN PGP {PK} BLOCK{dash}", ""]
    lines += [body[i:i + 64] for i in range(0, len(body), 64)]
    lines += ["=" + g.b64(3), f"{dash}END PGP {PK} BLOCK{dash}"]
    return lines


def pem_public(g):
    spki = der(0x30, der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
               + der(0x03, b"\x00" + der(0x30, der_int(g.bytes(256)) + der_int(b"\x01\x00\x01"))))
    return pem("PUBLIC KEY", spki)


def pem_cert(g):
    return pem("CERTIFICATE", b"\x30\x82\x03\x5d\x30\x82\x02\x45\xa0\x03\x02\x01\x02" + g.bytes(850))


def ssh_pub(g, comment):
    _, pk = openssh_ed25519(g, comment)
    return "ssh-ed25519 " + base64.b64encode(_sshstr(b"ssh-ed25519") + _sshstr(pk)).decode() + " " + comment


# ------------------------------------------------------------------ JWT
def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(g, payload=None, alg="HS256"):
    payload = payload or {"sub": g.uuid(), "role": g.pick(["admin", "service", "worker"]),
                          "iat": 1735689600 + g.r.randint(0, 9_000_000)}
    payload.setdefault("exp", payload.get("iat", 1735689600) + 31_536_000 * 5)
    sig = g.b64url(32 if alg.startswith("HS") else 256)
    return f"{b64u_json({'alg': alg, 'typ': 'JWT'})}.{b64u_json(payload)}.{sig}"


# ------------------------------------------------------------------ kinds
class Kind:
    def __init__(self, name, provider, gen, names, context_only=False, positive=True, multiline=False):
        self.name, self.provider, self.gen, self.names = name, provider, gen, names
        self.context_only, self.positive, self.multiline = context_only, positive, multiline


POS = {}   # vendor-format positives
CTX = {}   # context-only positives


def _k(table, name, provider, names, context_only=False):
    def wrap(fn):
        table[name] = Kind(name, provider, fn, names, context_only=context_only)
        return fn
    return wrap


def vendor(name, provider, *names):
    return _k(POS, name, provider, list(names))


def ctx(name, provider, *names):
    return _k(CTX, name, provider, list(names), context_only=True)


# --- AI providers
@vendor("openai-project-key", "openai", "OPENAI_API_KEY", "OPENAI_KEY", "LLM_API_KEY")
def _(g):
    return "sk-proj-" + g.s(URLSAFE, 74) + "T3Blbk" + "FJ" + g.s(URLSAFE, 74)


@vendor("openai-legacy-key", "openai", "OPENAI_API_KEY", "OPENAI_SECRET")
def _(g):
    return "sk-" + g.alnum(20) + "T3Blbk" + "FJ" + g.alnum(20)


@vendor("openai-service-account-key", "openai", "OPENAI_API_KEY", "OPENAI_SVC_KEY")
def _(g):
    return "sk-svcacct-" + g.s(URLSAFE, 74) + "T3Blbk" + "FJ" + g.s(URLSAFE, 74)


@vendor("anthropic-api-key", "anthropic", "ANTHROPIC_API_KEY", "CLAUDE_API_KEY")
def _(g):
    return "sk-ant-" + "api03-" + g.s(URLSAFE, 93) + "AA"


@vendor("anthropic-admin-key", "anthropic", "ANTHROPIC_ADMIN_KEY")
def _(g):
    return "sk-ant-" + "admin01-" + g.s(URLSAFE, 93) + "AA"


@vendor("google-api-key", "google", "GOOGLE_API_KEY", "GEMINI_API_KEY", "MAPS_API_KEY", "YOUTUBE_API_KEY")
def _(g):
    return "AI" + "za" + g.pick(["Sy", "Sx", "SB", "SC"]) + g.s(URLSAFE, 33)


@vendor("google-oauth-client-secret", "google", "GOOGLE_CLIENT_SECRET", "OAUTH_CLIENT_SECRET")
def _(g):
    return "GOC" + "SPX-" + g.s(URLSAFE, 28)


@vendor("huggingface-token", "huggingface", "HF_TOKEN", "HUGGINGFACE_TOKEN", "HUGGING_FACE_HUB_TOKEN")
def _(g):
    return "hf_" + g.s(UP + LO, 34)


@vendor("groq-api-key", "groq", "GROQ_API_KEY")
def _(g):
    return "gsk_" + g.alnum(52)


@vendor("replicate-token", "replicate", "REPLICATE_API_TOKEN")
def _(g):
    return "r8_" + g.alnum(37)


@vendor("perplexity-api-key", "perplexity", "PERPLEXITY_API_KEY", "PPLX_API_KEY")
def _(g):
    return "pplx-" + g.alnum(48)


@vendor("xai-api-key", "xai", "XAI_API_KEY", "GROK_API_KEY")
def _(g):
    return "xai-" + g.alnum(80)


@vendor("openrouter-api-key", "openrouter", "OPENROUTER_API_KEY")
def _(g):
    return "sk-or-" + "v1-" + g.hex(64)


@vendor("elevenlabs-api-key", "elevenlabs", "ELEVENLABS_API_KEY", "XI_API_KEY")
def _(g):
    return "sk_" + g.hex(48)


@vendor("langsmith-api-key", "langchain", "LANGCHAIN_API_KEY", "LANGSMITH_API_KEY")
def _(g):
    return "lsv2_" + "pt_" + g.hex(32) + "_" + g.hex(10)


# --- clouds
@vendor("aws-access-key-id", "aws", "AWS_ACCESS_KEY_ID", "AWS_KEY", "S3_ACCESS_KEY")
def _(g):
    return g.pick(["AK", "AS"]) + "IA" + g.s(B32, 16)


@ctx("aws-secret-access-key", "aws", "AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "S3_SECRET_KEY")
def _(g):
    return g.s(B64, 40)


@ctx("azure-openai-key", "azure", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY", "AOAI_KEY")
def _(g):
    return g.hex(32)


@vendor("azure-ad-client-secret", "azure", "AZURE_CLIENT_SECRET", "AAD_CLIENT_SECRET")
def _(g):
    return g.s(URLSAFE, 3) + g.pick(DIG) + "Q~" + g.s(ALNUM + "_~.-", 34)


@vendor("azure-storage-connection-string", "azure", "AZURE_STORAGE_CONNECTION_STRING", "STORAGE_CONNECTION")
def _(g):
    return ("DefaultEndpointsProtocol=https;AccountName=" + g.pick(["stprodassets", "stlogs01", "mediastore"]) +
            ";AccountKey=" + g.b64(64) + ";EndpointSuffix=core.windows.net")


@ctx("azure-storage-account-key", "azure", "AZURE_STORAGE_KEY", "STORAGE_ACCOUNT_KEY")
def _(g):
    return g.b64(64)


@vendor("databricks-token", "databricks", "DATABRICKS_TOKEN", "DATABRICKS_API_TOKEN")
def _(g):
    return "dapi" + g.hex(32) + g.pick(["", "-2", "-3"])


@vendor("alibaba-access-key-id", "alibaba", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIYUN_ACCESS_KEY_ID", "OSS_ACCESS_KEY_ID")
def _(g):
    return "LT" + "AI" + g.alnum(20)


@ctx("alibaba-access-key-secret", "alibaba", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIYUN_ACCESS_KEY_SECRET")
def _(g):
    return g.alnum(30)


@vendor("digitalocean-token", "digitalocean", "DIGITALOCEAN_TOKEN", "DO_API_TOKEN")
def _(g):
    return "do" + g.pick("por") + "_v1_" + g.hex(64)


@vendor("heroku-api-key", "heroku", "HEROKU_API_KEY")
def _(g):
    return "HR" + "KU-" + g.pick(["AA" + g.s(URLSAFE, 58), g.uuid()])


@ctx("heroku-legacy-api-key", "heroku", "HEROKU_API_KEY", "HEROKU_AUTH_TOKEN")
def _(g):
    return g.uuid()


@vendor("gcp-service-account-key", "google", "private_key")
def _(g):
    return None  # rendered as a whole JSON file, see generate.py


@ctx("cloudflare-api-token", "cloudflare", "CLOUDFLARE_API_TOKEN", "CF_API_TOKEN")
def _(g):
    return g.s(URLSAFE, 40)


@vendor("vault-token", "hashicorp", "VAULT_TOKEN")
def _(g):
    return "hv" + "s." + g.s(URLSAFE, 90)


@vendor("terraform-cloud-token", "hashicorp", "TFE_TOKEN", "TF_API_TOKEN")
def _(g):
    return g.alnum(14) + ".atlas" + "v1." + g.alnum(67)


@vendor("pulumi-token", "pulumi", "PULUMI_ACCESS_TOKEN")
def _(g):
    return "pu" + "l-" + g.hex(40)


@vendor("supabase-pat", "supabase", "SUPABASE_ACCESS_TOKEN")
def _(g):
    return "sb" + "p_" + g.hex(40)


@vendor("supabase-service-role-key", "supabase", "SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY")
def _(g):
    ref = g.s(LO, 20)
    iat = 1700000000 + g.r.randint(0, 30_000_000)
    return jwt(g, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315_360_000})


# --- source hosting / CI / registries
@vendor("github-pat", "github", "GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT")
def _(g):
    return crc_token(g, "gh" + "p_")


@vendor("github-oauth-token", "github", "GITHUB_OAUTH_TOKEN", "GH_OAUTH_TOKEN")
def _(g):
    return crc_token(g, "gh" + g.pick("ous") + "_")


@vendor("github-fine-grained-pat", "github", "GITHUB_TOKEN", "GH_PAT")
def _(g):
    return "github" + "_pat_" + "11" + g.s(UP + DIG, 20) + "_" + g.alnum(59)


@vendor("gitlab-pat", "gitlab", "GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN", "CI_JOB_PAT")
def _(g):
    return "gl" + "pat-" + g.s(URLSAFE, 20)


@vendor("gitlab-runner-token", "gitlab", "RUNNER_TOKEN", "GITLAB_RUNNER_TOKEN")
def _(g):
    return "gl" + "rt-" + g.s(URLSAFE, 20)


@vendor("npm-token", "npm", "NPM_TOKEN", "NODE_AUTH_TOKEN")
def _(g):
    return crc_token(g, "np" + "m_")


@vendor("pypi-token", "pypi", "PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN")
def _(g):
    return "pyp" + "i-AgEIcHlwaS5vcmc" + g.s(URLSAFE, 150)


@vendor("dockerhub-pat", "docker", "DOCKERHUB_TOKEN", "DOCKER_PASSWORD")
def _(g):
    return "dckr" + "_pat_" + g.s(URLSAFE, 27)


@vendor("jfrog-api-key", "jfrog", "ARTIFACTORY_API_KEY", "JFROG_API_KEY")
def _(g):
    return "AK" + "Cp" + g.alnum(69)


@vendor("buildkite-token", "buildkite", "BUILDKITE_API_TOKEN")
def _(g):
    return "bk" + "ua_" + g.hex(40)


@vendor("sonarqube-token", "sonarsource", "SONAR_TOKEN")
def _(g):
    return "sq" + g.pick("upa") + "_" + g.hex(40)


@vendor("atlassian-api-token", "atlassian", "JIRA_API_TOKEN", "CONFLUENCE_API_TOKEN", "ATLASSIAN_TOKEN")
def _(g):
    return "ATAT" + "T3xFfGF0" + g.s(URLSAFE, 183) + "=" + g.hex(8).upper()


@vendor("bitbucket-app-password", "atlassian", "BITBUCKET_APP_PASSWORD")
def _(g):
    return "AT" + "BB" + g.alnum(32)


@ctx("azure-devops-pat", "azure", "AZURE_DEVOPS_PAT", "AZDO_PERSONAL_ACCESS_TOKEN", "ADO_PAT")
def _(g):
    return g.s(LO + "234567", 52)


# --- messaging
@vendor("slack-bot-token", "slack", "SLACK_BOT_TOKEN", "SLACK_TOKEN")
def _(g):
    return "xo" + "xb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.alnum(24)


@vendor("slack-user-token", "slack", "SLACK_USER_TOKEN")
def _(g):
    return "xo" + "xp-" + g.digits(12) + "-" + g.digits(13) + "-" + g.digits(13) + "-" + g.hex(32)


@vendor("slack-app-token", "slack", "SLACK_APP_TOKEN")
def _(g):
    return "xa" + "pp-1-A" + g.s(UP + DIG, 10) + "-" + g.digits(13) + "-" + g.hex(64)


@vendor("slack-webhook-url", "slack", "SLACK_WEBHOOK_URL", "SLACK_WEBHOOK")
def _(g):
    return ("https://hooks.slack.com/" + "services/T" + g.s(UP + DIG, 10) + "/B" + g.s(UP + DIG, 10) + "/" + g.alnum(24))


@vendor("discord-bot-token", "discord", "DISCORD_TOKEN", "DISCORD_BOT_TOKEN")
def _(g):
    uid = str(g.r.randint(700_000_000_000_000_000, 1_300_000_000_000_000_000))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + g.s(URLSAFE, 6) + "." + g.s(URLSAFE, 38)


@vendor("discord-webhook-url", "discord", "DISCORD_WEBHOOK_URL")
def _(g):
    return "https://discord.com/api/" + "webhooks/" + g.digits(19) + "/" + g.s(URLSAFE, 68)


@vendor("telegram-bot-token", "telegram", "TELEGRAM_BOT_TOKEN", "TG_BOT_TOKEN", "BOT_TOKEN")
def _(g):
    return g.digits(10) + ":AA" + g.s(URLSAFE, 33)


@vendor("twilio-api-key", "twilio", "TWILIO_API_KEY", "TWILIO_API_KEY_SID")
def _(g):
    return "S" + "K" + g.hex(32)


@ctx("twilio-auth-token", "twilio", "TWILIO_AUTH_TOKEN", "TWILIO_API_SECRET")
def _(g):
    return g.hex(32)


@vendor("sendgrid-api-key", "sendgrid", "SENDGRID_API_KEY", "SMTP_PASSWORD")
def _(g):
    return "S" + "G." + g.s(URLSAFE, 22) + "." + g.s(URLSAFE, 43)


@vendor("mailgun-api-key", "mailgun", "MAILGUN_API_KEY", "MAILGUN_KEY")
def _(g):
    return g.pick(["ke" + "y-" + g.hex(32), g.hex(32) + "-" + g.hex(8) + "-" + g.hex(8)])


@vendor("mailchimp-api-key", "mailchimp", "MAILCHIMP_API_KEY", "MC_API_KEY")
def _(g):
    return g.hex(32) + "-us" + str(g.r.randint(1, 21))


@ctx("postmark-server-token", "postmark", "POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN")
def _(g):
    return g.uuid()


@vendor("resend-api-key", "resend", "RESEND_API_KEY")
def _(g):
    return "re" + "_" + g.alnum(8) + "_" + g.alnum(24)


# --- payments / commerce
@vendor("stripe-secret-key", "stripe", "STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY")
def _(g):
    return "sk" + "_live_" + "51" + g.alnum(97)


@vendor("stripe-restricted-key", "stripe", "STRIPE_RESTRICTED_KEY")
def _(g):
    return "rk" + "_live_" + "51" + g.alnum(97)


@vendor("stripe-webhook-secret", "stripe", "STRIPE_WEBHOOK_SECRET", "STRIPE_SIGNING_SECRET")
def _(g):
    return "wh" + "sec_" + g.alnum(32)


@vendor("square-access-token", "square", "SQUARE_ACCESS_TOKEN")
def _(g):
    return "EA" + "AA" + g.s(URLSAFE, 60)


@vendor("square-oauth-secret", "square", "SQUARE_APPLICATION_SECRET")
def _(g):
    return "sq0" + "csp-" + g.s(URLSAFE, 43)


@vendor("shopify-access-token", "shopify", "SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN")
def _(g):
    return "sh" + g.pick(["pat", "pca", "ppa"]) + "_" + g.hex(32)


@vendor("shopify-shared-secret", "shopify", "SHOPIFY_API_SECRET", "SHOPIFY_SHARED_SECRET")
def _(g):
    return "sh" + "pss_" + g.hex(32)


@vendor("razorpay-key-id", "razorpay", "RAZORPAY_KEY_ID")
def _(g):
    return "rz" + "p_live_" + g.alnum(14)


@ctx("razorpay-key-secret", "razorpay", "RAZORPAY_KEY_SECRET")
def _(g):
    return g.alnum(24)


@vendor("paypal-braintree-token", "paypal", "BRAINTREE_ACCESS_TOKEN", "PAYPAL_ACCESS_TOKEN")
def _(g):
    return "access_token" + "$production$" + g.s(LO + DIG, 16) + "$" + g.hex(32)


@vendor("flutterwave-secret-key", "flutterwave", "FLW_SECRET_KEY")
def _(g):
    return "FLW" + "SECK-" + g.hex(32) + "-X"


# --- SaaS
@vendor("linear-api-key", "linear", "LINEAR_API_KEY")
def _(g):
    return "lin" + "_api_" + g.alnum(40)


@vendor("notion-token", "notion", "NOTION_TOKEN", "NOTION_API_KEY")
def _(g):
    return g.pick(["secret" + "_" + g.alnum(43), "nt" + "n_" + g.digits(11) + g.alnum(35)])


@vendor("airtable-pat", "airtable", "AIRTABLE_API_KEY", "AIRTABLE_TOKEN")
def _(g):
    return "pat" + g.alnum(14) + "." + g.hex(64)


@vendor("postman-api-key", "postman", "POSTMAN_API_KEY")
def _(g):
    return "PM" + "AK-" + g.hex(24) + "-" + g.hex(34)


@vendor("figma-pat", "figma", "FIGMA_TOKEN", "FIGMA_ACCESS_TOKEN")
def _(g):
    return "fi" + "gd_" + g.s(URLSAFE, 40)


@vendor("grafana-service-account-token", "grafana", "GRAFANA_TOKEN", "GRAFANA_API_KEY")
def _(g):
    return "gl" + "sa_" + g.alnum(32) + "_" + g.hex(8)


@vendor("newrelic-user-key", "newrelic", "NEW_RELIC_API_KEY", "NEWRELIC_USER_KEY")
def _(g):
    return "NR" + "AK-" + g.s(UP + DIG, 27)


@vendor("newrelic-license-key", "newrelic", "NEW_RELIC_LICENSE_KEY")
def _(g):
    return g.hex(36) + "NR" + "AL"


@ctx("datadog-api-key", "datadog", "DD_API_KEY", "DATADOG_API_KEY")
def _(g):
    return g.hex(32)


@ctx("datadog-app-key", "datadog", "DD_APP_KEY", "DATADOG_APP_KEY")
def _(g):
    return g.hex(40)


@vendor("sentry-auth-token", "sentry", "SENTRY_AUTH_TOKEN")
def _(g):
    return g.pick(["sn" + "tryu_" + g.hex(64),
                   "sn" + "trys_" + base64.b64encode(json.dumps(
                       {"iat": 1730000000 + g.r.randint(0, 9_000_000) + g.r.random(), "url": "https://sentry.io",
                        "region_url": "https://us.sentry.io", "org": g.pick(["acme", "northwind", "globex"])},
                       separators=(",", ":")).encode()).decode() + "_" + base64.b64encode(g.hex(32).encode()).decode().rstrip("=")])


@vendor("doppler-token", "doppler", "DOPPLER_TOKEN")
def _(g):
    return "dp" + "." + g.pick(["st", "pt", "sa"]) + "." + g.alnum(43)


@vendor("hubspot-pat", "hubspot", "HUBSPOT_ACCESS_TOKEN", "HUBSPOT_PRIVATE_APP_TOKEN")
def _(g):
    return "pat" + "-na1-" + g.uuid()


@vendor("contentful-pat", "contentful", "CONTENTFUL_MANAGEMENT_TOKEN")
def _(g):
    return "CF" + "PAT-" + g.s(URLSAFE, 43)


@vendor("mapbox-secret-token", "mapbox", "MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN")
def _(g):
    return "s" + "k." + b64u_json({"u": g.pick(["acme-maps", "jdoe", "fleetops"]), "a": g.alnum(25)}) + "." + g.s(URLSAFE, 22)


@vendor("tailscale-auth-key", "tailscale", "TS_AUTHKEY", "TAILSCALE_AUTHKEY")
def _(g):
    return "tskey-" + "auth-k" + g.alnum(11) + "CNTRL-" + g.alnum(33)


@vendor("dropbox-token", "dropbox", "DROPBOX_ACCESS_TOKEN")
def _(g):
    return "s" + "l." + g.s(URLSAFE, 138)


@vendor("twitter-bearer-token", "twitter", "TWITTER_BEARER_TOKEN", "X_BEARER_TOKEN")
def _(g):
    return "A" * 22 + g.alnum(24) + "%3D" + g.alnum(50)


@vendor("facebook-access-token", "meta", "FACEBOOK_ACCESS_TOKEN", "FB_PAGE_TOKEN", "WHATSAPP_TOKEN")
def _(g):
    return "EA" + "A" + g.pick(["B", "G", "J"]) + g.alnum(180)


@vendor("firebase-fcm-server-key", "google", "FCM_SERVER_KEY", "FIREBASE_SERVER_KEY")
def _(g):
    return "AAAA" + g.s(URLSAFE, 7) + ":APA91b" + g.s(URLSAFE, 134)


@vendor("planetscale-password", "planetscale", "PLANETSCALE_PASSWORD", "DATABASE_PASSWORD")
def _(g):
    return "ps" + "cale_pw_" + g.s(URLSAFE, 43)


@vendor("age-secret-key", "age", "SOPS_AGE_KEY", "AGE_SECRET_KEY")
def _(g):
    return "AGE-" + "SECRET-KEY-1" + g.s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)


@ctx("cohere-api-key", "cohere", "COHERE_API_KEY", "CO_API_KEY")
def _(g):
    return g.mixed(40)


@ctx("mistral-api-key", "mistral", "MISTRAL_API_KEY")
def _(g):
    return g.mixed(32)


@ctx("unsplash-access-key", "unsplash", "UNSPLASH_ACCESS_KEY", "UNSPLASH_CLIENT_ID")
def _(g):
    return g.s(URLSAFE, 43)


@vendor("pixabay-api-key", "pixabay", "PIXABAY_API_KEY", "PIXABAY_KEY")
def _(g):
    return g.digits(8) + "-" + g.hex(25)


@ctx("algolia-admin-key", "algolia", "ALGOLIA_ADMIN_KEY", "ALGOLIA_API_KEY")
def _(g):
    return g.hex(32)


@ctx("okta-api-token", "okta", "OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN")
def _(g):
    return "00" + g.s(URLSAFE, 40)


@ctx("pinecone-api-key", "pinecone", "PINECONE_API_KEY")
def _(g):
    return g.uuid()


# --- private keys, tokens and URLs
for _name, _fn in [("rsa-private-key", pem_rsa), ("pkcs8-private-key", pem_pkcs8), ("ec-private-key", pem_ec),
                   ("openssh-private-key", pem_openssh), ("pgp-private-key", pem_pgp)]:
    POS[_name] = Kind(_name, "pem", _fn, ["PRIVATE_KEY", "SSH_PRIVATE_KEY", "TLS_KEY"], multiline=True)


@vendor("jwt", "jwt", "ACCESS_TOKEN", "AUTH_TOKEN", "API_JWT", "SERVICE_TOKEN")
def _(g):
    return jwt(g)


def _dbpw(g):
    return g.pick([g.password(url=True), g.mixed(20), g.passphrase()])


@vendor("postgres-url", "database", "DATABASE_URL", "POSTGRES_URL", "DB_DSN")
def _(g):
    return f"postgres{g.pick(['', 'ql'])}://{g.pick(['app', 'orders', 'analytics'])}:{_dbpw(g)}@{g.pick(['db.internal', '10.0.3.12', 'prod-pg.cluster-c9xk2.eu-west-1.rds.amazonaws.com'])}:5432/{g.pick(['app', 'orders', 'warehouse'])}"


@vendor("mysql-url", "database", "DATABASE_URL", "MYSQL_URL")
def _(g):
    return f"mysql://{g.pick(['root', 'wp', 'shop'])}:{g.mixed(18)}@{g.pick(['mysql', '127.0.0.1', 'db-1.prod.local'])}:3306/{g.pick(['shop', 'wordpress', 'crm'])}"


@vendor("mongodb-url", "database", "MONGODB_URI", "MONGO_URL")
def _(g):
    return f"mongodb+srv://{g.pick(['admin', 'api', 'reporting'])}:{g.mixed(16)}@cluster0.{g.s(LO + DIG, 5)}.mongodb.net/{g.pick(['prod', 'app'])}?retryWrites=true&w=majority"


@vendor("redis-url", "database", "REDIS_URL", "CACHE_URL")
def _(g):
    return f"redis{g.pick(['', 's'])}://{g.pick(['', 'default'])}:{g.mixed(24)}@{g.pick(['redis', 'cache.internal', 'redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com'])}:6379/0"


@vendor("amqp-url", "database", "RABBITMQ_URL", "AMQP_URL", "CELERY_BROKER_URL")
def _(g):
    return f"amqp{g.pick(['', 's'])}://{g.pick(['worker', 'celery'])}:{g.mixed(20)}@{g.pick(['rabbitmq', 'mq.internal'])}:5672/{g.pick(['', 'jobs'])}"


# --- context-only generic secrets
@ctx("generic-password", "generic", "PASSWORD", "ADMIN_PASSWORD", "DB_PASSWORD", "SMTP_PASSWORD", "LDAP_BIND_PASSWORD",
     "REDIS_PASSWORD", "MYSQL_ROOT_PASSWORD", "POSTGRES_PASSWORD", "RABBITMQ_DEFAULT_PASS", "KEYSTORE_PASSWORD",
     "ELASTIC_PASSWORD", "MAIL_PASSWORD", "FTP_PASSWORD", "SFTP_PASS", "DB_PASS")
def _(g):
    return g.pick([g.password(), g.mixed(g.r.randint(12, 20)), g.passphrase(), g.password(28)])


@ctx("generic-secret", "generic", "CLIENT_SECRET", "APP_SECRET", "SESSION_SECRET", "WEBHOOK_SECRET", "JWT_SECRET",
     "COOKIE_SECRET", "SIGNING_SECRET", "OAUTH_CLIENT_SECRET", "NEXTAUTH_SECRET", "HMAC_SECRET", "AUTH0_CLIENT_SECRET",
     "CONSUMER_SECRET", "SECRET_KEY_BASE")
def _(g):
    return g.pick([g.hex(64), g.b64(32), g.mixed(40), g.s(URLSAFE, 43), g.hex(40)])


@ctx("generic-api-key", "generic", "API_KEY", "PARTNER_API_KEY", "WEATHER_API_KEY", "GEOCODER_KEY", "PAYMENT_API_KEY",
     "SMS_API_KEY", "INTERNAL_API_KEY", "SEARCH_API_KEY", "LICENSE_KEY", "X_API_KEY")
def _(g):
    return g.pick([g.hex(32), g.mixed(32), g.mixed(40), g.uuid().replace("-", ""), g.s(URLSAFE, 36)])


@ctx("generic-token", "generic", "ACCESS_TOKEN", "AUTH_TOKEN", "API_TOKEN", "BEARER_TOKEN", "REFRESH_TOKEN",
     "SERVICE_TOKEN", "BOT_ACCESS_TOKEN", "DEPLOY_TOKEN", "INGEST_TOKEN", "REGISTRY_TOKEN")
def _(g):
    return g.pick([g.mixed(40), g.hex(40), g.s(URLSAFE, 48), g.b64(36)])


@ctx("encryption-key", "generic", "ENCRYPTION_KEY", "AES_KEY", "MASTER_KEY", "DATA_KEY", "FERNET_KEY", "CRYPT_KEY")
def _(g):
    return g.pick([g.b64(32), g.hex(64), base64.urlsafe_b64encode(g.bytes(32)).decode()])


@ctx("private-key-hex", "generic", "WALLET_PRIVATE_KEY", "DEPLOYER_PRIVATE_KEY", "ETH_PRIVATE_KEY", "SIGNER_KEY")
def _(g):
    return "0x" + g.hex(64)
