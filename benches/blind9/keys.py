"""Secret and decoy generators for the ninth blind corpus (written from scratch, stdlib only).

Every value is generated at run time from a seeded random.Random. Prefixes are assembled by
concatenation so that this file holds no key-shaped literal. The comment above each vendor
generator names the page its shape was taken from (see README.md for the list and the gaps).
"""
import base64
import binascii
import json
import random
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
AN = UP + LO + DIG
HEX = "0123456789abcdef"
B32 = UP + "234567"
B64 = AN + "+/"
B64URL = AN + "-_"
B62 = DIG + UP + LO


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    # ------------------------------------------------------------------ vendor formats
    # AWS IAM unique-ID prefixes (AKIA long-lived, ASIA STS): https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html
    # (as summarised at https://github.com/Hacking-the-Cloud/hackingthe.cloud .../iam-key-identifiers.md): 4-char prefix + 16 chars.
    def aws_akid(self):
        return "AK" + "IA" + self.s(UP + "234567", 16)

    def aws_asia(self):
        return "AS" + "IA" + self.s(UP + "234567", 16)

    def aws_secret(self):
        return self.s(AN + "+/", 40)

    # GitHub: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ and
    # https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available
    # prefix + 30 base62 entropy + 6 base62 CRC32 checksum.
    def _gh(self, pfx):
        body = self.s(AN, 30)
        c = binascii.crc32(body.encode()) & 0xFFFFFFFF
        out = ""
        while c:
            c, m = divmod(c, 62)
            out = B62[m] + out
        return pfx + body + out.rjust(6, "0")

    def github_pat(self):
        return self._gh("gh" + "p_")

    def github_oauth(self):
        return self._gh("gh" + "o_")

    def github_server(self):
        return self._gh("gh" + "s_")

    # fine-grained PAT: github_pat_ + 22 + _ + 59 (https://gist.github.com/magnetikonline/073afe7909ffdd6f10ef06a00bc3bc88)
    def github_fine(self):
        return "github" + "_pat_" + self.s(AN, 22) + "_" + self.s(AN, 59)

    # GitLab PAT prefix glpat- : https://gitlab.com/gitlab-org/gitlab/-/issues/342327 (20 chars of [A-Za-z0-9_-])
    def gitlab_pat(self):
        return "gl" + "pat-" + self.s(AN + "_-", 20)

    # Anthropic: sk-ant-api03- + ~95 base64url (https://vibekit.bot/anthropic-api-key-format, docs.anthropic.com show the prefix)
    def anthropic(self):
        return "sk-" + "ant-" + "api03-" + self.s(B64URL, 93) + "AA"

    # OpenAI project / service-account keys: https://vibekit.bot/openai-api-key-format (sk-proj-, sk-svcacct-, ~160 chars)
    def openai_proj(self):
        return "sk-" + "proj-" + self.s(B64URL, 156)

    def openai_svc(self):
        return "sk-" + "svcacct-" + self.s(B64URL, 156)

    # Stripe: https://docs.stripe.com/api/authentication (sk_live_); restricted rk_live_ (GitLab issue 458019 quoting Stripe)
    def stripe_sk(self):
        return "sk" + "_live_" + self.s(AN, self.pick([24, 99]))

    def stripe_rk(self):
        return "rk" + "_live_" + self.s(AN, 99)

    # Hugging Face user access tokens hf_...: https://huggingface.co/docs/hub/security-tokens
    def hf(self):
        return "h" + "f_" + self.s(UP + LO, 34)

    # Slack bot / user tokens (https://docs.slack.dev/authentication/tokens): xoxb-/xoxp- + numeric ids + secret
    def slack_bot(self):
        return "xo" + "xb-" + self.s(DIG, 12) + "-" + self.s(DIG, 13) + "-" + self.s(AN, 24)

    def slack_user(self):
        return "xo" + "xp-" + self.s(DIG, 12) + "-" + self.s(DIG, 12) + "-" + self.s(DIG, 13) + "-" + self.s(HEX, 32)

    # DigitalOcean dop_v1_ + 64 hex: https://gitlab.com/gitlab-org/security-products/analyzers/secrets/-/merge_requests/178
    def do_pat(self):
        return "do" + "p_v1_" + self.s(HEX, 64)

    # PostHog personal API key phx_ (secret) vs project key phc_ (public): https://posthog.com/docs/api/personal-api-keys
    def posthog_phx(self):
        return "ph" + "x_" + self.s(AN, 47)

    def posthog_phc(self):
        return "ph" + "c_" + self.s(AN, 43)

    # SendGrid: 69 chars SG.<22>.<43>: https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys
    def sendgrid(self):
        return "S" + "G." + self.s(B64URL, 22) + "." + self.s(B64URL, 43)

    # Groq gsk_ + 52: https://codeslick.dev/learn/groq-api-key-format
    def groq(self):
        return "gs" + "k_" + self.s(AN, 52)

    # Replicate: 40 chars starting r8_: https://replicate.com/docs/topics/security/api-tokens
    def replicate(self):
        return "r" + "8_" + self.s(AN, 37)

    # npm granular tokens shown as npm_...: https://docs.npmjs.com/about-access-tokens/ (npm token list output)
    def npm(self):
        return "np" + "m_" + self.s(AN, 36)

    # Tencent Cloud SecretId AKID + 32 (tccli README on PyPI: https://pypi.org/project/tccli-intl-en/)
    def tencent_id(self):
        return "AK" + "ID" + self.s(AN, 32)

    # Scaleway access key SCW + 17 (https://www.npmjs.com/package/@scaleway/sdk), secret key is a UUID
    def scw_access(self):
        return "SC" + "W" + self.s(UP + DIG, 17)

    # NATS nkey user seed: base32(2 prefix bytes + 32 seed + CRC16 LE), starts SU (https://docs.rs/nkeys, hex.pm nkeys)
    def nats_seed(self, kind=20):
        b1 = (18 << 3) | (kind >> 5)
        b2 = (kind & 31) << 3
        raw = bytes([b1, b2]) + bytes(self.r.randrange(256) for _ in range(32))
        crc = 0
        for byte in raw:
            crc ^= byte << 8
            for _ in range(8):
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
        raw += bytes([crc & 0xFF, crc >> 8])
        return base64.b32encode(raw).decode().rstrip("=")

    # Doppler dp.st. / dp.pt. (https://nango.dev/docs/api-integrations/doppler/connect)
    def doppler_st(self):
        return "dp" + ".st." + self.s(LO, 3) + "." + self.s(AN, 40)

    def doppler_pt(self):
        return "dp" + ".pt." + self.s(AN, 43)

    # Contentful CMA personal access token CFPAT- (https://contentful.com/help/token-management/personal-access-tokens;
    # the prefix itself is named by GitLab DAST check 798.134, not on Contentful's page)
    def contentful_pat(self):
        return "CF" + "PAT-" + self.s(B64URL, 43)

    # Pinecone keys: "pckey_<public-label>_<unique-key>" per Pinecone's admin API schema (https://schemas.apis.io/schemas/pinecone/pinecone-apikeywithsecret/)
    def pinecone(self):
        return "pc" + "key_" + self.s(LO + DIG, 6) + "_" + self.s(AN, 48)

    # Google API key AIza + 35 (Google Cloud "Manage API keys"; not found by this session's search: see README)
    def google_api(self):
        return "AI" + "za" + self.s(AN + "-_", 35)

    # Telegram bot token <bot id>:<35> (core.telegram.org/bots/api; not found by search: see README)
    def telegram(self):
        return self.s(DIG, 10) + ":" + "AA" + self.s(B64URL, 33)

    # Azure storage connection string, AccountKey = base64 of 64 bytes (learn.microsoft.com storage connection strings)
    def azure_conn(self):
        key = base64.b64encode(bytes(self.r.randrange(256) for _ in range(64))).decode()
        return "DefaultEndpointsProtocol=https;AccountName=st" + self.s(LO + DIG, 10) + ";AccountKey=" + key + ";EndpointSuffix=core.windows.net"

    def jwt(self, claims=None):
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).decode().rstrip("=")
        body = claims or {"sub": self.s(DIG, 8), "iat": 1700000000 + self.r.randrange(10 ** 7), "role": "service"}
        pl = base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")
        return hdr + "." + pl + "." + self.s(B64URL, 43)

    # ------------------------------------------------------------------ private keys (multi-line)
    def pem(self, label="RSA PRIVATE KEY", lines=25):
        head = "-----" + "BEGIN " + label + "-----"
        tail = "-----" + "END " + label + "-----"
        body = [self.s(B64, 64) for _ in range(lines)] + [self.s(B64, 40) + "=="]
        return [head] + body + [tail]

    def openssh(self):
        return self.pem("OPENSSH PRIVATE KEY", 6)

    def putty(self):
        return (["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: deploy@" + self.s(LO, 6),
                 "Public-Lines: 2", self.s(B64, 64), self.s(B64, 16), "Private-Lines: 1", self.s(B64, 44),
                 "Private-MAC: " + self.s(HEX, 64)])

    def pkcs12_b64(self):
        return "MII" + self.s(B64, 200)

    def ceph_key(self):
        # ceph auth keys: base64 of a 28-byte struct (type, created, 16-byte secret); they start with AQ
        raw = bytes([1, 0]) + bytes(self.r.randrange(256) for _ in range(26))
        return base64.b64encode(raw).decode()

    # ------------------------------------------------------------------ context-only shapes
    def password(self):
        w = self.pick(["Harbor", "Copper", "Falcon", "Maple", "Quartz", "Nimbus", "Tundra", "Violet", "Kestrel", "Orchid",
                       "Basalt", "Juniper", "Saffron", "Cobalt", "Meridian", "Lantern"])
        w2 = self.pick(["river", "stone", "tiger", "pixel", "ember", "delta", "cider", "lotus", "otter", "prism"])
        return w + self.pick(["!", "#", "*", "-", "_", "@", "."]) + w2 + self.s(DIG, self.pick([2, 3, 4])) + self.pick(["", "!", "#", "%"])

    def strong_pw(self):
        return self.s(AN + "!#*-_.", self.pick([16, 20, 24, 32]))

    def hex32(self):
        return self.s(HEX, 32)

    def hex40(self):
        return self.s(HEX, 40)

    def hex64(self):
        return self.s(HEX, 64)

    def alnum(self, n):
        return self.s(AN, n)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()

    def b64url(self, n):
        return self.s(B64URL, n)

    def uuid(self):
        h = self.s(HEX, 32)
        return "-".join([h[:8], h[8:12], "4" + h[13:16], self.pick("89ab") + h[17:20], h[20:]])

    # ------------------------------------------------------------------ more vendor formats
    # Tailscale key prefixes tskey-api / tskey-auth / tskey-client: https://tailscale.com/kb/1277/key-prefixes
    def tailscale(self, kind="auth"):
        return "tskey" + "-" + kind + "-" + self.s(AN, 11) + "CNTRL-" + self.s(AN, 33)

    # HashiCorp Vault service tokens hvs. (batch hvb.): https://developer.hashicorp.com/vault/docs/upgrading/upgrade-to-1.0.0 and
    # pkg.go.dev/github.com/fermitools/managed-tokens (ServiceTokenPrefix = "hvs.")
    def vault_token(self):
        return "hv" + "s." + "CAESI" + self.s(B64URL, 86)

    # Grafana service account tokens glsa_<32>_<8 hex>: https://grafana.com/docs/learning-paths/deploy-dashboard-terraform/create-service-account/
    # (the operator docs show a decoded example of the full shape)
    def grafana_sa(self):
        return "gl" + "sa_" + self.s(AN, 32) + "_" + self.s(HEX, 8)

    # Shopify: shpat_/shpca_/shppa_ + 32 hex, app secret shpss_: https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing
    def shopify(self, p="shpat_"):
        return p[:3] + p[3:] + self.s(HEX, 32)

    # Sentry user auth tokens sntryu_ : https://www.mintlify.com/getsentry/sentry/api/api-tokens (64 hex body assumed)
    def sentry_user(self):
        return "sntr" + "yu_" + self.s(HEX, 64)

    # Twilio API key SID ^SK[0-9a-fA-F]{32}$: https://twilio.com/docs/iam/api-keys/key-resource-v1 ; the secret is 32 alnum
    def twilio_sk(self):
        return "S" + "K" + self.s(HEX, 32)

    # Postman API key PMAK-<24 hex>-<34 hex>: https://docs.gitguardian.com/secrets-detection/.../postman_api_key (Postman's own page names no shape)
    def postman(self):
        return "PM" + "AK-" + self.s(HEX, 24) + "-" + self.s(HEX, 34)

    # age X25519 identity: Bech32, HRP age-secret-key-, upper case: https://metacpan.org/pod/Crypt::Age::Keys (age-encryption.org/v1)
    def age_secret(self):
        CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
        hrp = "age-secret-key-"
        data8 = [self.r.randrange(256) for _ in range(32)]
        acc = bits = 0
        data = []
        for v in data8:
            acc = (acc << 8) | v
            bits += 8
            while bits >= 5:
                bits -= 5
                data.append((acc >> bits) & 31)
        if bits:
            data.append((acc << (5 - bits)) & 31)

        def polymod(values):
            gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
            chk = 1
            for v in values:
                b = chk >> 25
                chk = (chk & 0x1ffffff) << 5 ^ v
                for i in range(5):
                    chk ^= gen[i] if ((b >> i) & 1) else 0
            return chk
        exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
        pm = polymod(exp + data + [0] * 6) ^ 1
        chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
        return (hrp + "1" + "".join(CH[d] for d in data + chk)).upper()
