"""Secret and decoy generators for the blind6 corpus (stdlib only, written from scratch).

Every value is drawn from a seeded random.Random at run time. Prefixes are assembled from parts so
that this file holds no key-shaped literal. Each vendor kind names the page its shape comes from;
"not re-checked" marks shapes taken from the provider's page without a lookup in this session (see
README.md).
"""
import base64
import json
import string
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B62 = DIG + UP + LO
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
B32 = UP + "234567"


def j(*parts):
    return "".join(parts)


class Gen:
    def __init__(self, rng):
        self.r = rng

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def b62(self, n, width):
        out = ""
        while n:
            n, d = divmod(n, 62)
            out = B62[d] + out
        return out.rjust(width, "0")

    def crc_token(self, prefix, nbody=30):
        # GitHub / npm style: 30 base62 characters of entropy + CRC32 of them in 6 base62 digits
        body = self.s(ALNUM, nbody)
        return prefix + body + self.b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)

    def uuid(self):
        h = self.s(HEX, 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def b64bytes(self, n, urlsafe=False):
        raw = bytes(self.r.getrandbits(8) for _ in range(n))
        return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()

    # ------------------------------------------------------------------ context-only values
    WORDS = ["Maple", "Harbor", "Quartz", "Falcon", "Copper", "Willow", "Saturn", "Tundra", "Cobalt",
             "Meadow", "Orchid", "Granite", "Lantern", "Pebble", "Summit", "Juniper", "Raven", "Ember"]

    def password(self):
        k = self.r.randrange(5)
        if k == 0:
            return self.pick(self.WORDS) + self.pick(self.WORDS) + str(self.r.randrange(10, 99)) + self.pick("!#%&*@$")
        if k == 1:
            return self.s(ALNUM + "!#%^*-_=+", self.r.randrange(16, 25))
        if k == 2:
            return self.s(ALNUM, self.r.randrange(20, 33))
        if k == 3:
            return self.pick(self.WORDS).lower() + "-" + self.pick(self.WORDS).lower() + "-" + self.s(DIG, 4) + self.pick(self.WORDS)
        return self.s(LO + DIG, 6) + self.pick("#@!") + self.s(UP + DIG, 6) + self.s(LO, 3)

    def short_pw(self):  # mainframe / legacy 8-char passwords
        return self.s(UP, 3) + self.s(DIG, 2) + self.pick("#@$") + self.s(UP, 2)

    def hexkey(self, n):
        return self.s(HEX, n)

    def token(self, n):
        return self.s(ALNUM, n)

    # ------------------------------------------------------------------ private keys (PEM bodies random)
    def pem(self, label, nbytes):
        body = self.b64bytes(nbytes)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        dash = "-" * 5
        return [f"{dash}BEGIN {label}{dash}"] + lines + [f"{dash}END {label}{dash}"]

    def openssh(self):
        raw = b"openssh-key-v1\x00" + bytes(self.r.getrandbits(8) for _ in range(380))
        body = base64.b64encode(raw).decode()
        dash = "-" * 5
        return [f"{dash}BEGIN OPENSSH PRIVATE KEY{dash}"] + [body[i:i + 70] for i in range(0, len(body), 70)] + \
            [f"{dash}END OPENSSH PRIVATE KEY{dash}"]

    def putty(self):
        pub = self.b64bytes(51)
        priv = self.b64bytes(120)
        out = [j("PuTTY-User-Key-File-", "3: ssh-ed25519"), "Encryption: none", "Comment: ops@jump01",
               "Public-Lines: 2", pub[:64], pub[64:], "Private-Lines: 3"]
        out += [priv[i:i + 64] for i in range(0, len(priv), 64)]
        out.append("Private-MAC: " + self.hexkey(64))
        return out

    def jwk(self):
        return {"kty": "EC", "crv": "P-256", "kid": self.hexkey(8), "use": "sig",
                "x": self.b64bytes(32, True).rstrip("="), "y": self.b64bytes(32, True).rstrip("="),
                "d": self.b64bytes(32, True).rstrip("=")}

    def jwt(self, claims):
        h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
        return f"{h}.{p}.{self.b64bytes(32, True).rstrip('=')}"


# ---------------------------------------------------------------------- vendor kinds
# kind -> (provider, function(gen) -> value, source)
def vendor_kinds():
    V = {}

    def k(kind, provider, src, fn):
        V[kind] = (provider, fn, src)

    GH = "https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available"
    k("github-pat-classic", "GitHub", GH, lambda g: g.crc_token(j("gh", "p_")))
    k("github-oauth-token", "GitHub", GH, lambda g: g.crc_token(j("gh", "o_")))
    k("github-app-server-token", "GitHub", GH, lambda g: g.crc_token(j("gh", "s_")))
    k("github-app-user-token", "GitHub", GH, lambda g: g.crc_token(j("gh", "u_")))
    k("github-refresh-token", "GitHub", GH, lambda g: g.crc_token(j("gh", "r_")))
    # fine-grained: github_pat_ + 22 + _ + 59 (gist.github.com/magnetikonline/073afe7909ffdd6f10ef06a00bc3bc88)
    k("github-fine-grained-pat", "GitHub", "https://gist.github.com/magnetikonline/073afe7909ffdd6f10ef06a00bc3bc88",
      lambda g: j("github", "_pat_") + g.token(22) + "_" + g.token(59))
    k("gitlab-pat", "GitLab", "https://gitlab.com/gitlab-org/gitlab/-/issues/342327",
      lambda g: j("gl", "pat-") + g.s(ALNUM + "_-", 20))
    k("npm-access-token", "npm", "https://github.com/secretlint/secretlint/issues/200 (npm changelog: CRC32 like GitHub)",
      lambda g: g.crc_token(j("np", "m_")))
    SL = "https://docs.slack.dev/authentication/tokens (shape not documented there; see README)"
    k("slack-bot-token", "Slack", SL, lambda g: j("xo", "xb-") + g.s(DIG, 12) + "-" + g.s(DIG, 13) + "-" + g.token(24))
    k("slack-user-token", "Slack", SL, lambda g: j("xo", "xp-") + g.s(DIG, 12) + "-" + g.s(DIG, 13) + "-" + g.s(DIG, 13) + "-" + g.hexkey(32))
    k("slack-app-token", "Slack", SL, lambda g: j("xa", "pp-1-") + "A" + g.s(UP + DIG, 10) + "-" + g.s(DIG, 13) + "-" + g.hexkey(64))
    k("slack-webhook-url", "Slack", "https://api.slack.com/messaging/webhooks (not re-checked)",
      lambda g: j("https://hooks.", "slack.com/services/") + "T" + g.s(UP + DIG, 10) + "/B" + g.s(UP + DIG, 10) + "/" + g.token(24))
    ST = "https://docs.stripe.com/api/authentication ; https://gitlab.com/gitlab-org/gitlab/-/issues/458019"
    k("stripe-live-secret-key", "Stripe", ST, lambda g: j("sk", "_live_") + g.token(g.pick([24, 99])))
    k("stripe-restricted-key", "Stripe", ST, lambda g: j("rk", "_live_") + g.token(g.pick([24, 99])))
    k("stripe-webhook-secret", "Stripe", "https://docs.stripe.com/webhooks (not re-checked)", lambda g: j("wh", "sec_") + g.token(32))
    AW = "https://github.com/Hacking-the-Cloud/hackingthe.cloud/blob/master/content/aws/general-knowledge/iam-key-identifiers.md"
    k("aws-access-key-id", "AWS", AW, lambda g: j("AK", "IA") + g.s(B32, 16))
    k("aws-temporary-access-key-id", "AWS", AW, lambda g: j("AS", "IA") + g.s(B32, 16))
    k("huggingface-token", "Hugging Face", "https://huggingface.co/docs/hub/security-tokens", lambda g: j("h", "f_") + g.s(UP + LO, 34))
    k("sendgrid-api-key", "SendGrid", "https://nvidia-nemo.github.io/... sendgrid regex; SendGrid keys ~69 chars (npm gulp-sendgrid)",
      lambda g: j("S", "G.") + g.s(B64U, 22) + "." + g.s(B64U, 43))
    SH = "https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing"
    k("shopify-admin-token", "Shopify", SH, lambda g: j("shp", "at_") + g.hexkey(32))
    k("shopify-custom-app-token", "Shopify", SH, lambda g: j("shp", "ca_") + g.hexkey(32))
    k("shopify-private-app-token", "Shopify", SH, lambda g: j("shp", "pa_") + g.hexkey(32))
    k("shopify-app-secret", "Shopify", "https://shopify.dev/changelog/app-secret-key-length-has-increased", lambda g: j("shp", "ss_") + g.hexkey(32))
    DO = "https://gitlab.com/gitlab-org/security-products/analyzers/secrets/-/merge_requests/178"
    k("digitalocean-pat", "DigitalOcean", DO, lambda g: j("do", "p_v1_") + g.hexkey(64))
    k("digitalocean-oauth-token", "DigitalOcean", DO, lambda g: j("do", "o_v1_") + g.hexkey(64))
    DP = "https://nango.dev/docs/api-integrations/doppler/connect"
    k("doppler-personal-token", "Doppler", DP, lambda g: j("dp", ".pt.") + g.token(43))
    k("doppler-service-token", "Doppler", DP, lambda g: j("dp", ".st.") + g.s(LO + "_", 8) + "." + g.token(40))
    VA = "https://developer.hashicorp.com/vault/docs/upgrading/upgrade-to-1.0.0 ; ibm.github.io vault tokens (hvs./hvb.)"
    k("vault-service-token", "HashiCorp Vault", VA, lambda g: j("hv", "s.") + g.s(B64U, 90))
    k("vault-batch-token", "HashiCorp Vault", VA, lambda g: j("hv", "b.") + g.s(B64U, 120))
    k("sentry-user-token", "Sentry", "https://docs.sentry.io/security-legal-pii/security/token-formats/", lambda g: j("sntr", "yu_") + g.hexkey(64))

    def sentry_org(g):
        payload = base64.b64encode(json.dumps({"iat": 1730000000 + g.r.randrange(10 ** 6), "url": "https://sentry.io",
                                               "region_url": "https://us.sentry.io", "org": "acme-" + g.s(LO, 5)}).encode()).decode().rstrip("=")
        return j("sntr", "ys_") + payload + "_" + g.s(B64U.replace("-", ""), 43)
    k("sentry-org-token", "Sentry", "https://docs.sentry.io/security-legal-pii/security/token-formats/", sentry_org)
    k("grafana-service-account-token", "Grafana", "https://grafana.com/docs/learning-paths/deploy-dashboard-terraform/create-service-account/",
      lambda g: j("gl", "sa_") + g.token(32) + "_" + g.hexkey(8))
    k("pypi-api-token", "PyPI", "https://pypi.org/project/pypitoken (pypi- + macaroon base64url)",
      lambda g: j("py", "pi-") + j("AgEIcHlwaS5vcmc", "CJ") + g.s(B64U, 150))
    k("anthropic-api-key", "Anthropic", "public leaks of sk-ant-api03- keys (docs say only 'starts with sk-ant-'); README",
      lambda g: j("sk-", "ant-", "api03-") + g.s(B64U, 93) + "AA")
    # --- not re-checked in this session (see README)
    k("openai-project-key", "OpenAI", "https://github.com/microsoft/autogen/pull/2426 and https://airbyte.com/agentic-data/openai-api-key (sk-proj- prefix; T3BlbkFJ marker and length not re-checked)",
      lambda g: j("sk-", "proj-") + g.s(B64U, 74) + j("T3Blbk", "FJ") + g.s(B64U, 74))
    k("google-api-key", "Google", "https://cloud.google.com/docs/authentication/api-keys (not re-checked)", lambda g: j("AI", "za") + g.s(B64U, 35))
    k("groq-api-key", "Groq", "https://www.skills.sh/jeremylongshore/claude-code-plugins-plus-skills/groq-security-basics (gsk_ prefix); length from a public leak", lambda g: j("gs", "k_") + g.token(52))
    k("replicate-api-token", "Replicate", "https://replicate.com/docs/topics/security/api-tokens (40 characters, starts with r8_)", lambda g: j("r", "8_") + g.token(37))
    k("telegram-bot-token", "Telegram", "https://core.telegram.org/bots/api#authorizing-your-bot (not re-checked)",
      lambda g: str(g.r.randrange(10 ** 9, 8 * 10 ** 9)) + ":" + j("AA", g.s(B64U, 33)))
    k("discord-webhook-url", "Discord", "https://discord.com/developers/docs/resources/webhook (not re-checked)",
      lambda g: j("https://discord.com/api/", "webhooks/") + g.s(DIG, 19) + "/" + g.s(B64U, 68))
    k("postman-api-key", "Postman", "https://learning.postman.com/docs/developer/postman-api/authentication/ (not re-checked)",
      lambda g: j("PM", "AK-") + g.hexkey(24) + "-" + g.hexkey(34))
    k("linear-api-key", "Linear", "https://developers.linear.app/docs/graphql/working-with-the-graphql-api (not re-checked)", lambda g: j("lin", "_api_") + g.token(40))
    k("terraform-cloud-token", "HashiCorp Terraform Cloud", "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens (not re-checked)",
      lambda g: g.token(14) + j(".atlas", "v1.") + g.token(67))
    k("pulumi-access-token", "Pulumi", "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/ (not re-checked)", lambda g: j("pu", "l-") + g.hexkey(40))
    k("newrelic-user-api-key", "New Relic", "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/ (not re-checked)", lambda g: j("NR", "AK-") + g.s(UP + DIG, 27))
    k("mapbox-secret-token", "Mapbox", "https://docs.mapbox.com/help/getting-started/access-tokens/ (not re-checked)",
      lambda g: j("s", "k.") + g.jwt({"u": "acme-" + g.s(LO, 5), "a": g.s(LO + DIG, 12)}).split(".", 1)[1].replace(".", "." , 1))
    k("atlassian-api-token", "Atlassian", "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/ (not re-checked)",
      lambda g: j("ATATT", "3xFfGF0") + g.s(B64U, 180) + "=" + g.hexkey(8).upper())
    k("mailgun-api-key", "Mailgun", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/ (not re-checked)", lambda g: j("ke", "y-") + g.hexkey(32))
    k("azure-ad-client-secret", "Microsoft Entra ID", "Microsoft Purview SIT 'Azure AD client secret' (not re-checked)",
      lambda g: g.s(ALNUM, 3) + g.pick("678") + j("Q", "~") + g.s(ALNUM + "_-.~", 34))
    k("azure-storage-connection-string", "Azure", "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string (not re-checked)",
      lambda g: "DefaultEndpointsProtocol=https;AccountName=st" + g.s(LO + DIG, 10) + ";" + j("Account", "Key=") + g.b64bytes(64) + ";EndpointSuffix=core.windows.net")
    k("azure-servicebus-connection-string", "Azure", "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas (not re-checked)",
      lambda g: "Endpoint=sb://sb-" + g.s(LO, 8) + ".servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;" + j("SharedAccess", "Key=") + g.b64bytes(32))
    k("firebase-cloud-messaging-server-key", "Google Firebase", "https://firebase.google.com/docs/cloud-messaging/auth-server (legacy server key, not re-checked)",
      lambda g: j("AAAA", g.s(B64U, 7)) + ":" + j("APA91b", g.s(B64U, 134)))
    # structural: credentials inside a URL
    k("postgres-url-password", "PostgreSQL", "RFC 3986 userinfo; libpq connection URIs", lambda g: f"postgres://app_rw:{g.s(ALNUM, 20)}@db-{g.s(LO, 5)}.internal:5432/app")
    k("mysql-url-password", "MySQL", "RFC 3986 userinfo", lambda g: f"mysql://wp_admin:{g.s(ALNUM, 18)}@10.20.{g.r.randrange(255)}.{g.r.randrange(255)}:3306/wordpress")
    k("mongodb-srv-url-password", "MongoDB", "https://www.mongodb.com/docs/manual/reference/connection-string/ (not re-checked)",
      lambda g: f"mongodb+srv://svc_{g.s(LO, 4)}:{g.s(ALNUM, 22)}@cluster0.{g.s(LO + DIG, 5)}.mongodb.net/prod?retryWrites=true")
    k("redis-url-password", "Redis", "RFC 3986 userinfo", lambda g: f"redis://default:{g.s(ALNUM, 24)}@redis-{g.s(DIG, 5)}.cache.internal:6379/0")
    k("amqp-url-password", "RabbitMQ", "RFC 3986 userinfo", lambda g: f"amqps://worker:{g.s(ALNUM, 20)}@mq.{g.s(LO, 6)}.net:5671/%2f")
    k("https-url-basic-auth", "HTTP", "RFC 3986 userinfo", lambda g: f"https://deploy:{g.s(ALNUM, 22)}@artifacts.{g.s(LO, 6)}.io/repository/")
    k("jwt-bearer-token", "JWT", "RFC 7519", lambda g: g.jwt({"sub": g.uuid(), "role": "service_role", "iss": "auth." + g.s(LO, 6) + ".io", "exp": 1999999999}))
    return V


# ---------------------------------------------------------------------- context-only kinds
# kind -> (provider, function(gen) -> value, variable names teams use)
def context_kinds():
    C = {}

    def c(kind, provider, fn, names):
        C[kind] = (provider, fn, names)

    c("database-password", "generic", lambda g: g.password(), ["DB_PASSWORD", "DATABASE_PASSWORD", "PGPASSWORD", "db_pass", "MYSQL_PASSWORD", "datasource_password"])
    c("smtp-password", "generic", lambda g: g.password(), ["SMTP_PASSWORD", "MAIL_PASSWORD", "smtp_pass", "EMAIL_HOST_PASSWORD"])
    c("ldap-bind-password", "generic", lambda g: g.password(), ["LDAP_BIND_PASSWORD", "bind_pw", "ldap_default_authtok", "BIND_CREDENTIAL"])
    c("admin-password", "generic", lambda g: g.password(), ["ADMIN_PASSWORD", "admin_pass", "ROOT_PASSWORD", "adminPassword"])
    c("service-account-password", "generic", lambda g: g.password(), ["SVC_PASSWORD", "service_password", "BATCH_PASSWORD", "svc_pw"])
    c("generic-api-key", "generic", lambda g: g.token(32), ["API_KEY", "apiKey", "api_key", "X_API_KEY", "PARTNER_API_KEY"])
    c("generic-api-secret", "generic", lambda g: g.token(40), ["API_SECRET", "apiSecret", "client_secret", "CLIENT_SECRET", "consumer_secret"])
    c("generic-access-token", "generic", lambda g: g.token(36), ["ACCESS_TOKEN", "accessToken", "auth_token", "AUTH_TOKEN", "bearer_token"])
    c("jwt-signing-secret", "generic", lambda g: g.token(48), ["JWT_SECRET", "jwtSecret", "JWT_SIGNING_KEY", "token_secret"])
    c("session-secret", "generic", lambda g: g.hexkey(64), ["SESSION_SECRET", "cookie_secret", "SECRET_KEY", "secret_key_base"])
    c("encryption-key-hex", "generic", lambda g: g.hexkey(64), ["ENCRYPTION_KEY", "AES_KEY", "DATA_KEY", "master_key"])
    c("hmac-signing-key", "generic", lambda g: g.b64bytes(32), ["HMAC_KEY", "SIGNING_KEY", "webhook_signing_key", "HMAC_SECRET"])
    c("aws-secret-access-key", "AWS", lambda g: g.s(B64, 40), ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretKey", "secret_access_key"])
    c("aws-session-token", "AWS", lambda g: j("IQoJb3JpZ2luX2Vj") + g.s(B64, 300), ["AWS_SESSION_TOKEN", "aws_session_token"])
    c("azure-client-secret-legacy", "Microsoft Entra ID", lambda g: g.s(ALNUM + "+/=", 44), ["AZURE_CLIENT_SECRET", "ClientSecret", "clientSecret"])
    c("azure-sas-signature", "Azure", lambda g: g.b64bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"), ["sig", "SAS_SIGNATURE"])
    c("mistral-api-key", "Mistral AI", lambda g: g.token(32), ["MISTRAL_API_KEY", "mistral_api_key", "mistralApiKey"])
    c("cohere-api-key", "Cohere", lambda g: g.token(40), ["COHERE_API_KEY", "CO_API_KEY", "cohere_key"])
    c("google-gemini-key-ctx", "Google", lambda g: g.s(B64U, 39), ["GEMINI_API_KEY_PARTIAL_ROTATED"])  # not used in decks
    c("datadog-api-key", "Datadog", lambda g: g.hexkey(32), ["DD_API_KEY", "DATADOG_API_KEY", "datadog_api_key"])
    c("datadog-app-key", "Datadog", lambda g: g.hexkey(40), ["DD_APP_KEY", "DATADOG_APP_KEY"])
    c("cloudflare-api-token", "Cloudflare", lambda g: g.s(ALNUM + "_-", 40), ["CF_API_TOKEN", "CLOUDFLARE_API_TOKEN", "CF_DNS_API_TOKEN"])
    c("heroku-api-key-uuid", "Heroku", lambda g: g.uuid(), ["HEROKU_API_KEY"])
    c("okta-api-token", "Okta", lambda g: "00" + g.s(ALNUM + "_-", 40), ["OKTA_API_TOKEN", "okta_token", "OKTA_CLIENT_TOKEN"])
    c("pagerduty-api-key", "PagerDuty", lambda g: g.s(ALNUM + "+_-", 20), ["PAGERDUTY_TOKEN", "PD_API_KEY", "pagerduty_routing_key"])
    c("twilio-api-key-secret", "Twilio", lambda g: g.token(32), ["TWILIO_API_SECRET", "twilio_api_secret"])
    c("twilio-auth-token", "Twilio", lambda g: g.hexkey(32), ["TWILIO_AUTH_TOKEN", "twilio_auth_token", "authToken"])
    c("slack-signing-secret", "Slack", lambda g: g.hexkey(32), ["SLACK_SIGNING_SECRET", "signingSecret", "signing_secret"])
    c("slack-client-secret", "Slack", lambda g: g.hexkey(32), ["SLACK_CLIENT_SECRET", "clientSecret"])
    c("algolia-admin-key", "Algolia", lambda g: g.hexkey(32), ["ALGOLIA_ADMIN_KEY", "algoliaAdminKey", "ALGOLIA_WRITE_API_KEY"])
    c("oauth-client-secret", "generic", lambda g: g.s(ALNUM + "-_", 40), ["OAUTH_CLIENT_SECRET", "oidc_client_secret", "GOOGLE_CLIENT_SECRET", "EOS_CLIENT_SECRET"])
    c("firebase-db-secret", "Google Firebase", lambda g: g.token(40), ["FIREBASE_DATABASE_SECRET", "firebase_secret"])
    c("playfab-secret-key", "PlayFab", lambda g: g.s(UP + DIG, 52), ["PLAYFAB_SECRET_KEY", "DeveloperSecretKey"])
    c("rails-master-key", "Rails", lambda g: g.hexkey(32), ["RAILS_MASTER_KEY"])
    c("rails-secret-key-base", "Rails", lambda g: g.hexkey(128), ["SECRET_KEY_BASE", "secret_key_base"])
    c("django-secret-key", "Django", lambda g: g.s(LO + DIG + "!@#$%^&*(-_=+)", 50), ["SECRET_KEY", "DJANGO_SECRET_KEY"])
    c("superset-secret-key", "Apache Superset", lambda g: g.b64bytes(42), ["SECRET_KEY", "SUPERSET_SECRET_KEY"])
    c("metabase-encryption-key", "Metabase", lambda g: g.b64bytes(24), ["MB_ENCRYPTION_SECRET_KEY"])
    c("wordpress-auth-salt", "WordPress", lambda g: g.s(ALNUM + "!#$%()*+,-.:;=?@[]^_{|}~", 64), ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_SALT", "NONCE_KEY"])
    c("wifi-psk", "generic", lambda g: g.password(), ["WIFI_PASSWORD", "wifi_pass", "WLAN_PSK", "ssid_password"])
    c("mqtt-password", "generic", lambda g: g.password(), ["MQTT_PASSWORD", "mqtt_pass", "BROKER_PASSWORD"])
    c("ota-update-password", "generic", lambda g: g.password(), ["OTA_PASSWORD", "ota_password"])
    c("blynk-auth-token", "Blynk", lambda g: g.s(ALNUM + "_-", 32), ["BLYNK_AUTH_TOKEN"])
    c("sip-account-secret", "Asterisk", lambda g: g.password(), ["secret", "password"])
    c("radius-shared-secret", "FreeRADIUS", lambda g: g.password(), ["secret"])
    c("wireguard-private-key", "WireGuard", lambda g: g.b64bytes(32), ["WG_PRIVATE_KEY", "wireguard_private_key"])
    c("wireguard-preshared-key", "WireGuard", lambda g: g.b64bytes(32), ["WG_PRESHARED_KEY", "wg_psk"])
    c("cisco-type7-password", "Cisco", lambda g: "".join(g.pick("0123456789ABCDEF") for _ in range(2 * g.r.randrange(8, 14))), ["password 7"])
    c("snmp-community-string", "generic", lambda g: g.s(LO + DIG, 12) + g.pick("!#"), ["community"])
    c("tacacs-key", "Cisco", lambda g: g.password(), ["key"])
    c("juniper-type9-secret", "Juniper", lambda g: "$9$" + g.s(ALNUM + "./", 30), ["secret"])
    c("proxmox-api-token-secret", "Proxmox", lambda g: g.uuid(), ["PVEAPIToken"])
    c("truenas-api-key", "TrueNAS", lambda g: str(g.r.randrange(1, 9)) + "-" + g.token(64), ["TRUENAS_API_KEY", "api_key"])
    c("keystore-password", "generic", lambda g: g.password(), ["storePassword", "keyPassword", "KEYSTORE_PASSWORD", "CSC_KEY_PASSWORD"])
    c("pkcs12-base64", "generic", lambda g: "MII" + g.s(B64, 1400), ["CSC_LINK", "CERTIFICATE_P12_BASE64", "p12_b64"])
    c("mainframe-password", "generic", lambda g: g.short_pw(), ["PASSWORD", "PASS", "pw"])
    c("coldfusion-datasource-password", "generic", lambda g: g.password(), ["dsnPassword", "password"])
    c("munge-like-shared-key", "generic", lambda g: g.b64bytes(48), ["StoragePass", "shared_key"])
    c("seqera-platform-token", "Seqera", lambda g: g.b64bytes(60), ["TOWER_ACCESS_TOKEN", "accessToken"])
    c("rclone-obscured-password", "rclone", lambda g: g.s(B64U, 40), ["pass"])  # rclone obscure is reversible
    c("netrc-password", "generic", lambda g: g.password(), ["password"])
    c("basic-auth-header", "HTTP", lambda g: base64.b64encode(f"svc-{g.s(LO, 5)}:{g.password()}".encode()).decode(), ["Authorization: Basic"])
    c("bearer-token-opaque", "HTTP", lambda g: g.s(ALNUM + "-._", 44), ["BEARER_TOKEN", "bearerToken"])
    c("docker-auth-b64", "Docker", lambda g: base64.b64encode(f"ci-bot:{g.password()}".encode()).decode(), ["DOCKER_AUTH", "registry_auth"])
    c("vpn-auth-password", "OpenVPN", lambda g: g.password(), ["password"])
    c("unreal-backend-secret", "generic", lambda g: g.token(40), ["BackendSharedSecret", "ServerApiSecret"])
    return C


CONTEXT_DECK_EXCLUDE = {"google-gemini-key-ctx"}
