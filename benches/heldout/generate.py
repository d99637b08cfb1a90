#!/usr/bin/env python3
"""Held-out detection-quality corpus: realistic repositories with planted secrets and hard negatives.

    generate.py CORPUS [--seed N]

Writes CORPUS/repos/<repo>/... and CORPUS/labels.jsonl (the format benches/independent/score.py
reads) and CORPUS/meta.json. Deterministic for a seed; Python 3 standard library only.

Written blind to every scanner's rules (see benches/heldout/README.md). No credential-shaped
literal appears in this file: every value is generated at run time from the seeded RNG, and fixed
vendor prefixes and published example keys are assembled from fragments.
"""
import argparse
import base64
import binascii
import hashlib
import hmac
import json
import os
import random
import re
import shutil
import struct
import zlib

R = random.Random(0)

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
HEX = DIG + "abcdef"
HEXU = DIG + "ABCDEF"
AN = UP + LO + DIG
B62 = DIG + UP + LO
URLS = AN + "-_"
B64 = AN + "+/"
B32 = UP + "234567"


def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def j(*parts):
    """Joins fragments: keeps vendor prefixes out of this file as single literals."""
    return "".join(parts)


def b64(data, url=False):
    s = base64.urlsafe_b64encode(data) if url else base64.b64encode(data)
    return s.decode()


def b64u_nopad(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def uuid4():
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix, body_len):
    """GitHub / npm style: random base62 body followed by its CRC32 in 6 base62 digits."""
    body = rs(body_len, AN)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


# ------------------------------------------------------------------ DER / PEM
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int(v):
    if isinstance(v, int):
        v = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    if v[0] & 0x80:
        v = b"\x00" + v
    return der(0x02, v)


def seq(*items):
    return der(0x30, b"".join(items))


def big(nbytes):
    b = bytearray(rb(nbytes))
    b[0] |= 0x80
    b[-1] |= 1
    return bytes(b)


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")
OID_DATA = bytes.fromhex("06092a864886f70d010701")


def rsa_pkcs1(bits=2048):
    n = bits // 8
    return seq(der_int(0), der_int(big(n)), der_int(65537), der_int(big(n)), der_int(big(n // 2)),
               der_int(big(n // 2)), der_int(big(n // 2)), der_int(big(n // 2)), der_int(big(n // 2)))


def ec_sec1(with_params=True):
    parts = [der_int(1), der(0x04, rb(32))]
    if with_params:
        parts.append(der(0xA0, OID_P256))
    parts.append(der(0xA1, der(0x03, b"\x00\x04" + rb(64))))
    return seq(*parts)


def pem(label, data, width=64):
    s = b64(data)
    body = "\n".join(s[i:i + width] for i in range(0, len(s), width))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


PK = j("PRI", "VATE KEY")


def pem_rsa():
    return pem("RSA " + PK, rsa_pkcs1(R.choice([2048, 3072])))


def pem_pkcs8():
    return pem(PK, seq(der_int(0), seq(OID_RSA, b"\x05\x00"), der(0x04, rsa_pkcs1(2048))))


def pem_ec():
    return pem("EC " + PK, ec_sec1())


def pem_p8_ec():
    return pem(PK, seq(der_int(0), seq(OID_EC, OID_P256), der(0x04, ec_sec1(False))))


def sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def ed25519_pair():
    seed, pub = rb(32), rb(32)
    return seed, pub


def pem_openssh(comment="deploy@ci"):
    seed, pub = ed25519_pair()
    pubblob = sshstr("ssh-ed25519") + sshstr(pub)
    chk = rb(4)
    priv = chk + chk + sshstr("ssh-ed25519") + sshstr(pub) + sshstr(seed + pub) + sshstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sshstr("none") + sshstr("none") + sshstr(b"") + struct.pack(">I", 1)
            + sshstr(pubblob) + sshstr(priv))
    return pem("OPENSSH " + PK, blob, 70)


def ssh_pub_ed25519(comment):
    _, pub = ed25519_pair()
    return "ssh-ed25519 " + b64(sshstr("ssh-ed25519") + sshstr(pub)) + " " + comment


def ppk():
    seed, pub = ed25519_pair()
    pubb = b64(sshstr("ssh-ed25519") + sshstr(pub))
    prv = b64(sshstr(seed))
    lines = [j("PuTTY-User-Key-", "File-3: ssh-ed25519"), "Encryption: none", "Comment: eddsa-key-20250311",
             "Public-Lines: 2", pubb[:64], pubb[64:], "Private-Lines: 1", prv, "Private-MAC: " + rs(64, HEX)]
    return "\n".join(lines)


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_private():
    data = b"\x95\x03\x98" + rb(900)
    s = b64(data)
    body = "\n".join(s[i:i + 64] for i in range(0, len(s), 64))
    label = j("PGP PRI", "VATE KEY BLOCK")
    return (f"-----BEGIN {label}-----\n\n{body}\n=" + b64(crc24(data).to_bytes(3, "big"))
            + f"\n-----END {label}-----")


def pkcs12_b64():
    return b64(seq(der_int(3), seq(OID_DATA, der(0xA0, der(0x04, rb(1800)))),
                   seq(seq(seq(bytes.fromhex("06052b0e03021a"), b"\x05\x00"), der(0x04, rb(20))),
                       der(0x04, rb(8)), der_int(2048))))


def cert_pem():
    return pem("CERTIFICATE", seq(seq(der(0xA0, der_int(2)), der_int(rb(16)), seq(OID_RSA, b"\x05\x00"),
                                      der(0x04, rb(700))), seq(OID_RSA, b"\x05\x00"), der(0x03, b"\x00" + rb(256))))


def pubkey_pem():
    return pem("PUBLIC KEY", seq(seq(OID_RSA, b"\x05\x00"), der(0x03, b"\x00" + seq(der_int(big(256)), der_int(65537)))))


def jwt(payload, secret=None):
    h = b64u_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = secret.encode() if secret else rb(32)
    sig = b64u_nopad(hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest())
    return f"{h}.{p}.{sig}"


def pw():
    """A human-ish password: mixed classes, sometimes a passphrase."""
    c = R.random()
    if c < 0.3:
        words = ["harbor", "violet", "maple", "quartz", "sprocket", "lantern", "orbit", "pepper", "canyon",
                 "tundra", "falcon", "cobalt", "ember", "willow", "tango", "nimbus"]
        return "-".join(R.sample(words, 3)) + str(R.randint(10, 99))
    if c < 0.6:
        return rs(R.randint(12, 20), AN + "!#%^*_-")
    return R.choice(["Pr0d", "Adm1n", "Sup3r", "W1nter", "Bl4ck", "Gr33n"]) + R.choice("!@#$") + rs(8, AN) + str(R.randint(1, 99))


def simple_pw():
    return rs(R.randint(14, 22), AN)


# ------------------------------------------------------------------ kinds
# kind -> (provider, context_only, variable name, generator)
KINDS = {}


def K(kind, provider, ctx, name, gen):
    KINDS[kind] = (provider, ctx, name, gen)


def azure_secret():
    return rs(3, AN) + R.choice(DIG) + "Q~" + rs(34, AN + "_.~-")


def acct():
    return R.choice(["acme", "northwind", "contoso", "fabrikam", "globex", "initech", "umbrella"]) + rs(4, LO + DIG)


# cloud
K("aws-access-key-id", "aws", False, "AWS_ACCESS_KEY_ID", lambda: j("AK", "IA") + rs(16, B32))
K("aws-temp-access-key-id", "aws", False, "AWS_ACCESS_KEY_ID", lambda: j("AS", "IA") + rs(16, B32))
K("aws-secret-access-key", "aws", True, "AWS_SECRET_ACCESS_KEY", lambda: rs(40, B64))
K("gcp-api-key", "google", False, "GOOGLE_MAPS_SERVER_KEY", lambda: j("AI", "za") + rs(35, URLS))
K("google-oauth-client-secret", "google", False, "GOOGLE_CLIENT_SECRET", lambda: j("GOC", "SPX-") + rs(28, URLS))
K("azure-storage-connection-string", "azure", False, "AZURE_STORAGE_CONNECTION_STRING",
  lambda: f"DefaultEndpointsProtocol=https;AccountName={acct()};{j('Account', 'Key')}={b64(rb(64))};EndpointSuffix=core.windows.net")
K("azure-storage-account-key", "azure", True, "AZURE_STORAGE_KEY", lambda: b64(rb(64)))
K("azure-ad-client-secret", "azure", False, "AZURE_CLIENT_SECRET", azure_secret)
K("azure-sas-token", "azure", False, "AZURE_BLOB_SAS",
  lambda: "sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx&se=2027-01-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig="
  + b64(rb(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))
K("azure-servicebus-connection-string", "azure", False, "SERVICEBUS_CONNECTION",
  lambda: f"Endpoint=sb://{acct()}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={b64(rb(32))}")
K("azure-cosmos-connection-string", "azure", False, "COSMOS_CONNECTION",
  lambda: f"AccountEndpoint=https://{acct()}.documents.azure.com:443/;AccountKey={b64(rb(64))};")
K("azure-iothub-connection-string", "azure", False, "IOTHUB_CONNECTION_STRING",
  lambda: f"HostName={acct()}.azure-devices.net;DeviceId=sensor-{R.randint(100, 999)};SharedAccessKey={b64(rb(32))}")
K("azure-devops-pat", "azure", True, "AZURE_DEVOPS_PAT", lambda: rs(52, LO + "234567"))
K("azure-openai-key", "azure", True, "AZURE_OPENAI_API_KEY", lambda: rs(32, HEX))
K("alibaba-access-key-id", "alibaba", False, "ALIBABA_CLOUD_ACCESS_KEY_ID", lambda: j("LT", "AI") + rs(20, AN))
K("alibaba-access-key-secret", "alibaba", True, "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda: rs(30, AN))
K("digitalocean-pat", "digitalocean", False, "DIGITALOCEAN_TOKEN", lambda: j("do", "p_v1_") + rs(64, HEX))
K("heroku-api-key", "heroku", True, "HEROKU_API_KEY", uuid4)
K("opsgenie-api-key", "opsgenie", True, "OPSGENIE_API_KEY", uuid4)
K("scaleway-secret-key", "scaleway", True, "SCW_SECRET_KEY", uuid4)
K("linode-token", "linode", True, "LINODE_TOKEN", lambda: rs(64, HEX))
K("cloudflare-api-token", "cloudflare", True, "CLOUDFLARE_API_TOKEN", lambda: rs(40, URLS))
K("vault-token", "hashicorp", False, "VAULT_TOKEN", lambda: j("hv", "s.") + rs(R.choice([24, 91]), URLS))
K("terraform-cloud-token", "hashicorp", False, "TFE_TOKEN", lambda: rs(14, AN) + j(".atl", "asv1.") + rs(67, AN))
K("pulumi-token", "pulumi", False, "PULUMI_ACCESS_TOKEN", lambda: j("pu", "l-") + rs(40, HEX))
K("netlify-pat", "netlify", False, "NETLIFY_AUTH_TOKEN", lambda: j("nf", "p_") + rs(36, AN))
K("render-api-key", "render", False, "RENDER_API_KEY", lambda: j("rn", "d_") + rs(32, AN))
K("supabase-service-role-jwt", "supabase", False, "SUPABASE_SERVICE_ROLE_KEY",
  lambda: jwt({"iss": "supabase", "ref": rs(20, LO), "role": "service_role", "iat": 1718000000, "exp": 2033576000}))
K("supabase-secret-key", "supabase", False, "SUPABASE_SECRET_KEY", lambda: j("sb_se", "cret_") + rs(32, URLS))
K("planetscale-password", "planetscale", False, "DATABASE_PASSWORD", lambda: j("pscale", "_pw_") + rs(43, URLS))
K("databricks-token", "databricks", False, "DATABRICKS_TOKEN", lambda: j("da", "pi") + rs(32, HEX))
K("doppler-token", "doppler", False, "DOPPLER_TOKEN", lambda: j("dp.", "st.prd.") + rs(40, AN))
K("fly-token", "fly", False, "FLY_API_TOKEN", lambda: j("Fly", "V1 fm2_") + b64(rb(180)).replace("/", "_").replace("+", "-"))
# AI
K("openai-project-key", "openai", False, "OPENAI_API_KEY",
  lambda: j("sk-", "proj-") + rs(74, URLS) + j("T3Blbk", "FJ") + rs(74, URLS))
K("openai-legacy-key", "openai", False, "OPENAI_API_KEY", lambda: "sk-" + rs(20, AN) + j("T3Blbk", "FJ") + rs(20, AN))
K("openai-svcacct-key", "openai", False, "OPENAI_API_KEY",
  lambda: j("sk-", "svcacct-") + rs(74, URLS) + j("T3Blbk", "FJ") + rs(74, URLS))
K("openai-admin-key", "openai", False, "OPENAI_ADMIN_KEY",
  lambda: j("sk-", "admin-") + rs(74, URLS) + j("T3Blbk", "FJ") + rs(74, URLS))
K("anthropic-api-key", "anthropic", False, "ANTHROPIC_API_KEY", lambda: j("sk-", "ant-api03-") + rs(93, URLS) + "AA")
K("anthropic-admin-key", "anthropic", False, "ANTHROPIC_ADMIN_KEY", lambda: j("sk-", "ant-admin01-") + rs(93, URLS) + "AA")
K("gemini-api-key", "google", False, "GEMINI_API_KEY", lambda: j("AI", "za") + rs(35, URLS))
K("mistral-api-key", "mistral", True, "MISTRAL_API_KEY", lambda: rs(32, AN))
K("cohere-api-key", "cohere", True, "COHERE_API_KEY", lambda: rs(40, AN))
K("groq-api-key", "groq", False, "GROQ_API_KEY", lambda: j("gs", "k_") + rs(52, AN))
K("huggingface-token", "huggingface", False, "HF_TOKEN", lambda: j("h", "f_") + rs(34, UP + LO))
K("replicate-token", "replicate", False, "REPLICATE_API_TOKEN", lambda: j("r", "8_") + rs(37, AN))
K("xai-api-key", "xai", False, "XAI_API_KEY", lambda: j("xa", "i-") + rs(80, AN))
K("perplexity-api-key", "perplexity", False, "PERPLEXITY_API_KEY", lambda: j("ppl", "x-") + rs(48, AN))
K("deepseek-api-key", "deepseek", True, "DEEPSEEK_API_KEY", lambda: "sk-" + rs(32, HEX))
K("together-api-key", "together", False, "TOGETHER_API_KEY", lambda: j("tgp", "_v1_") + rs(43, URLS))
K("fireworks-api-key", "fireworks", False, "FIREWORKS_API_KEY", lambda: j("f", "w_") + rs(24, AN))
K("openrouter-api-key", "openrouter", False, "OPENROUTER_API_KEY", lambda: j("sk-", "or-v1-") + rs(64, HEX))
K("elevenlabs-api-key", "elevenlabs", False, "ELEVENLABS_API_KEY", lambda: "sk_" + rs(48, HEX))
K("langsmith-api-key", "langchain", False, "LANGSMITH_API_KEY", lambda: j("lsv", "2_pt_") + rs(32, HEX) + "_" + rs(10, HEX))
K("pinecone-api-key", "pinecone", False, "PINECONE_API_KEY", lambda: j("pc", "sk_") + rs(5, AN) + "_" + rs(63, AN))
K("tavily-api-key", "tavily", False, "TAVILY_API_KEY", lambda: j("tv", "ly-") + rs(32, AN))
K("langfuse-secret-key", "langfuse", False, "LANGFUSE_SECRET_KEY", lambda: j("sk-", "lf-") + uuid4())
K("wandb-api-key", "wandb", True, "WANDB_API_KEY", lambda: rs(40, HEX))
K("assemblyai-api-key", "assemblyai", True, "ASSEMBLYAI_API_KEY", lambda: rs(32, HEX))
K("deepgram-api-key", "deepgram", True, "DEEPGRAM_API_KEY", lambda: rs(40, HEX))
K("serpapi-key", "serpapi", True, "SERPAPI_API_KEY", lambda: rs(64, HEX))
# code hosting / packages / CI
K("github-classic-pat", "github", False, "GITHUB_TOKEN", lambda: crc_token(j("gh", "p_"), 30))
K("github-oauth-token", "github", False, "GH_OAUTH_TOKEN", lambda: crc_token(j("gh", "o_"), 30))
K("github-app-token", "github", False, "GITHUB_APP_INSTALLATION_TOKEN", lambda: crc_token(j("gh", "s_"), 30))
K("github-fine-grained-pat", "github", False, "GH_PAT", lambda: j("github", "_pat_") + rs(22, AN) + "_" + rs(59, AN))
K("gitlab-pat", "gitlab", False, "GITLAB_TOKEN", lambda: j("gl", "pat-") + rs(20, URLS))
K("gitlab-runner-token", "gitlab", False, "RUNNER_TOKEN", lambda: j("gl", "rt-") + rs(20, URLS))
K("gitlab-deploy-token", "gitlab", False, "GITLAB_DEPLOY_TOKEN", lambda: j("gl", "dt-") + rs(20, URLS))
K("bitbucket-app-password", "atlassian", False, "BITBUCKET_APP_PASSWORD", lambda: j("AT", "BB") + rs(28, AN) + rs(8, HEXU))
K("atlassian-api-token", "atlassian", False, "JIRA_API_TOKEN",
  lambda: j("ATA", "TT3xFfGF0") + rs(170, URLS) + "=" + rs(8, HEXU))
K("npm-token", "npm", False, "NPM_TOKEN", lambda: crc_token(j("np", "m_"), 30))
K("pypi-token", "pypi", False, "PYPI_TOKEN", lambda: j("pypi-", "AgEIcHlwaS5vcmc") + rs(R.choice([70, 140]), URLS))
K("dockerhub-pat", "docker", False, "DOCKERHUB_TOKEN", lambda: j("dck", "r_pat_") + rs(27, URLS))
K("rubygems-api-key", "rubygems", False, "GEM_HOST_API_KEY", lambda: j("ruby", "gems_") + rs(48, HEX))
K("nuget-api-key", "nuget", False, "NUGET_API_KEY", lambda: j("oy", "2") + rs(43, LO + DIG))
K("crates-io-token", "crates", False, "CARGO_REGISTRY_TOKEN", lambda: j("ci", "o") + rs(32, AN))
K("jfrog-api-key", "jfrog", False, "ARTIFACTORY_API_KEY", lambda: j("AK", "Cp") + rs(69, AN))
K("sonarqube-token", "sonar", False, "SONAR_TOKEN", lambda: j("sq", "u_") + rs(40, HEX))
K("sourcegraph-token", "sourcegraph", False, "SRC_ACCESS_TOKEN", lambda: j("sg", "p_") + rs(16, HEX) + "_" + rs(40, HEX))
K("snyk-token", "snyk", True, "SNYK_TOKEN", uuid4)
K("circleci-token", "circleci", True, "CIRCLE_TOKEN", lambda: rs(40, HEX))
# payments
K("stripe-live-secret-key", "stripe", False, "STRIPE_SECRET_KEY", lambda: j("sk", "_live_") + rs(R.choice([24, 99]), AN))
K("stripe-test-secret-key", "stripe", False, "STRIPE_SECRET_KEY", lambda: j("sk", "_test_") + rs(R.choice([24, 99]), AN))
K("stripe-restricted-key", "stripe", False, "STRIPE_RESTRICTED_KEY", lambda: j("rk", "_live_") + rs(99, AN))
K("stripe-webhook-secret", "stripe", False, "STRIPE_WEBHOOK_SECRET", lambda: j("wh", "sec_") + rs(32, AN))
K("square-access-token", "square", False, "SQUARE_ACCESS_TOKEN", lambda: j("EA", "AA") + rs(60, URLS))
K("square-oauth-secret", "square", False, "SQUARE_APP_SECRET", lambda: j("sq0", "csp-") + rs(43, URLS))
K("paypal-client-secret", "paypal", True, "PAYPAL_CLIENT_SECRET", lambda: rs(80, URLS))
K("braintree-access-token", "braintree", False, "BRAINTREE_ACCESS_TOKEN",
  lambda: j("access_", "token$production$") + rs(16, LO + DIG) + "$" + rs(32, HEX))
K("razorpay-key-secret", "razorpay", True, "RAZORPAY_KEY_SECRET", lambda: rs(24, AN))
K("shopify-access-token", "shopify", False, "SHOPIFY_ACCESS_TOKEN", lambda: j("sh", "pat_") + rs(32, HEX))
K("shopify-shared-secret", "shopify", False, "SHOPIFY_API_SECRET", lambda: j("sh", "pss_") + rs(32, HEX))
K("flutterwave-secret-key", "flutterwave", False, "FLW_SECRET_KEY", lambda: j("FLW", "SECK-") + rs(32, HEX) + "-X")
K("paystack-secret-key", "paystack", False, "PAYSTACK_SECRET_KEY", lambda: j("sk", "_live_") + rs(40, HEX))
K("mollie-api-key", "mollie", False, "MOLLIE_API_KEY", lambda: j("li", "ve_") + rs(30, AN))
K("plaid-secret", "plaid", True, "PLAID_SECRET", lambda: rs(30, HEX))
K("shippo-api-token", "shippo", False, "SHIPPO_API_TOKEN", lambda: j("shippo", "_live_") + rs(40, HEX))
K("easypost-api-key", "easypost", False, "EASYPOST_API_KEY", lambda: j("EZ", "AK") + rs(54, AN))
# messaging / email / SMS
K("slack-bot-token", "slack", False, "SLACK_BOT_TOKEN",
  lambda: j("xo", "xb-") + rs(12, DIG) + "-" + rs(13, DIG) + "-" + rs(24, AN))
K("slack-user-token", "slack", False, "SLACK_USER_TOKEN",
  lambda: j("xo", "xp-") + rs(12, DIG) + "-" + rs(12, DIG) + "-" + rs(13, DIG) + "-" + rs(32, HEX))
K("slack-app-token", "slack", False, "SLACK_APP_TOKEN",
  lambda: j("xa", "pp-1-") + "A0" + rs(9, UP + DIG) + "-" + rs(13, DIG) + "-" + rs(64, HEX))
K("slack-webhook-url", "slack", False, "SLACK_WEBHOOK_URL",
  lambda: j("https://hooks.", "slack.com/services/") + "T0" + rs(8, UP + DIG) + "/B0" + rs(9, UP + DIG) + "/" + rs(24, AN))
K("discord-bot-token", "discord", False, "DISCORD_TOKEN",
  lambda: b64u_nopad(str(R.randint(10**17, 10**18)).encode())[:24] + "." + rs(6, URLS) + "." + rs(38, URLS))
K("discord-webhook-url", "discord", False, "DISCORD_WEBHOOK",
  lambda: j("https://discord.com/api/", "webhooks/") + str(R.randint(10**17, 10**18)) + "/" + rs(68, URLS))
K("telegram-bot-token", "telegram", False, "TELEGRAM_BOT_TOKEN", lambda: str(R.randint(10**9, 8 * 10**9)) + ":AA" + rs(33, URLS))
K("teams-webhook-url", "microsoft", False, "TEAMS_WEBHOOK_URL",
  lambda: f"https://{acct()}.webhook.office.com/{j('webhook', 'b2')}/{uuid4()}@{uuid4()}/IncomingWebhook/{rs(32, HEX)}/{uuid4()}")
K("twilio-api-key", "twilio", False, "TWILIO_API_KEY", lambda: "SK" + rs(32, HEX))
K("twilio-auth-token", "twilio", True, "TWILIO_AUTH_TOKEN", lambda: rs(32, HEX))
K("sendgrid-api-key", "sendgrid", False, "SENDGRID_API_KEY", lambda: j("S", "G.") + rs(22, URLS) + "." + rs(43, URLS))
K("mailgun-api-key", "mailgun", False, "MAILGUN_API_KEY", lambda: j("ke", "y-") + rs(32, HEX))
K("mailchimp-api-key", "mailchimp", False, "MAILCHIMP_API_KEY", lambda: rs(32, HEX) + "-us" + str(R.randint(2, 21)))
K("postmark-server-token", "postmark", True, "POSTMARK_SERVER_TOKEN", uuid4)
K("resend-api-key", "resend", False, "RESEND_API_KEY", lambda: j("r", "e_") + rs(8, AN) + "_" + rs(24, AN))
K("brevo-api-key", "brevo", False, "BREVO_API_KEY", lambda: j("xkey", "sib-") + rs(64, HEX) + "-" + rs(16, AN))
K("mailjet-secret-key", "mailjet", True, "MAILJET_SECRET_KEY", lambda: rs(32, HEX))
K("vonage-api-secret", "vonage", True, "VONAGE_API_SECRET", lambda: rs(16, AN))
K("pusher-app-secret", "pusher", True, "PUSHER_APP_SECRET", lambda: rs(20, HEX))
K("onesignal-api-key", "onesignal", False, "ONESIGNAL_REST_API_KEY", lambda: j("os_v2", "_app_") + rs(113, LO + "234567"))
K("intercom-access-token", "intercom", False, "INTERCOM_ACCESS_TOKEN",
  lambda: b64(j("to", "k:").encode() + f"{uuid4()[:8]}_{rs(4, HEX)}_{rs(4, HEX)}_{rs(4, HEX)}_{rs(12, HEX)}:1:0".encode()))
K("meta-access-token", "meta", False, "WHATSAPP_ACCESS_TOKEN", lambda: j("EA", "AG") + rs(190, AN))
K("fcm-server-key", "google", False, "FCM_SERVER_KEY", lambda: "AAAA" + rs(7, URLS) + ":" + j("APA", "91b") + rs(134, URLS))
# SaaS / productivity / observability
K("linear-api-key", "linear", False, "LINEAR_API_KEY", lambda: j("lin", "_api_") + rs(40, AN))
K("notion-token", "notion", False, "NOTION_TOKEN", lambda: j("nt", "n_") + rs(11, DIG) + rs(35, AN))
K("airtable-pat", "airtable", False, "AIRTABLE_TOKEN", lambda: "pat" + rs(14, AN) + "." + rs(64, HEX))
K("asana-pat", "asana", False, "ASANA_ACCESS_TOKEN", lambda: "2/" + rs(16, DIG) + "/" + rs(16, DIG) + ":" + rs(32, HEX))
K("figma-token", "figma", False, "FIGMA_TOKEN", lambda: j("fi", "gd_") + rs(40, URLS))
K("postman-api-key", "postman", False, "POSTMAN_API_KEY", lambda: j("PM", "AK-") + rs(24, HEX) + "-" + rs(34, HEX))
K("hubspot-private-app-token", "hubspot", False, "HUBSPOT_ACCESS_TOKEN", lambda: j("pat-", "na1-") + uuid4())
K("contentful-pat", "contentful", False, "CONTENTFUL_MANAGEMENT_TOKEN", lambda: j("CF", "PAT-") + rs(43, URLS))
K("dropbox-token", "dropbox", False, "DROPBOX_ACCESS_TOKEN", lambda: j("s", "l.u.") + rs(140, URLS))
K("trello-token", "atlassian", False, "TRELLO_TOKEN", lambda: j("AT", "TA") + rs(64, HEX) + rs(8, HEXU))
K("mapbox-secret-token", "mapbox", False, "MAPBOX_SECRET_TOKEN",
  lambda: "sk." + b64u_nopad(json.dumps({"u": "fleetops", "a": rs(25, LO + DIG)}, separators=(",", ":")).encode()) + "." + rs(22, URLS))
K("sentry-auth-token", "sentry", False, "SENTRY_AUTH_TOKEN", lambda: j("sntr", "yu_") + rs(64, HEX))
K("grafana-service-account-token", "grafana", False, "GRAFANA_TOKEN", lambda: j("gl", "sa_") + rs(32, AN) + "_" + rs(8, HEX))
K("newrelic-user-key", "newrelic", False, "NEW_RELIC_API_KEY", lambda: j("NR", "AK-") + rs(27, UP + DIG))
K("newrelic-license-key", "newrelic", False, "NEW_RELIC_LICENSE_KEY", lambda: rs(36, HEX) + j("NR", "AL"))
K("datadog-api-key", "datadog", True, "DD_API_KEY", lambda: rs(32, HEX))
K("datadog-app-key", "datadog", True, "DD_APP_KEY", lambda: rs(40, HEX))
K("dynatrace-token", "dynatrace", False, "DT_API_TOKEN", lambda: j("dt0", "c01.") + rs(24, UP + DIG) + "." + rs(64, UP + DIG))
K("pagerduty-api-key", "pagerduty", True, "PAGERDUTY_TOKEN", lambda: rs(20, AN + "+_-"))
K("splunk-hec-token", "splunk", True, "SPLUNK_HEC_TOKEN", uuid4)
K("posthog-personal-key", "posthog", False, "POSTHOG_PERSONAL_API_KEY", lambda: j("ph", "x_") + rs(43, AN))
K("launchdarkly-sdk-key", "launchdarkly", False, "LAUNCHDARKLY_SDK_KEY", lambda: j("sd", "k-") + uuid4())
K("okta-api-token", "okta", True, "OKTA_API_TOKEN", lambda: "00" + rs(40, URLS))
K("auth0-client-secret", "auth0", True, "AUTH0_CLIENT_SECRET", lambda: rs(64, URLS))
K("algolia-admin-key", "algolia", True, "ALGOLIA_ADMIN_API_KEY", lambda: rs(32, HEX))
K("twitter-bearer-token", "x", False, "TWITTER_BEARER_TOKEN", lambda: "A" * 22 + rs(30, AN) + "%2F" + rs(20, AN) + "%3D" + rs(50, AN))
K("facebook-app-secret", "meta", True, "FACEBOOK_APP_SECRET", lambda: rs(32, HEX))
K("tailscale-auth-key", "tailscale", False, "TS_AUTHKEY", lambda: j("tsk", "ey-auth-") + rs(12, AN) + "CNTRL-" + rs(33, AN))
K("ngrok-authtoken", "ngrok", True, "NGROK_AUTHTOKEN", lambda: "2" + rs(26, AN) + "_" + rs(21, AN))
K("onepassword-service-token", "1password", False, "OP_SERVICE_ACCOUNT_TOKEN",
  lambda: j("op", "s_") + b64u_nopad(json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u_nopad(rb(16))}, "email": rs(12, LO) + "@1passwordserviceaccounts.com", "srpX": rs(64, HEX), "muk": {"alg": "A256GCM", "ext": True, "k": b64u_nopad(rb(32)), "kty": "oct"}, "secretKey": "A3-" + rs(6, UP + DIG)}).encode()))
K("age-secret-key", "age", False, "SOPS_AGE_KEY", lambda: j("AGE-SECRET", "-KEY-1") + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))
K("adafruit-io-key", "adafruit", False, "AIO_KEY", lambda: j("ai", "o_") + rs(28, AN))
K("particle-access-token", "particle", True, "PARTICLE_ACCESS_TOKEN", lambda: rs(40, HEX))
K("thingspeak-write-key", "thingspeak", True, "THINGSPEAK_WRITE_KEY", lambda: rs(16, UP + DIG))
K("blynk-auth-token", "blynk", True, "BLYNK_AUTH_TOKEN", lambda: rs(32, URLS))
K("etherscan-api-key", "etherscan", True, "ETHERSCAN_API_KEY", lambda: rs(34, UP + DIG))
K("binance-api-secret", "binance", True, "BINANCE_API_SECRET", lambda: rs(64, AN))
K("ethereum-private-key", "ethereum", True, "DEPLOYER_PRIVATE_KEY", lambda: "0x" + rs(64, HEX))
K("bip39-mnemonic", "crypto", True, "WALLET_MNEMONIC",
  lambda: " ".join(R.choice(["abandon", "bridge", "cactus", "donkey", "engine", "fossil", "garlic", "harvest", "island", "jungle",
                             "kitten", "lemon", "magnet", "napkin", "oyster", "pepper", "quantum", "rabbit", "salmon", "tunnel",
                             "uniform", "velvet", "walnut", "yellow", "zebra"]) for _ in range(12)))
# private keys
K("rsa-private-key", "pem", False, "", pem_rsa)
K("pkcs8-private-key", "pem", False, "", pem_pkcs8)
K("ec-private-key", "pem", False, "", pem_ec)
K("apple-p8-key", "apple", False, "", pem_p8_ec)
K("openssh-private-key", "ssh", False, "", pem_openssh)
K("putty-private-key", "putty", False, "", ppk)
K("pgp-private-key", "pgp", False, "", pgp_private)
K("pkcs12-base64", "pkcs12", True, "SIGNING_CERT_P12_BASE64", pkcs12_b64)
K("gcp-service-account-key", "google", False, "",
  lambda: json.dumps(pem_pkcs8() + "\n")[1:-1])
K("jwt-token", "jwt", False, "ACCESS_TOKEN",
  lambda: jwt({"sub": str(R.randint(1000, 99999)), "scope": "admin", "iss": "https://auth." + acct() + ".io", "exp": 1893456000}))
# databases (structure identifies them)
DBU = ["app", "svc_orders", "admin", "postgres", "reporting", "etl", "root", "webapp"]
DBH = ["db.internal", "10.0.3.17", "prod-db.cluster-c9x.eu-west-1.rds.amazonaws.com", "pg-main", "mysql-primary.svc",
       "orders-db.postgres.database.azure.com"]
K("postgres-url", "postgres", False, "DATABASE_URL",
  lambda: f"postgres{R.choice(['', 'ql'])}://{R.choice(DBU)}:{simple_pw()}@{R.choice(DBH)}:5432/{R.choice(['shop', 'orders', 'app_prod'])}")
K("mysql-url", "mysql", False, "MYSQL_URL", lambda: f"mysql://{R.choice(DBU)}:{simple_pw()}@{R.choice(DBH)}:3306/{R.choice(['wp', 'crm'])}")
K("mongodb-url", "mongodb", False, "MONGODB_URI",
  lambda: f"mongodb+srv://{R.choice(DBU)}:{simple_pw()}@cluster0.{rs(5, LO + DIG)}.mongodb.net/{R.choice(['catalog', 'events'])}?retryWrites=true&w=majority")
K("redis-url", "redis", False, "REDIS_URL", lambda: f"redis{R.choice(['', 's'])}://:{simple_pw()}@{R.choice(['cache.internal', 'redis-master'])}:6379/0")
K("amqp-url", "rabbitmq", False, "AMQP_URL", lambda: f"amqp{R.choice(['', 's'])}://{R.choice(DBU)}:{simple_pw()}@rabbitmq.internal:5672/%2f")
K("mssql-connection-string", "mssql", False, "SQL_CONNECTION",
  lambda: f"Server=tcp:{acct()}.database.windows.net,1433;Initial Catalog=billing;User ID={R.choice(DBU)};Password={pw()};Encrypt=True;")
K("jdbc-url-password", "jdbc", False, "JDBC_URL",
  lambda: f"jdbc:postgresql://{R.choice(DBH)}:5432/claims?user={R.choice(DBU)}&" + j("pass", "word=") + f"{simple_pw()}&ssl=true")
K("elasticsearch-url", "elastic", False, "ELASTICSEARCH_URL", lambda: f"https://elastic:{simple_pw()}@es.{acct()}.internal:9200")
K("snowflake-url", "snowflake", False, "SNOWFLAKE_URL", lambda: f"snowflake://{R.choice(DBU)}:{simple_pw()}@{acct()}-xy12345/analytics/public?warehouse=COMPUTE_WH")
K("smtp-url", "smtp", False, "EMAIL_URL", lambda: f"smtp+tls://mailer%40{acct()}.com:{simple_pw()}@smtp.mailgun.org:587")
# context-only generic
K("generic-password", "generic", True, "DB_PASSWORD", pw)
K("generic-secret", "generic", True, "CLIENT_SECRET", lambda: rs(R.choice([32, 40, 48]), AN))
K("generic-api-key", "generic", True, "API_KEY", lambda: rs(R.choice([24, 32, 40]), AN))
K("generic-token", "generic", True, "AUTH_TOKEN", lambda: rs(R.choice([32, 40, 64]), URLS))
K("encryption-key", "generic", True, "ENCRYPTION_KEY", lambda: R.choice([rs(64, HEX), b64(rb(32))]))
K("jwt-signing-secret", "generic", True, "JWT_SECRET", lambda: R.choice([rs(48, AN), b64(rb(48))]))
K("session-secret", "generic", True, "SESSION_SECRET", lambda: rs(64, HEX))
K("django-secret-key", "django", True, "SECRET_KEY", lambda: rs(50, LO + DIG + "!@#$%^&*(-_=+)"))
K("rails-secret-key-base", "rails", True, "SECRET_KEY_BASE", lambda: rs(128, HEX))
K("rails-master-key", "rails", True, "RAILS_MASTER_KEY", lambda: rs(32, HEX))
K("laravel-app-key", "laravel", True, "APP_KEY", lambda: "base64:" + b64(rb(32)))
K("wordpress-salt", "wordpress", True, "AUTH_KEY", lambda: rs(64, AN + "!@#$%^&*()-_[]{}<>~`+=,.;:/?|"))
K("symfony-app-secret", "symfony", True, "APP_SECRET", lambda: rs(32, HEX))
K("nextauth-secret", "nextauth", True, "NEXTAUTH_SECRET", lambda: b64(rb(32)))
K("aspnet-machine-key", "microsoft", True, "", lambda: rs(128, HEXU))
K("basic-auth-header", "http", True, "", lambda: "Basic " + b64(f"{R.choice(DBU)}:{simple_pw()}".encode()))
K("docker-config-auth", "docker", True, "", lambda: b64(f"{R.choice(['deploy', 'ci-bot', 'robot$ci'])}:{simple_pw()}".encode()))
K("kubernetes-secret-data", "kubernetes", True, "", lambda: b64(simple_pw().encode()))
K("wifi-password", "generic", True, "WIFI_PASSWORD", pw)
K("mqtt-password", "generic", True, "MQTT_PASSWORD", simple_pw)
K("keystore-password", "android", True, "KEYSTORE_PASSWORD", pw)
K("apple-app-specific-password", "apple", True, "APP_SPECIFIC_PASSWORD", lambda: "-".join(rs(4, LO) for _ in range(4)))
K("ldap-bind-password", "generic", True, "LDAP_BIND_PASSWORD", pw)
K("smtp-password", "generic", True, "SMTP_PASSWORD", pw)
K("cli-password", "generic", True, "", simple_pw)
K("proxy-credentials-url", "generic", False, "HTTPS_PROXY",
  lambda: f"http://{rs(8, LO)}:{simple_pw()}@proxy.{R.choice(['brightdata', 'oxylabs', 'smartproxy'])}.io:22225")

# kinds the deck draws (everything with a variable name; PEMs and special shapes are placed by hand)
DECK_KINDS = [k for k, v in KINDS.items() if v[2]]


# ------------------------------------------------------------------ negatives
def neg_values():
    return {
        "placeholder": lambda: R.choice(["<your-api-key>", "your-api-key-here", "changeme", "x" * 32, "REPLACE_ME",
                                         "********", "<TOKEN>", "TODO", "insert-token-here", "<redacted>", "dummy",
                                         "your_secret_here", "CHANGE_ME_IN_PROD", "<password>", "...", "XXXXXXXXXXXXXXXX"]),
        "vendor-shaped-placeholder": lambda: R.choice([j("gh", "p_") + "X" * 36, j("AK", "IA") + "X" * 16, j("sk", "_live_") + "x" * 24,
                                                       j("sk-", "proj-") + "...", j("xo", "xb-") + "your-bot-token", j("gl", "pat-") + "x" * 20,
                                                       j("h", "f_") + "*" * 34, j("sk-", "ant-") + "..."]),
        "redacted": lambda: R.choice(["[REDACTED]", "***redacted***", "<hidden>", "sk-...a1b2", "****" + rs(4, AN)]),
        "git-sha": lambda: rs(40, HEX),
        "sha256-checksum": lambda: rs(64, HEX),
        "image-digest": lambda: "sha256:" + rs(64, HEX),
        "uuid-identifier": uuid4,
        "public-key": lambda: ssh_pub_ed25519("ops@bastion"),
    }


NEG = neg_values()

# vendor-shaped placeholders next to the variable name they would sit under
VSP = [lambda: ("GITHUB_TOKEN", j("gh", "p_") + "X" * 36), lambda: ("AWS_ACCESS_KEY_ID", j("AK", "IA") + "X" * 16),
       lambda: ("STRIPE_SECRET_KEY", j("sk", "_live_") + "x" * 24), lambda: ("OPENAI_API_KEY", j("sk-", "proj-") + "..."),
       lambda: ("SLACK_BOT_TOKEN", j("xo", "xb-") + "your-bot-token"), lambda: ("GITLAB_TOKEN", j("gl", "pat-") + "x" * 20),
       lambda: ("HF_TOKEN", j("h", "f_") + "*" * 34), lambda: ("ANTHROPIC_API_KEY", j("sk-", "ant-") + "..."),
       lambda: ("SENDGRID_API_KEY", j("S", "G.") + "xxxxxxxx"), lambda: ("TWILIO_API_KEY", "SK" + "x" * 32)]

# variable names for negatives that sound sensitive but hold ids / hashes
ID_NAMES = {
    "git-sha": ["GIT_COMMIT", "BUILD_SHA", "RELEASE_REVISION", "SOURCE_VERSION"],
    "sha256-checksum": ["ARTIFACT_SHA256", "TERRAFORM_SHA256SUM", "CHECKSUM", "MODEL_SHA256"],
    "image-digest": ["IMAGE_DIGEST", "BASE_IMAGE_DIGEST"],
    "uuid-identifier": ["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_SUBSCRIPTION_ID", "REQUEST_ID", "WORKSPACE_ID"],
    "public-key": ["SSH_PUBLIC_KEY", "DEPLOY_PUBKEY", "AUTHORIZED_KEY"],
}
SENSITIVE_NAMES = ["API_KEY", "SECRET_KEY", "DB_PASSWORD", "AUTH_TOKEN", "CLIENT_SECRET", "STRIPE_SECRET_KEY",
                   "OPENAI_API_KEY", "SLACK_BOT_TOKEN", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SMTP_PASSWORD",
                   "ANTHROPIC_API_KEY", "SENDGRID_API_KEY", "JWT_SECRET", "REDIS_PASSWORD", "TWILIO_AUTH_TOKEN"]
HARMLESS = [("PASSWORD_MIN_LENGTH", "12"), ("TOKEN_TTL_SECONDS", "3600"), ("AUTH_SCHEME", "Bearer"),
            ("JWT_ALGORITHM", "RS256"), ("SECRET_ROTATION_DAYS", "90"), ("API_KEY_HEADER", "X-Api-Key"),
            ("PASSWORD_HASHER", "argon2"), ("SESSION_COOKIE_SECURE", "true"), ("TOKEN_URL", "https://oauth2.googleapis.com/token"),
            ("KEY_VAULT_NAME", "kv-prod-weu"), ("SECRET_BACKEND", "aws-secretsmanager")]


def name_forms(name):
    parts = name.lower().split("_")
    return {
        "UPPER": name,
        "snake": "_".join(parts),
        "camel": parts[0] + "".join(p.title() for p in parts[1:]),
        "Pascal": "".join(p.title() for p in parts),
        "dotted": ".".join(parts),
        "kebab": "-".join(parts),
    }


# syntax -> (positive format, reference format); {v} value, {raw} reference expression, name forms by key
SYNTAX = {
    "dotenv": ("{UPPER}={v}", "{UPPER}=${{{UPPER}}}"),
    "export": ('export {UPPER}="{v}"', 'export {UPPER}="$(vault kv get -field={snake} secret/app)"'),
    "yaml": ('{snake}: "{v}"', "{snake}: ${{{UPPER}}}"),
    "yaml-plain": ("{snake}: {v}", "{snake}: \"{{{{ .Values.{camel} }}}}\""),
    "yaml-list": ("- {UPPER}={v}", "- {UPPER}=${{{UPPER}:?required}}"),
    "k8s-env": ('- name: {UPPER}\n  value: "{v}"', "- name: {UPPER}\n  valueFrom: {{secretKeyRef: {{name: app-secrets, key: {kebab}}}}}"),
    "json": ('"{camel}": "{v}",', '"{camel}": "${{{UPPER}}}",'),
    "python": ('{UPPER} = "{v}"', '{UPPER} = os.environ["{UPPER}"]'),
    "python-dict": ('"{snake}": "{v}",', '"{snake}": os.getenv("{UPPER}"),'),
    "js": ('const {camel} = "{v}";', "const {camel} = process.env.{UPPER};"),
    "js-obj": ("{camel}: '{v}',", "{camel}: process.env.{UPPER},"),
    "ts": ('export const {UPPER}: string = "{v}";', "export const {UPPER} = process.env.{UPPER} ?? \"\";"),
    "go": ('{camel} = "{v}"', '{camel} = os.Getenv("{UPPER}")'),
    "java": ('private static final String {UPPER} = "{v}";', 'private static final String {UPPER} = System.getenv("{UPPER}");'),
    "kotlin": ('const val {UPPER} = "{v}"', 'val {camel}: String = System.getenv("{UPPER}") ?: error("{UPPER} missing")'),
    "csharp": ('public const string {Pascal} = "{v}";', 'public static readonly string {Pascal} = Environment.GetEnvironmentVariable("{UPPER}");'),
    "ruby": ('{UPPER} = "{v}"', '{UPPER} = ENV.fetch("{UPPER}")'),
    "php": ("'{snake}' => '{v}',", "'{snake}' => env('{UPPER}'),"),
    "php-define": ("define('{UPPER}', '{v}');", "define('{UPPER}', getenv('{UPPER}'));"),
    "rust": ('const {UPPER}: &str = "{v}";', 'let {snake} = std::env::var("{UPPER}").expect("{UPPER} not set");'),
    "swift": ('static let {camel} = "{v}"', 'static let {camel} = ProcessInfo.processInfo.environment["{UPPER}"] ?? ""'),
    "dart": ("static const {camel} = '{v}';", "static const {camel} = String.fromEnvironment('{UPPER}');"),
    "c": ('#define {UPPER} "{v}"', '#define {UPPER} CONFIG_{UPPER}  /* set by menuconfig */'),
    "properties": ("{dotted}={v}", "{dotted}=${{{UPPER}}}"),
    "ini": ("{snake} = {v}", "{snake} = %({UPPER})s"),
    "toml": ('{snake} = "{v}"', '{snake} = "${{{UPPER}}}"'),
    "xml-add": ('<add key="{Pascal}" value="{v}" />', '<add key="{Pascal}" value="@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/{kebab}/)" />'),
    "xml-elem": ("<{camel}>{v}</{camel}>", "<{camel}>${{env.{UPPER}}}</{camel}>"),
    "terraform": ('{snake} = "{v}"', "{snake} = var.{snake}"),
    "dockerfile": ("ENV {UPPER}={v}", "ARG {UPPER}"),
    "powershell": ('$env:{UPPER} = "{v}"', '$env:{UPPER} = (Get-Secret -Name {UPPER} -AsPlainText)'),
    "md-table": ("| `{UPPER}` | `{v}` | staging |", "| `{UPPER}` | `<set in 1Password>` | staging |"),
    "groovy": ("{UPPER} = '{v}'", "{UPPER} = credentials('{kebab}')"),
    "hcl-tfvars": ('{snake} = "{v}"', '{snake} = "{{{{resolve:ssm-secure:/prod/{kebab}}}}}"'),
    "ansible": ('{snake}: "{v}"', '{snake}: "{{{{ vault_{snake} }}}}"'),
    "gha": ("{UPPER}: {v}", "{UPPER}: ${{{{ secrets.{UPPER} }}}}"),
    "gitlab": ('{UPPER}: "{v}"', "{UPPER}: $CI_{UPPER}"),
    "serverless": ("{UPPER}: {v}", "{UPPER}: ${{ssm:/notify/prod/{kebab}}}"),
    "cfn": ("{Pascal}: {v}", "{Pascal}: '{{{{resolve:secretsmanager:prod/{kebab}:SecretString:value}}}}'"),
    "shell-cmd": ("{snake}={v} ./run.sh", 'echo "{UPPER} is ${{{UPPER}:-unset}}"'),
}


# ------------------------------------------------------------------ file builder
class Corpus:
    def __init__(self, root):
        self.root = root
        self.labels = []

    def write(self, path, text):
        full = os.path.join(self.root, "repos", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as fh:
            fh.write(text)


class Deck:
    """Round-robin over every kind (so each kind meets many syntaxes), interleaved with negatives."""

    def __init__(self):
        self.kinds = DECK_KINDS[:]
        R.shuffle(self.kinds)
        self.i = 0
        self.negi = 0

    def next_pos(self):
        k = self.kinds[self.i % len(self.kinds)]
        self.i += 1
        if self.i % len(self.kinds) == 0:
            R.shuffle(self.kinds)
        return k

    def next_neg(self):
        self.negi += 1
        order = ["reference", "placeholder", "id", "harmless", "reference", "vendor-shaped-placeholder", "redacted", "id"]
        return order[self.negi % len(order)]


DECK = None
TOKEN = re.compile(r"⟦([PNGDE]):([^⟧]*)⟧")
GENS = {}
# ⟪word⟫ in a template is written out as word: keeps assignment-shaped text out of this file
LITERAL = re.compile(r"⟪([^⟫]*)⟫")


def gen(name):
    def deco(fn):
        GENS[name] = fn
        return fn
    return deco


class F:
    def __init__(self, corpus, repo, path, family):
        self.c, self.path, self.family = corpus, f"{repo}/{path}", family
        self.out = []

    def emit(self, text):
        for raw in text.split("\n"):
            self.line(raw)

    def label(self, lineno, kind, positive, secret, family=None):
        prov, ctx = (KINDS[kind][0], KINDS[kind][1]) if positive else ("-", False)
        for lab in self.c.labels:
            if lab["path"] == self.path and lab["line"] == lineno:
                raise SystemExit(f"two labels on {self.path}:{lineno}")
        self.c.labels.append(dict(path=self.path, line=lineno, kind=kind, provider=prov, family=family or self.family,
                                  context_only=ctx, positive=positive, secret=secret))

    def line(self, raw):
        raw = LITERAL.sub(lambda m: m.group(1), raw)
        m = TOKEN.search(raw)
        if not m:
            self.out.append(raw)
            return
        typ, arg = m.group(1), m.group(2)
        pre, post = raw[:m.start()], raw[m.end():]
        if typ == "E":
            syntax, n = arg.split(":")
            for _ in range(int(n)):
                self.deck(pre, syntax, neg=True)
            return
        if typ == "D":
            syntax, n = arg.split(":")
            for _ in range(int(n)):
                self.deck(pre, syntax)
                if R.random() < 0.5:
                    self.deck(pre, syntax, neg=True)
            return
        if typ == "P":
            value = KINDS[arg][3]()
            lines = (pre + value + post).split("\n")
            self.label(len(self.out) + 1, arg, True, value)
            self.out.extend(lines)
            return
        if typ == "G":
            kind, g = arg.split("=", 1)
            value = GENS[g]() if g in GENS else NEG[g]()
            self.label(len(self.out) + 1, kind, False, value)
            self.out.extend((pre + value + post).split("\n"))
            return
        # N: label-only negative marker, removed from the text
        self.label(len(self.out) + 1, arg, False, "")
        self.out.append((pre + post).rstrip())

    def deck(self, indent, syntax, neg=False):
        pos_fmt, ref_fmt = SYNTAX[syntax]
        if not neg:
            kind = DECK.next_pos()
            name = KINDS[kind][2]
            if R.random() < 0.35:
                name = R.choice(["PROD_", "LIVE_", "", "PRIMARY_"]) + name
            value = KINDS[kind][3]()
            text = pos_fmt.format(v=value, **name_forms(name))
            lines = text.split("\n")
            self.label(len(self.out) + len(lines), kind, True, value)
        else:
            what = DECK.next_neg()
            if what == "reference":
                name = R.choice(SENSITIVE_NAMES)
                text, kind, value = ref_fmt.format(**name_forms(name)), "env-reference", ""
            elif what == "id":
                kind = R.choice(list(ID_NAMES))
                value = NEG[kind]()
                text = pos_fmt.format(v=value, **name_forms(R.choice(ID_NAMES[kind])))
            elif what == "harmless":
                name, value = R.choice(HARMLESS)
                kind = "harmless-setting"
                text = pos_fmt.format(v=value, **name_forms(name))
            elif what == "vendor-shaped-placeholder":
                name, value = R.choice(VSP)()
                kind = what
                text = pos_fmt.format(v=value, **name_forms(name))
            else:
                kind, value = what, NEG[what]()
                text = pos_fmt.format(v=value, **name_forms(R.choice(SENSITIVE_NAMES)))
            lines = text.split("\n")
            self.label(len(self.out) + len(lines), kind, False, value)
        for ln in lines:
            self.out.append(indent + ln)

    def save(self):
        self.c.write(self.path, "\n".join(self.out).rstrip("\n") + "\n")


# ------------------------------------------------------------------ fixed negative generators
@gen("aws-example-id")
def _():
    return j("AKIAIOSF", "ODNN7", "EXAMPLE")


@gen("aws-example-secret")
def _():
    return j("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCY", "EXAMPLEKEY")


@gen("jwtio-sample")
def _():
    return jwt({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}, j("your-256", "-bit-secret"))


@gen("azurite-key")
def _():
    return j("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "/K1SZFPTOtr/KBHBeksoGMGw==")


@gen("azurite-conn")
def _():
    return ("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" + j("Account", "Key=") + GENS["azurite-key"]()
            + ";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;")


@gen("stripe-publishable")
def _():
    return j("pk", "_live_") + rs(99, AN)


@gen("mapbox-public")
def _():
    return "pk." + b64u_nopad(json.dumps({"u": "fleetops", "a": rs(25, LO + DIG)}, separators=(",", ":")).encode()) + "." + rs(22, URLS)


@gen("supabase-anon")
def _():
    return jwt({"iss": "supabase", "ref": rs(20, LO), "role": "anon", "iat": 1718000000, "exp": 2033576000})


@gen("supabase-publishable")
def _():
    return j("sb_pub", "lishable_") + rs(32, URLS)


@gen("posthog-project")
def _():
    return j("ph", "c_") + rs(43, AN)


@gen("google-client-id")
def _():
    return rs(12, DIG) + "-" + rs(32, LO + DIG) + ".apps.googleusercontent.com"


@gen("recaptcha-site")
def _():
    return "6L" + rs(38, URLS)


@gen("firebase-web-key")
def _():
    return j("AI", "za") + rs(35, URLS)


@gen("twilio-sid")
def _():
    return "AC" + rs(32, HEX)


@gen("sentry-dsn")
def _():
    return f"https://{rs(32, HEX)}@o{R.randint(100000, 999999)}.ingest.us.sentry.io/{R.randint(1000000, 9999999)}"


@gen("algolia-search")
def _():
    return rs(32, HEX)


@gen("langfuse-public")
def _():
    return j("pk-", "lf-") + uuid4()


@gen("eth-address")
def _():
    return "0x" + rs(40, HEX)


@gen("age-recipient")
def _():
    return "age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")


@gen("npm-integrity")
def _():
    return "sha512-" + b64(rb(64))


@gen("sri")
def _():
    return "sha384-" + b64(rb(48))


@gen("gosum")
def _():
    return "h1:" + b64(rb(32))


@gen("tflock")
def _():
    return "zh:" + rs(64, HEX)


@gen("png-b64")
def _():
    return "data:image/png;base64," + b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rb(60))


@gen("ansible-vault")
def _():
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + rs(80, HEX) for _ in range(4))


@gen("sops")
def _():
    return f"ENC[AES256_GCM,data:{b64(rb(24))},iv:{b64(rb(32))},tag:{b64(rb(16))},type:str]"


@gen("jasypt")
def _():
    return "ENC(" + b64(rb(32)) + ")"


@gen("sealed")
def _():
    return "AgB" + b64(rb(300))


@gen("public-cert")
def _():
    return cert_pem()


@gen("public-key-pem")
def _():
    return pubkey_pem()


@gen("ssh-pub")
def _():
    return ssh_pub_ed25519("deploy@build-01")


@gen("bcrypt")
def _():
    return "$2b$12$" + rs(53, AN + "./")


@gen("fake-fixture")
def _():
    return R.choice(["sk_fake_" + "0" * 24, "test-token-not-real", "fake-password-for-tests", "FAKE" + "0" * 28, "dummy-secret"])


@gen("sm-arn")
def _():
    return f"arn:aws:secretsmanager:us-east-1:{rs(12, DIG)}:" + j("sec", "ret:") + f"prod/orders-db-{rs(6, AN)}"


@gen("pusher-key")
def _():
    return rs(20, HEX)


@gen("uuid")
def _():
    return uuid4()


@gen("sha")
def _():
    return rs(40, HEX)


@gen("sha256")
def _():
    return rs(64, HEX)


@gen("ph")
def _():
    return NEG["placeholder"]()


@gen("vsp")
def _():
    return NEG["vendor-shaped-placeholder"]()


@gen("cred-enc")
def _():
    return b64(rb(240)) + "--" + b64(rb(12)) + "--" + b64(rb(16))


# ------------------------------------------------------------------ repositories
import textwrap  # noqa: E402

REPOS = []


def repo(fn):
    REPOS.append(fn)
    return fn


def put(c, repo_name, path, family, text):
    f = F(c, repo_name, path, family)
    f.emit(textwrap.dedent(text).lstrip("\n"))
    f.save()


@repo
def django_marketplace(c):
    r = "django-marketplace"
    put(c, r, "marketplace/settings/base.py", "code-python", '''
        """Base settings shared by every environment."""
        import os
        from pathlib import Path

        BASE_DIR = Path(__file__).resolve().parent.parent.parent

        SECRET_KEY = "⟦P:django-secret-key⟧"
        DEBUG = False
        ALLOWED_HOSTS = ["marketplace.example.com", "localhost"]

        INSTALLED_APPS = [
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "storages",
            "catalog",
            "orders",
        ]

        DATABASES = {
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "marketplace",
                "USER": "marketplace_app",
                "PASSWORD": "⟦P:generic-password⟧",
                "HOST": "db.internal",
                "PORT": "5432",
            },
            "replica": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "marketplace",
                "USER": "readonly",
                "PASSWORD": os.environ["REPLICA_DB_PASSWORD"],⟦N:env-reference⟧
                "HOST": "db-replica.internal",
            },
        }

        PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
        AUTH_PASSWORD_VALIDATORS = [
            {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},⟦N:harmless-setting⟧
        ]

        AWS_STORAGE_BUCKET_NAME = "marketplace-media-prod"
        AWS_S3_ACCESS_KEY_ID = "⟦P:aws-access-key-id⟧"
        AWS_S3_SECRET_ACCESS_KEY = "⟦P:aws-secret-access-key⟧"
        AWS_S3_REGION_NAME = "eu-central-1"

        EMAIL_BACKEND = "anymail.backends.brevo.EmailBackend"
        ANYMAIL = {
            "BREVO_API_KEY": "⟦P:brevo-api-key⟧",
        }

        CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "⟦P:redis-url⟧",
            }
        }

        STRIPE_PUBLISHABLE_KEY = "⟦G:publishable-key=stripe-publishable⟧"
        STRIPE_SECRET_KEY = "⟦P:stripe-live-secret-key⟧"
        STRIPE_WEBHOOK_SECRET = os.getenv("STRIPE_WEBHOOK_SECRET", "")⟦N:env-reference⟧
        SENTRY_DSN = "⟦G:public-dsn=sentry-dsn⟧"
    ''')
    put(c, r, "marketplace/settings/local.py", "code-python", '''
        from .base import *  # noqa

        DEBUG = True
        SECRET_KEY = "django-insecure-⟦G:placeholder=ph⟧"
        DATABASES["default"]["PASSWORD"] = "postgres"⟦N:placeholder⟧
        EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
        # Run `python manage.py runserver` after `docker compose up db`.
    ''')
    put(c, r, ".env", "dotenv", '''
        DJANGO_SETTINGS_MODULE=marketplace.settings.base
        ⟦D:dotenv:5⟧
        ALGOLIA_APP_ID=KX7Q2ZP1
        ALGOLIA_SEARCH_ONLY_KEY=⟦G:publishable-key=algolia-search⟧
        ALGOLIA_ADMIN_API_KEY=⟦P:algolia-admin-key⟧
        PAYPAL_CLIENT_ID=Ab⟦G:uuid-identifier=uuid⟧
        PAYPAL_CLIENT_SECRET=⟦P:paypal-client-secret⟧
    ''')
    put(c, r, ".env.example", "dotenv", '''
        DJANGO_SETTINGS_MODULE=marketplace.settings.local
        ⟦E:dotenv:6⟧
        STRIPE_SECRET_KEY=⟦G:vendor-shaped-placeholder=vsp⟧
        AWS_S3_SECRET_ACCESS_KEY=⟦G:vendor-example-key=aws-example-secret⟧
        AWS_S3_ACCESS_KEY_ID=⟦G:vendor-example-key=aws-example-id⟧
    ''')
    put(c, r, "orders/tests/test_checkout.py", "code-python", '''
        import pytest
        from django.test import override_settings

        FAKE_CARD = "4242424242424242"


        @override_settings(STRIPE_SECRET_KEY="⟦G:fake-fixture=fake-fixture⟧")
        def test_checkout_creates_payment_intent(client, mocker):
            intent = mocker.patch("stripe.PaymentIntent.create")
            intent.return_value = {"id": "pi_123", "client_secret": "pi_123_secret_abc"}⟦N:fake-fixture⟧
            resp = client.post("/checkout/", {"card": FAKE_CARD})
            assert resp.status_code == 302


        @override_settings(STRIPE_SECRET_KEY="⟦P:stripe-test-secret-key⟧")
        def test_refund_roundtrip_against_sandbox(live_stripe):
            assert live_stripe.refund("ch_1").status == "succeeded"
    ''')
    put(c, r, "requirements.txt", "lockfile", '''
        Django==5.1.4 \\
            --hash=sha256:⟦G:lockfile-hash=sha256⟧
        psycopg[binary]==3.2.3 \\
            --hash=sha256:⟦G:lockfile-hash=sha256⟧
        django-storages==1.14.4 \\
            --hash=sha256:⟦G:lockfile-hash=sha256⟧
        stripe==11.3.0
    ''')


@repo
def rails_bookings(c):
    r = "rails-bookings"
    put(c, r, "config/master.key", "credential-file", "⟦P:rails-master-key⟧\n")
    put(c, r, "config/credentials.yml.enc", "encrypted", "⟦G:encrypted-value=cred-enc⟧\n")
    put(c, r, "config/database.yml", "yaml-config", '''
        default: &default
          adapter: postgresql
          encoding: unicode
          pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

        development:
          <<: *default
          database: bookings_development

        test:
          <<: *default
          database: bookings_test

        production:
          <<: *default
          database: bookings_production
          username: bookings
          password: ⟦P:generic-password⟧
          host: bookings-prod.cluster-ro-c7x2.us-east-1.rds.amazonaws.com

        analytics:
          url: <%= ENV["ANALYTICS_DATABASE_URL"] %>⟦N:env-reference⟧
    ''')
    put(c, r, "config/initializers/stripe.rb", "code-ruby", '''
        Rails.configuration.stripe = {
          publishable_key: "⟦G:publishable-key=stripe-publishable⟧",
          secret_key: "⟦P:stripe-restricted-key⟧"
        }

        Stripe.api_key = Rails.configuration.stripe[:secret_key]
        Stripe.max_network_retries = 2
    ''')
    put(c, r, "config/initializers/services.rb", "code-ruby", '''
        # frozen_string_literal: true

        Twilio.configure do |config|
          config.account_sid = "⟦G:public-identifier=twilio-sid⟧"
          config.auth_token = "⟦P:twilio-auth-token⟧"
        end

        Mollie::Client.configure do |config|
          config.api_key = "⟦P:mollie-api-key⟧"
        end

        Sidekiq.configure_server do |config|
          config.redis = { url: "⟦P:redis-url⟧" }
        end

        OmniAuth.config.allowed_request_methods = [:post]
        Rails.application.config.middleware.use OmniAuth::Builder do
          provider :google_oauth2, "⟦G:public-identifier=google-client-id⟧", "⟦P:google-oauth-client-secret⟧"
          provider :github, ENV.fetch("GITHUB_KEY"), ENV.fetch("GITHUB_SECRET")⟦N:env-reference⟧
        end

        module Bookings
          ⟦D:ruby:4⟧
          ⟦E:ruby:3⟧
        end
    ''')
    put(c, r, "config/environments/production.rb", "code-ruby", '''
        Rails.application.configure do
          config.cache_classes = true
          config.eager_load = true
          config.secret_key_base = "⟦P:rails-secret-key-base⟧"
          config.action_mailer.smtp_settings = {
            address: "smtp.postmarkapp.com",
            user_name: "⟦P:postmark-server-token⟧",
            password: ENV["POSTMARK_TOKEN"],⟦N:env-reference⟧
            authentication: :plain
          }
          config.active_record.encryption.primary_key = "⟦P:encryption-key⟧"
          config.log_level = :info
        end
    ''')
    put(c, r, "Gemfile.lock", "lockfile", '''
        GEM
          remote: https://rubygems.org/
          specs:
            actioncable (7.2.1)
            stripe (12.6.0)

        CHECKSUMS
          actioncable (7.2.1) sha256=⟦G:lockfile-hash=sha256⟧
          stripe (12.6.0) sha256=⟦G:lockfile-hash=sha256⟧
          twilio-ruby (7.3.0) sha256=⟦G:lockfile-hash=sha256⟧

        BUNDLED WITH
           2.5.16
    ''')
    put(c, r, "spec/support/vcr.rb", "code-ruby", '''
        VCR.configure do |c|
          c.cassette_library_dir = "spec/cassettes"
          c.filter_sensitive_data("<STRIPE_KEY>") { Rails.configuration.stripe[:secret_key] }⟦N:env-reference⟧
          c.filter_sensitive_data("<TWILIO_TOKEN>") { "⟦G:fake-fixture=fake-fixture⟧" }
        end
    ''')


@repo
def node_monorepo(c):
    r = "node-monorepo"
    put(c, r, "apps/web/.env.local", "dotenv", '''
        NEXT_PUBLIC_SUPABASE_URL=https://qwkzplmnbvcx.supabase.co
        NEXT_PUBLIC_SUPABASE_ANON_KEY=⟦G:publishable-key=supabase-anon⟧
        SUPABASE_SERVICE_ROLE_KEY=⟦P:supabase-service-role-jwt⟧
        NEXT_PUBLIC_POSTHOG_KEY=⟦G:publishable-key=posthog-project⟧
        POSTHOG_PERSONAL_API_KEY=⟦P:posthog-personal-key⟧
        NEXTAUTH_URL=http://localhost:3000
        NEXTAUTH_SECRET=⟦P:nextauth-secret⟧
        NEXT_PUBLIC_MAPBOX_TOKEN=⟦G:publishable-key=mapbox-public⟧
        MAPBOX_UPLOAD_TOKEN=⟦P:mapbox-secret-token⟧
        ⟦D:dotenv:3⟧
    ''')
    put(c, r, "apps/web/lib/auth.ts", "code-ts", '''
        import NextAuth from "next-auth";
        import GitHub from "next-auth/providers/github";
        import Google from "next-auth/providers/google";

        export const { handlers, auth, signIn, signOut } = NextAuth({
          providers: [
            GitHub({
              clientId: "Iv23li" + "Q8xw2ZkLmP0",
              clientSecret: process.env.AUTH_GITHUB_SECRET!,⟦N:env-reference⟧
            }),
            Google({
              clientId: "⟦G:public-identifier=google-client-id⟧",
              clientSecret: "⟦P:google-oauth-client-secret⟧",
            }),
          ],
          secret: process.env.NEXTAUTH_SECRET,⟦N:env-reference⟧
          session: { strategy: "jwt", maxAge: 60 * 60 * 24 },
        });
    ''')
    put(c, r, "apps/api/src/config.ts", "code-ts", '''
        import { z } from "zod";

        const Env = z.object({
          PORT: z.coerce.number().default(8080),
          DATABASE_URL: z.string().url(),
        });

        export const env = Env.parse(process.env);

        // TODO(hannah): move these to Doppler before launch
        ⟦D:ts:6⟧
        ⟦E:ts:4⟧

        export const stripeConfig = {
          apiVersion: "2024-06-20" as const,
          secretKey: "⟦P:stripe-live-secret-key⟧",
          webhookSecret: "⟦P:stripe-webhook-secret⟧",
        };
    ''')
    put(c, r, "apps/api/src/db.js", "code-js", '''
        const { Pool } = require("pg");
        const mongoose = require("mongoose");

        const pool = new Pool({
          connectionString: "⟦P:postgres-url⟧",
          max: 20,
        });

        mongoose.connect("⟦P:mongodb-url⟧");

        const amqpUrl = process.env.AMQP_URL || "amqp://guest:guest@localhost:5672";⟦N:placeholder⟧

        module.exports = { pool, amqpUrl };
    ''')
    put(c, r, "packages/sdk/src/client.ts", "code-ts", '''
        export interface ClientOptions {
          apiKey: string;
          baseUrl?: string;
        }

        export class OrdersClient {
          private readonly apiKey: string;⟦N:harmless-setting⟧
          constructor(opts: ClientOptions) {
            this.apiKey = opts.apiKey;⟦N:env-reference⟧
          }

          async list() {
            const res = await fetch(`${this.baseUrl}/v1/orders`, {
              headers: { Authorization: `Bearer ${this.apiKey}` },⟦N:env-reference⟧
            });
            return res.json();
          }
        }

        // Example:
        //   const client = new OrdersClient({ apiKey: "<YOUR_API_KEY>" });⟦N:placeholder⟧
    ''')
    put(c, r, ".npmrc", "credential-file", '''
        @acme:registry=https://npm.pkg.github.com/
        //npm.pkg.github.com/:_authToken=⟦P:github-classic-pat⟧
        //registry.npmjs.org/:_authToken=${NPM_TOKEN}⟦N:env-reference⟧
        always-auth=true
    ''')
    put(c, r, "packages/sdk/.npmrc", "credential-file", '''
        //registry.npmjs.org/:_authToken=⟦P:npm-token⟧
        //artifactory.acme.internal/api/npm/npm-virtual/:_password=⟦P:kubernetes-secret-data⟧
        //artifactory.acme.internal/api/npm/npm-virtual/:username=ci-publisher
    ''')
    put(c, r, "pnpm-lock.yaml", "lockfile", '''
        lockfileVersion: '9.0'

        packages:

          '@next/env@14.2.15':
            resolution: {integrity: ⟦G:lockfile-hash=npm-integrity⟧}

          next-auth@5.0.0-beta.22:
            resolution: {integrity: ⟦G:lockfile-hash=npm-integrity⟧}

          stripe@16.12.0:
            resolution: {integrity: ⟦G:lockfile-hash=npm-integrity⟧}

          zod@3.23.8:
            resolution: {integrity: ⟦G:lockfile-hash=npm-integrity⟧}
    ''')
    put(c, r, "apps/web/public/index.html", "html", '''
        <!doctype html>
        <html>
        <head>
          <script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.1" integrity="⟦G:lockfile-hash=sri⟧" crossorigin="anonymous"></script>
          <script src="https://www.google.com/recaptcha/api.js?render=⟦G:publishable-key=recaptcha-site⟧"></script>
        </head>
        <body>
          <img alt="logo" src="⟦G:base64-image=png-b64⟧">
        </body>
        </html>
    ''')


@repo
def go_ledger(c):
    r = "go-ledger"
    put(c, r, "internal/config/config.go", "code-go", '''
        package config

        import (
        	"os"
        	"time"
        )

        // Defaults for local runs; production overrides through the Helm chart.
        var (
        	⟦D:go:5⟧
        	⟦E:go:3⟧
        )

        type Config struct {
        	DSN          string
        	KafkaBrokers []string
        	Timeout      time.Duration
        }

        func Load() Config {
        	return Config{
        		DSN:     "⟦P:postgres-url⟧",
        		Timeout: 5 * time.Second,
        	}
        }

        var webhookSecret = os.Getenv("LEDGER_WEBHOOK_SECRET")⟦N:env-reference⟧
    ''')
    put(c, r, "internal/clients/bank.go", "code-go", '''
        package clients

        import "net/http"

        func newBankRequest(url string) (*http.Request, error) {
        	req, err := http.NewRequest(http.MethodGet, url, nil)
        	if err != nil {
        		return nil, err
        	}
        	req.SetBasicAuth("ledger-svc", "⟦P:generic-password⟧")
        	req.Header.Set("X-Plaid-Secret", "⟦P:plaid-secret⟧")
        	req.Header.Set("Authorization", "Bearer ⟦P:jwt-token⟧")
        	return req, nil
        }

        const signingKey = `⟦P:ec-private-key⟧`
    ''')
    put(c, r, "deploy/chart/values.yaml", "yaml-helm", '''
        replicaCount: 3
        image:
          repository: ghcr.io/acme/go-ledger
          tag: "1.14.2"
          digest: ⟦G:image-digest=image-digest⟧
        env:
          LOG_LEVEL: info
          ⟦D:yaml-plain:4⟧
          ⟦E:yaml-plain:3⟧
        postgresql:
          auth:
            username: ledger
            password: "⟦P:generic-password⟧"
            existingSecret: ""
        kafka:
          sasl:
            password: "{{ .Values.global.kafkaPassword }}"⟦N:env-reference⟧
        serviceAccount:
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/go-ledger⟦N:secret-manager-reference⟧
    ''')
    put(c, r, "deploy/chart/values-prod.yaml", "yaml-helm", '''
        ingress:
          enabled: true
          hosts: [ledger.acme.io]
        secrets:
          datadogApiKey: ⟦P:datadog-api-key⟧
          ledgerDsn: "{{ .Values.global.dsn }}"⟦N:env-reference⟧
          slackWebhook: ⟦P:slack-webhook-url⟧
          vaultToken: ⟦P:vault-token⟧
          dbPassword: vault:secret/data/ledger/prod#password⟦N:secret-manager-reference⟧
    ''')
    put(c, r, "deploy/chart/templates/deployment.yaml", "yaml-helm", '''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "ledger.fullname" . }}
        spec:
          template:
            spec:
              containers:
                - name: ledger
                  image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                  env:
                    - name: DB_PASSWORD
                      value: {{ .Values.postgresql.auth.password | quote }}⟦N:env-reference⟧
                    - name: DD_API_KEY
                      valueFrom:
                        secretKeyRef: {name: ledger-secrets, key: datadog-api-key}⟦N:env-reference⟧
    ''')
    put(c, r, "go.sum", "lockfile", '''
        github.com/jackc/pgx/v5 v5.7.1 ⟦G:lockfile-hash=gosum⟧
        github.com/jackc/pgx/v5 v5.7.1/go.mod ⟦G:lockfile-hash=gosum⟧
        github.com/segmentio/kafka-go v0.4.47 ⟦G:lockfile-hash=gosum⟧
        golang.org/x/crypto v0.28.0 ⟦G:lockfile-hash=gosum⟧
    ''')
    put(c, r, "Makefile", "shell-script", '''
        VERSION ?= $(shell git describe --tags)
        COMMIT := ⟦G:git-sha=sha⟧

        build:
        	go build -ldflags "-X main.version=$(VERSION) -X main.commit=$(COMMIT)" ./cmd/ledger

        migrate:
        	migrate -path db/migrations -database "⟦P:postgres-url⟧" up
    ''')


@repo
def infra_terraform(c):
    r = "infra-terraform"
    put(c, r, "aws/providers.tf", "terraform", '''
        terraform {
          required_version = ">= 1.6"
          backend "s3" {
            bucket = "acme-tfstate"
            key    = "prod/network.tfstate"
            region = "us-east-1"
          }
        }

        provider "aws" {
          region     = "us-east-1"
          access_key = "⟦P:aws-access-key-id⟧"
          secret_key = "⟦P:aws-secret-access-key⟧"
        }

        provider "aws" {
          alias      = "legacy"
          region     = "eu-west-1"
          access_key = var.legacy_access_key⟦N:env-reference⟧
          secret_key = var.legacy_secret_key
        }

        provider "cloudflare" {
          api_token = "⟦P:cloudflare-api-token⟧"
        }

        provider "datadog" {
          api_key = "⟦P:datadog-api-key⟧"
          app_key = "⟦P:datadog-app-key⟧"
        }
    ''')
    put(c, r, "aws/rds.tf", "terraform", '''
        data "aws_secretsmanager_secret_version" "db" {
          secret_id = "⟦G:secret-manager-reference=sm-arn⟧"
        }

        resource "aws_db_instance" "orders" {
          identifier          = "orders-prod"
          engine              = "postgres"
          engine_version      = "16.3"
          instance_class      = "db.r6g.large"
          username            = "orders_admin"
          password            = "⟦P:generic-password⟧"
          skip_final_snapshot = false
        }

        resource "aws_db_instance" "reporting" {
          identifier = "reporting-prod"
          username   = "reporting"
          password   = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]⟦N:env-reference⟧
        }

        resource "aws_ssm_parameter" "stripe" {
          name  = "/orders/prod/stripe-secret"
          type  = "SecureString"
          value = "⟦P:stripe-live-secret-key⟧"
        }
    ''')
    put(c, r, "aws/variables.tf", "terraform", '''
        variable "legacy_access_key" {
          type      = string
          sensitive = true
          default   = "⟦P:aws-temp-access-key-id⟧"
        }

        variable "legacy_secret_key" {
          type      = string
          sensitive = true
          default   = ""⟦N:placeholder⟧
        }

        variable "github_token" {
          description = "Token used by the runners module"
          type        = string
          default     = "⟦P:github-fine-grained-pat⟧"
        }

        variable "pagerduty_token" {
          type    = string
          default = "⟦P:pagerduty-api-key⟧"
        }
    ''')
    put(c, r, "gcp/main.tf", "terraform", '''
        provider "google" {
          project     = "acme-data-prod"
          region      = "europe-west4"
          credentials = file("${path.module}/sa-terraform.json")
        }

        resource "google_secret_manager_secret_version" "openai" {
          secret      = "projects/acme-data-prod/secrets/openai-key"⟦N:secret-manager-reference⟧
          secret_data = "⟦P:openai-project-key⟧"
        }

        resource "google_sql_user" "etl" {
          name     = "etl"
          instance = google_sql_database_instance.main.name
          password = "⟦P:generic-password⟧"
        }
    ''')
    put(c, r, "gcp/sa-terraform.json", "json", '''
        {
          "type": "service_account",
          "project_id": "acme-data-prod",
          "private_key_id": "⟦G:key-identifier=sha⟧",
          "private_key": "⟦P:gcp-service-account-key⟧",
          "client_email": "terraform@acme-data-prod.iam.gserviceaccount.com",
          "client_id": "1048⟦G:uuid-identifier=sha⟧",
          "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
          "universe_domain": "googleapis.com"
        }
    ''')
    put(c, r, "azure/main.tf", "terraform", '''
        provider "azurerm" {
          features {}
          subscription_id = "⟦G:uuid-identifier=uuid⟧"
          tenant_id       = "⟦G:uuid-identifier=uuid⟧"
          client_id       = "⟦G:uuid-identifier=uuid⟧"
          client_secret   = "⟦P:azure-ad-client-secret⟧"
        }

        resource "azurerm_key_vault_secret" "sb" {
          name         = "servicebus-conn"
          value        = "⟦P:azure-servicebus-connection-string⟧"
          key_vault_id = azurerm_key_vault.main.id
        }

        resource "azurerm_linux_web_app" "api" {
          name = "acme-api-prod"
          app_settings = {
            "COSMOS_CONNECTION" = "@Microsoft.KeyVault(SecretUri=https://kv-acme.vault.azure.net/secrets/cosmos/)"⟦N:secret-manager-reference⟧
            "STORAGE"           = "⟦P:azure-storage-connection-string⟧"
            ⟦D:terraform:3⟧
          }
        }
    ''')
    put(c, r, "envs/prod.tfvars", "terraform", '''
        environment = "prod"
        ⟦D:terraform:4⟧
        ⟦E:terraform:4⟧
    ''')
    put(c, r, ".terraform.lock.hcl", "lockfile", '''
        provider "registry.terraform.io/hashicorp/aws" {
          version     = "5.72.1"
          constraints = "~> 5.0"
          hashes = [
            "⟦G:lockfile-hash=gosum⟧",
            "⟦G:lockfile-hash=tflock⟧",
            "⟦G:lockfile-hash=tflock⟧",
          ]
        }
    ''')


@repo
def ansible_fleet(c):
    r = "ansible-fleet"
    put(c, r, "inventories/prod/group_vars/all.yml", "yaml-ansible", '''
        ---
        ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
        ansible_user: deploy
        ansible_become_pass: "⟦P:generic-password⟧"
        postgres_replication_password: ⟦P:generic-password⟧
        rabbitmq_url: "⟦P:amqp-url⟧"
        ldap_bind_password: "{{ vault_ldap_bind_password }}"⟦N:env-reference⟧
        ⟦D:ansible:5⟧
        ⟦E:ansible:4⟧
    ''')
    put(c, r, "inventories/prod/group_vars/vault.yml", "yaml-ansible", '''
        vault_ldap_bind_password: !vault |
                  ⟦G:encrypted-value=ansible-vault⟧
    ''')
    put(c, r, "inventories/prod/hosts.ini", "ini", '''
        [web]
        web01.acme.internal ansible_host=10.20.1.11
        web02.acme.internal ansible_host=10.20.1.12

        [db]
        db01.acme.internal ansible_host=10.20.2.10 ansible_password=⟦P:generic-password⟧

        [windows]
        ad01.acme.internal ansible_connection=winrm ansible_user=Administrator ansible_password='⟦P:cli-password⟧'
    ''')
    put(c, r, "roles/monitoring/defaults/main.yml", "yaml-ansible", '''
        node_exporter_version: "1.8.2"
        node_exporter_sha256: ⟦G:sha256-checksum=sha256⟧
        newrelic_license_key: ⟦P:newrelic-license-key⟧
        grafana_admin_password: "changeme"⟦N:placeholder⟧
    ''')
    put(c, r, "roles/backup/tasks/main.yml", "yaml-ansible", '''
        - name: Dump database
          ansible.builtin.shell: >
            PGPASSWORD='⟦P:cli-password⟧' pg_dump -h db01 -U backup orders | gzip > /backup/orders.sql.gz

        - name: Push to offsite bucket
          ansible.builtin.command: >
            rclone copy /backup b2:acme-backups --b2-key ⟦P:generic-api-key⟧
          environment:
            B2_ACCOUNT_ID: "0041⟦G:uuid-identifier=sha⟧"

        - name: Register runner
          ansible.builtin.command: gitlab-runner register --non-interactive --token ⟦P:gitlab-runner-token⟧
    ''')
    put(c, r, "roles/users/files/authorized_keys", "credential-file", '''
        ⟦G:public-key=ssh-pub⟧
        ⟦G:public-key=ssh-pub⟧
    ''')
    put(c, r, "roles/users/files/id_ed25519_backup", "pem-file", "⟦P:openssh-private-key⟧\n")


@repo
def ds_forecasting(c):
    r = "ds-forecasting"
    cells = []

    def nb(path, sources):
        # sources: list of (cell_type, [lines]) ; a marker in a line is kept as is and resolved by F
        out = ['{', ' "cells": [']
        for i, (ct, lines) in enumerate(sources):
            out.append('  {')
            out.append(f'   "cell_type": "{ct}",')
            if ct == "code":
                out.append('   "execution_count": %d,' % (i + 1))
            out.append('   "metadata": {},')
            if ct == "code":
                out.append('   "outputs": [],')
            out.append('   "source": [')
            for k, ln in enumerate(lines):
                end = "" if k == len(lines) - 1 else ","
                out.append('    "' + ln.replace('"', '\\"') + ('\\n"' if k < len(lines) - 1 else '"') + end)
            out.append('   ]')
            out.append('  }' + ("," if i < len(sources) - 1 else ""))
        out += [' ],', ' "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},',
                ' "nbformat": 4,', ' "nbformat_minor": 5', '}']
        f = F(c, r, path, "notebook")
        for ln in out:
            f.line(ln)
        f.save()

    nb("notebooks/01_demand_eda.ipynb", [
        ("markdown", ["# Demand EDA", "Pulls the last 18 months of orders from the warehouse."]),
        ("code", ["import pandas as pd", "import snowflake.connector", "",
                  "conn = snowflake.connector.connect(", "    user='ANALYST_SVC',",
                  "    password='⟦P:generic-password⟧',", "    account='acme-xy12345',", ")"]),
        ("code", ["df = pd.read_sql('select * from orders where ts > dateadd(month, -18, current_date)', conn)", "df.head()"]),
        ("code", ["import os", "os.environ['OPENAI_API_KEY'] = '⟦P:openai-legacy-key⟧'"]),
        ("code", ["os.environ['WANDB_API_KEY'] = os.getenv('WANDB_KEY', '')⟦N:env-reference⟧"]),
    ])
    nb("notebooks/02_model_training.ipynb", [
        ("code", ["import wandb", "wandb.login(key='⟦P:wandb-api-key⟧')"]),
        ("code", ["from huggingface_hub import login", "login(token='⟦P:huggingface-token⟧')"]),
        ("code", ["# model artefact checksum", "EXPECTED_SHA256 = '⟦G:sha256-checksum=sha256⟧'"]),
        ("code", ["import boto3", "s3 = boto3.client('s3', aws_access_key_id='⟦P:aws-access-key-id⟧',",
                  "                  aws_secret_access_key='⟦P:aws-secret-access-key⟧')"]),
        ("code", ["from kaggle.api.kaggle_api_extended import KaggleApi",
                  "!mkdir -p ~/.kaggle && echo '{\"username\":\"mlteam\",\"key\":\"⟦P:generic-api-key⟧\"}' > ~/.kaggle/kaggle.json"]),
    ])
    nb("notebooks/03_llm_labelling.ipynb", [
        ("code", ["from anthropic import Anthropic", "client = Anthropic(api_key='⟦P:anthropic-api-key⟧')"]),
        ("code", ["import cohere", "co = cohere.ClientV2(api_key='⟦P:cohere-api-key⟧')"]),
        ("code", ["from mistralai import Mistral", "mistral = Mistral(api_key=os.environ['MISTRAL_API_KEY'])⟦N:env-reference⟧"]),
        ("code", ["API_KEY = '<paste your key here>'⟦N:placeholder⟧"]),
    ])
    put(c, r, "src/forecast/settings.py", "code-python", '''
        from pydantic_settings import BaseSettings


        class Settings(BaseSettings):
            warehouse_dsn: str = "⟦P:snowflake-url⟧"
            mlflow_tracking_uri: str = "https://mlflow.acme.internal"
            ⟦D:python:4⟧
            ⟦E:python:3⟧

            class Config:
                env_file = ".env"
    ''')
    put(c, r, "dvc.lock", "lockfile", '''
        schema: '2.0'
        stages:
          featurize:
            cmd: python src/forecast/featurize.py
            deps:
            - path: data/raw/orders.parquet
              md5: ⟦G:lockfile-hash=sha⟧
              size: 48213311
            outs:
            - path: data/features
              md5: ⟦G:lockfile-hash=sha⟧.dir
    ''')


@repo
def dotnet_billing(c):
    r = "dotnet-billing"
    put(c, r, "src/Billing.Api/appsettings.json", "json", '''
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          "AllowedHosts": "*",
          "ConnectionStrings": {
            "BillingDb": "⟦P:mssql-connection-string⟧",
            "Cache": "billing-cache.redis.cache.windows.net:6380,password=⟦P:azure-storage-account-key⟧,ssl=True,abortConnect=False",
            "ServiceBus": "⟦P:azure-servicebus-connection-string⟧",
            "Storage": "UseDevelopmentStorage=true"⟦N:placeholder⟧
          },
          "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "TenantId": "⟦G:uuid-identifier=uuid⟧",
            "ClientId": "⟦G:uuid-identifier=uuid⟧",
            "ClientSecret": "⟦P:azure-ad-client-secret⟧"
          },
          "Stripe": {
            "SecretKey": "⟦P:stripe-live-secret-key⟧",
            "PublishableKey": "⟦G:publishable-key=stripe-publishable⟧"
          },
          "Features": {
            ⟦D:json:4⟧
            ⟦E:json:3⟧
            "Enabled": true
          }
        }
    ''')
    put(c, r, "src/Billing.Api/appsettings.Development.json", "json", '''
        {
          "ConnectionStrings": {
            "BillingDb": "Server=(localdb)\\\\mssqllocaldb;Database=Billing;Trusted_Connection=True;",
            "Storage": "⟦G:vendor-example-key=azurite-conn⟧"
          },
          "AzureAd": { "ClientSecret": "<from user-secrets>" }⟦N:placeholder⟧
        }
    ''')
    put(c, r, "src/Billing.Legacy/Web.config", "xml", '''
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <connectionStrings>
            <add name="Billing" connectionString="Data Source=sql01;Initial Catalog=Billing;User ID=billing_web;⟪Password⟫=⟦P:generic-password⟧" providerName="System.Data.SqlClient" />
            <add name="Audit" connectionString="Data Source=sql01;Initial Catalog=Audit;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
          </connectionStrings>
          <appSettings>
            ⟦D:xml-add:4⟧
            ⟦E:xml-add:3⟧
            <add key="SmtpPassword" value="⟦P:smtp-password⟧" />
          </appSettings>
          <system.web>
            <machineKey validationKey="⟦P:aspnet-machine-key⟧" decryptionKey="⟦G:hash-value=sha256⟧" validation="HMACSHA256" decryption="AES" />
          </system.web>
        </configuration>
    ''')
    put(c, r, "src/Billing.Worker/Secrets.cs", "code-csharp", '''
        namespace Billing.Worker;

        internal static class Secrets
        {
            ⟦D:csharp:4⟧
            ⟦E:csharp:3⟧
            public const string ExportCertPassword = "⟦P:keystore-password⟧";
        }
    ''')
    put(c, r, "src/Billing.Worker/InvoiceMailer.cs", "code-csharp", '''
        using SendGrid;

        public class InvoiceMailer
        {
            private readonly SendGridClient _client = new("⟦P:sendgrid-api-key⟧");
            private readonly string _fallback = configuration["Mail:ApiKey"];⟦N:env-reference⟧

            public Task SendAsync(Invoice invoice) => _client.SendEmailAsync(Build(invoice));
        }
    ''')
    put(c, r, "deploy/Deploy.ps1", "powershell", '''
        param([string]$Environment = "prod")
        $ErrorActionPreference = "Stop"
        ⟦D:powershell:3⟧
        $secure = ConvertTo-SecureString "⟦P:cli-password⟧" -AsPlainText -Force
        $cred = New-Object System.Management.Automation.PSCredential ("ACME\\svc-deploy", $secure)
        $kv = Get-AzKeyVaultSecret -VaultName "kv-billing" -Name "SqlPassword" -AsPlainText⟦N:secret-manager-reference⟧
        dotnet nuget push ./artifacts/*.nupkg --api-key ⟦P:nuget-api-key⟧ --source https://api.nuget.org/v3/index.json
        Invoke-Command -ComputerName billing01 -Credential $cred -ScriptBlock { Restart-Service Billing }
    ''')


@repo
def android_fieldapp(c):
    r = "android-fieldapp"
    put(c, r, "app/google-services.json", "json", '''
        {
          "project_info": {
            "project_number": "481516234200",
            "project_id": "fieldapp-prod",
            "storage_bucket": "fieldapp-prod.appspot.com"
          },
          "client": [
            {
              "client_info": {
                "mobilesdk_app_id": "1:481516234200:android:⟦G:public-identifier=sha⟧",
                "android_client_info": { "package_name": "io.acme.fieldapp" }
              },
              "api_key": [ { "current_key": "⟦G:publishable-key=firebase-web-key⟧" } ]
            }
          ]
        }
    ''')
    put(c, r, "local.properties", "properties", '''
        sdk.dir=/Users/dmitri/Library/Android/sdk
        MAPS_API_KEY=⟦P:gcp-api-key⟧
        sentry.auth.token=⟦P:sentry-auth-token⟧
        ⟦D:properties:3⟧
    ''')
    put(c, r, "gradle.properties", "properties", '''
        org.gradle.jvmargs=-Xmx4g
        android.useAndroidX=true
        RELEASE_STORE_FILE=../keys/release.jks
        RELEASE_STORE_PASSWORD=⟦P:keystore-password⟧
        RELEASE_KEY_ALIAS=fieldapp
        RELEASE_KEY_PASSWORD=⟦P:keystore-password⟧
        mavenPassword=⟦P:jfrog-api-key⟧
        signing.keyId=⟦G:key-identifier=sha⟧
        ⟦E:properties:3⟧
    ''')
    put(c, r, "app/build.gradle.kts", "code-kotlin", '''
        android {
            namespace = "io.acme.fieldapp"
            defaultConfig {
                applicationId = "io.acme.fieldapp"
                buildConfigField("String", "ONESIGNAL_APP_ID", "\\"⟦G:uuid-identifier=uuid⟧\\"")
                buildConfigField("String", "FCM_KEY", "\\"⟦P:fcm-server-key⟧\\"")
                buildConfigField("String", "BACKEND_TOKEN", "\\"${project.findProperty("backendToken") ?: ""}\\"")⟦N:env-reference⟧
            }
            signingConfigs {
                create("release") {
                    storeFile = file("../keys/release.jks")
                    storePassword = "⟦P:keystore-password⟧"
                    keyAlias = "fieldapp"
                    keyPassword = System.getenv("KEY_PASSWORD")⟦N:env-reference⟧
                }
            }
        }
    ''')
    put(c, r, "app/src/main/java/io/acme/fieldapp/net/ApiKeys.kt", "code-kotlin", '''
        package io.acme.fieldapp.net

        object ApiKeys {
            ⟦D:kotlin:4⟧
            ⟦E:kotlin:3⟧
        }
    ''')
    put(c, r, "app/src/main/res/values/secrets.xml", "xml", '''
        <?xml version="1.0" encoding="utf-8"?>
        <resources>
            <string name="app_name">Field App</string>
            <string name="here_api_key">⟦P:generic-api-key⟧</string>
            <string name="onesignal_rest_key">⟦P:onesignal-api-key⟧</string>
            <string name="default_web_client_id">⟦G:public-identifier=google-client-id⟧</string>
        </resources>
    ''')


@repo
def ios_wallet(c):
    r = "ios-wallet"
    put(c, r, "Wallet/Info.plist", "plist", '''
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
          <key>CFBundleIdentifier</key>
          <string>io.acme.wallet</string>
          <key>PlaidSecret</key>
          <string>⟦P:plaid-secret⟧</string>
          <key>SegmentWriteKey</key>
          <string>$(SEGMENT_WRITE_KEY)</string>⟦N:env-reference⟧
          <key>RevenueCatSecret</key>
          <string>sk_⟦P:generic-secret⟧</string>
          <key>LaunchPlaceholderImage</key>
          <string>⟦G:base64-image=png-b64⟧</string>
          <key>GIDClientID</key>
          <string>⟦G:public-identifier=google-client-id⟧</string>
        </dict>
        </plist>
    ''')
    put(c, r, "Config/Release.xcconfig", "xcconfig", '''
        PRODUCT_BUNDLE_IDENTIFIER = io.acme.wallet
        API_BASE_URL = https:/$()/api.acme.io
        ⟦D:dotenv:3⟧
        ⟦E:dotenv:2⟧
    ''')
    put(c, r, "Wallet/Services/Keys.swift", "code-swift", '''
        import Foundation

        enum Keys {
            ⟦D:swift:4⟧
            ⟦E:swift:3⟧
            static let etherscan = "⟦P:etherscan-api-key⟧"
            static let deployerAddress = "⟦G:public-identifier=eth-address⟧"
        }
    ''')
    put(c, r, "fastlane/Fastfile", "code-ruby", '''
        default_platform(:ios)

        platform :ios do
          lane :release do
            ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = "⟦P:apple-app-specific-password⟧"
            app_store_connect_api_key(key_id: "D383SF739", issuer_id: "⟦G:uuid-identifier=uuid⟧", key_filepath: "./AuthKey_D383SF739.p8")
            match(type: "appstore", git_basic_authorization: "⟦P:docker-config-auth⟧")
            upload_to_testflight
          end
        end
    ''')
    put(c, r, "fastlane/AuthKey_D383SF739.p8", "pem-file", "⟦P:apple-p8-key⟧\n")
    put(c, r, "fastlane/.env.default", "dotenv", '''
        MATCH_PASSWORD=⟦P:generic-password⟧
        MATCH_GIT_URL=git@github.com:acme/certificates.git
        SIGNING_P12_BASE64=⟦P:pkcs12-base64⟧
        FASTLANE_USER=release@acme.io
    ''')


@repo
def wp_agency(c):
    r = "wp-agency"
    salts = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]
    salt_lines = "\n".join(f"        define( '{s}', '⟦P:wordpress-salt⟧' );" for s in salts)
    put(c, r, "public_html/wp-config.php", "code-php", '''
        <?php
        /** The name of the database for WordPress */
        define( 'DB_NAME', 'agency_wp' );
        define( 'DB_USER', 'agency_wp' );
        define( 'DB_PASSWORD', '⟦P:generic-password⟧' );
        define( 'DB_HOST', 'localhost' );
        define( 'DB_CHARSET', 'utf8mb4' );

''' + salt_lines + '''

        $table_prefix = 'wp_';
        define( 'WP_DEBUG', false );
        define( 'WP_MAIL_SMTP_PASSWORD', '⟦P:smtp-password⟧' );
        define( 'AS3CF_SETTINGS', serialize( array(
            'provider' => 'aws',
            'access-key-id' => '⟦P:aws-access-key-id⟧',
            'secret-access-key' => '⟦P:aws-secret-access-key⟧',
        ) ) );
        if ( ! defined( 'ABSPATH' ) ) {
            define( 'ABSPATH', __DIR__ . '/' );
        }
        require_once ABSPATH . 'wp-settings.php';
    ''')
    put(c, r, "public_html/wp-config-sample.php", "code-php", '''
        <?php
        define( 'DB_NAME', 'database_name_here' );
        define( 'DB_USER', 'username_here' );
        define( 'DB_PASSWORD', 'password_here' );⟦N:placeholder⟧
        define( 'AUTH_KEY',         'put your unique phrase here' );⟦N:placeholder⟧
        define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );⟦N:placeholder⟧
    ''')
    put(c, r, "public_html/wp-content/themes/agency/functions.php", "code-php", '''
        <?php
        add_action( 'wp_enqueue_scripts', function () {
            wp_enqueue_script( 'maps', 'https://maps.googleapis.com/maps/api/js?key=⟦G:publishable-key=firebase-web-key⟧&callback=initMap', [], null, true );
        } );

        ⟦D:php-define:4⟧
        ⟦E:php-define:3⟧

        function agency_mailchimp_subscribe( $email ) {
            $key = '⟦P:mailchimp-api-key⟧';
            return wp_remote_post( 'https://us14.api.mailchimp.com/3.0/lists/8a1b2c/members', [
                'headers' => [ 'Authorization' => 'apikey ' . $key ],
                'body'    => wp_json_encode( [ 'email_address' => $email, 'status' => 'subscribed' ] ),
            ] );
        }
    ''')
    put(c, r, "deploy/sync.sh", "shell-script", '''
        #!/usr/bin/env bash
        set -euo pipefail
        mysqldump -h 127.0.0.1 -u agency_wp --password='⟦P:cli-password⟧' agency_wp > /tmp/agency.sql
        lftp -u deploy,⟦P:cli-password⟧ sftp://web.agency-host.net -e "mirror -R public_html /var/www/html; quit"
        wp search-replace 'https://staging.agency.test' 'https://agency.example' --skip-columns=guid
        curl -s -X POST "https://api.cloudflare.com/client/v4/zones/⟦G:uuid-identifier=sha⟧/purge_cache" \\
          -H "Authorization: Bearer ⟦P:cloudflare-api-token⟧" --data '{"purge_everything":true}'
    ''')


@repo
def spring_claims(c):
    r = "spring-claims"
    put(c, r, "src/main/resources/application.yml", "yaml-config", '''
        server:
          port: 8443
        spring:
          datasource:
            url: jdbc:postgresql://claims-db.internal:5432/claims
            username: claims_app
            password: ⟦P:generic-password⟧
          rabbitmq:
            addresses: ⟦P:amqp-url⟧
          mail:
            host: smtp.office365.com
            username: claims-noreply@acme.io
            password: ${MAIL_PASSWORD}⟦N:env-reference⟧
          security:
            oauth2:
              client:
                registration:
                  okta:
                    client-id: 0oa⟦G:public-identifier=uuid⟧
                    client-secret: ⟦P:generic-secret⟧
        claims:
          ⟦D:yaml:4⟧
          ⟦E:yaml:3⟧
    ''')
    put(c, r, "src/main/resources/application-prod.properties", "properties", '''
        spring.datasource.url=⟦P:jdbc-url-password⟧
        spring.datasource.hikari.maximum-pool-size=30
        spring.data.mongodb.uri=⟦P:mongodb-url⟧
        spring.elasticsearch.uris=⟦P:elasticsearch-url⟧
        jasypt.encryptor.password=⟦P:encryption-key⟧
        claims.partner.api-key=⟦G:encrypted-value=jasypt⟧
        okta.client.token=⟦P:okta-api-token⟧
        ⟦D:properties:3⟧
        ⟦E:properties:3⟧
    ''')
    put(c, r, "src/main/java/io/acme/claims/integration/DocuSignClient.java", "code-java", '''
        package io.acme.claims.integration;

        import org.springframework.beans.factory.annotation.Value;
        import org.springframework.stereotype.Component;

        @Component
        public class DocuSignClient {
            ⟦D:java:4⟧
            ⟦E:java:3⟧

            @Value("${docusign.private-key}")⟦N:env-reference⟧
            private String privateKey;

            private static final String RSA_KEY = """
                    ⟦P:rsa-private-key⟧
                    """;
        }
    ''')
    put(c, r, "src/main/kotlin/io/acme/claims/FraudScoring.kt", "code-kotlin", '''
        package io.acme.claims

        class FraudScoring(private val http: HttpClient) {
            private val apiKey = "⟦P:generic-api-key⟧"
            private val endpoint = "https://api.sift.com/v205/score"

            fun score(claimId: String) = http.post(endpoint) {
                header("Authorization", "Basic ${java.util.Base64.getEncoder().encodeToString("$apiKey:".toByteArray())}")⟦N:env-reference⟧
            }
        }
    ''')
    put(c, r, ".mvn/settings.xml", "xml", '''
        <settings>
          <servers>
            <server>
              <id>acme-releases</id>
              <username>deployer</username>
              <password>⟦P:generic-password⟧</password>
            </server>
            <server>
              <id>github</id>
              <username>acme-bot</username>
              <password>⟦P:github-classic-pat⟧</password>
            </server>
            <server>
              <id>central</id>
              <username>${env.SONATYPE_USER}</username>
              <password>${env.SONATYPE_PASSWORD}</password>⟦N:env-reference⟧
            </server>
          </servers>
        </settings>
    ''')
    put(c, r, "src/test/resources/application-test.yml", "yaml-config", '''
        spring:
          datasource:
            url: jdbc:h2:mem:claims
            username: sa
            password: test⟦N:fake-fixture⟧
        claims:
          signing-key: ⟦G:fake-fixture=fake-fixture⟧
    ''')


@repo
def ci_collection(c):
    r = "ci-collection"
    put(c, r, ".github/workflows/release.yml", "yaml-ci", '''
        name: release
        on:
          push:
            tags: ["v*"]
        env:
          REGISTRY: ghcr.io
          ⟦D:gha:3⟧
          ⟦E:gha:4⟧
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683⟦N:git-sha⟧
              - uses: docker/login-action@v3
                with:
                  username: acmebot
                  password: ⟦P:dockerhub-pat⟧
              - run: echo "${{ secrets.NPM_TOKEN }}" > ~/.npmrc⟦N:env-reference⟧
              - run: cargo publish --token ⟦P:crates-io-token⟧
              - run: gem push pkg/*.gem
                env:
                  GEM_HOST_API_KEY: ⟦P:rubygems-api-key⟧
              - run: twine upload dist/* -u __token__ -p ⟦P:pypi-token⟧
    ''')
    put(c, r, ".gitlab-ci.yml", "yaml-ci", '''
        stages: [test, build, deploy]
        variables:
          DOCKER_DRIVER: overlay2
          ⟦D:gitlab:4⟧
          ⟦E:gitlab:3⟧
        deploy:
          stage: deploy
          script:
            - 'curl --header "PRIVATE-TOKEN: ⟦P:gitlab-pat⟧" "https://gitlab.acme.io/api/v4/projects/42/releases"'
            - git clone https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.acme.io/infra/charts.git⟦N:env-reference⟧
            - git clone https://deploy:⟦P:gitlab-deploy-token⟧@gitlab.acme.io/infra/values.git
    ''')
    put(c, r, "Jenkinsfile", "groovy", '''
        pipeline {
          agent any
          environment {
            ⟦D:groovy:3⟧
            ⟦E:groovy:3⟧
          }
          stages {
            stage('Quality') {
              steps {
                sh "mvn sonar:sonar -Dsonar.token=⟦P:sonarqube-token⟧"
              }
            }
            stage('Publish') {
              steps {
                withCredentials([string(credentialsId: 'artifactory', variable: 'ART')]) {⟦N:secret-manager-reference⟧
                  sh 'jf rt upload target/*.jar libs-release/ --access-token $ART'
                }
                sh "curl -u ci-bot:⟦P:cli-password⟧ -T target/app.jar https://nexus.acme.io/repository/releases/"
              }
            }
          }
        }
    ''')
    put(c, r, ".circleci/config.yml", "yaml-ci", '''
        version: 2.1
        jobs:
          test:
            docker:
              - image: cimg/python:3.12
                auth:
                  username: acmebot
                  password: ⟦P:dockerhub-pat⟧
            environment:
              ⟦D:yaml:3⟧
            steps:
              - checkout
              - run: curl -X POST -H "Circle-Token: ⟦P:circleci-token⟧" https://circleci.com/api/v2/project/gh/acme/api/pipeline
              - run: snyk auth $SNYK_TOKEN && snyk test⟦N:env-reference⟧
    ''')
    put(c, r, "bitbucket-pipelines.yml", "yaml-ci", '''
        image: node:20
        pipelines:
          default:
            - step:
                script:
                  - npm ci && npm test
                  - pipe: atlassian/bitbucket-upload-file:0.7.1
                    variables:
                      BITBUCKET_USERNAME: acme-ci
                      BITBUCKET_APP_PASSWORD: ⟦P:bitbucket-app-password⟧
                  - export SRC_ACCESS_TOKEN=⟦P:sourcegraph-token⟧
    ''')
    put(c, r, "azure-pipelines.yml", "yaml-ci", '''
        trigger: [main]
        pool: { vmImage: ubuntu-latest }
        variables:
          - group: prod-secrets
          - name: AZURE_DEVOPS_EXT_PAT
            value: ⟦P:azure-devops-pat⟧
        steps:
          - script: az devops login --organization https://dev.azure.com/acme
            env:
              AZURE_DEVOPS_EXT_PAT: $(AZURE_DEVOPS_EXT_PAT)⟦N:env-reference⟧
          - script: terraform apply -auto-approve -var "tfe_token=⟦P:terraform-cloud-token⟧"
    ''')
    put(c, r, ".drone.yml", "yaml-ci", '''
        kind: pipeline
        type: docker
        name: default
        steps:
          - name: notify
            image: plugins/slack
            settings:
              webhook: ⟦P:slack-webhook-url⟧
              channel: deploys
          - name: pulumi
            image: pulumi/pulumi
            environment:
              PULUMI_ACCESS_TOKEN: ⟦P:pulumi-token⟧
              ARM_CLIENT_SECRET:
                from_secret: arm_client_secret⟦N:env-reference⟧
    ''')


@repo
def docs_portal(c):
    r = "docs-portal"
    put(c, r, "docs/getting-started.md", "markdown", '''
        # Getting started with the Acme API

        Every request needs an API key in the `Authorization` header. Create one under
        **Settings → API keys**. Keys look like `acme_live_` followed by 32 characters.

        ```bash
        curl https://api.acme.io/v1/orders \\
          -H "Authorization: Bearer <YOUR_API_KEY>"⟦N:placeholder⟧
        ```

        ## Environment variables

        | variable | example | environment |
        |---|---|---|
        ⟦D:md-table:4⟧
        ⟦E:md-table:4⟧

        ## Verifying webhooks

        ```python
        import hmac, hashlib
        secret = b"whsec_..."⟦N:vendor-shaped-placeholder⟧
        ```

        For a quick test against staging you can use the shared sandbox token
        `⟦P:generic-token⟧` (rotated monthly).
    ''')
    put(c, r, "docs/tutorials/aws-upload.md", "markdown", '''
        # Uploading exports to S3

        Configure the AWS CLI first (the values below are AWS's documentation examples):

        ```
        $ aws configure
        AWS Access Key ID [None]: ⟦G:vendor-example-key=aws-example-id⟧
        AWS Secret Access Key [None]: ⟦G:vendor-example-key=aws-example-secret⟧
        Default region name [None]: us-west-2
        ```

        Our CI user (do not share outside the team):

        ```ini
        [acme-ci]
        aws_access_key_id = ⟦P:aws-access-key-id⟧
        aws_secret_access_key = ⟦P:aws-secret-access-key⟧
        ```
    ''')
    put(c, r, "docs/tutorials/jwt.md", "markdown", '''
        # Authenticating with JWTs

        A token has three parts. Paste this one into jwt.io to see them:

            ⟦G:vendor-example-key=jwtio-sample⟧

        Our staging issuer signs with HS256 and the secret below:

        ```yaml
        auth:
          issuer: https://auth.staging.acme.io
          hs256_secret: "⟦P:jwt-signing-secret⟧"
        ```

        Never commit `JWT_SECRET=${JWT_SECRET}` values other than references.⟦N:env-reference⟧
    ''')
    put(c, r, "docs/integrations/chat.md", "markdown", '''
        # Chat integrations

        1. Create a Slack app and copy the bot token (starts with `xoxb-`).
        2. Put it in `config/slack.yml`:

        ```yaml
        slack:
          bot_token: ⟦P:slack-bot-token⟧
          app_token: ⟦P:slack-app-token⟧
          signing_secret: ⟦P:generic-secret⟧
        ```

        Teams channel used for on-call pings: ⟦P:teams-webhook-url⟧

        ![token scopes screenshot](⟦G:base64-image=png-b64⟧)

        Example payload signature header: `X-Signature: sha256=⟦G:hash-value=sha256⟧`
    ''')
    put(c, r, "api/orders.http", "http-file", '''
        @host = https://api.acme.io
        @token = ⟦P:jwt-token⟧

        ### List orders
        GET {{host}}/v1/orders
        Authorization: Bearer {{token}}⟦N:env-reference⟧

        ### Partner API (basic auth)
        GET {{host}}/partner/v1/stock
        Authorization: ⟦P:basic-auth-header⟧

        ### Legacy key in query
        GET {{host}}/v0/prices?api_key=⟦P:generic-api-key⟧&currency=EUR

        ### Admin
        POST {{host}}/admin/reindex
        X-Admin-Token: {{$dotenv ADMIN_TOKEN}}⟦N:env-reference⟧
    ''')
    put(c, r, "mkdocs.yml", "yaml-config", '''
        site_name: Acme Developer Docs
        theme:
          name: material
        extra:
          analytics:
            provider: google
            property: G-7QX2LM9KDE
          algolia:
            app_id: KX7Q2ZP1
            api_key: ⟦G:publishable-key=algolia-search⟧
        plugins:
          - search
    ''')


@repo
def dotfiles(c):
    r = "dotfiles"
    put(c, r, ".zsh_history", "shell-history", '''
        : 1730112201:0;git status
        : 1730112230:0;mysql -h db01.acme.internal -u root -p'⟦P:cli-password⟧' orders
        : 1730112302:0;export OPENAI_API_KEY=⟦P:openai-project-key⟧
        : 1730112350:0;kubectl get pods -n payments
        : 1730112411:0;psql "⟦P:postgres-url⟧" -c 'select count(*) from orders'
        : 1730112502:0;redis-cli -h cache.internal -a ⟦P:cli-password⟧ info memory
        : 1730112600:0;docker login registry.acme.io -u deploy -p ⟦P:cli-password⟧
        : 1730112688:0;curl -H "Authorization: token ⟦P:github-classic-pat⟧" https://api.github.com/user/repos
        : 1730112701:0;git log -1 --format=%H
        : 1730112750:0;helm repo add acme https://charts.acme.io --username ci --password ⟦P:cli-password⟧
        : 1730112800:0;kubectl create secret generic api --from-literal=password=⟦P:cli-password⟧
        : 1730112850:0;openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:⟦P:cli-password⟧
        : 1730112900:0;export ANTHROPIC_API_KEY=$(op read "op://Private/Anthropic/credential")⟦N:secret-manager-reference⟧
        : 1730112950:0;gh auth login --with-token <<< ⟦P:github-oauth-token⟧
        : 1730113000:0;curl -u admin:admin http://localhost:8080/api/health⟦N:placeholder⟧
        : 1730113050:0;tailscale up --authkey ⟦P:tailscale-auth-key⟧
        : 1730113100:0;ngrok config add-authtoken ⟦P:ngrok-authtoken⟧
    ''')
    put(c, r, ".bash_history", "shell-history", '''
        ls -la
        sshpass -p '⟦P:cli-password⟧' ssh root@10.0.0.5
        mongosh "⟦P:mongodb-url⟧"
        export AWS_SECRET_ACCESS_KEY=⟦P:aws-secret-access-key⟧
        export DIGITALOCEAN_TOKEN=⟦P:digitalocean-pat⟧
        keytool -importkeystore -srckeystore old.jks -destkeystore new.jks -srcstorepass ⟦P:cli-password⟧ -deststorepass ⟦N:placeholder⟧changeit
        echo $GITHUB_TOKEN⟦N:env-reference⟧
        sha256sum terraform_1.9.8_linux_amd64.zip
        curl -X POST https://api.linear.app/graphql -H "Authorization: ⟦P:linear-api-key⟧" -d @q.json
        vault login ⟦P:vault-token⟧
    ''')
    put(c, r, ".netrc", "credential-file", '''
        machine api.heroku.com
          login ops@acme.io
          password ⟦P:heroku-api-key⟧
        machine github.com
          login acme-ops
          password ⟦P:github-classic-pat⟧
        machine ftp.partner.example
          login acme
          password ⟦P:generic-password⟧
    ''')
    put(c, r, ".pgpass", "credential-file", '''
        db01.acme.internal:5432:orders:orders_admin:⟦P:generic-password⟧
        localhost:5432:*:postgres:postgres⟦N:placeholder⟧
    ''')
    put(c, r, ".git-credentials", "credential-file", '''
        https://acme-ops:⟦P:github-classic-pat⟧@github.com
        https://oauth2:⟦P:gitlab-pat⟧@gitlab.acme.io
        https://x-token-auth:⟦P:bitbucket-app-password⟧@bitbucket.org
    ''')
    put(c, r, ".pypirc", "credential-file", '''
        [distutils]
        index-servers = pypi internal

        [pypi]
        username = __token__
        password = ⟦P:pypi-token⟧

        [internal]
        repository = https://pypi.acme.internal/simple
        username = ci
        password = ⟦P:generic-password⟧
    ''')
    put(c, r, ".docker/config.json", "credential-file", '''
        {
          "auths": {
            "registry.acme.io": {
              "auth": "⟦P:docker-config-auth⟧"
            },
            "https://index.docker.io/v1/": {
              "auth": "⟦P:docker-config-auth⟧"
            },
            "ghcr.io": {}
          },
          "credsStore": "osxkeychain"
        }
    ''')
    put(c, r, ".aws/credentials", "credential-file", '''
        [default]
        aws_access_key_id = ⟦P:aws-access-key-id⟧
        aws_secret_access_key = ⟦P:aws-secret-access-key⟧

        [staging]
        aws_access_key_id = ⟦P:aws-temp-access-key-id⟧
        aws_secret_access_key = ⟦P:aws-secret-access-key⟧
        aws_session_token = IQoJb3JpZ2luX2VjE⟦P:generic-token⟧
        region = eu-west-1

        [sso-dev]
        sso_start_url = https://acme.awsapps.com/start
        sso_account_id = 123456789012
        credential_process = /usr/local/bin/aws-vault export --format=json dev⟦N:secret-manager-reference⟧
    ''')
    put(c, r, ".m2/settings.xml", "xml", '''
        <settings>
          <servers>
            <server>
              <id>nexus</id>
              <username>dev</username>
              <password>⟦P:generic-password⟧</password>
            </server>
            <server>
              <id>nexus-encrypted</id>
              <username>dev</username>
              <password>{⟦G:encrypted-value=sha256⟧}</password>
            </server>
          </servers>
        </settings>
    ''')
    put(c, r, ".ssh/id_ed25519", "pem-file", "⟦P:openssh-private-key⟧\n")
    put(c, r, ".ssh/id_ed25519.pub", "credential-file", "⟦G:public-key=ssh-pub⟧\n")
    put(c, r, ".ssh/jump.ppk", "pem-file", "⟦P:putty-private-key⟧\n")
    put(c, r, ".config/gh/hosts.yml", "yaml-config", '''
        github.com:
            users:
                acme-ops:
                    oauth_token: ⟦P:github-oauth-token⟧
            git_protocol: ssh
            user: acme-ops
    ''')
    put(c, r, ".bashrc", "shell-script", '''
        # ~/.bashrc
        [ -z "$PS1" ] && return
        alias k=kubectl
        export EDITOR=nvim
        ⟦D:export:4⟧
        ⟦E:export:3⟧
        export SOPS_AGE_KEY=⟦P:age-secret-key⟧
        export SOPS_AGE_RECIPIENTS=⟦G:public-key=age-recipient⟧
    ''')
    put(c, r, ".my.cnf", "credential-file", '''
        [client]
        user=root
        password="⟦P:generic-password⟧"
        host=127.0.0.1
    ''')
    put(c, r, ".gnupg/private.asc", "pem-file", "⟦P:pgp-private-key⟧\n")


@repo
def laravel_helpdesk(c):
    r = "laravel-helpdesk"
    put(c, r, ".env", "dotenv", '''
        APP_NAME=Helpdesk
        APP_ENV=production
        APP_KEY=⟦P:laravel-app-key⟧
        APP_DEBUG=false
        APP_URL=https://help.acme.io

        DB_CONNECTION=mysql
        DB_HOST=127.0.0.1
        DB_PORT=3306
        DB_DATABASE=helpdesk
        DB_USERNAME=helpdesk
        DB_PASSWORD=⟦P:generic-password⟧

        MAIL_MAILER=smtp
        MAIL_HOST=smtp.mailgun.org
        MAIL_USERNAME=postmaster@mg.acme.io
        MAIL_PASSWORD=⟦P:smtp-password⟧
        MAILGUN_SECRET=⟦P:mailgun-api-key⟧

        PUSHER_APP_ID=1789234
        PUSHER_APP_KEY=⟦G:publishable-key=pusher-key⟧
        PUSHER_APP_SECRET=⟦P:pusher-app-secret⟧

        ⟦D:dotenv:4⟧
        ⟦E:dotenv:4⟧
    ''')
    put(c, r, "config/services.php", "code-php", '''
        <?php

        return [
            'mailgun' => [
                'domain' => env('MAILGUN_DOMAIN'),
                'secret' => env('MAILGUN_SECRET'),⟦N:env-reference⟧
                'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
            ],
            'resend' => [
                'key' => '⟦P:resend-api-key⟧',
            ],
            'vonage' => [
                'key' => 'a1b2c3d4',
                'secret' => '⟦P:vonage-api-secret⟧',
            ],
            'intercom' => [
                'token' => '⟦P:intercom-access-token⟧',
            ],
            ⟦D:php:4⟧
            ⟦E:php:3⟧
        ];
    ''')
    put(c, r, "app/Services/LegacyImport.php", "code-php", '''
        <?php

        namespace App\\Services;

        class LegacyImport
        {
            public function connect(): \\mysqli
            {
                return mysqli_connect('legacy-db.acme.internal', 'import', '⟦P:generic-password⟧', 'tickets_old');
            }

            public function ftp(): void
            {
                $conn = ftp_connect('ftp.partner.example');
                ftp_login($conn, 'acme', config('services.partner.ftp_password'));⟦N:env-reference⟧
            }
        }
    ''')
    put(c, r, "composer.lock", "lockfile", '''
        {
            "content-hash": "⟦G:lockfile-hash=sha⟧",
            "packages": [
                {
                    "name": "laravel/framework",
                    "version": "v11.29.0",
                    "dist": {
                        "type": "zip",
                        "url": "https://api.github.com/repos/laravel/framework/zipball/⟦G:git-sha=sha⟧",
                        "reference": "⟦G:git-sha=sha⟧",
                        "shasum": ""
                    }
                }
            ]
        }
    ''')


@repo
def rust_gateway(c):
    r = "rust-gateway"
    put(c, r, "config/production.toml", "toml", '''
        [server]
        bind = "0.0.0.0:8080"
        workers = 8

        [database]
        url = "⟦P:postgres-url⟧"
        max_connections = 32

        [upstreams.search]
        url = "https://search.acme.internal"
        api_key = "⟦P:generic-api-key⟧"

        [auth]
        ⟪jwt_secret⟫ = "⟦P:jwt-signing-secret⟧"
        jwt_algorithm = "HS256"⟦N:harmless-setting⟧
        jwks_url = "https://auth.acme.io/.well-known/jwks.json"

        [integrations]
        ⟦D:toml:4⟧
        ⟦E:toml:3⟧
    ''')
    put(c, r, "src/main.rs", "code-rust", '''
        use std::env;

        ⟦D:rust:3⟧

        #[tokio::main]
        async fn main() -> anyhow::Result<()> {
            ⟦E:rust:3⟧
            let redis = redis::Client::open("⟦P:redis-url⟧")?;
            let client = reqwest::Client::new();
            client
                .post("https://api.honeycomb.io/1/events/gateway")
                .header("X-Honeycomb-Team", "⟦P:generic-api-key⟧")
                .send()
                .await?;
            Ok(())
        }
    ''')
    put(c, r, "src/tls.rs", "code-rust", '''
        pub const SERVER_CERT: &str = r#"⟦G:public-certificate=public-cert⟧"#;

        pub const SERVER_KEY: &str = r#"⟦P:pkcs8-private-key⟧"#;
    ''')
    put(c, r, "Cargo.lock", "lockfile", '''
        version = 3

        [[package]]
        name = "tokio"
        version = "1.41.0"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        checksum = "⟦G:lockfile-hash=sha256⟧"

        [[package]]
        name = "reqwest"
        version = "0.12.8"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        checksum = "⟦G:lockfile-hash=sha256⟧"
    ''')
    put(c, r, ".cargo/config.toml", "toml", '''
        [registries.acme]
        index = "sparse+https://cargo.acme.internal/index/"
        token = "⟦P:generic-token⟧"

        [registry]
        global-credential-providers = ["cargo:token"]
    ''')


@repo
def k8s_clusters(c):
    r = "k8s-clusters"
    put(c, r, "apps/payments/deployment.yaml", "yaml-k8s", '''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: payments
          namespace: payments
        spec:
          replicas: 3
          template:
            spec:
              containers:
                - name: payments
                  image: registry.acme.io/payments@⟦G:image-digest=image-digest⟧
                  env:
                    - name: LOG_LEVEL
                      value: info
                    ⟦D:k8s-env:5⟧
                    ⟦E:k8s-env:4⟧
    ''')
    put(c, r, "apps/payments/secret.yaml", "yaml-k8s", '''
        apiVersion: v1
        kind: Secret
        metadata:
          name: payments-secrets
          namespace: payments
        type: Opaque
        data:
          db-password: ⟦P:kubernetes-secret-data⟧
          braintree-token: ⟦P:kubernetes-secret-data⟧
        stringData:
          square-token: ⟦P:square-access-token⟧
          adyen-api-key: ⟦P:generic-api-key⟧
    ''')
    put(c, r, "apps/payments/sealed-secret.yaml", "yaml-k8s", '''
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata:
          name: payments-secrets
          namespace: payments
        spec:
          encryptedData:
            db-password: ⟦G:encrypted-value=sealed⟧
            stripe-key: ⟦G:encrypted-value=sealed⟧
    ''')
    put(c, r, "apps/registry/pull-secret.yaml", "yaml-k8s", '''
        apiVersion: v1
        kind: Secret
        metadata:
          name: regcred
        type: kubernetes.io/dockerconfigjson
        stringData:
          .dockerconfigjson: '{"auths":{"registry.acme.io":{"username":"robot$ci","password":"⟦P:generic-password⟧"}}}'
    ''')
    put(c, r, "apps/observability/external-secret.yaml", "yaml-k8s", '''
        apiVersion: external-secrets.io/v1beta1
        kind: ExternalSecret
        metadata:
          name: datadog
        spec:
          secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
          data:
            - secretKey: api-key
              remoteRef:
                key: arn:aws:secretsmanager:eu-west-1:123456789012:secret:datadog-api-Qw3rTy⟦N:secret-manager-reference⟧
    ''')
    put(c, r, "clusters/prod/flux-system/gotk-sync.yaml", "yaml-k8s", '''
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: GitRepository
        metadata:
          name: flux-system
        spec:
          url: https://github.com/acme/k8s-clusters
          ref:
            commit: ⟦G:git-sha=sha⟧
          secretRef:
            name: flux-system⟦N:env-reference⟧
    ''')
    put(c, r, "clusters/prod/secrets.enc.yaml", "yaml-k8s", '''
        apiVersion: v1
        kind: Secret
        metadata:
          name: grafana
        stringData:
          admin-password: ⟦G:encrypted-value=sops⟧
        sops:
          age:
            - recipient: ⟦G:public-key=age-recipient⟧
          lastmodified: "2025-10-02T09:12:44Z"
          mac: ⟦G:encrypted-value=sops⟧
    ''')
    put(c, r, "kubeconfig-prod.yaml", "kubeconfig", '''
        apiVersion: v1
        kind: Config
        clusters:
          - name: prod
            cluster:
              server: https://10.20.0.1:6443
              certificate-authority-data: ⟦G:public-certificate=sha256⟧
        users:
          - name: admin
            user:
              client-key-data: ⟦P:kubernetes-secret-data⟧
          - name: ci
            user:
              token: ⟦P:jwt-token⟧
        contexts:
          - name: prod
            context: {cluster: prod, user: admin}
        current-context: prod
    ''')
    put(c, r, "apps/payments/kustomization.yaml", "yaml-k8s", '''
        resources: [deployment.yaml, secret.yaml]
        secretGenerator:
          - name: payments-extra
            literals:
              - FLW_SECRET_KEY=⟦P:flutterwave-secret-key⟧
              - PAYSTACK_SECRET_KEY=⟦P:paystack-secret-key⟧
              - RAZORPAY_KEY_SECRET=⟦P:razorpay-key-secret⟧
    ''')


@repo
def serverless_notify(c):
    r = "serverless-notify"
    put(c, r, "serverless.yml", "yaml-config", '''
        service: notify
        frameworkVersion: "3"
        provider:
          name: aws
          runtime: nodejs20.x
          region: eu-west-1
          environment:
            STAGE: ${sls:stage}
            ⟦D:serverless:4⟧
            ⟦E:serverless:4⟧
            TELEGRAM_BOT_TOKEN: ⟦P:telegram-bot-token⟧
        functions:
          sendPush:
            handler: src/push.handler
            environment:
              ONESIGNAL_KEY: ${ssm:/notify/prod/onesignal}⟦N:secret-manager-reference⟧
          sendSms:
            handler: src/sms.handler
    ''')
    put(c, r, "template.yaml", "yaml-config", '''
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Resources:
          DigestFunction:
            Type: AWS::Serverless::Function
            Properties:
              Handler: app.handler
              Runtime: python3.12
              Environment:
                Variables:
                  ⟦D:cfn:3⟧
                  ⟦E:cfn:3⟧
          Queue:
            Type: AWS::SQS::Queue
    ''')
    put(c, r, "src/sms.js", "code-js", '''
        const twilio = require("twilio");

        const client = twilio("⟦G:public-identifier=twilio-sid⟧", "⟦P:twilio-auth-token⟧");
        const apiClient = twilio("⟦P:twilio-api-key⟧", process.env.TWILIO_API_SECRET, {⟦N:env-reference⟧
          accountSid: process.env.TWILIO_ACCOUNT_SID,
        });

        exports.handler = async (event) => {
          const { to, body } = JSON.parse(event.body);
          await client.messages.create({ to, from: "+15005550006", body });
          return { statusCode: 204 };
        };
    ''')
    put(c, r, "src/push.js", "code-js", '''
        const config = {
          ⟦D:js-obj:4⟧
          ⟦E:js-obj:3⟧
        };

        exports.handler = async (event) => {
          const res = await fetch("https://api.onesignal.com/notifications", {
            method: "POST",
            headers: { Authorization: "Key ⟦P:onesignal-api-key⟧", "Content-Type": "application/json" },
            body: JSON.stringify({ app_id: "⟦G:uuid-identifier=uuid⟧", contents: { en: event.message } }),
          });
          return res.status;
        };
    ''')
    put(c, r, "src/email.py", "code-python", '''
        import json
        import os
        import urllib.request

        POSTMARK_TOKEN = os.environ.get("POSTMARK_TOKEN", "POSTMARK_API_TEST")⟦N:placeholder⟧


        def handler(event, context):
            req = urllib.request.Request(
                "https://api.brevo.com/v3/smtp/email",
                data=json.dumps(event).encode(),
                headers={"api-key": "⟦P:brevo-api-key⟧", "content-type": "application/json"},
            )
            return urllib.request.urlopen(req).status
    ''')


@repo
def flutter_delivery(c):
    r = "flutter-delivery"
    put(c, r, "lib/firebase_options.dart", "code-dart", '''
        import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;

        class DefaultFirebaseOptions {
          static const FirebaseOptions android = FirebaseOptions(
            apiKey: '⟦G:publishable-key=firebase-web-key⟧',
            appId: '1:90210:android:⟦G:public-identifier=sha⟧',
            messagingSenderId: '90210',
            projectId: 'delivery-prod',
          );
        }
    ''')
    put(c, r, "lib/env/env.dart", "code-dart", '''
        class Env {
          ⟦D:dart:5⟧
          ⟦E:dart:3⟧
          static const mapboxPublic = '⟦G:publishable-key=mapbox-public⟧';
        }
    ''')
    put(c, r, "lib/services/payments.dart", "code-dart", '''
        import 'package:http/http.dart' as http;

        class PaymentsService {
          final _secret = '⟦P:flutterwave-secret-key⟧';

          Future<http.Response> charge(Map<String, dynamic> body) {
            return http.post(Uri.parse('https://api.flutterwave.com/v3/charges?type=card'),
                headers: {'Authorization': 'Bearer $_secret'}, body: body);⟦N:env-reference⟧
          }
        }
    ''')
    put(c, r, ".env", "dotenv", '''
        API_BASE=https://api.delivery.app
        ⟦D:dotenv:3⟧
        GOOGLE_MAPS_KEY=⟦P:gcp-api-key⟧
    ''')
    put(c, r, "android/key.properties", "properties", '''
        storePassword=⟦P:keystore-password⟧
        keyPassword=⟦P:keystore-password⟧
        keyAlias=upload
        storeFile=/Users/ci/upload-keystore.jks
    ''')
    put(c, r, "ios/Runner/GoogleService-Info.plist", "plist", '''
        <?xml version="1.0" encoding="UTF-8"?>
        <plist version="1.0">
        <dict>
          <key>API_KEY</key>
          <string>⟦G:publishable-key=firebase-web-key⟧</string>
          <key>GCM_SENDER_ID</key>
          <string>90210</string>
          <key>BUNDLE_ID</key>
          <string>app.delivery.courier</string>
        </dict>
        </plist>
    ''')
    put(c, r, "pubspec.lock", "lockfile", '''
        packages:
          http:
            dependency: direct main
            description:
              name: http
              sha256: "⟦G:lockfile-hash=sha256⟧"
              url: "https://pub.dev"
            source: hosted
            version: "1.2.2"
    ''')


@repo
def scraper_bot(c):
    r = "scraper-bot"
    put(c, r, "bot/config.py", "code-python", '''
        PROXY = "⟦P:proxy-credentials-url⟧"
        TELEGRAM_TOKEN = "⟦P:telegram-bot-token⟧"
        DISCORD_WEBHOOK = "⟦P:discord-webhook-url⟧"
        ⟦D:python:4⟧
        ⟦E:python:3⟧
        USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"
    ''')
    put(c, r, "bot/discord_bot.py", "code-python", '''
        import discord

        intents = discord.Intents.default()
        client = discord.Client(intents=intents)


        @client.event
        async def on_ready():
            print(f"logged in as {client.user}")


        client.run("⟦P:discord-bot-token⟧")
    ''')
    put(c, r, "bot/sources/twitter.py", "code-python", '''
        import requests

        HEADERS = {
            "Authorization": "Bearer ⟦P:twitter-bearer-token⟧",
            "User-Agent": "price-watch/1.0",
        }


        def search(q):
            return requests.get("https://api.x.com/2/tweets/search/recent", params={"query": q}, headers=HEADERS).json()


        def search_serp(q):
            return requests.get(f"https://serpapi.com/search.json?q={q}&api_key=⟦P:serpapi-key⟧").json()
    ''')
    put(c, r, "bot/sources/shops.py", "code-python", '''
        import requests

        SESSION = requests.Session()
        SESSION.auth = ("scraper", "⟦P:generic-password⟧")
        SESSION.headers["X-Api-Key"] = "⟦P:generic-api-key⟧"
        SESSION.headers["Cookie"] = "sessionid=⟦P:session-secret⟧"


        def fetch(url):
            return SESSION.get(url, timeout=15, proxies={"https": "http://user:password@proxy:8080"}).text⟦N:placeholder⟧
    ''')
    put(c, r, "docker-compose.yml", "yaml-compose", '''
        services:
          bot:
            build: .
            environment:
              ⟦D:yaml-list:4⟧
              ⟦E:yaml-list:3⟧
          db:
            image: postgres:16
            environment:
              POSTGRES_PASSWORD: ⟦P:generic-password⟧
              POSTGRES_USER: bot
          cache:
            image: redis:7
            command: redis-server --requirepass ⟦P:cli-password⟧
    ''')
    put(c, r, "Dockerfile", "dockerfile", '''
        FROM python:3.12-slim@⟦G:image-digest=image-digest⟧
        WORKDIR /app
        ARG PIP_INDEX_URL=https://scraper:⟦P:generic-token⟧@pypi.acme.internal/simple
        ⟦D:dockerfile:3⟧
        ⟦E:dockerfile:3⟧
        COPY . .
        RUN pip install -r requirements.txt
        CMD ["python", "-m", "bot"]
    ''')


@repo
def iot_sensor_fw(c):
    r = "iot-sensor-fw"
    put(c, r, "include/secrets.h", "code-c", '''
        #pragma once

        #define WIFI_SSID "acme-iot"
        #define WIFI_PASSWORD "⟦P:wifi-password⟧"
        #define MQTT_HOST "mqtt.acme.io"
        #define MQTT_USER "sensor-fleet"
        #define MQTT_PASSWORD "⟦P:mqtt-password⟧"
        ⟦D:c:4⟧
        ⟦E:c:3⟧
        #define IOTHUB_CONN "⟦P:azure-iothub-connection-string⟧"
    ''')
    put(c, r, "include/certs.h", "code-c", '''
        // AWS IoT Core device credentials (thing: sensor-0042)
        static const char AWS_ROOT_CA[] = R"EOF(
        ⟦G:public-certificate=public-cert⟧
        )EOF";

        static const char DEVICE_PRIVATE_KEY[] = R"KEY(
        ⟦P:rsa-private-key⟧
        )KEY";
    ''')
    put(c, r, "src/main.cpp", "code-c", '''
        #include <Arduino.h>
        #include <WiFi.h>
        #include "secrets.h"

        const char* thingspeakKey = "⟦P:thingspeak-write-key⟧";
        const char* aioKey = "⟦P:adafruit-io-key⟧";
        char blynkAuth[] = "⟦P:blynk-auth-token⟧";

        void setup() {
          Serial.begin(115200);
          WiFi.begin(WIFI_SSID, WIFI_PASSWORD);⟦N:env-reference⟧
        }

        void loop() {
          delay(60000);
        }
    ''')
    put(c, r, "platformio.ini", "ini", '''
        [env:esp32dev]
        platform = espressif32
        board = esp32dev
        framework = arduino
        upload_protocol = espota
        upload_flags =
            --auth=⟦P:cli-password⟧
        build_flags =
            -DPARTICLE_TOKEN=\\"⟦P:particle-access-token⟧\\"
            -DFW_VERSION=\\"2.3.1\\"
    ''')
    put(c, r, "tools/flash.sh", "shell-script", '''
        #!/bin/sh
        esptool.py --chip esp32 write_flash 0x1000 build/firmware.bin
        echo "firmware sha256: ⟦G:sha256-checksum=sha256⟧"
        mosquitto_pub -h mqtt.acme.io -u sensor-fleet -P '⟦P:cli-password⟧' -t fleet/ota -m "2.3.1"
        curl -s "https://api.thingspeak.com/update?api_key=⟦P:thingspeak-write-key⟧&field1=21.5"
    ''')


@repo
def llm_agents(c):
    r = "llm-agents"
    put(c, r, ".env", "dotenv", '''
        # model providers
        OPENAI_API_KEY=⟦P:openai-project-key⟧
        ANTHROPIC_API_KEY=⟦P:anthropic-api-key⟧
        GEMINI_API_KEY=⟦P:gemini-api-key⟧
        GROQ_API_KEY=⟦P:groq-api-key⟧
        MISTRAL_API_KEY=⟦P:mistral-api-key⟧
        XAI_API_KEY=⟦P:xai-api-key⟧
        DEEPSEEK_API_KEY=⟦P:deepseek-api-key⟧
        TOGETHER_API_KEY=⟦P:together-api-key⟧
        FIREWORKS_API_KEY=⟦P:fireworks-api-key⟧
        OPENROUTER_API_KEY=⟦P:openrouter-api-key⟧
        PERPLEXITY_API_KEY=⟦P:perplexity-api-key⟧
        # tools
        TAVILY_API_KEY=⟦P:tavily-api-key⟧
        PINECONE_API_KEY=⟦P:pinecone-api-key⟧
        LANGSMITH_API_KEY=⟦P:langsmith-api-key⟧
        LANGSMITH_PROJECT=agents-prod
        LANGFUSE_PUBLIC_KEY=⟦G:publishable-key=langfuse-public⟧
        LANGFUSE_SECRET_KEY=⟦P:langfuse-secret-key⟧
        ⟦D:dotenv:3⟧
    ''')
    put(c, r, ".env.example", "dotenv", '''
        OPENAI_API_KEY=sk-...⟦N:vendor-shaped-placeholder⟧
        ANTHROPIC_API_KEY=⟦G:vendor-shaped-placeholder=vsp⟧
        GEMINI_API_KEY=⟦G:placeholder=ph⟧
        ⟦E:dotenv:6⟧
    ''')
    put(c, r, "agents/providers.py", "code-python", '''
        from openai import OpenAI, AzureOpenAI
        from anthropic import Anthropic
        import replicate

        openai_client = OpenAI(api_key="⟦P:openai-svcacct-key⟧")
        azure_client = AzureOpenAI(
            api_key="⟦P:azure-openai-key⟧",
            api_version="2024-10-21",
            azure_endpoint="https://acme-oai.openai.azure.com",
        )
        claude = Anthropic()  # reads ANTHROPIC_API_KEY
        replicate_client = replicate.Client(api_token="⟦P:replicate-token⟧")
        hf_headers = {"Authorization": "Bearer ⟦P:huggingface-token⟧"}

        ADMIN = {
            "openai_admin": "⟦P:openai-admin-key⟧",
            "anthropic_admin": "⟦P:anthropic-admin-key⟧",
            ⟦D:python-dict:4⟧
            ⟦E:python-dict:4⟧
        }
    ''')
    put(c, r, "agents/voice.ts", "code-ts", '''
        import { ElevenLabsClient } from "elevenlabs";
        import { createClient } from "@deepgram/sdk";
        import { AssemblyAI } from "assemblyai";

        export const eleven = new ElevenLabsClient({ apiKey: "⟦P:elevenlabs-api-key⟧" });
        export const deepgram = createClient("⟦P:deepgram-api-key⟧");
        export const assembly = new AssemblyAI({ apiKey: "⟦P:assemblyai-api-key⟧" });
        export const fallback = new AssemblyAI({ apiKey: process.env.ASSEMBLYAI_API_KEY! });⟦N:env-reference⟧
    ''')
    put(c, r, "config/litellm.yaml", "yaml-config", '''
        model_list:
          - model_name: gpt-4o
            litellm_params:
              model: openai/gpt-4o
              api_key: os.environ/OPENAI_API_KEY⟦N:env-reference⟧
          - model_name: claude-sonnet
            litellm_params:
              model: anthropic/claude-3-5-sonnet-latest
              api_key: ⟦P:anthropic-api-key⟧
          - model_name: cerebras-llama
            litellm_params:
              model: cerebras/llama3.1-70b
              api_key: ⟦P:generic-api-key⟧
          - model_name: command-r
            litellm_params:
              model: cohere/command-r-plus
              api_key: ⟦P:cohere-api-key⟧
        general_settings:
          master_key: sk-⟦P:generic-secret⟧
          database_url: ⟦P:postgres-url⟧
    ''')
    put(c, r, "README.md", "markdown", '''
        # agents

        Multi-provider agent playground. Copy `.env.example` to `.env` and fill in your keys.

        ```bash
        export OPENAI_API_KEY="your-openai-key"⟦N:placeholder⟧
        python -m agents.run --task research
        ```

        The eval harness caches responses keyed by `sha256(prompt)`, e.g. `⟦G:hash-value=sha256⟧`.
    ''')
    put(c, r, "mcp.json", "json", '''
        {
          "mcpServers": {
            "github": {
              "command": "npx",
              "args": ["-y", "@modelcontextprotocol/server-github"],
              "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "⟦P:github-fine-grained-pat⟧" }
            },
            "notion": {
              "command": "npx",
              "args": ["-y", "@notionhq/notion-mcp-server"],
              "env": { "NOTION_TOKEN": "⟦P:notion-token⟧" }
            },
            "linear": {
              "command": "npx",
              "args": ["-y", "mcp-remote", "https://mcp.linear.app/sse"],
              "env": { "LINEAR_API_KEY": "${LINEAR_API_KEY}" }⟦N:env-reference⟧
            },
            "figma": {
              "command": "npx",
              "args": ["-y", "figma-developer-mcp", "--figma-api-key=⟦P:figma-token⟧", "--stdio"]
            }
          }
        }
    ''')


@repo
def checkout_service(c):
    r = "checkout-service"
    put(c, r, "src/payments/gateways.ts", "code-ts", '''
        import Stripe from "stripe";
        import { Client as Square, Environment } from "square";
        import braintree from "braintree";

        export const stripe = new Stripe("⟦P:stripe-live-secret-key⟧", { apiVersion: "2024-06-20" });

        export const square = new Square({
          accessToken: "⟦P:square-access-token⟧",
          environment: Environment.Production,
        });

        export const gateway = new braintree.BraintreeGateway({
          accessToken: "⟦P:braintree-access-token⟧",
        });

        export const shopify = {
          shop: "acme-store.myshopify.com",
          adminToken: "⟦P:shopify-access-token⟧",
          apiSecret: "⟦P:shopify-shared-secret⟧",
        };

        export const razorpay = { key_id: "rzp_live_" + "Kx81mQpz2Lw9Aa", key_secret: process.env.RAZORPAY_SECRET };⟦N:env-reference⟧
    ''')
    put(c, r, "src/payments/webhooks.ts", "code-ts", '''
        const endpointSecret = "⟦P:stripe-webhook-secret⟧";
        const squareSignatureKey = "⟦P:generic-secret⟧";

        export function verify(sig: string, body: string) {
          return stripe.webhooks.constructEvent(body, sig, endpointSecret);⟦N:env-reference⟧
        }
    ''')
    put(c, r, "src/shipping/carriers.ts", "code-ts", '''
        export const carriers = {
          shippo: "⟦P:shippo-api-token⟧",
          easypost: "⟦P:easypost-api-key⟧",
          ⟦D:js-obj:4⟧
          ⟦E:js-obj:4⟧
        };
    ''')
    put(c, r, "test/fixtures/stripe.ts", "code-ts", '''
        // Sandbox account used by the e2e suite
        export const STRIPE_TEST_KEY = "⟦P:stripe-test-secret-key⟧";
        export const FAKE_KEY = "⟦G:fake-fixture=fake-fixture⟧";
        export const PUBLISHABLE = "⟦G:publishable-key=stripe-publishable⟧";
    ''')
    put(c, r, "package-lock.json", "lockfile", '''
        {
          "name": "checkout-service",
          "lockfileVersion": 3,
          "packages": {
            "node_modules/stripe": {
              "version": "16.12.0",
              "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.12.0.tgz",
              "integrity": "⟦G:lockfile-hash=npm-integrity⟧"
            },
            "node_modules/square": {
              "version": "38.1.0",
              "resolved": "https://registry.npmjs.org/square/-/square-38.1.0.tgz",
              "integrity": "⟦G:lockfile-hash=npm-integrity⟧"
            },
            "node_modules/braintree": {
              "version": "3.23.0",
              "integrity": "⟦G:lockfile-hash=npm-integrity⟧"
            }
          }
        }
    ''')
    put(c, r, "scripts/backfill.sh", "shell-script", '''
        #!/usr/bin/env bash
        set -euo pipefail
        export STRIPE_API_KEY="⟦P:stripe-restricted-key⟧"
        curl https://api.stripe.com/v1/charges?limit=100 -u "$STRIPE_API_KEY:"⟦N:env-reference⟧
        curl -s https://connect.squareup.com/oauth2/token -d client_secret=⟦P:square-oauth-secret⟧ -d grant_type=refresh_token
        curl -s -X POST https://api.paystack.co/transaction/verify/ref123 -H "Authorization: Bearer ⟦P:paystack-secret-key⟧"
    ''')


@repo
def data_platform(c):
    r = "data-platform"
    put(c, r, "dbt/profiles.yml", "yaml-config", '''
        analytics:
          target: prod
          outputs:
            prod:
              type: snowflake
              account: acme-xy12345
              user: DBT_PROD
              password: "⟦P:generic-password⟧"
              role: TRANSFORMER
              warehouse: TRANSFORM_WH
            dev:
              type: snowflake
              account: acme-xy12345
              user: "{{ env_var('DBT_USER') }}"
              password: "{{ env_var('DBT_PASSWORD') }}"⟦N:env-reference⟧
            bq:
              type: bigquery
              method: service-account-json
              keyfile_json:
                type: service_account
                private_key_id: ⟦G:key-identifier=sha⟧
                private_key: "⟦P:gcp-service-account-key⟧"
    ''')
    put(c, r, "airflow/dags/ingest_partners.py", "code-python", '''
        from datetime import datetime

        from airflow import DAG
        from airflow.providers.http.operators.http import HttpOperator

        HUBSPOT_TOKEN = "⟦P:hubspot-private-app-token⟧"
        AIRTABLE_TOKEN = "⟦P:airtable-pat⟧"
        ASANA_TOKEN = "⟦P:asana-pat⟧"

        with DAG("ingest_partners", start_date=datetime(2025, 1, 1), schedule="@hourly", catchup=False) as dag:
            HttpOperator(
                task_id="contacts",
                http_conn_id="hubspot",
                endpoint="/crm/v3/objects/contacts",
                headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"},⟦N:env-reference⟧
            )
    ''')
    put(c, r, "airflow/airflow.cfg", "ini", '''
        [core]
        executor = CeleryExecutor
        fernet_key = ⟦P:encryption-key⟧

        [database]
        sql_alchemy_conn = ⟦P:postgres-url⟧

        [celery]
        broker_url = ⟦P:redis-url⟧
        result_backend = db+⟪postgresql⟫://airflow:airflow@localhost/airflow⟦N:placeholder⟧

        [webserver]
        secret_key = ⟦P:session-secret⟧

        [secrets]
        backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
        ⟦D:ini:3⟧
        ⟦E:ini:3⟧
    ''')
    put(c, r, "spark/spark-defaults.conf", "properties", '''
        spark.master                     k8s://https://10.20.0.1:6443
        spark.hadoop.fs.s3a.access.key   ⟦P:aws-access-key-id⟧
        spark.hadoop.fs.s3a.secret.key   ⟦P:aws-secret-access-key⟧
        spark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net ⟦P:azure-storage-account-key⟧
        spark.databricks.token           ⟦P:databricks-token⟧
    ''')
    put(c, r, "sql/grants.sql", "sql", '''
        CREATE USER looker WITH PASSWORD '⟦P:generic-password⟧';
        GRANT SELECT ON ALL TABLES IN SCHEMA marts TO looker;
        ALTER USER etl_loader IDENTIFIED BY "⟦P:generic-password⟧";
        -- rotate: ALTER USER looker WITH PASSWORD '<new password>';⟦N:placeholder⟧
        CREATE EXTENSION IF NOT EXISTS pgcrypto;
    ''')
    put(c, r, "ingest/connections.yaml", "yaml-config", '''
        sources:
          salesforce:
            username: integration@acme.io
            password: ⟦P:generic-password⟧
            security_token: ⟦P:generic-token⟧
          dropbox:
            access_token: ⟦P:dropbox-token⟧
          contentful:
            management_token: ⟦P:contentful-pat⟧
          trello:
            token: ⟦P:trello-token⟧
          jira:
            email: bot@acme.io
            api_token: ⟦P:atlassian-api-token⟧
          postman:
            api_key: ⟦P:postman-api-key⟧
          kafka:
            sasl_password: ⟦P:generic-password⟧
            bootstrap: pkc-4r087.eu-west-1.aws.confluent.cloud:9092
          snowflake:
            url: ⟦P:snowflake-url⟧
    ''')


@repo
def observability_stack(c):
    r = "observability-stack"
    put(c, r, "alertmanager/alertmanager.yml", "yaml-config", '''
        global:
          resolve_timeout: 5m
          slack_api_url: ⟦P:slack-webhook-url⟧
          smtp_auth_password: ⟦P:smtp-password⟧
        receivers:
          - name: oncall
            pagerduty_configs:
              - routing_key: ⟦P:generic-api-key⟧
          - name: opsgenie
            opsgenie_configs:
              - api_key: ⟦P:opsgenie-api-key⟧
          - name: teams
            webhook_configs:
              - url: ⟦P:teams-webhook-url⟧
          - name: discord
            discord_configs:
              - webhook_url_file: /etc/alertmanager/discord-url⟦N:env-reference⟧
    ''')
    put(c, r, "otel/collector.yaml", "yaml-config", '''
        exporters:
          otlphttp/honeycomb:
            endpoint: https://api.honeycomb.io
            headers:
              x-honeycomb-team: ⟦P:generic-api-key⟧
          datadog:
            api:
              key: ${env:DD_API_KEY}⟦N:env-reference⟧
          otlp/newrelic:
            endpoint: otlp.nr-data.net:4317
            headers:
              api-key: ⟦P:newrelic-license-key⟧
          splunk_hec:
            token: ⟦P:splunk-hec-token⟧
            endpoint: https://splunk.acme.internal:8088/services/collector
          otlphttp/dynatrace:
            endpoint: https://abc12345.live.dynatrace.com/api/v2/otlp
            headers:
              Authorization: "Api-Token ⟦P:dynatrace-token⟧"
    ''')
    put(c, r, "grafana/provisioning/datasources/prom.yaml", "yaml-config", '''
        apiVersion: 1
        datasources:
          - name: Prometheus
            type: prometheus
            url: https://prometheus.acme.internal
            basicAuth: true
            basicAuthUser: grafana
            secureJsonData:
              basicAuthPassword: ⟦P:generic-password⟧
          - name: Postgres
            type: postgres
            url: pg.acme.internal:5432
            user: grafana_ro
            secureJsonData:
              password: $__file{/etc/secrets/pg-password}⟦N:env-reference⟧
          - name: Loki
            type: loki
            url: https://logs-prod-eu-west-0.grafana.net
            secureJsonData:
              basicAuthPassword: ⟦P:grafana-service-account-token⟧
    ''')
    put(c, r, "grafana/grafana.ini", "ini", '''
        [security]
        admin_user = admin
        admin_password = ⟦P:generic-password⟧
        secret_key = ⟦P:generic-secret⟧

        [auth.generic_oauth]
        client_id = grafana
        client_secret = ⟦P:auth0-client-secret⟧

        [auth.ldap]
        enabled = true
        ⟦D:ini:3⟧
        ⟦E:ini:3⟧
    ''')
    put(c, r, "scripts/annotate.sh", "shell-script", '''
        #!/bin/sh
        curl -s -X POST https://grafana.acme.io/api/annotations \\
          -H "Authorization: Bearer ⟦P:grafana-service-account-token⟧" \\
          -H "Content-Type: application/json" \\
          -d "{\\"text\\": \\"deploy $GIT_SHA\\"}"⟦N:env-reference⟧
        curl -s -X POST "https://api.newrelic.com/graphql" -H "API-Key: ⟦P:newrelic-user-key⟧" -d @deploy.json
        curl -s -X POST "https://sentry.io/api/0/organizations/acme/releases/" -H "Authorization: Bearer ⟦P:sentry-auth-token⟧"
        curl -s "https://app.launchdarkly.com/api/v2/flags/default" -H "Authorization: ⟦P:launchdarkly-sdk-key⟧"
        curl -s -X POST https://api.datadoghq.eu/api/v1/events -H "DD-API-KEY: ⟦P:datadog-api-key⟧" -H "DD-APPLICATION-KEY: ⟦P:datadog-app-key⟧"
    ''')
    put(c, r, "prometheus/prometheus.yml", "yaml-config", '''
        scrape_configs:
          - job_name: federate
            basic_auth:
              username: prom
              password: ⟦P:generic-password⟧
          - job_name: blackbox
            bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token⟦N:env-reference⟧
        remote_write:
          - url: https://prometheus-prod-01-eu-west-0.grafana.net/api/prom/push
            basic_auth:
              username: "1234567"
              password: ⟦P:grafana-service-account-token⟧
    ''')


# ------------------------------------------------------------------ extra deck-only files (spread kinds over syntaxes)
@repo
def platform_secrets_sprawl(c):
    """An internal 'platform-config' repo: one file per syntax, filled from the deck."""
    r = "platform-config"
    put(c, r, "env/prod.env", "dotenv", "⟦D:dotenv:3⟧\n⟦E:dotenv:3⟧\n")
    put(c, r, "helm/values-prod.yaml", "yaml-helm", "global:\n  ⟦D:yaml:3⟧\n  ⟦E:yaml-plain:3⟧\n")
    put(c, r, "k8s/configmap.yaml", "yaml-k8s", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: platform\ndata:\n  ⟦D:yaml:2⟧\n  ⟦E:yaml:2⟧\n")
    put(c, r, "appsettings.Production.json", "json", "{\n  \"Secrets\": {\n    ⟦D:json:2⟧\n    ⟦E:json:2⟧\n    \"Version\": 3\n  }\n}\n")
    put(c, r, "conf/app.ini", "ini", "[secrets]\n⟦D:ini:2⟧\n⟦E:ini:2⟧\n")
    put(c, r, "conf/app.toml", "toml", "[secrets]\n⟦D:toml:2⟧\n⟦E:toml:2⟧\n")
    put(c, r, "conf/app.properties", "properties", "⟦D:properties:2⟧\n⟦E:properties:2⟧\n")
    put(c, r, "conf/web.config", "xml", "<configuration>\n  <appSettings>\n    ⟦D:xml-add:2⟧\n    ⟦E:xml-add:2⟧\n  </appSettings>\n</configuration>\n")
    put(c, r, "conf/settings.xml", "xml", "<settings>\n  ⟦D:xml-elem:2⟧\n  ⟦E:xml-elem:2⟧\n</settings>\n")
    put(c, r, "scripts/setup.ps1", "powershell", "⟦D:powershell:2⟧\n⟦E:powershell:2⟧\n")
    put(c, r, "scripts/run-local.sh", "shell-script", "#!/bin/sh\n⟦D:shell-cmd:2⟧\n⟦E:shell-cmd:2⟧\n")
    put(c, r, "terraform/secrets.auto.tfvars", "terraform", "⟦D:hcl-tfvars:2⟧\n⟦E:hcl-tfvars:2⟧\n")
    put(c, r, "clients/Clients.java", "code-java",
        "package io.acme.platform;\n\npublic final class Clients {\n    ⟦D:java:2⟧\n    ⟦E:java:2⟧\n}\n")
    put(c, r, "clients/clients.go", "code-go", "package clients\n\nimport \"os\"\n\nvar (\n\t⟦D:go:2⟧\n\t⟦E:go:2⟧\n)\n")
    put(c, r, "clients/Clients.cs", "code-csharp",
        "namespace Acme.Platform;\n\npublic static class Clients\n{\n    ⟦D:csharp:2⟧\n    ⟦E:csharp:2⟧\n}\n")
    put(c, r, "clients/clients.rb", "code-ruby", "module Clients\n  ⟦D:ruby:2⟧\n  ⟦E:ruby:2⟧\nend\n")
    put(c, r, "clients/clients.js", "code-js", "// generated by platform-cli; do not edit\n⟦D:js:2⟧\n⟦E:js:2⟧\n")
    put(c, r, "clients/clients.py", "code-python", "import os\n\n⟦D:python:2⟧\n⟦E:python:2⟧\n")
    put(c, r, "docs/credentials.md", "markdown",
        "# Shared credentials (staging)\n\n| name | value | env |\n|---|---|---|\n⟦D:md-table:2⟧\n⟦E:md-table:2⟧\n")
    put(c, r, "ansible/secrets.yml", "yaml-ansible", "---\n⟦D:ansible:2⟧\n⟦E:ansible:2⟧\n")
    put(c, r, "Dockerfile", "dockerfile", "FROM alpine:3.20\n⟦D:dockerfile:2⟧\n⟦E:dockerfile:2⟧\nCMD [\"/app\"]\n")


# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=20261201)
    a = ap.parse_args()
    global DECK
    R.seed(a.seed)
    DECK = Deck()
    root = os.path.realpath(a.corpus)
    if os.path.exists(os.path.join(root, "repos")):
        shutil.rmtree(os.path.join(root, "repos"))
    os.makedirs(root, exist_ok=True)
    c = Corpus(root)
    for fn in REPOS:
        fn(c)
    with open(os.path.join(root, "labels.jsonl"), "w") as fh:
        for lab in c.labels:
            fh.write(json.dumps(lab) + "\n")
    pos = [l for l in c.labels if l["positive"]]
    with open(os.path.join(root, "meta.json"), "w") as fh:
        json.dump({"seed": a.seed, "generator": "benches/heldout/generate.py", "positives": len(pos),
                   "negatives": len(c.labels) - len(pos), "kinds": len({l["kind"] for l in pos})}, fh)
    print(f"{len({l['path'].split('/')[0] for l in c.labels})} repos, {len(pos)} positives "
          f"({sum(l['context_only'] for l in pos)} context-only, {len({l['kind'] for l in pos})} kinds, "
          f"{len({l['family'] for l in pos})} families), {len(c.labels) - len(pos)} negatives")


if __name__ == "__main__":
    main()
