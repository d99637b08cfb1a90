"""Secret-shaped value generators for the blind8 corpus (written from scratch, stdlib only).

Every prefix is assembled from pieces at run time so this file holds no key-shaped literal.
Each vendor generator notes where its shape comes from (looked up with the search tool,
corpora `docs`/`pages`); shapes the providers do not document are listed in README.md.
"""
import base64
import string
import uuid
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"


def J(*parts):
    """Join pieces: prefixes are written split so the source holds no key-shaped literal."""
    return "".join(parts)


class Gen:
    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(string.digits, n - 1)

    # ------------------------------------------------------------------ context-only values
    WORDS = ("orbit", "maple", "falcon", "granite", "velvet", "harbor", "cactus", "lantern", "meadow",
             "copper", "tundra", "saffron", "willow", "quartz", "ember", "glacier", "pepper", "violet",
             "anchor", "summit", "thistle", "marble", "otter", "breeze", "cobalt", "juniper", "raven")

    def password(self, style=None):
        st = style if style is not None else self.r.randrange(6)
        if st == 0:
            return self.s(ALNUM, self.r.randint(12, 20))
        if st == 1:
            return self.s(ALNUM + "!#%&*+-=?@^_", self.r.randint(14, 22))
        if st == 2:
            w = [self.r.choice(self.WORDS) for _ in range(3)]
            return "-".join(w) + "-" + self.digits(2)
        if st == 3:
            return self.r.choice(self.WORDS).capitalize() + self.r.choice(("2023", "2024", "2025", "!23", "#77")) + \
                self.r.choice("!$%&") + self.s(string.ascii_uppercase, 2)
        if st == 4:
            return self.s(ALNUM, 8) + self.r.choice("!@#%") + self.s(ALNUM, 7)
        return self.s(string.ascii_lowercase + string.digits, 16) + self.s(string.ascii_uppercase, 2)

    BIP39_A = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
               "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
               "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport "
               "aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always "
               "amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce "
               "annual another answer antenna antique anxiety any apart apology appear apple approve april arch "
               "arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artist artwork "
               "ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction "
               "audit august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis").split()

    def mnemonic(self, n=12):
        return " ".join(self.r.choice(self.BIP39_A) for _ in range(n))

    def eth_key(self):
        return "0x" + self.hex(64)

    # ------------------------------------------------------------------ vendor formats
    def _b62(self, n, width=6):
        out = ""
        while n:
            n, d = divmod(n, 62)
            out = B62[d] + out
        return out.rjust(width, "0")

    def github(self, kind="p"):
        # https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ (via
        # simonwillison.net/2021/Apr/5/token-formats and the base62-token gist that cites it):
        # gh + type letter + "_", 30 base62 chars, 6-char base62 CRC32 of the 30 chars.
        body = self.s(B62, 30)
        return J("g", "h", kind, "_") + body + self._b62(zlib.crc32(body.encode()))

    def github_fine(self):
        # Fine-grained PAT: "github_pat_" + 22 + "_" + 59 (shape from public tokens; GitHub's
        # blog above covers the prefix scheme, not this length: see README.md).
        return J("github", "_pat_") + self.s(ALNUM, 22) + "_" + self.s(ALNUM, 59)

    def npm(self):
        # https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/ (cited in the
        # base62-token gist): npm_ + 30 base62 + 6-char CRC32 checksum, same scheme as GitHub.
        body = self.s(B62, 30)
        return J("np", "m_") + body + self._b62(zlib.crc32(body.encode()))

    def gitlab_pat(self):
        # https://gitlab.com/gitlab-org/gitlab/-/issues/342327 (default prefix glpat-), 20 chars [A-Za-z0-9_-]
        return J("gl", "pat-") + self.s(URLSAFE, 20)

    def aws_key_id(self):
        # AWS docs (AccessKey type; 20-char ids such as the documented AKIA...EXAMPLE): AKIA + 16 [A-Z2-7]
        return J("AK", "IA") + self.s(string.ascii_uppercase + "234567", 16)

    def aws_secret(self):
        # 40 characters of [A-Za-z0-9/+] (AWS and SDK docs); no prefix: context-only
        return self.s(B64, 40)

    def openai_proj(self):
        # https://github.com/microsoft/autogen/pull/2426, airbyte.com/agentic-data/openai-api-key: "sk-proj-"
        return J("sk", "-proj-") + self.s(URLSAFE, 132)

    def anthropic(self):
        # Anthropic console: keys start "sk-ant-"; public api03 keys: 95 chars [A-Za-z0-9_-] ending "AA"
        return J("sk-", "ant-", "api03-") + self.s(URLSAFE, 93) + "AA"

    def google_api(self):
        # Google Cloud API keys: "AIza" + 35 [A-Za-z0-9_-] (see README.md: not found in the search corpora)
        return J("AI", "za") + self.s(URLSAFE, 35)

    def huggingface(self):
        # https://huggingface.co/docs/hub/security-tokens ("hf_" tokens); 34 letters as issued
        return J("h", "f_") + self.s(string.ascii_letters, 34)

    def groq(self):
        # Groq keys start gsk_ (console.groq.com docs via skills.sh/groq-security-basics); 52 chars
        # with the fixed "WGdyb3FY" segment seen in every public Groq key
        return J("gs", "k_") + self.s(ALNUM, 20) + J("WGdy", "b3FY") + self.s(ALNUM, 24)

    def slack_bot(self):
        # https://docs.slack.dev/authentication/tokens: bot tokens xoxb-, user xoxp-, app-level xapp-
        return J("xo", "xb-") + self.digits(12) + "-" + self.digits(13) + "-" + self.s(ALNUM, 24)

    def slack_user(self):
        return J("xo", "xp-") + self.digits(12) + "-" + self.digits(12) + "-" + self.digits(13) + "-" + self.hex(32)

    def slack_app(self):
        return J("xa", "pp-1-") + "A" + self.s(string.ascii_uppercase + string.digits, 10) + "-" + self.digits(13) + "-" + self.hex(64)

    def slack_webhook(self):
        up = string.ascii_uppercase + string.digits
        return J("https://hooks.", "slack.com/services/") + "T" + self.s(up, 8) + "/B" + self.s(up, 10) + "/" + self.s(ALNUM, 24)

    def stripe_live(self, kind="s"):
        # https://docs.stripe.com/keys and Stripe's own note in gitlab-org/gitlab#458019:
        # (sk|rk)_live_ + [0-9a-zA-Z]{10,128}; current keys are 99 chars after the prefix
        return J(kind, "k_", "live_") + "51" + self.s(ALNUM, 97)

    def stripe_whsec(self):
        # Stripe webhook signing secrets "whsec_" (see README.md: shape from Stripe CLI output)
        return J("wh", "sec_") + self.s(ALNUM, 32)

    def twilio_key_sid(self):
        # Twilio API key SIDs: prefix SK (twilio_elixir docs "SID prefix: SK"; twilio docs), 32 hex
        return J("S", "K") + self.hex(32)

    def twilio_account_sid(self):
        return J("A", "C") + self.hex(32)

    def sendgrid(self):
        # https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys: 69 characters;
        # SG. + 22 + . + 43
        return J("S", "G.") + self.s(URLSAFE, 22) + "." + self.s(URLSAFE, 43)

    def docker_pat(self):
        # https://docs.docker.com/reference/api/hub/latest/operations/AuthCreateAccessToken.md: dckr_pat_
        return J("dckr", "_pat_") + self.s(URLSAFE, 27)

    def shopify(self, kind="at"):
        # https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing (shpat_/shpca_/shppa_
        # + 32) and .../app-secret-key-length-has-increased (shpss_ + 32)
        return J("sh", "p", kind, "_") + self.hex(32)

    def vault(self):
        # https://developer.hashicorp.com/vault/docs/upgrading/upgrade-to-1.0.0 (type prefixes) and the
        # hvs. service-token form (ibm.github.io vault onboarding docs)
        return J("hv", "s.") + "CAESI" + self.s(URLSAFE, 86)

    def digitalocean(self):
        # gitlab-org/security-products/analyzers/secrets MR 178: dop_v1_ (PAT), doo_v1_, dor_v1_ + 64 hex
        return J("do", "p_v1_") + self.hex(64)

    def pypi(self):
        # https://pypi.org/project/pypitoken/: "pypi-" + base64url macaroon (location pypi.org)
        raw = b"\x02\x01\x08" + J("pypi", ".org").encode() + b"\x02\x25\x08\x01\x12\x20" + \
            bytes(self.r.getrandbits(8) for _ in range(96))
        return J("py", "pi-") + base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def sentry_user(self):
        # https://www.mintlify.com/getsentry/sentry/api/api-tokens: user auth tokens prefixed sntryu_
        return J("sntr", "yu_") + self.hex(64)

    def tailscale(self):
        # https://tailscale.com/kb/1277/key-prefixes: tskey-auth- (pre-auth key), form tskey-<type>-<id>CNTRL-<secret>
        return J("tskey", "-auth-") + "k" + self.s(ALNUM, 10) + "CNTRL-" + self.s(ALNUM, 33)

    def grafana_sa(self):
        # grafana.com learning path "glsa_xxxx"; full shape from grafana-operator docs' example Secret
        return J("gl", "sa_") + self.s(ALNUM, 32) + "_" + self.hex(8)

    def postman(self):
        # https://learning.postman.com/docs/reference/postman-api/authentication (PMAK- keys); 24 hex - 34 hex
        return J("PM", "AK-") + self.hex(24) + "-" + self.hex(34)

    def telegram(self):
        # Telegram BotFather docs (quoted in masternode-telegram-watcher wiki): <bot id>:<35 chars>
        return self.digits(10) + ":" + "AA" + self.s(URLSAFE, 33)

    def discord_webhook(self):
        return J("https://discord", ".com/api/webhooks/") + self.digits(19) + "/" + self.s(URLSAFE, 68)

    def databricks(self):
        return J("da", "pi") + self.hex(32)

    def age_secret(self):
        # https://metacpan.org/pod/Crypt::Age::Keys: Bech32, HRP age-secret-key-, uppercase, 32-byte X25519 key
        hrp = J("age-secret", "-key-")
        data = self._convertbits([self.r.getrandbits(8) for _ in range(32)])
        chk = self._bech32_checksum(hrp, data)
        cs = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
        return (hrp + "1" + "".join(cs[d] for d in data + chk)).upper()

    @staticmethod
    def _convertbits(b):
        acc = bits = 0
        out = []
        for v in b:
            acc = (acc << 8) | v
            bits += 8
            while bits >= 5:
                bits -= 5
                out.append((acc >> bits) & 31)
        if bits:
            out.append((acc << (5 - bits)) & 31)
        return out

    @staticmethod
    def _bech32_checksum(hrp, data):
        def polymod(values):
            gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
            chk = 1
            for v in values:
                b = chk >> 25
                chk = (chk & 0x1ffffff) << 5 ^ v
                for i in range(5):
                    chk ^= gen[i] if ((b >> i) & 1) else 0
            return chk
        values = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data
        pm = polymod(values + [0] * 6) ^ 1
        return [(pm >> 5 * (5 - i)) & 31 for i in range(6)]

    def jwt(self, claims=None):
        import json
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = claims or {"sub": self.uuid(), "role": "service", "iat": 1730000000 + self.r.randrange(10 ** 7)}
        pl = base64.urlsafe_b64encode(json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")
        return hdr + "." + pl + "." + self.b64url(32)

    def azure_storage_conn(self, account):
        return J("DefaultEndpoints", "Protocol=https;AccountName=") + account + ";AccountKey=" + self.b64(64) + \
            ";EndpointSuffix=core.windows.net"

    def pem_body(self, head_b64, nbytes):
        body = head_b64 + self.b64(nbytes)
        return [body[i:i + 64] for i in range(0, len(body), 64)]

    def pem(self, label="RSA PRIVATE KEY"):
        heads = {"RSA PRIVATE KEY": ("MIIEowIBAAKCAQEA", 1180), "PRIVATE KEY": ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 1190),
                 "EC PRIVATE KEY": ("MHcCAQEEI", 110), "OPENSSH PRIVATE KEY": ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", 260),
                 "ENCRYPTED PRIVATE KEY": ("MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI", 1200)}
        head, n = heads[label]
        lines = self.pem_body(head, n)
        w = J("-----", "BEGIN ") + label + "-----"
        e = J("-----", "END ") + label + "-----"
        return "\n".join([w] + lines + [e])

    def putty(self):
        pub = "AAAAC3NzaC1lZDI1NTE5AAAAI" + self.b64(30)
        return "\n".join([J("PuTTY-User-", "Key-File-3: ssh-ed25519"), "Encryption: none", "Comment: deploy@jump01",
                          "Public-Lines: 2", pub[:64], pub[64:], "Private-Lines: 1", "AAAAI" + self.b64(33),
                          "Private-MAC: " + self.hex(64)])

    def pkcs12_b64(self):
        return "MIIKYQIBAzCCCicGCSqGSIb3DQEHAaCCChgEggoUMIIKEDCCBMcGCSqGSIb3DQEHBqCCBLgwggS0AgEAMIIErQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQI" + self.b64(180)
