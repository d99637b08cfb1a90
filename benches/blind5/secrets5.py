"""Secret and decoy makers for the blind5 corpus (written from scratch, stdlib only).

Every value is drawn from the RNG passed in; prefixes are assembled from parts so that this file
holds no complete credential-shaped literal.
"""
import base64
import binascii
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URL = ALNUM + "-_"
B62 = DIG + UP + LO
B32 = UP + "234567"


class Maker:
    def __init__(self, rng):
        self.r = rng

    def s(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def mixed(self, n, alpha=ALNUM):
        # random strings that really look random: at least one digit, one lower, one upper
        while True:
            v = self.s(n, alpha)
            if any(c.isdigit() for c in v) and any(c.islower() for c in v) and (not any(c.isupper() for c in alpha) or any(c.isupper() for c in v)):
                return v

    def d(self, n):
        return self.r.choice("123456789") + self.s(n - 1, DIG)

    def uuid(self):
        h = self.s(32, HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def b64bytes(self, n):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()

    def b64url(self, raw):
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def crc62(self, body):
        c = binascii.crc32(body.encode()) & 0xFFFFFFFF
        out = ""
        while c:
            c, m = divmod(c, 62)
            out = B62[m] + out
        return out.rjust(6, "0")

    def password(self, n=None):
        n = n or self.r.randint(12, 22)
        alpha = ALNUM + "!*-_.@^"
        while True:
            v = self.s(n, alpha)
            if v[0].isalnum() and sum(c.isdigit() for c in v) >= 2 and any(c.islower() for c in v) and any(c.isupper() for c in v):
                return v

    def jwt(self, payload):
        import json
        hdr = self.b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        body = self.b64url(json.dumps(payload, separators=(",", ":")).encode())
        return hdr + "." + body + "." + self.s(43, URL)

    def pem_body(self, nbytes, lead=b""):
        raw = lead + bytes(self.r.getrandbits(8) for _ in range(nbytes))
        b = base64.b64encode(raw).decode()
        return [b[i:i + 64] for i in range(0, len(b), 64)]


def gh(m, p):
    body = m.s(30)
    return "gh" + p + "_" + body + m.crc62(body)


def npm(m):
    body = m.s(30)
    return "np" + "m_" + body + m.crc62(body)


def vendor_kinds():
    """kind -> (provider, maker(m) -> value, [names])"""
    K = {}

    def k(kind, prov, fn, *names):
        K[kind] = (prov, fn, list(names))

    k("aws-access-key-id", "AWS", lambda m: "AK" + "IA" + m.s(16, B32), "AWS_ACCESS_KEY_ID", "aws_access_key_id", "s3_access_key")
    k("aws-temp-access-key-id", "AWS", lambda m: "AS" + "IA" + m.s(16, B32), "AWS_ACCESS_KEY_ID")
    k("azure-ad-client-secret", "Microsoft", lambda m: m.s(3) + m.r.choice(DIG) + "Q" + "~" + m.s(34, ALNUM + "_~.-"), "AZURE_CLIENT_SECRET", "client_secret", "aad_client_secret")
    k("azure-storage-connstr", "Microsoft", lambda m: "DefaultEndpointsProtocol=https;AccountName=" + m.s(10, LO + DIG) + ";Account" + "Key=" + m.b64bytes(64) + ";EndpointSuffix=core.windows.net", "AZURE_STORAGE_CONNECTION_STRING", "storage_connection")
    k("azure-servicebus-connstr", "Microsoft", lambda m: "Endpoint=sb://" + m.s(8, LO) + ".servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccess" + "Key=" + m.b64bytes(32), "SERVICEBUS_CONNECTION", "servicebus_conn")
    k("openai-project-key", "OpenAI", lambda m: "sk-" + "proj-" + m.s(58, URL) + "T3Blbk" + "FJ" + m.s(58, URL), "OPENAI_API_KEY", "openai_api_key")
    k("openai-legacy-key", "OpenAI", lambda m: "sk-" + m.s(20) + "T3Blbk" + "FJ" + m.s(20), "OPENAI_KEY", "openai_key")
    k("openai-svcacct-key", "OpenAI", lambda m: "sk-" + "svcacct-" + m.s(58, URL) + "T3Blbk" + "FJ" + m.s(58, URL), "OPENAI_API_KEY")
    k("anthropic-api-key", "Anthropic", lambda m: "sk-" + "ant-" + "api03-" + m.s(93, URL) + "AA", "ANTHROPIC_API_KEY", "anthropic_key", "claude_api_key")
    k("anthropic-admin-key", "Anthropic", lambda m: "sk-" + "ant-" + "admin01-" + m.s(93, URL) + "AA", "ANTHROPIC_ADMIN_KEY")
    k("google-api-key", "Google", lambda m: "AI" + "za" + m.s(35, URL), "GOOGLE_API_KEY", "GEMINI_API_KEY", "maps_api_key")
    k("google-oauth-client-secret", "Google", lambda m: "GOC" + "SPX-" + m.s(28, URL), "GOOGLE_CLIENT_SECRET", "oauth_client_secret")
    k("groq-api-key", "Groq", lambda m: "gs" + "k_" + m.s(52), "GROQ_API_KEY")
    k("huggingface-token", "Hugging Face", lambda m: "h" + "f_" + m.s(34, UP + LO), "HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN")
    k("replicate-token", "Replicate", lambda m: "r8" + "_" + m.s(37), "REPLICATE_API_TOKEN")
    k("perplexity-key", "Perplexity", lambda m: "pp" + "lx-" + m.s(48), "PERPLEXITY_API_KEY")
    k("xai-key", "xAI", lambda m: "xa" + "i-" + m.s(80), "XAI_API_KEY", "grok_api_key")
    k("openrouter-key", "OpenRouter", lambda m: "sk-" + "or-" + "v1-" + m.s(64, HEX), "OPENROUTER_API_KEY")
    k("langsmith-key", "LangChain", lambda m: "lsv2" + "_pt_" + m.s(32, HEX) + "_" + m.s(10, HEX), "LANGCHAIN_API_KEY", "LANGSMITH_API_KEY")
    k("elevenlabs-key", "ElevenLabs", lambda m: "s" + "k_" + m.s(48, HEX), "ELEVENLABS_API_KEY")
    k("pinecone-key", "Pinecone", lambda m: "pc" + "sk_" + m.s(5) + "_" + m.s(64), "PINECONE_API_KEY")
    k("github-classic-pat", "GitHub", lambda m: gh(m, "p"), "GITHUB_TOKEN", "GH_TOKEN", "github_token")
    k("github-oauth-token", "GitHub", lambda m: gh(m, "o"), "GITHUB_OAUTH_TOKEN")
    k("github-app-token", "GitHub", lambda m: gh(m, "s"), "GITHUB_APP_TOKEN")
    k("github-refresh-token", "GitHub", lambda m: gh(m, "r"), "GITHUB_REFRESH_TOKEN")
    k("github-fine-grained-pat", "GitHub", lambda m: "github" + "_pat_" + m.s(22, UP + DIG) + "_" + m.s(59), "GITHUB_PAT", "gh_pat")
    k("gitlab-pat", "GitLab", lambda m: "gl" + "pat-" + m.s(20, URL), "GITLAB_TOKEN", "gitlab_private_token")
    k("gitlab-runner-token", "GitLab", lambda m: "gl" + "rt-" + m.s(20, URL), "RUNNER_TOKEN")
    k("gitlab-deploy-token", "GitLab", lambda m: "gl" + "dt-" + m.s(20, URL), "GITLAB_DEPLOY_TOKEN")
    k("bitbucket-app-password", "Atlassian", lambda m: "AT" + "BB" + m.s(32) + m.s(8, HEX.upper()), "BITBUCKET_APP_PASSWORD")
    k("atlassian-api-token", "Atlassian", lambda m: "ATA" + "TT3xFfGF0" + m.s(180, URL) + "=" + m.s(8, HEX.upper()), "JIRA_API_TOKEN", "CONFLUENCE_TOKEN")
    k("npm-token", "npm", npm, "NPM_TOKEN")
    k("pypi-token", "PyPI", lambda m: "py" + "pi-" + "AgEIcHlwaS5vcmc" + m.s(70, URL), "PYPI_TOKEN", "TWINE_PASSWORD")
    k("dockerhub-pat", "Docker", lambda m: "dc" + "kr_pat_" + m.s(27, URL), "DOCKERHUB_TOKEN")
    k("slack-bot-token", "Slack", lambda m: "xo" + "xb-" + m.d(11) + "-" + m.d(13) + "-" + m.s(24), "SLACK_BOT_TOKEN", "slack_token")
    k("slack-user-token", "Slack", lambda m: "xo" + "xp-" + m.d(11) + "-" + m.d(12) + "-" + m.d(13) + "-" + m.s(32, HEX), "SLACK_USER_TOKEN")
    k("slack-app-token", "Slack", lambda m: "xa" + "pp-1-A" + m.s(10, UP + DIG) + "-" + m.d(13) + "-" + m.s(64, HEX), "SLACK_APP_TOKEN")
    k("slack-webhook", "Slack", lambda m: "https://hooks." + "slack.com/services/T" + m.s(8, UP + DIG) + "/B" + m.s(10, UP + DIG) + "/" + m.s(24), "SLACK_WEBHOOK_URL", "slack_webhook")
    k("discord-webhook", "Discord", lambda m: "https://discord.com/api/" + "webhooks/" + m.d(18) + "/" + m.s(68, URL), "DISCORD_WEBHOOK")
    k("discord-bot-token", "Discord", lambda m: m.b64url(m.d(18).encode()) + "." + m.s(6, URL) + "." + m.s(38, URL), "DISCORD_BOT_TOKEN")
    k("telegram-bot-token", "Telegram", lambda m: m.d(10) + ":" + "AA" + m.s(33, URL), "TELEGRAM_BOT_TOKEN", "tg_token")
    k("twilio-api-key", "Twilio", lambda m: "S" + "K" + m.s(32, HEX), "TWILIO_API_KEY")
    k("sendgrid-key", "Twilio SendGrid", lambda m: "S" + "G." + m.s(22, URL) + "." + m.s(43, URL), "SENDGRID_API_KEY")
    k("mailgun-key", "Mailgun", lambda m: "ke" + "y-" + m.s(32, HEX), "MAILGUN_API_KEY")
    k("mailchimp-key", "Mailchimp", lambda m: m.s(32, HEX) + "-us" + str(m.r.randint(2, 21)), "MAILCHIMP_API_KEY")
    k("resend-key", "Resend", lambda m: "r" + "e_" + m.s(8) + "_" + m.s(24), "RESEND_API_KEY")
    k("stripe-secret-key", "Stripe", lambda m: "sk" + "_live_" + m.s(99), "STRIPE_SECRET_KEY", "stripe_api_key")
    k("stripe-restricted-key", "Stripe", lambda m: "rk" + "_live_" + m.s(99), "STRIPE_RESTRICTED_KEY")
    k("stripe-webhook-secret", "Stripe", lambda m: "wh" + "sec_" + m.s(32), "STRIPE_WEBHOOK_SECRET")
    k("square-access-token", "Square", lambda m: "EA" + "AA" + m.s(60, URL), "SQUARE_ACCESS_TOKEN")
    k("shopify-access-token", "Shopify", lambda m: "sh" + "pat_" + m.s(32, HEX), "SHOPIFY_ACCESS_TOKEN")
    k("shopify-shared-secret", "Shopify", lambda m: "sh" + "pss_" + m.s(32, HEX), "SHOPIFY_API_SECRET")
    k("razorpay-key-id", "Razorpay", lambda m: "rz" + "p_live_" + m.s(14), "RAZORPAY_KEY_ID")
    k("braintree-token", "PayPal", lambda m: "access_token" + "$production$" + m.s(16, LO + DIG) + "$" + m.s(32, HEX), "BRAINTREE_ACCESS_TOKEN")
    k("woocommerce-consumer-secret", "WooCommerce", lambda m: "c" + "s_" + m.s(40, HEX), "WC_CONSUMER_SECRET", "consumer_secret")
    k("woocommerce-consumer-key", "WooCommerce", lambda m: "c" + "k_" + m.s(40, HEX), "WC_CONSUMER_KEY")
    k("linear-key", "Linear", lambda m: "lin" + "_api_" + m.s(40), "LINEAR_API_KEY")
    k("notion-token", "Notion", lambda m: "nt" + "n_" + m.d(11) + m.s(35), "NOTION_TOKEN")
    k("airtable-pat", "Airtable", lambda m: "pa" + "t" + m.s(14) + "." + m.s(64, HEX), "AIRTABLE_TOKEN")
    k("postman-key", "Postman", lambda m: "PM" + "AK-" + m.s(24, HEX) + "-" + m.s(34, HEX), "POSTMAN_API_KEY")
    k("figma-token", "Figma", lambda m: "fi" + "gd_" + m.s(40, URL), "FIGMA_TOKEN")
    k("grafana-sa-token", "Grafana", lambda m: "gl" + "sa_" + m.s(32) + "_" + m.s(8, HEX), "GRAFANA_TOKEN", "grafana_api_key")
    k("newrelic-user-key", "New Relic", lambda m: "NR" + "AK-" + m.s(27, UP + DIG), "NEW_RELIC_API_KEY")
    k("newrelic-license-key", "New Relic", lambda m: m.s(36, HEX) + "NR" + "AL", "NEW_RELIC_LICENSE_KEY")
    k("sentry-auth-token", "Sentry", lambda m: "sn" + "trys_" + "eyJpYXQiOjE3" + m.s(80, URL) + "_" + m.s(43, URL), "SENTRY_AUTH_TOKEN")
    k("doppler-token", "Doppler", lambda m: "dp" + ".st." + "prd." + m.s(43), "DOPPLER_TOKEN")
    k("hubspot-pat", "HubSpot", lambda m: "pa" + "t-na1-" + m.uuid(), "HUBSPOT_ACCESS_TOKEN")
    k("contentful-pat", "Contentful", lambda m: "CF" + "PAT-" + m.s(43, URL), "CONTENTFUL_MANAGEMENT_TOKEN")
    k("mapbox-secret-token", "Mapbox", lambda m: "s" + "k.eyJ1Ijoi" + m.s(30) + "." + m.s(22, URL), "MAPBOX_SECRET_TOKEN")
    k("tailscale-auth-key", "Tailscale", lambda m: "ts" + "key-auth-" + m.s(11) + "CNTRL-" + m.s(33), "TS_AUTHKEY")
    k("dropbox-token", "Dropbox", lambda m: "s" + "l.B" + m.s(135, URL), "DROPBOX_ACCESS_TOKEN")
    k("vault-token", "HashiCorp", lambda m: "hv" + "s." + m.s(24), "VAULT_TOKEN")
    k("terraform-cloud-token", "HashiCorp", lambda m: m.s(14) + ".atlas" + "v1." + m.s(67), "TFE_TOKEN", "TF_TOKEN_app_terraform_io")
    k("pulumi-token", "Pulumi", lambda m: "pu" + "l-" + m.s(40, HEX), "PULUMI_ACCESS_TOKEN")
    k("digitalocean-token", "DigitalOcean", lambda m: "do" + "p_v1_" + m.s(64, HEX), "DIGITALOCEAN_TOKEN", "do_token")
    k("databricks-token", "Databricks", lambda m: "da" + "pi" + m.s(32, HEX), "DATABRICKS_TOKEN")
    k("alibaba-access-key-id", "Alibaba Cloud", lambda m: "LT" + "AI" + m.s(20), "ALIBABA_CLOUD_ACCESS_KEY_ID")
    k("netlify-token", "Netlify", lambda m: "nf" + "p_" + m.s(36), "NETLIFY_AUTH_TOKEN")
    k("supabase-pat", "Supabase", lambda m: "sb" + "p_" + m.s(40, HEX), "SUPABASE_ACCESS_TOKEN")
    k("supabase-service-role-jwt", "Supabase", lambda m: m.jwt({"iss": "supabase", "ref": m.s(20, LO), "role": "service_role", "iat": 1712000000, "exp": 2027000000}), "SUPABASE_SERVICE_ROLE_KEY", "service_role_key")
    k("planetscale-password", "PlanetScale", lambda m: "psc" + "ale_pw_" + m.s(43, URL), "PLANETSCALE_PASSWORD")
    k("neon-api-key", "Neon", lambda m: "na" + "pi_" + m.s(64, LO + DIG), "NEON_API_KEY")
    k("sonarqube-token", "SonarSource", lambda m: "sq" + "u_" + m.s(40, HEX), "SONAR_TOKEN")
    k("jfrog-api-key", "JFrog", lambda m: "AK" + "Cp8" + m.s(70), "ARTIFACTORY_API_KEY")
    k("buildkite-token", "Buildkite", lambda m: "bk" + "ua_" + m.s(40, HEX), "BUILDKITE_API_TOKEN")
    k("age-secret-key", "age", lambda m: "AGE-" + "SECRET-KEY-1" + m.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), "SOPS_AGE_KEY")
    k("1password-sa-token", "1Password", lambda m: "op" + "s_eyJzaWduSW5BZGRyZXNzIjoi" + m.s(200, URL), "OP_SERVICE_ACCOUNT_TOKEN")
    k("fly-token", "Fly.io", lambda m: "Fly" + "V1 fm2_" + m.s(160, URL), "FLY_API_TOKEN")
    k("render-api-key", "Render", lambda m: "rn" + "d_" + m.s(28), "RENDER_API_KEY")
    k("jwt-token", "JWT", lambda m: m.jwt({"sub": m.uuid(), "name": "svc-" + m.s(6, LO), "iat": 1716239022, "scope": "admin"}), "AUTH_TOKEN", "access_token")
    return K


# context-only: (provider, maker, names)
def context_kinds():
    K = {}

    def k(kind, prov, fn, *names):
        K[kind] = (prov, fn, list(names))

    P = lambda m: m.password()
    k("db-password", "generic", P, "DB_PASSWORD", "db_password", "database_password", "pg_password", "MYSQL_PASSWORD")
    k("smtp-password", "generic", P, "SMTP_PASSWORD", "mail_password", "smtp_pass")
    k("ldap-bind-password", "generic", P, "LDAP_BIND_PASSWORD", "bind_password", "ldap_password")
    k("redis-password", "generic", P, "REDIS_PASSWORD", "redis_pass")
    k("admin-password", "generic", P, "ADMIN_PASSWORD", "admin_pass", "superuser_password")
    k("keystore-password", "generic", P, "KEYSTORE_PASSWORD", "key_store_password", "truststore_password")
    k("service-password", "generic", P, "SERVICE_PASSWORD", "password", "api_password")
    k("mqtt-password", "generic", P, "MQTT_PASSWORD", "broker_password")
    k("sasl-password", "Apache Kafka", P, "SASL_PASSWORD", "sasl_jaas_password", "kafka_password")
    k("rabbitmq-password", "generic", P, "RABBITMQ_DEFAULT_PASS", "amqp_password")
    k("key-passphrase", "generic", lambda m: "-".join(m.s(m.r.randint(5, 8), LO) for _ in range(4)) + m.s(2, DIG), "KEY_PASSPHRASE", "passphrase", "signing_passphrase")
    k("api-key-hex32", "generic", lambda m: m.mixed(32, HEX), "API_KEY", "apiKey", "partner_api_key", "x_api_key")
    k("api-key-alnum", "generic", lambda m: m.mixed(40), "API_KEY", "api_key", "vendor_api_key", "integration_key")
    k("api-token-opaque", "generic", lambda m: m.mixed(48, URL), "API_TOKEN", "access_token", "auth_token", "service_token")
    k("client-secret", "generic", lambda m: m.mixed(36, URL), "CLIENT_SECRET", "client_secret", "oauth_secret", "oidc_client_secret")
    k("webhook-signing-secret", "generic", lambda m: m.mixed(32), "WEBHOOK_SECRET", "webhook_secret", "signing_secret")
    k("jwt-signing-secret", "generic", lambda m: m.mixed(64), "JWT_SECRET", "jwt_secret", "JWT_SIGNING_KEY")
    k("session-secret", "generic", lambda m: m.mixed(50, ALNUM + "!@^*-_=+"), "SESSION_SECRET", "secret_key", "SECRET_KEY", "cookie_secret")
    k("encryption-key-base64", "generic", lambda m: m.b64bytes(32), "ENCRYPTION_KEY", "encryption_key", "aes_key", "master_key")
    k("hmac-key-hex", "generic", lambda m: m.mixed(64, HEX), "HMAC_KEY", "hmac_secret", "signature_key")
    k("rails-secret-key-base", "Ruby on Rails", lambda m: m.mixed(128, HEX), "SECRET_KEY_BASE", "secret_key_base")
    k("aws-secret-access-key", "AWS", lambda m: m.mixed(40, ALNUM + "+/"), "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "s3_secret_key")
    k("twilio-auth-token", "Twilio", lambda m: m.mixed(32, HEX), "TWILIO_AUTH_TOKEN", "twilio_token")
    k("datadog-api-key", "Datadog", lambda m: m.mixed(32, HEX), "DD_API_KEY", "datadog_api_key")
    k("datadog-app-key", "Datadog", lambda m: m.mixed(40, HEX), "DD_APP_KEY", "datadog_application_key")
    k("mistral-api-key", "Mistral AI", lambda m: m.mixed(32), "MISTRAL_API_KEY")
    k("cohere-api-key", "Cohere", lambda m: m.mixed(40), "COHERE_API_KEY", "CO_API_KEY")
    k("together-api-key", "Together AI", lambda m: m.mixed(64, HEX), "TOGETHER_API_KEY")
    k("deepgram-api-key", "Deepgram", lambda m: m.mixed(40, HEX), "DEEPGRAM_API_KEY")
    k("wandb-api-key", "Weights & Biases", lambda m: m.mixed(40, HEX), "WANDB_API_KEY")
    k("algolia-admin-key", "Algolia", lambda m: m.mixed(32, HEX), "ALGOLIA_ADMIN_KEY", "algolia_write_key")
    k("cloudflare-api-token", "Cloudflare", lambda m: m.mixed(40, URL), "CLOUDFLARE_API_TOKEN", "CF_API_TOKEN")
    k("vercel-token", "Vercel", lambda m: m.mixed(24), "VERCEL_TOKEN")
    k("okta-api-token", "Okta", lambda m: "00" + m.mixed(40, URL), "OKTA_API_TOKEN", "okta_token")
    k("zendesk-api-token", "Zendesk", lambda m: m.mixed(40), "ZENDESK_API_TOKEN")
    k("mattermost-bot-token", "Mattermost", lambda m: m.mixed(26, LO + DIG), "MM_BOT_TOKEN", "mattermost_token")
    k("rocketchat-token", "Rocket.Chat", lambda m: m.mixed(43, URL), "ROCKETCHAT_AUTH_TOKEN", "rc_token")
    k("confluent-api-secret", "Confluent", lambda m: m.mixed(64, ALNUM + "+/"), "CONFLUENT_API_SECRET", "cluster_api_secret")
    k("splunk-hec-token", "Splunk", lambda m: m.uuid(), "SPLUNK_HEC_TOKEN", "hec_token")
    k("zabbix-api-token", "Zabbix", lambda m: m.mixed(64, HEX), "ZABBIX_API_TOKEN", "zabbix_token")
    k("consul-acl-token", "HashiCorp", lambda m: m.uuid(), "CONSUL_HTTP_TOKEN", "acl_token")
    k("nomad-token", "HashiCorp", lambda m: m.uuid(), "NOMAD_TOKEN")
    k("moodle-ws-token", "Moodle", lambda m: m.mixed(32, HEX), "MOODLE_WSTOKEN", "wstoken")
    k("odoo-admin-passwd", "Odoo", P, "admin_passwd")
    k("razorpay-key-secret", "Razorpay", lambda m: m.mixed(24), "RAZORPAY_KEY_SECRET")
    k("pagerduty-api-key", "PagerDuty", lambda m: "u+" + m.mixed(18, URL), "PAGERDUTY_TOKEN")
    k("snyk-token", "Snyk", lambda m: m.uuid(), "SNYK_TOKEN")
    k("recaptcha-secret", "Google", lambda m: "6L" + m.mixed(38, URL), "RECAPTCHA_SECRET_KEY")
    k("totp-seed", "generic", lambda m: m.s(32, B32), "TOTP_SECRET", "otp_seed", "mfa_secret")
    k("wifi-psk", "generic", P, "WIFI_PSK", "wpa_passphrase")
    k("vnc-password", "generic", lambda m: m.password(8), "VNC_PASSWORD")
    k("erlang-cookie", "RabbitMQ", lambda m: m.s(20, UP), "RABBITMQ_ERLANG_COOKIE", "erlang_cookie")
    k("registry-password", "generic", P, "REGISTRY_PASSWORD", "docker_password", "nexus_password")
    k("sftp-password", "generic", P, "SFTP_PASSWORD", "ftp_password")
    k("postmark-server-token", "Postmark", lambda m: m.uuid(), "POSTMARK_SERVER_TOKEN")
    k("assemblyai-api-key", "AssemblyAI", lambda m: m.mixed(32, HEX), "ASSEMBLYAI_API_KEY")
    return K
