"""Secret generators and the file/label builder for the blind3 corpus (stdlib only).

Written from scratch for this corpus. Every credential-shaped value is produced at run time from a
seeded RNG; vendor prefixes are assembled from pieces so that this source holds no key-shaped literal.
"""
import base64
import json
import os
import re
import string
import textwrap
import urllib.parse
import zlib

R = None  # random.Random, set by init()

UP = string.ascii_uppercase
LOW = string.ascii_lowercase
DIG = string.digits
AN = UP + LOW + DIG
B62 = DIG + UP + LOW
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
B32 = UP + "234567"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
WORDS = ("amber anchor apple arctic autumn basil beacon birch bison cactus canyon cedar cobalt comet coral "
         "cricket delta dune ember falcon fern fjord garnet glacier granite harbor hazel heron indigo iris "
         "jasper juniper kelp kestrel lagoon lantern lemon lilac lotus maple marble meadow mesa mint monsoon "
         "nectar nimbus oasis olive onyx orchid otter pebble pepper pine plume prairie quartz quill raven "
         "reef ridge river saffron sage sierra slate sparrow spruce summit tangerine thistle tundra velvet "
         "walnut willow yarrow zephyr").split()


def init(rng):
    global R
    R = rng


def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n):
    return rs(n, HEX)


def digits(n):
    return str(R.randint(1, 9)) + rs(n - 1, DIG)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64b(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uid():
    h = hx(32)
    return "-".join((h[:8], h[8:12], "4" + h[13:16], R.choice("89ab") + h[17:20], h[20:]))


def crc62(s, n=6):
    c = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while c:
        c, r = divmod(c, 62)
        out = B62[r] + out
    return out.rjust(n, "0")


def wrap64(s):
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


# ------------------------------------------------------------------ DER / key material
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(nbytes=None, value=None):
    if value is not None:
        b = value.to_bytes(max(1, (value.bit_length() + 8) // 8), "big")
    else:
        b = bytearray(rbytes(nbytes))
        b[0] |= 0x80
        b = b"\x00" + bytes(b)
    return der(0x02, b)


def rsa_pkcs1_der():
    parts = [der_int(value=0), der_int(256), der_int(value=65537), der_int(256), der_int(128), der_int(128),
             der_int(128), der_int(128), der_int(128)]
    return der(0x30, b"".join(parts))


RSA_OID = bytes.fromhex("06092a864886f70d0101010500")
P256 = bytes.fromhex("06082a8648ce3d030107")


def pem(label, data):
    return "-----BEGIN " + label + "-----\n" + wrap64(base64.b64encode(data).decode()) + "\n-----END " + label + "-----"


def g_rsa_pkcs1():
    return pem("RSA " + "PRIVATE KEY", rsa_pkcs1_der())


def g_pkcs8():
    inner = der(0x04, rsa_pkcs1_der())
    return pem("PRIVATE" + " KEY", der(0x30, der_int(value=0) + der(0x30, RSA_OID) + inner))


def g_ec():
    body = der_int(value=1) + der(0x04, rbytes(32)) + der(0xA0, P256) + der(0xA1, der(0x03, b"\x00\x04" + rbytes(64)))
    return pem("EC " + "PRIVATE KEY", der(0x30, body))


def sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return len(b).to_bytes(4, "big") + b


def g_openssh(comment="deploy@build"):
    pub = rbytes(32)
    pubblob = sshstr("ssh-ed25519") + sshstr(pub)
    chk = rbytes(4)
    priv = chk + chk + sshstr("ssh-ed25519") + sshstr(pub) + sshstr(rbytes(32) + pub) + sshstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + sshstr("none") + sshstr("none") + sshstr(b"") + (1).to_bytes(4, "big")
            + sshstr(pubblob) + sshstr(priv))
    b = base64.b64encode(blob).decode()
    return ("-----BEGIN OPENSSH " + "PRIVATE KEY-----\n" + "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
            + "\n-----END OPENSSH " + "PRIVATE KEY-----")


def g_pgp():
    body = base64.b64encode(b"\x95\x03\xc6\x04" + rbytes(900)).decode()
    crc = base64.b64encode(rbytes(3)).decode()
    return ("-----BEGIN PGP " + "PRIVATE KEY BLOCK-----\n\n" + wrap64(body) + "\n=" + crc
            + "\n-----END PGP " + "PRIVATE KEY BLOCK-----")


def g_putty():
    pub = base64.b64encode(sshstr("ssh-ed25519") + sshstr(rbytes(32))).decode()
    prv = base64.b64encode(sshstr(rbytes(32))).decode()
    return ("PuTTY-User-Key-File-" + "3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2025" + digits(4)
            + "\nPublic-Lines: 2\n" + pub[:64] + "\n" + pub[64:] + "\nPrivate-Lines: 1\n" + prv
            + "\nPrivate-MAC: " + hx(64))


def g_pkcs12_b64():
    return base64.b64encode(bytes.fromhex("308209f4020103308209ba06092a864886f70d010701a08209ab048209a7") + rbytes(1200)).decode()


def g_jwk():
    return json.dumps({"kty": "EC", "crv": "P-256", "kid": hx(8), "x": b64u(rbytes(32)), "y": b64u(rbytes(32)),
                       "d": b64u(rbytes(32))}, separators=(",", ":"))


def g_gcp_pk_escaped():
    return g_pkcs8().replace("\n", "\\n") + "\\n"


def jwt(payload, alg="HS256"):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(32 if alg.startswith("HS") else 256))


# ------------------------------------------------------------------ passwords and generic values
def g_password():
    k = R.randrange(5)
    if k == 0:
        return R.choice(WORDS).capitalize() + str(R.randint(1970, 2029)) + R.choice("!*.#+")
    if k == 1:
        return rs(R.randint(12, 20), AN + "!*-_.^~")
    if k == 2:
        return "-".join(R.choice(WORDS) for _ in range(4))
    if k == 3:
        return rs(R.randint(16, 24), AN)
    return R.choice(WORDS) + R.choice("_.-") + rs(6, AN) + R.choice("!*+")


def g_urlpass():
    return rs(R.randint(14, 22), AN + "-_.~") if R.random() < .6 else R.choice(WORDS).capitalize() + rs(8, AN)


def g_basic():
    return "Basic " + base64.b64encode((R.choice(("svc", "admin", "ci", "deploy", "api")) + "-" + R.choice(WORDS)
                                        + ":" + g_urlpass()).encode()).decode()


def g_dockerauth():
    return base64.b64encode((R.choice(WORDS) + "bot:" + g_urlpass()).encode()).decode()


def g_k8sdata():
    return base64.b64encode(g_password().encode()).decode()


def g_dburl(scheme, port, path):
    user = R.choice(("app", "svc_orders", "etl", "admin", "reporting", "game", "ledger"))
    hosts = {
        "mongodb+srv": ("cluster0.ab1cd.mongodb.net", "prod.x7k2p.mongodb.net"),
        "mysql": ("mysql-primary", "10.20.3.14", "db-orders.cluster-c9x.eu-west-1.rds.amazonaws.com"),
        "amqps": ("rabbit.internal", "b-3f1e.mq.eu-west-1.amazonaws.com"),
    }.get(scheme, ("db.internal", "10.20.3.14", "prod-db-1.cluster-c9x.eu-west-1.rds.amazonaws.com", "pg.example-corp.net"))
    return f"{scheme}://{user}:{g_urlpass()}@{R.choice(hosts)}{port}{path}"


# ------------------------------------------------------------------ kind registry: kind -> (provider, context_only, gen)
K = {}


def kind(name, provider, ctx, gen):
    K[name] = (provider, ctx, gen)


A, O, S_ = "sk" + "-", "ant" + "-", "T3Blbk" + "FJ"
# --- cloud
kind("aws-access-key-id", "aws", False, lambda: "AK" + "IA" + rs(16, B32))
kind("aws-temp-access-key-id", "aws", False, lambda: "AS" + "IA" + rs(16, B32))
kind("aws-secret-access-key", "aws", True, lambda: rs(40, AN + "+/"))
kind("aws-session-token", "aws", False, lambda: "IQoJb3JpZ2lu" + "X2Vj" + rs(360, B64) + "==")
kind("aws-bedrock-api-key", "aws", False, lambda: "AB" + "SK" + base64.b64encode(
    ("Bedrock" + "APIKey-" + rs(4, LOW + DIG) + "-at-" + digits(12) + ":" + rs(40, AN + "+/")).encode()).decode())
kind("gcp-service-account-key", "gcp", False, g_gcp_pk_escaped)
kind("google-api-key", "google", False, lambda: "AI" + "za" + "Sy" + rs(33, B64U))
kind("google-gemini-api-key", "google", False, lambda: "AI" + "za" + "Sy" + rs(33, B64U))
kind("google-oauth-client-secret", "google", False, lambda: "GOC" + "SPX-" + rs(28, B64U))
kind("google-oauth-refresh-token", "google", False, lambda: "1//" + "0" + R.choice("5gce") + rs(101, B64U))
kind("google-oauth-access-token", "google", False, lambda: "ya" + "29." + "a0A" + rs(160, B64U))
kind("gcp-hmac-secret", "gcp", True, lambda: rs(40, AN + "+/"))
kind("azure-ad-client-secret", "azure", False, lambda: rs(3, AN) + R.choice(DIG) + "Q" + "~" + rs(34, AN + "_~.-"))
kind("azure-storage-connection-string", "azure", False, lambda: "DefaultEndpointsProtocol=https;AccountName=st"
     + rs(10, LOW + DIG) + ";Account" + "Key=" + b64b(64) + ";EndpointSuffix=core.windows.net")
kind("azure-sas-token", "azure", False, lambda: "sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2027-06-30T18:00:00Z"
     "&st=2025-01-01T00:00:00Z&spr=https&sig=" + urllib.parse.quote(b64b(32), safe=""))
kind("azure-servicebus-connection-string", "azure", False, lambda: "Endpoint=sb://sb-" + rs(8, LOW)
     + ".servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccess" + "Key=" + b64b(32))
kind("azure-cosmos-key", "azure", True, lambda: b64b(64))
kind("azure-openai-key", "azure", True, lambda: hx(32))
kind("azure-devops-pat", "azure", True, lambda: rs(52, LOW + "234567"))
kind("digitalocean-token", "digitalocean", False, lambda: "do" + "p_v1_" + hx(64))
kind("tencent-secret-id", "tencent", False, lambda: "AK" + "ID" + rs(32, AN))
kind("tencent-secret-key", "tencent", True, lambda: rs(32, AN))
kind("yandex-api-key", "yandex", False, lambda: "AQ" + "VN" + rs(36, B64U))
kind("scaleway-secret-key", "scaleway", True, uid)
kind("backblaze-app-key", "backblaze", False, lambda: "K0" + "05" + rs(27, AN + "+/"))
kind("linode-token", "linode", True, lambda: hx(64))
kind("hetzner-token", "hetzner", True, lambda: rs(64, AN))
kind("vultr-api-key", "vultr", True, lambda: rs(36, UP + DIG))
kind("ibm-cloud-api-key", "ibm", True, lambda: rs(44, B64U))
kind("cloudflare-api-token", "cloudflare", True, lambda: rs(40, B64U))
kind("cloudflare-origin-ca-key", "cloudflare", False, lambda: "v1" + ".0-" + hx(24) + "-" + hx(146))
kind("fastly-api-token", "fastly", True, lambda: rs(32, B64U))
kind("vercel-token", "vercel", True, lambda: rs(24, AN))
kind("netlify-token", "netlify", True, lambda: rs(43, B64U))
kind("deno-deploy-token", "deno", False, lambda: "dd" + "p_" + rs(36, AN))
kind("supabase-pat", "supabase", False, lambda: "sb" + "p_" + hx(40))
kind("supabase-service-role-jwt", "supabase", False, lambda: jwt({"iss": "supabase", "ref": rs(20, LOW),
                                                                  "role": "service_role", "iat": 1719000000, "exp": 2034576000}))
kind("planetscale-url", "planetscale", False, lambda: "mysql://" + rs(12, LOW + DIG) + ":" + "pscale" + "_pw_" + rs(43, B64U)
     + "@aws.connect.psdb.cloud/storefront?sslaccept=strict")
kind("databricks-token", "databricks", False, lambda: "da" + "pi" + hx(32))
kind("vault-token", "hashicorp", False, lambda: "hv" + "s." + rs(24, AN))
kind("terraform-cloud-token", "hashicorp", False, lambda: rs(14, AN) + ".atlas" + "v1." + rs(67, AN))
kind("pulumi-token", "pulumi", False, lambda: "pu" + "l-" + hx(40))
kind("doppler-token", "doppler", False, lambda: "dp" + ".st." + "prd." + rs(40, AN))
kind("onepassword-service-token", "1password", False, lambda: "op" + "s_" + "eyJzaWduSW5BZGRyZXNzIjoi" + rs(280, B64U))
kind("tailscale-auth-key", "tailscale", False, lambda: "tskey" + "-auth-" + "k" + rs(10, AN) + "CNTRL-" + rs(33, AN))
# --- AI
kind("openai-project-key", "openai", False, lambda: A + "proj-" + rs(74, B64U) + S_ + rs(74, B64U))
kind("openai-legacy-key", "openai", False, lambda: A + rs(20, AN) + S_ + rs(20, AN))
kind("openai-service-account-key", "openai", False, lambda: A + "svcacct-" + rs(74, B64U) + S_ + rs(74, B64U))
kind("openai-admin-key", "openai", False, lambda: A + "admin-" + rs(74, B64U) + S_ + rs(74, B64U))
kind("anthropic-api-key", "anthropic", False, lambda: A + O + "api03-" + rs(93, B64U) + "AA")
kind("anthropic-admin-key", "anthropic", False, lambda: A + O + "admin01-" + rs(93, B64U) + "AA")
kind("huggingface-token", "huggingface", False, lambda: "h" + "f_" + rs(34, UP + LOW))
kind("huggingface-org-token", "huggingface", False, lambda: "api" + "_org_" + rs(34, UP + LOW))
kind("groq-api-key", "groq", False, lambda: "gs" + "k_" + rs(52, AN))
kind("replicate-token", "replicate", False, lambda: "r8" + "_" + rs(37, AN))
kind("perplexity-api-key", "perplexity", False, lambda: "pp" + "lx-" + rs(48, AN))
kind("xai-api-key", "xai", False, lambda: "xa" + "i-" + rs(80, AN))
kind("openrouter-key", "openrouter", False, lambda: A + "or-v1-" + hx(64))
kind("langsmith-key", "langchain", False, lambda: "lsv2" + "_pt_" + hx(32) + "_" + hx(10))
kind("pinecone-api-key", "pinecone", False, lambda: "pc" + "sk_" + rs(5, AN) + "_" + rs(63, AN))
kind("elevenlabs-key", "elevenlabs", False, lambda: "s" + "k_" + hx(48))
kind("mistral-api-key", "mistral", True, lambda: rs(32, AN))
kind("cohere-api-key", "cohere", True, lambda: rs(40, AN))
kind("together-api-key", "together", True, lambda: hx(64))
kind("deepgram-api-key", "deepgram", True, lambda: hx(40))
kind("assemblyai-api-key", "assemblyai", True, lambda: hx(32))
kind("deepl-api-key", "deepl", True, lambda: uid() + ":fx")
kind("wandb-api-key", "wandb", True, lambda: hx(40))
kind("kaggle-key", "kaggle", True, lambda: hx(32))
kind("comet-api-key", "comet", True, lambda: rs(25, AN))
kind("neptune-api-token", "neptune", False, lambda: base64.b64encode(json.dumps(
    {"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uid()}).encode()).decode())
# --- code hosting, packages, CI
kind("github-pat", "github", False, lambda: (lambda b: "gh" + "p_" + b + crc62(b))(rs(30)))
kind("github-oauth-token", "github", False, lambda: (lambda b: "gh" + "o_" + b + crc62(b))(rs(30)))
kind("github-app-token", "github", False, lambda: (lambda b: "gh" + "s_" + b + crc62(b))(rs(30)))
kind("github-user-to-server-token", "github", False, lambda: (lambda b: "gh" + "u_" + b + crc62(b))(rs(30)))
kind("github-fine-grained-pat", "github", False, lambda: "github" + "_pat_" + "11" + rs(20, UP + DIG) + "_" + rs(59))
kind("gitlab-pat", "gitlab", False, lambda: "gl" + "pat-" + rs(20, B64U))
kind("gitlab-runner-token", "gitlab", False, lambda: "gl" + "rt-" + rs(20, B64U))
kind("gitlab-trigger-token", "gitlab", False, lambda: "gl" + "ptt-" + hx(40))
kind("gitlab-deploy-token", "gitlab", False, lambda: "gl" + "dt-" + rs(20, B64U))
kind("bitbucket-app-password", "atlassian", False, lambda: "AT" + "BB" + rs(28) + rs(8, "0123456789ABCDEF"))
kind("atlassian-api-token", "atlassian", False, lambda: "ATATT" + "3xFfGF0" + rs(180, B64U) + "=" + rs(8, "0123456789ABCDEF"))
kind("npm-token", "npm", False, lambda: (lambda b: "np" + "m_" + b + crc62(b))(rs(30)))
kind("npm-legacy-auth", "npm", True, g_dockerauth)
kind("pypi-token", "pypi", False, lambda: "py" + "pi-" + "AgEIcHlwaS5vcmc" + rs(150, B64U))
kind("dockerhub-pat", "docker", False, lambda: "dck" + "r_pat_" + rs(27, B64U))
kind("docker-config-auth", "docker", True, g_dockerauth)
kind("rubygems-key", "rubygems", False, lambda: "ruby" + "gems_" + hx(48))
kind("nuget-api-key", "nuget", False, lambda: "oy" + "2" + rs(43, LOW + DIG))
kind("crates-io-token", "crates", False, lambda: "ci" + "o" + rs(32))
kind("clojars-token", "clojars", False, lambda: "CLOJ" + "ARS_" + hx(60))
kind("jfrog-reference-token", "jfrog", False, lambda: base64.b64encode(("reftkn" + ":01:" + digits(10) + ":" + rs(33)).encode()).decode().rstrip("="))
kind("jfrog-api-key", "jfrog", False, lambda: "AK" + "Cp8" + rs(70))
kind("sonarqube-token", "sonar", False, lambda: "sq" + "u_" + hx(40))
kind("buildkite-token", "buildkite", False, lambda: "bk" + "ua_" + hx(40))
kind("circleci-token", "circleci", True, lambda: hx(40))
kind("octopus-api-key", "octopus", False, lambda: "AP" + "I-" + rs(32, UP + DIG))
kind("prefect-api-key", "prefect", False, lambda: "pn" + "u_" + rs(36))
kind("dbt-cloud-token", "dbt", False, lambda: "db" + "tu_" + rs(46, B64U))
kind("snyk-token", "snyk", True, uid)
kind("open-vsx-token", "eclipse", True, uid)
# --- messaging, email, SMS, webhooks
kind("slack-bot-token", "slack", False, lambda: "xo" + "xb-" + digits(11) + "-" + digits(13) + "-" + rs(24))
kind("slack-user-token", "slack", False, lambda: "xo" + "xp-" + digits(11) + "-" + digits(11) + "-" + digits(13) + "-" + hx(32))
kind("slack-app-token", "slack", False, lambda: "xa" + "pp-1-A" + rs(10, UP + DIG) + "-" + digits(13) + "-" + hx(64))
kind("slack-webhook", "slack", False, lambda: "https://hooks.slack.com/" + "services/T" + rs(10, UP + DIG) + "/B" + rs(10, UP + DIG) + "/" + rs(24))
kind("discord-bot-token", "discord", False, lambda: b64u(digits(19).encode()) + "." + rs(6, B64U) + "." + rs(38, B64U))
kind("discord-webhook", "discord", False, lambda: "https://discord.com/api/" + "webhooks/" + digits(19) + "/" + rs(68, B64U))
kind("discord-client-secret", "discord", True, lambda: rs(32, B64U))
kind("telegram-bot-token", "telegram", False, lambda: digits(10) + ":" + "AA" + rs(33, B64U))
kind("teams-webhook", "microsoft", False, lambda: "https://contoso" + rs(4, LOW) + ".webhook.office.com/webhook" + "b2/" + uid() + "@" + uid()
     + "/IncomingWebhook/" + hx(32) + "/" + uid() + "/V2" + rs(43, B64U))
kind("zapier-webhook", "zapier", False, lambda: "https://hooks.zapier.com/hooks/" + "catch/" + digits(8) + "/" + rs(7, LOW + DIG) + "/")
kind("twilio-api-key", "twilio", False, lambda: "S" + "K" + hx(32))
kind("twilio-auth-token", "twilio", True, lambda: hx(32))
kind("sendgrid-api-key", "sendgrid", False, lambda: "S" + "G." + rs(22, B64U) + "." + rs(43, B64U))
kind("mailgun-api-key", "mailgun", False, lambda: "ke" + "y-" + hx(32))
kind("mailchimp-api-key", "mailchimp", False, lambda: hx(32) + "-us" + str(R.randint(2, 21)))
kind("resend-api-key", "resend", False, lambda: "r" + "e_" + rs(8) + "_" + rs(24))
kind("brevo-api-key", "brevo", False, lambda: "xkey" + "sib-" + hx(64) + "-" + rs(16))
kind("postmark-server-token", "postmark", True, uid)
kind("mailjet-secret", "mailjet", True, lambda: hx(32))
kind("vonage-api-secret", "vonage", True, lambda: rs(16))
kind("messagebird-key", "messagebird", True, lambda: rs(25))
kind("pusher-secret", "pusher", True, lambda: hx(20))
kind("ably-api-key", "ably", True, lambda: rs(6, B64U) + "." + rs(6, B64U) + ":" + rs(43, B64U))
kind("fcm-server-key", "firebase", False, lambda: "AAAA" + rs(7, B64U) + ":" + "APA91b" + rs(134, B64U))
# --- payments / commerce
kind("stripe-secret-key", "stripe", False, lambda: "s" + "k_live_" + "51" + rs(97))
kind("stripe-restricted-key", "stripe", False, lambda: "r" + "k_live_" + "51" + rs(97))
kind("stripe-webhook-secret", "stripe", False, lambda: "wh" + "sec_" + rs(32))
kind("paystack-secret-key", "paystack", False, lambda: "s" + "k_live_" + hx(40))
kind("square-access-token", "square", False, lambda: "EA" + "AA" + rs(60, B64U))
kind("square-app-secret", "square", False, lambda: "sq0" + "csp-" + rs(43, B64U))
kind("plaid-secret", "plaid", True, lambda: hx(30))
kind("plaid-access-token", "plaid", False, lambda: "access" + "-production-" + uid())
kind("adyen-api-key", "adyen", False, lambda: "AQE" + rs(57, B64) + "==-" + b64b(32) + "-" + rs(16))
kind("adyen-hmac-key", "adyen", True, lambda: rs(64, "0123456789ABCDEF"))
kind("braintree-access-token", "paypal", False, lambda: "access" + "_token$production$" + rs(16, LOW + DIG) + "$" + hx(32))
kind("flutterwave-secret-key", "flutterwave", False, lambda: "FLW" + "SECK-" + hx(32) + "-X")
kind("mollie-api-key", "mollie", False, lambda: "li" + "ve_" + rs(30))
kind("wise-api-token", "wise", True, uid)
kind("dwolla-secret", "dwolla", True, lambda: rs(50))
kind("shopify-access-token", "shopify", False, lambda: "sh" + "pat_" + hx(32))
kind("shopify-shared-secret", "shopify", False, lambda: "sh" + "pss_" + hx(32))
kind("shopify-custom-app-token", "shopify", False, lambda: "sh" + "pca_" + hx(32))
kind("shopify-api-secret-legacy", "shopify", True, lambda: hx(32))
kind("woocommerce-consumer-secret", "woocommerce", False, lambda: "c" + "s_" + hx(40))
kind("klaviyo-private-key", "klaviyo", False, lambda: "p" + "k_" + hx(34))
kind("shippo-token", "shippo", False, lambda: "shippo" + "_live_" + hx(40))
kind("easypost-key", "easypost", False, lambda: "EZ" + "AK" + rs(54))
kind("bigcommerce-token", "bigcommerce", True, lambda: rs(31, LOW + DIG))
kind("cloudinary-url", "cloudinary", False, lambda: "cloudinary://" + digits(15) + ":" + rs(27, B64U) + "@shop-" + rs(5, LOW))
# --- SaaS / productivity / observability
kind("linear-api-key", "linear", False, lambda: "lin" + "_api_" + rs(40))
kind("notion-token", "notion", False, lambda: "nt" + "n_" + digits(11) + rs(35))
kind("airtable-pat", "airtable", False, lambda: "pa" + "t" + rs(14) + "." + hx(64))
kind("figma-token", "figma", False, lambda: "fi" + "gd_" + rs(40, B64U))
kind("postman-api-key", "postman", False, lambda: "PM" + "AK-" + hx(24) + "-" + hx(34))
kind("hubspot-private-app-token", "hubspot", False, lambda: "pa" + "t-na1-" + uid())
kind("contentful-pat", "contentful", False, lambda: "CF" + "PAT-" + rs(43, B64U))
kind("intercom-token", "intercom", False, lambda: base64.b64encode(("to" + "k:" + uid() + ":1:0").encode()).decode().rstrip("="))
kind("asana-pat", "asana", True, lambda: "2/" + digits(16) + "/" + digits(16) + ":" + hx(32))
kind("zendesk-api-token", "zendesk", True, lambda: rs(40))
kind("mapbox-secret-token", "mapbox", False, lambda: "s" + "k.eyJ1Ijoi" + rs(60, B64U) + "." + rs(22, B64U))
kind("dropbox-token", "dropbox", False, lambda: "s" + "l.B" + rs(134, B64U))
kind("grafana-service-account-token", "grafana", False, lambda: "gl" + "sa_" + rs(32) + "_" + hx(8))
kind("grafana-cloud-token", "grafana", False, lambda: "gl" + "c_" + "eyJvIjoi" + rs(120, AN + "+/") + "=")
kind("newrelic-user-key", "newrelic", False, lambda: "NR" + "AK-" + rs(27, UP + DIG))
kind("newrelic-license-key", "newrelic", False, lambda: hx(36) + "NR" + "AL")
kind("sentry-user-token", "sentry", False, lambda: "sntr" + "yu_" + hx(64))
kind("sentry-org-token", "sentry", False, lambda: "sntr" + "ys_" + "eyJpYXQiOjE3" + rs(120, B64U) + "_" + rs(43, B64U))
kind("datadog-api-key", "datadog", True, lambda: hx(32))
kind("datadog-app-key", "datadog", True, lambda: hx(40))
kind("dynatrace-token", "dynatrace", False, lambda: "dt0" + "c01." + rs(24, UP + DIG) + "." + rs(64, UP + DIG))
kind("pagerduty-routing-key", "pagerduty", True, lambda: hx(32))
kind("pagerduty-api-key", "pagerduty", True, lambda: "u+" + rs(18, AN + "_-"))
kind("opsgenie-api-key", "opsgenie", True, uid)
kind("splunk-hec-token", "splunk", True, lambda: uid().upper())
kind("honeycomb-key", "honeycomb", True, lambda: rs(22))
kind("elastic-api-key", "elastic", True, lambda: base64.b64encode((rs(20, B64U) + ":" + rs(22, B64U)).encode()).decode())
kind("launchdarkly-sdk-key", "launchdarkly", False, lambda: "sd" + "k-" + uid())
kind("mixpanel-api-secret", "mixpanel", True, lambda: hx(32))
kind("algolia-admin-key", "algolia", True, lambda: hx(32))
kind("okta-api-token", "okta", True, lambda: "00" + rs(40, B64U))
kind("auth0-client-secret", "auth0", True, lambda: rs(64, B64U))
kind("riot-api-key", "riot", False, lambda: "RG" + "API-" + uid())
kind("steam-web-api-key", "valve", True, lambda: rs(32, "0123456789ABCDEF"))
kind("twitch-client-secret", "twitch", True, lambda: rs(30, LOW + DIG))
kind("playfab-secret-key", "microsoft", True, lambda: rs(52, UP + DIG))
kind("gameanalytics-secret", "gameanalytics", True, lambda: hx(40))
kind("twitter-bearer-token", "x", False, lambda: "A" * 21 + rs(25) + "%3D" + rs(50))
kind("meta-access-token", "meta", False, lambda: "EA" + "AG" + rs(180))
kind("apple-app-specific-password", "apple", True, lambda: "-".join(rs(4, LOW) for _ in range(4)))
# --- keys and tokens
kind("private-key-rsa", "pem", False, g_rsa_pkcs1)
kind("private-key-pkcs8", "pem", False, g_pkcs8)
kind("private-key-ec", "pem", False, g_ec)
kind("private-key-openssh", "pem", False, g_openssh)
kind("private-key-pgp", "pgp", False, g_pgp)
kind("private-key-putty", "putty", False, g_putty)
kind("pkcs12-base64", "generic", True, g_pkcs12_b64)
kind("jwk-private-key", "generic", False, g_jwk)
kind("age-secret-key", "age", False, lambda: "AGE-" + "SECRET-KEY-1" + rs(58, BECH))
kind("wireguard-private-key", "wireguard", True, lambda: b64b(32))
kind("cachix-signing-key", "cachix", True, lambda: b64b(64))
kind("chef-data-bag-secret", "chef", True, lambda: b64b(384))
kind("jwt", "generic", False, lambda: jwt({"sub": uid(), "role": R.choice(("admin", "service", "ci")),
                                            "iat": 1730000000 + R.randint(0, 9999999)}))
kind("homeassistant-token", "homeassistant", False, lambda: jwt({"iss": hx(32), "iat": 1710000000, "exp": 2025360000}))
# --- databases / URLs
kind("postgres-url", "generic", False, lambda: g_dburl(R.choice(("postgres", "postgresql")), ":5432", "/app"))
kind("mysql-url", "generic", False, lambda: g_dburl("mysql", ":3306", "/shop"))
kind("mongodb-url", "generic", False, lambda: g_dburl("mongodb+srv", "", "/prod?retryWrites=true&w=majority"))
kind("redis-url", "generic", False, lambda: "redis://:" + g_urlpass() + "@redis-" + rs(4, LOW) + ".internal:6379/0")
kind("amqp-url", "generic", False, lambda: g_dburl("amqps", ":5671", "/vhost"))
kind("url-basic-credentials", "generic", False, lambda: "https://" + R.choice(("deploy", "ci", "admin")) + ":" + g_urlpass()
     + "@" + R.choice(("nexus.corp.example", "artifacts.internal", "git.acme-internal.net")) + "/repository/")
kind("smtp-url", "generic", False, lambda: "smtp://partner:" + g_urlpass() + "@smtp.lantern.io:587")
kind("db-connection-string", "generic", True, lambda: "Server=tcp:sql-" + rs(6, LOW) + ".database.windows.net,1433;Database=app;"
     "User ID=app_rw;Password=" + g_urlpass() + ";Encrypt=True;")
# --- context-only generic
kind("password", "generic", True, g_password)
kind("db-password", "generic", True, g_password)
kind("admin-password", "generic", True, g_password)
kind("smtp-password", "generic", True, g_password)
kind("ldap-bind-password", "generic", True, g_password)
kind("rcon-password", "generic", True, g_password)
kind("keystore-password", "generic", True, g_password)
kind("wifi-psk", "generic", True, lambda: "-".join(R.choice(WORDS) for _ in range(3)) + str(R.randint(10, 99)))
kind("mqtt-password", "generic", True, g_password)
kind("api-key", "generic", True, lambda: R.choice((hx(32), rs(32), rs(40, AN), hx(40))))
kind("api-secret", "generic", True, lambda: R.choice((hx(64), rs(48, B64U), rs(32))))
kind("client-secret", "generic", True, lambda: rs(R.choice((32, 40, 48)), B64U))
kind("access-token", "generic", True, lambda: R.choice((rs(40), hx(48), rs(64, B64U))))
kind("bearer-token", "generic", True, lambda: R.choice((rs(48, B64U), hx(40))))
kind("basic-auth-header", "generic", True, g_basic)
kind("webhook-secret", "generic", True, lambda: R.choice((hx(64), rs(32))))
kind("jwt-signing-secret", "generic", True, lambda: R.choice((hx(64), rs(48, B64U), b64b(48))))
kind("session-secret", "generic", True, lambda: R.choice((hx(64), rs(40, AN))))
kind("secret-key-base", "generic", True, lambda: b64b(48))
kind("encryption-key", "generic", True, lambda: R.choice((hx(64), b64b(32))))
kind("fernet-key", "generic", True, lambda: b64u(rbytes(32)) + "=")
kind("k8s-secret-data", "kubernetes", True, g_k8sdata)
kind("cli-password", "generic", True, g_password)


# ------------------------------------------------------------------ negatives: name -> gen
def aws_ex_id():
    return "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"


def aws_ex_secret():
    return "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY"


def stripe_doc_test():
    return "s" + "k_test_" + "4eC39HqLyjWDarjtT1zdp7dc"


def stripe_pk():
    return "p" + "k_live_" + "51" + rs(97)


def jwtio():
    return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "." + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
            + "." + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def xs(prefix, n):
    return prefix + "X" * n


def integrity():
    return "sha512-" + b64b(64)


def ssh_pub():
    return "ssh-ed25519 " + base64.b64encode(sshstr("ssh-ed25519") + sshstr(rbytes(32))).decode() + " ops@laptop"


def cert_pem():
    return pem("CERTIFICATE", der(0x30, der(0x30, der(0xA0, der_int(value=2)) + der_int(16)) + rbytes(600)))


def pubkey_pem():
    return pem("PUBLIC KEY", der(0x30, der(0x30, RSA_OID) + der(0x03, b"\x00" + rsa_pkcs1_der()[:270])))


def ansible_vault():
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hx(80) for _ in range(4))


def sops_enc():
    return "ENC[AES256_GCM,data:" + b64b(18) + ",iv:" + b64b(32) + ",tag:" + b64b(16) + ",type:str]"


def eyaml():
    return "ENC[PKCS7," + "MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEA" + b64b(180) + "]"


def sealed():
    return "AgB" + rs(400, B64)


def pulumi_secure():
    return "v1:" + b64b(12) + ":" + b64b(40)


def mapbox_pk():
    return "p" + "k.eyJ1Ijoi" + rs(60, B64U) + "." + rs(22, B64U)


def firebase_web_key():
    return "AI" + "za" + "Sy" + rs(33, B64U)


def gsha():
    return hx(40)


def sha256():
    return hx(64)


def digest():
    return "sha256:" + hx(64)


def crypt6():
    return "$6$" + rs(16, AN + "./") + "$" + rs(86, AN + "./")


def bcrypt():
    return "$2b$12$" + rs(53, AN + "./")


def md5user():
    return "md5" + hx(32)


def pngb64():
    return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + b64b(150)


def age_recipient():
    return "age1" + rs(58, BECH.lower())


def eth_addr():
    return "0x" + hx(40)


def uuidv():
    return uid()


def gh_placeholder():
    return "gh" + "p_" + "x" * 36


def openai_placeholder():
    return A + "..." 


def redacted():
    return R.choice(("****************", "[REDACTED]", "<redacted>", "xxxx-xxxx-xxxx"))


def pk_test_stripe():
    return "p" + "k_test_" + "TYooMQauvdEDq54NiTphI7jx"


def go_sum():
    return "h1:" + b64b(32)


def tf_lock():
    return "h1:" + b64b(32)


def fake_fixture_key():
    return "test-" + "not-a-real-key-" + hx(8)


def sentry_dsn():
    return "https://" + hx(32) + "@o" + digits(6) + ".ingest.sentry.io/" + digits(7)


def ga_id():
    return "G-" + rs(10, UP + DIG)


def algolia_search():
    return hx(32)


def recaptcha_site():
    return "6L" + rs(38, B64U)


def b64_cert_chain():
    return b64b(300)


def twilio_sid():
    return "A" + "C" + hx(32)


def google_client_id():
    return digits(12) + "-" + rs(32, LOW + DIG) + ".apps.googleusercontent.com"


def clerk_pk():
    return "p" + "k_live_" + b64u(("clerk." + rs(6, LOW) + ".com$").encode())


def hex32up():
    return rs(32, "0123456789ABCDEF")


def lorem_hex():
    return hx(40)


def vagrant_pw():
    return "vag" + "rant"


NG = {k: v for k, v in globals().items() if callable(v) and not k.startswith(("g_", "_")) and k not in (
    "init", "rs", "hx", "digits", "rbytes", "b64b", "b64u", "uid", "crc62", "wrap64", "der_len", "der", "der_int",
    "rsa_pkcs1_der", "pem", "sshstr", "jwt", "kind")}


# ------------------------------------------------------------------ builder
UMARK = re.compile("\u00abU:([a-z0-9_]+)\u00bb")
MARK = re.compile("\u00ab(?:([PN]):([^\u00bb]*)|(R))\u00bb|\\$\\{([PN]):([a-z0-9=_-]+)\\}")


class Corpus:
    def __init__(self):
        self.files = {}     # path -> (text, crlf)
        self.labels = []

    def add(self, path, family, text, crlf=False):
        text = textwrap.dedent(text)
        if text.startswith("\n"):
            text = text[1:]
        out = []
        for raw in text.split("\n"):
            # unlabelled generated filler (ids that are neither planted secrets nor claimed negatives)
            raw = UMARK.sub(lambda m: NG[m.group(1)](), raw)
            ms = list(MARK.finditer(raw))
            assert len(ms) <= 1, (path, raw)
            if not ms:
                out.append(raw)
                continue
            m = ms[0]
            typ, spec = m.group(1) or m.group(3) or m.group(4), m.group(2) or m.group(5)
            if typ == "R":  # the same value as the previous positive, written a second time (e.g. "repeat password")
                prev = self.labels[-1]
                assert prev["positive"] and prev["path"] == path
                self.labels.append(dict(prev, line=len(out) + 1))
                out.append(raw[:m.start()] + prev["secret"] + raw[m.end():])
                continue
            fam = family
            if typ == "P":
                name = spec
                if "@" in name:
                    name, fam = name.split("@", 1)
                prov, ctx, gen = K[name]
                val = gen()
                lab = dict(path=path, line=len(out) + 1, kind=name, provider=prov, family=fam, context_only=ctx,
                           positive=True, secret=val)
            else:
                if "=" in spec and (":" not in spec or spec.index("=") < spec.index(":")):
                    name, g = spec.split("=", 1)
                    val = NG[g]()
                else:
                    name, val = spec.split(":", 1)
                lab = dict(path=path, line=len(out) + 1, kind=name, provider="-", family=fam, context_only=True,
                           positive=False, secret=val)
            line = raw[:m.start()] + val + raw[m.end():]
            if "\n" in val:
                pre = raw[:m.start()]
                indent = pre if not pre.strip() else ""
                first, *rest = line.split("\n")
                out.append(first)
                self.labels.append(lab)
                out.extend(indent + r for r in rest)
                continue
            self.labels.append(lab)
            out.append(line)
        assert path not in self.files, path
        self.files[path] = ("\n".join(out), crlf)

    def write(self, outdir):
        repos = os.path.join(outdir, "repos")
        for path, (text, crlf) in self.files.items():
            full = os.path.join(repos, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            if crlf:
                text = text.replace("\n", "\r\n")
            with open(full, "w", newline="") as fh:
                fh.write(text)
        self.check(repos)
        with open(os.path.join(outdir, "labels.jsonl"), "w") as fh:
            for lab in self.labels:
                fh.write(json.dumps(lab, sort_keys=True) + "\n")

    def check(self, repos):
        seen = set()
        for lab in self.labels:
            key = (lab["path"], lab["line"])
            assert key not in seen, ("two labels on one line", key)
            seen.add(key)
            with open(os.path.join(repos, lab["path"]), newline="") as fh:
                lines = fh.read().replace("\r\n", "\n").split("\n")
            first = lab["secret"].split("\n")[0]
            assert first in lines[lab["line"] - 1], ("label line does not hold the value", key, lab["kind"])


def hiera_lookup():
    return "%{lookup('vault::" + "smtp_password')}"


NG["hiera_lookup"] = hiera_lookup


def swift_env():
    return 'ProcessInfo.processInfo.environment["LANTERN_' + 'PASSWORD"] ?? ""'


NG["swift_env"] = swift_env


def posthog():
    return "ph" + "c_" + rs(43)


NG["posthog"] = posthog


def supabase_anon():
    return jwt({"iss": "supabase", "ref": rs(20, LOW), "role": "anon", "iat": 1719000000, "exp": 2034576000})


NG["supabase_anon"] = supabase_anon


def stripe_xs():
    return "s" + "k_live_" + "x" * 24


def slack_xs():
    return "xo" + "xb-" + "X" * 12 + "-" + "X" * 13 + "-" + "X" * 24


def aws_xs():
    return "AK" + "IA" + "X" * 16


def ghp_doc():
    return "gh" + "p_" + "16C7e42F292c6912E7710c838347Ae178B4a"


def apikey_doc():
    return "sk" + "-" + "1234567890abcdef" * 3


for _f in (stripe_xs, slack_xs, aws_xs, ghp_doc, apikey_doc):
    NG[_f.__name__] = _f


def lowerhex12():
    return rs(12, LOW + DIG)


def age_armor():
    return b64b(48)


NG["lowerhex12"] = lowerhex12
NG["age_armor"] = age_armor


def kube_ca():
    return base64.b64encode((cert_pem() + "\n").encode()).decode()


def pub32():
    return b64b(32)


def spki_b64():
    return base64.b64encode(der(0x30, der(0x30, RSA_OID) + der(0x03, b"\x00" + der(0x30, der_int(256) + der_int(value=65537))))).decode()


def jwk_n():
    return b64u(rbytes(256))


for _f in (kube_ca, pub32, spki_b64, jwk_n):
    NG[_f.__name__] = _f


def ses_tail():
    return rs(43, AN + "+/")


NG["ses_tail"] = ses_tail


def segkey():
    return rs(32)


NG["segkey"] = segkey
