"""Kinds planted in the blind4 corpus: positives (vendor-format and context-only) and hard negatives.

KINDS[name] = (provider, context_only, generator(g), default names). Generators take a keys.Gen.
Prefixes are assembled from pieces (no complete credential-shaped literal in this file).
"""
import base64
import json

from keys import ALNUM, B32, B64URL, DIG, LOW, UP, HEX

A = ALNUM


def _b64(s):
    return base64.b64encode(s.encode()).decode()


def _django(g):
    return g.s(50, LOW + DIG + "!@%^&*(-_=+)")


def _wp_salt(g):
    return g.s(64, A + "!@#%^&*()-_[]{}<>~+=,.;:/?|")


def _mapbox_sk(g):
    return "sk" + "." + g.b64u({"u": g.word() + g.word(), "a": g.s(25, LOW + DIG)}) + "." + g.s(22, B64URL)


def _tailscale(g):
    return "tskey" + "-auth-k" + g.s(10) + "CN" + "TRL-" + g.s(33)


def _ops(g):
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
               "salt": g.s(22, B64URL)}, "email": g.s(26, LOW + DIG) + "@1passwordserviceaccounts.com", "srpX": g.hx(64),
               "muk": {"alg": "A256GCM", "ext": True, "k": g.s(43, B64URL), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-" + g.s(6, UP + DIG) + "-" + g.s(6, UP + DIG), "deviceUuid": g.s(26, LOW + DIG)}
    return "ops" + "_" + g.b64u(payload)


def _sf_token(g):
    return "00D" + g.s(12, UP + DIG) + "!" + "AQ" + g.s(94, A + ".")


def _strapi_keys(g):
    return ",".join(g.b64bytes(16) for _ in range(4))


def _ghost_admin(g):
    return g.hx(24) + ":" + g.hx(64)


# name -> (provider, context_only, gen, names)
KINDS = {
    # ---------------------------------------------------------------- cloud
    "aws-access-key-id": ("aws", False, lambda g: "AK" + "IA" + g.s(16, B32), ["AWS_ACCESS_KEY_ID", "S3_ACCESS_KEY", "AWS_KEY"]),
    "aws-temp-access-key-id": ("aws", False, lambda g: "AS" + "IA" + g.s(16, B32), ["AWS_ACCESS_KEY_ID"]),
    "aws-secret-access-key": ("aws", True, lambda g: g.s(40, A + "/+"), ["AWS_SECRET_ACCESS_KEY", "S3_SECRET_KEY", "AWS_SECRET"]),
    "aws-session-token": ("aws", False, lambda g: "IQoJb3JpZ2luX2Vj" + g.s(300, A + "/+"), ["AWS_SESSION_TOKEN"]),
    "google-api-key": ("google", False, lambda g: "AI" + "za" + g.s(35, B64URL), ["GOOGLE_API_KEY", "GEMINI_API_KEY", "MAPS_API_KEY", "YOUTUBE_API_KEY"]),
    "google-oauth-client-secret": ("google", False, lambda g: "GOC" + "SPX-" + g.s(28, B64URL), ["GOOGLE_CLIENT_SECRET", "OAUTH_GOOGLE_SECRET"]),
    "google-oauth-refresh-token": ("google", False, lambda g: "1//" + "0" + g.s(1, LOW) + g.s(100, B64URL), ["GOOGLE_REFRESH_TOKEN", "GDRIVE_REFRESH_TOKEN"]),
    "google-oauth-access-token": ("google", False, lambda g: "ya" + "29." + g.s(160, B64URL), ["GOOGLE_ACCESS_TOKEN"]),
    "gcp-hmac-secret": ("google", True, lambda g: g.s(40, A + "/+"), ["GCS_HMAC_SECRET", "GCS_SECRET_ACCESS_KEY"]),
    "azure-ad-client-secret": ("azure", False, lambda g: g.s(3, A + "_~.-").replace("~", "a") + g.s(1, DIG) + "Q" + "~" + g.s(34, A + "_~.-"),
                               ["AZURE_CLIENT_SECRET", "AAD_CLIENT_SECRET", "ARM_CLIENT_SECRET"]),
    "azure-storage-account-key": ("azure", True, lambda g: g.b64bytes(64), ["AZURE_STORAGE_KEY", "STORAGE_ACCOUNT_KEY"]),
    "azure-cosmos-key": ("azure", True, lambda g: g.b64bytes(64), ["COSMOS_KEY", "COSMOSDB_PRIMARY_KEY"]),
    "azure-openai-key": ("azure", True, lambda g: g.hx(32), ["AZURE_OPENAI_API_KEY", "AOAI_KEY"]),
    "azure-devops-pat": ("azure", True, lambda g: g.s(52, B32.lower()), ["AZURE_DEVOPS_PAT", "ADO_TOKEN", "SYSTEM_ACCESSTOKEN_OVERRIDE"]),
    "alibaba-access-key-id": ("alibaba", False, lambda g: "LT" + "AI" + g.s(20), ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIYUN_AK"]),
    "alibaba-access-key-secret": ("alibaba", True, lambda g: g.s(30), ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIYUN_SK"]),
    "digitalocean-token": ("digitalocean", False, lambda g: "do" + "p_v1_" + g.hx(64), ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"]),
    "databricks-token": ("databricks", False, lambda g: "da" + "pi" + g.hx(32), ["DATABRICKS_TOKEN"]),
    "heroku-api-key": ("heroku", False, lambda g: "HR" + "KU-AA" + g.s(58, B64URL), ["HEROKU_API_KEY"]),
    "heroku-legacy-api-key": ("heroku", True, lambda g: g.uuid(), ["HEROKU_API_KEY"]),
    "cloudflare-api-token": ("cloudflare", True, lambda g: g.s(40, B64URL), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"]),
    "cloudflare-global-key": ("cloudflare", True, lambda g: g.hx(37), ["CLOUDFLARE_API_KEY", "CF_API_KEY"]),
    "cloudflare-origin-ca-key": ("cloudflare", False, lambda g: "v1" + ".0-" + g.hx(24) + "-" + g.hx(146), ["CF_ORIGIN_CA_KEY"]),
    "vault-token": ("hashicorp", False, lambda g: "hv" + "s." + g.s(24), ["VAULT_TOKEN"]),
    "terraform-cloud-token": ("hashicorp", False, lambda g: g.s(14) + ".at" + "lasv1." + g.s(67), ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"]),
    "pulumi-token": ("pulumi", False, lambda g: "pu" + "l-" + g.hx(40), ["PULUMI_ACCESS_TOKEN"]),
    "netlify-token": ("netlify", False, lambda g: "nf" + "p_" + g.s(36), ["NETLIFY_AUTH_TOKEN"]),
    "render-api-key": ("render", False, lambda g: "rn" + "d_" + g.s(32), ["RENDER_API_KEY"]),
    "vercel-token": ("vercel", True, lambda g: g.s(24), ["VERCEL_TOKEN"]),
    # ---------------------------------------------------------------- AI
    "openai-project-key": ("openai", False, lambda g: "sk-" + "proj-" + g.s(74, B64URL) + "T3Blbk" + "FJ" + g.s(74, B64URL), ["OPENAI_API_KEY"]),
    "openai-legacy-key": ("openai", False, lambda g: "sk-" + g.s(20) + "T3Blbk" + "FJ" + g.s(20), ["OPENAI_API_KEY", "OPENAI_KEY"]),
    "openai-service-account-key": ("openai", False, lambda g: "sk-" + "svcacct-" + g.s(74, B64URL) + "T3Blbk" + "FJ" + g.s(74, B64URL), ["OPENAI_API_KEY"]),
    "anthropic-api-key": ("anthropic", False, lambda g: "sk-" + "ant-" + "api03-" + g.s(93, B64URL) + "AA", ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"]),
    "anthropic-admin-key": ("anthropic", False, lambda g: "sk-" + "ant-" + "admin01-" + g.s(93, B64URL) + "AA", ["ANTHROPIC_ADMIN_KEY"]),
    "groq-api-key": ("groq", False, lambda g: "gs" + "k_" + g.s(52), ["GROQ_API_KEY"]),
    "huggingface-token": ("huggingface", False, lambda g: "hf" + "_" + g.s(34, UP + LOW), ["HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN"]),
    "replicate-token": ("replicate", False, lambda g: "r8" + "_" + g.s(37), ["REPLICATE_API_TOKEN"]),
    "perplexity-key": ("perplexity", False, lambda g: "pp" + "lx-" + g.s(48), ["PERPLEXITY_API_KEY"]),
    "xai-key": ("xai", False, lambda g: "xa" + "i-" + g.s(80), ["XAI_API_KEY", "GROK_API_KEY"]),
    "openrouter-key": ("openrouter", False, lambda g: "sk-" + "or-v1-" + g.hx(64), ["OPENROUTER_API_KEY"]),
    "langsmith-key": ("langchain", False, lambda g: "lsv2" + "_pt_" + g.hx(32) + "_" + g.hx(10), ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"]),
    "mistral-key": ("mistral", True, lambda g: g.s(32), ["MISTRAL_API_KEY"]),
    "cohere-key": ("cohere", True, lambda g: g.s(40), ["COHERE_API_KEY", "CO_API_KEY"]),
    "together-key": ("together", True, lambda g: g.hx(64), ["TOGETHER_API_KEY"]),
    "deepgram-key": ("deepgram", True, lambda g: g.hx(40), ["DEEPGRAM_API_KEY"]),
    "assemblyai-key": ("assemblyai", True, lambda g: g.hx(32), ["ASSEMBLYAI_API_KEY"]),
    "wandb-key": ("wandb", True, lambda g: g.hx(40), ["WANDB_API_KEY"]),
    # ---------------------------------------------------------------- code hosting / CI / registries
    "github-pat": ("github", False, lambda g: g.crc_token("gh" + "p_"), ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"]),
    "github-oauth-token": ("github", False, lambda g: g.crc_token("gh" + "o_"), ["GITHUB_OAUTH_TOKEN"]),
    "github-app-token": ("github", False, lambda g: g.crc_token("gh" + "s_"), ["GITHUB_APP_TOKEN", "GH_INSTALLATION_TOKEN"]),
    "github-user-to-server-token": ("github", False, lambda g: g.crc_token("gh" + "u_"), ["GH_USER_TOKEN"]),
    "github-fine-grained-pat": ("github", False, lambda g: "github" + "_pat_" + "11" + g.s(20, UP + DIG) + "_" + g.s(59), ["GITHUB_TOKEN", "GH_PAT"]),
    "github-oauth-client-secret": ("github", True, lambda g: g.hx(40), ["GITHUB_CLIENT_SECRET", "GH_OAUTH_SECRET"]),
    "gitlab-pat": ("gitlab", False, lambda g: "gl" + "pat-" + g.s(20, B64URL), ["GITLAB_TOKEN", "GL_TOKEN", "CI_PUSH_TOKEN"]),
    "gitlab-runner-token": ("gitlab", False, lambda g: "gl" + "rt-" + g.s(20, B64URL), ["RUNNER_TOKEN"]),
    "gitlab-deploy-token": ("gitlab", False, lambda g: "gl" + "dt-" + g.s(20, B64URL), ["GITLAB_DEPLOY_TOKEN"]),
    "gitlab-trigger-token": ("gitlab", False, lambda g: "gl" + "ptt-" + g.hx(40), ["TRIGGER_TOKEN"]),
    "bitbucket-app-password": ("atlassian", False, lambda g: "AT" + "BB" + g.s(32), ["BITBUCKET_APP_PASSWORD"]),
    "atlassian-api-token": ("atlassian", False, lambda g: "ATATT" + "3xFfGF0" + g.s(180, B64URL) + "=" + g.HX(8), ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN"]),
    "npm-token": ("npm", False, lambda g: g.crc_token("np" + "m_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN"]),
    "pypi-token": ("pypi", False, lambda g: "py" + "pi-" + "AgEIcHlwaS5vcmc" + g.s(150, B64URL), ["PYPI_TOKEN", "TWINE_PASSWORD"]),
    "dockerhub-pat": ("docker", False, lambda g: "dc" + "kr_pat_" + g.s(27, B64URL), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"]),
    "jfrog-identity-token": ("jfrog", False, lambda g: "cmVmdGtu" + "OjAxOj" + g.s(50), ["ARTIFACTORY_TOKEN", "JFROG_ACCESS_TOKEN"]),
    "buildkite-token": ("buildkite", False, lambda g: "bk" + "ua_" + g.hx(40), ["BUILDKITE_API_TOKEN"]),
    "sonarqube-token": ("sonar", False, lambda g: "sq" + "u_" + g.hx(40), ["SONAR_TOKEN"]),
    "circleci-pat": ("circleci", False, lambda g: "CCI" + "PAT_" + g.s(22) + "_" + g.hx(40), ["CIRCLECI_TOKEN"]),
    "sourcegraph-token": ("sourcegraph", False, lambda g: "sg" + "p_" + g.hx(40), ["SRC_ACCESS_TOKEN"]),
    "jenkins-api-token": ("jenkins", True, lambda g: "11" + g.hx(32), ["JENKINS_API_TOKEN", "JENKINS_TOKEN"]),
    # ---------------------------------------------------------------- messaging / email
    "slack-bot-token": ("slack", False, lambda g: "xo" + "xb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.s(24), ["SLACK_BOT_TOKEN"]),
    "slack-user-token": ("slack", False, lambda g: "xo" + "xp-" + g.digits(12) + "-" + g.digits(12) + "-" + g.digits(13) + "-" + g.hx(32), ["SLACK_USER_TOKEN"]),
    "slack-app-token": ("slack", False, lambda g: "xa" + "pp-1-A" + g.s(10, UP + DIG) + "-" + g.digits(13) + "-" + g.hx(64), ["SLACK_APP_TOKEN"]),
    "slack-webhook": ("slack", False, lambda g: "https://hooks." + "slack.com/services/T" + g.s(8, UP + DIG) + "/B" + g.s(10, UP + DIG) + "/" + g.s(24), ["SLACK_WEBHOOK_URL"]),
    "discord-webhook": ("discord", False, lambda g: "https://discord.com/api/" + "webhooks/" + g.digits(19) + "/" + g.s(68, B64URL), ["DISCORD_WEBHOOK_URL"]),
    "discord-bot-token": ("discord", False, lambda g: base64.b64encode(g.digits(18).encode()).decode().rstrip("=") + "." + g.s(6, B64URL) + "." + g.s(38, B64URL), ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"]),
    "telegram-bot-token": ("telegram", False, lambda g: g.digits(10) + ":" + "AA" + g.s(33, B64URL), ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"]),
    "twilio-api-key": ("twilio", False, lambda g: "S" + "K" + g.hx(32), ["TWILIO_API_KEY"]),
    "twilio-auth-token": ("twilio", True, lambda g: g.hx(32), ["TWILIO_AUTH_TOKEN"]),
    "sendgrid-key": ("sendgrid", False, lambda g: "S" + "G." + g.s(22, B64URL) + "." + g.s(43, B64URL), ["SENDGRID_API_KEY"]),
    "mailgun-key": ("mailgun", False, lambda g: "ke" + "y-" + g.hx(32), ["MAILGUN_API_KEY"]),
    "mailchimp-key": ("mailchimp", False, lambda g: g.hx(32) + "-us" + str(g.r.randint(2, 21)), ["MAILCHIMP_API_KEY"]),
    "resend-key": ("resend", False, lambda g: "re" + "_" + g.s(8) + "_" + g.s(24), ["RESEND_API_KEY"]),
    "brevo-key": ("brevo", False, lambda g: "xke" + "ysib-" + g.hx(64) + "-" + g.s(16), ["BREVO_API_KEY", "SENDINBLUE_API_KEY"]),
    "postmark-token": ("postmark", True, lambda g: g.uuid(), ["POSTMARK_SERVER_TOKEN"]),
    "mailjet-secret": ("mailjet", True, lambda g: g.hx(32), ["MAILJET_SECRET_KEY", "MJ_APISECRET_PRIVATE"]),
    # ---------------------------------------------------------------- payments / commerce
    "stripe-secret-key": ("stripe", False, lambda g: "sk" + "_live_" + (g.s(24) if g.r.random() < .4 else "51" + g.s(97)), ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"]),
    "stripe-restricted-key": ("stripe", False, lambda g: "rk" + "_live_" + "51" + g.s(97), ["STRIPE_RESTRICTED_KEY"]),
    "stripe-webhook-secret": ("stripe", False, lambda g: "wh" + "sec_" + g.s(32), ["STRIPE_WEBHOOK_SECRET"]),
    "square-access-token": ("square", False, lambda g: "EA" + "AA" + g.s(60, B64URL), ["SQUARE_ACCESS_TOKEN"]),
    "square-oauth-secret": ("square", False, lambda g: "sq" + "0csp-" + g.s(43, B64URL), ["SQUARE_APP_SECRET"]),
    "shopify-access-token": ("shopify", False, lambda g: "sh" + "pat_" + g.hx(32), ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"]),
    "shopify-shared-secret": ("shopify", False, lambda g: "sh" + "pss_" + g.hx(32), ["SHOPIFY_API_SECRET"]),
    "braintree-access-token": ("braintree", False, lambda g: "access_token" + "$production$" + g.s(16, LOW + DIG) + "$" + g.hx(32), ["BRAINTREE_ACCESS_TOKEN"]),
    "flutterwave-secret": ("flutterwave", False, lambda g: "FLW" + "SECK-" + g.hx(32) + "-X", ["FLW_SECRET_KEY"]),
    "paystack-secret": ("paystack", False, lambda g: "sk" + "_live_" + g.hx(40), ["PAYSTACK_SECRET_KEY"]),
    "mollie-key": ("mollie", False, lambda g: "li" + "ve_" + g.s(30), ["MOLLIE_API_KEY"]),
    "shippo-token": ("shippo", False, lambda g: "shippo" + "_live_" + g.hx(40), ["SHIPPO_API_TOKEN"]),
    "razorpay-key-secret": ("razorpay", True, lambda g: g.s(24), ["RAZORPAY_KEY_SECRET"]),
    "paypal-client-secret": ("paypal", True, lambda g: "E" + g.s(79, B64URL), ["PAYPAL_CLIENT_SECRET", "PAYPAL_SECRET"]),
    # ---------------------------------------------------------------- SaaS / observability
    "linear-key": ("linear", False, lambda g: "lin" + "_api_" + g.s(40), ["LINEAR_API_KEY"]),
    "notion-token": ("notion", False, lambda g: "nt" + "n_" + g.digits(11) + g.s(35), ["NOTION_TOKEN", "NOTION_API_KEY"]),
    "airtable-pat": ("airtable", False, lambda g: "pa" + "t" + g.s(14) + "." + g.hx(64), ["AIRTABLE_TOKEN"]),
    "postman-key": ("postman", False, lambda g: "PM" + "AK-" + g.hx(24) + "-" + g.hx(34), ["POSTMAN_API_KEY"]),
    "figma-token": ("figma", False, lambda g: "fi" + "gd_" + g.s(40, B64URL), ["FIGMA_TOKEN"]),
    "grafana-sa-token": ("grafana", False, lambda g: "gl" + "sa_" + g.s(32) + "_" + g.hx(8), ["GRAFANA_TOKEN", "GRAFANA_SA_TOKEN"]),
    "newrelic-user-key": ("newrelic", False, lambda g: "NR" + "AK-" + g.s(27, UP + DIG), ["NEW_RELIC_API_KEY"]),
    "newrelic-license-key": ("newrelic", False, lambda g: g.hx(36) + "NR" + "AL", ["NEW_RELIC_LICENSE_KEY"]),
    "sentry-user-token": ("sentry", False, lambda g: "sn" + "tryu_" + g.hx(64), ["SENTRY_AUTH_TOKEN"]),
    "doppler-token": ("doppler", False, lambda g: "dp" + ".st." + "prd." + g.s(40), ["DOPPLER_TOKEN"]),
    "hubspot-token": ("hubspot", False, lambda g: "pa" + "t-na1-" + g.uuid(), ["HUBSPOT_ACCESS_TOKEN"]),
    "contentful-token": ("contentful", False, lambda g: "CF" + "PAT-" + g.s(43, B64URL), ["CONTENTFUL_MANAGEMENT_TOKEN"]),
    "mapbox-secret-token": ("mapbox", False, _mapbox_sk, ["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"]),
    "tailscale-auth-key": ("tailscale", False, _tailscale, ["TS_AUTHKEY", "TAILSCALE_AUTHKEY"]),
    "dropbox-token": ("dropbox", False, lambda g: "s" + "l." + g.s(135, B64URL), ["DROPBOX_ACCESS_TOKEN"]),
    "twitter-bearer": ("twitter", False, lambda g: "A" * 21 + g.s(30) + "%3D" + g.s(50), ["TWITTER_BEARER_TOKEN", "X_BEARER_TOKEN"]),
    "meta-access-token": ("meta", False, lambda g: "EA" + "AG" + g.s(170), ["FB_ACCESS_TOKEN", "WHATSAPP_TOKEN"]),
    "fcm-server-key": ("firebase", False, lambda g: "AAAA" + g.s(7, B64URL) + ":" + "APA91b" + g.s(134, B64URL), ["FCM_SERVER_KEY"]),
    "supabase-pat": ("supabase", False, lambda g: "sb" + "p_" + g.hx(40), ["SUPABASE_ACCESS_TOKEN"]),
    "planetscale-password": ("planetscale", False, lambda g: "pscale" + "_pw_" + g.s(43, B64URL), ["DATABASE_PASSWORD", "PLANETSCALE_PASSWORD"]),
    "age-secret-key": ("age", False, lambda g: "AGE-" + "SECRET-KEY-1" + g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), ["SOPS_AGE_KEY"]),
    "onepassword-sa-token": ("1password", False, _ops, ["OP_SERVICE_ACCOUNT_TOKEN"]),
    "asana-pat": ("asana", False, lambda g: "2/" + g.digits(16) + "/" + g.digits(16) + ":" + g.hx(32), ["ASANA_TOKEN"]),
    "clickup-token": ("clickup", False, lambda g: "pk" + "_" + g.digits(8) + "_" + g.s(32, UP + DIG), ["CLICKUP_API_TOKEN"]),
    "posthog-personal-key": ("posthog", False, lambda g: "ph" + "x_" + g.s(43), ["POSTHOG_PERSONAL_API_KEY"]),
    "launchdarkly-sdk-key": ("launchdarkly", False, lambda g: "sd" + "k-" + g.uuid(), ["LAUNCHDARKLY_SDK_KEY", "LD_SDK_KEY"]),
    "prefect-key": ("prefect", False, lambda g: "pn" + "u_" + g.s(36), ["PREFECT_API_KEY"]),
    "dynatrace-token": ("dynatrace", False, lambda g: "dt0" + "c01." + g.s(24, UP + DIG) + "." + g.s(64, UP + DIG), ["DT_API_TOKEN"]),
    "salesforce-access-token": ("salesforce", False, _sf_token, ["SF_ACCESS_TOKEN", "SALESFORCE_SESSION_ID"]),
    "datadog-api-key": ("datadog", True, lambda g: g.hx(32), ["DD_API_KEY", "DATADOG_API_KEY"]),
    "datadog-app-key": ("datadog", True, lambda g: g.hx(40), ["DD_APP_KEY", "DATADOG_APP_KEY"]),
    "algolia-admin-key": ("algolia", True, lambda g: g.hx(32), ["ALGOLIA_ADMIN_KEY", "ALGOLIA_WRITE_API_KEY"]),
    "okta-api-token": ("okta", True, lambda g: "00" + g.s(40, B64URL), ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"]),
    "pagerduty-key": ("pagerduty", True, lambda g: g.s(20, A + "+_-"), ["PAGERDUTY_TOKEN", "PD_API_KEY"]),
    "snyk-token": ("snyk", True, lambda g: g.uuid(), ["SNYK_TOKEN"]),
    "fastly-token": ("fastly", True, lambda g: g.s(32, B64URL), ["FASTLY_API_TOKEN"]),
    "kaggle-key": ("kaggle", True, lambda g: g.hx(32), ["KAGGLE_KEY"]),
    "facebook-app-secret": ("meta", True, lambda g: g.hx(32), ["FACEBOOK_APP_SECRET", "FB_APP_SECRET"]),
    "spotify-client-secret": ("spotify", True, lambda g: g.hx(32), ["SPOTIFY_CLIENT_SECRET"]),
    "salesforce-consumer-secret": ("salesforce", True, lambda g: g.HX(64), ["SF_CONSUMER_SECRET", "SALESFORCE_CLIENT_SECRET"]),
    "salesforce-security-token": ("salesforce", True, lambda g: g.s(25), ["SF_SECURITY_TOKEN"]),
    # ---------------------------------------------------------------- frameworks / app secrets (context-only)
    "generic-password": ("generic", True, lambda g: g.password(), ["DB_PASSWORD", "ADMIN_PASSWORD", "SMTP_PASSWORD", "PASSWORD"]),
    "db-password": ("generic", True, lambda g: g.password(), ["DB_PASSWORD", "DATABASE_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_PASSWORD"]),
    "smtp-password": ("generic", True, lambda g: g.password(), ["SMTP_PASSWORD", "MAIL_PASSWORD", "EMAIL_HOST_PASSWORD"]),
    "ldap-bind-password": ("generic", True, lambda g: g.password(), ["LDAP_BIND_PASSWORD", "LDAP_BIND_CREDENTIAL"]),
    "redis-password": ("generic", True, lambda g: g.password("alnum"), ["REDIS_PASSWORD"]),
    "generic-secret": ("generic", True, lambda g: g.pick([g.hx(48), g.b64bytes(32), g.s(40)]), ["CLIENT_SECRET", "APP_SECRET", "SHARED_SECRET"]),
    "generic-api-key": ("generic", True, lambda g: g.pick([g.s(32), g.hx(32), g.s(40, B64URL)]), ["API_KEY", "PARTNER_API_KEY", "VENDOR_API_KEY"]),
    "generic-token": ("generic", True, lambda g: g.pick([g.s(40), g.hx(40), g.s(48, B64URL)]), ["API_TOKEN", "ACCESS_TOKEN", "AUTH_TOKEN"]),
    "oauth-client-secret": ("generic", True, lambda g: g.s(g.r.choice([32, 40, 48]), B64URL), ["OAUTH_CLIENT_SECRET", "CLIENT_SECRET"]),
    "webhook-secret": ("generic", True, lambda g: g.hx(40), ["WEBHOOK_SECRET", "WEBHOOK_SIGNING_SECRET"]),
    "jwt-signing-secret": ("generic", True, lambda g: g.pick([g.s(48), g.b64bytes(48), g.hx(64)]), ["JWT_SECRET", "JWT_SIGNING_KEY", "TOKEN_SECRET"]),
    "session-secret": ("generic", True, lambda g: g.s(48), ["SESSION_SECRET", "COOKIE_SECRET"]),
    "encryption-key": ("generic", True, lambda g: g.pick([g.hx(64), g.b64bytes(32)]), ["ENCRYPTION_KEY", "DATA_ENCRYPTION_KEY", "AES_KEY"]),
    "django-secret-key": ("django", True, _django, ["SECRET_KEY", "DJANGO_SECRET_KEY"]),
    "rails-secret-key-base": ("rails", True, lambda g: g.hx(128), ["SECRET_KEY_BASE"]),
    "laravel-app-key": ("laravel", True, lambda g: "base64:" + g.b64bytes(32), ["APP_KEY"]),
    "symfony-app-secret": ("symfony", True, lambda g: g.hx(32), ["APP_SECRET"]),
    "magento-crypt-key": ("magento", True, lambda g: g.hx(32), ["CRYPT_KEY"]),
    "drupal-hash-salt": ("drupal", True, lambda g: g.s(74, B64URL), ["HASH_SALT"]),
    "wordpress-salt": ("wordpress", True, _wp_salt, ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_SALT"]),
    "strapi-app-keys": ("strapi", True, _strapi_keys, ["APP_KEYS"]),
    "strapi-jwt-secret": ("strapi", True, lambda g: g.b64bytes(16), ["ADMIN_JWT_SECRET", "JWT_SECRET", "API_TOKEN_SALT", "TRANSFER_TOKEN_SALT"]),
    "ghost-admin-api-key": ("ghost", True, _ghost_admin, ["GHOST_ADMIN_API_KEY"]),
    "keycloak-client-secret": ("keycloak", True, lambda g: g.s(32), ["KEYCLOAK_CLIENT_SECRET", "KC_CLIENT_SECRET"]),
    "ethereum-private-key": ("crypto", True, lambda g: "0x" + g.hx(64), ["PRIVATE_KEY", "DEPLOYER_PRIVATE_KEY"]),
    "wifi-psk": ("generic", True, lambda g: g.password("phrase"), ["WIFI_PSK"]),
    "snmp-community": ("generic", True, lambda g: g.s(16), ["SNMP_COMMUNITY"]),
    "basic-auth-header": ("generic", True, lambda g: _b64(g.word() + "-svc:" + g.password("alnum")), ["AUTHORIZATION"]),
    "bearer-token": ("generic", True, lambda g: g.s(48, B64URL), ["AUTHORIZATION"]),
    "docker-config-auth": ("docker", True, lambda g: _b64(g.word() + "bot:" + g.password("alnum")), ["auth"]),
    "npm-legacy-auth": ("npm", True, lambda g: _b64(g.word() + ":" + g.password("alnum")), ["_auth"]),
    "k8s-secret-data": ("kubernetes", True, lambda g: _b64(g.password("alnum")), ["password"]),
    "pkcs12-base64": ("generic", True, lambda g: g.pkcs12_b64(), ["CERT_PFX_BASE64"]),
    "jwk-private": ("generic", True, lambda g: g.s(43, B64URL), ["d"]),
    # ---------------------------------------------------------------- structured positives (rendered specially)
    "rsa-private-key": ("pem", False, lambda g: g.rsa_pem(), []),
    "pkcs8-private-key": ("pem", False, lambda g: g.pkcs8_pem(), []),
    "ec-private-key": ("pem", False, lambda g: g.ec_pem(), []),
    "openssh-private-key": ("pem", False, lambda g: g.openssh_ed25519(), []),
    "putty-private-key": ("putty", False, lambda g: g.putty_ppk(), []),
    "pgp-private-key": ("pgp", False, None, []),
    "rclone-obscured-password": ("rclone", True, None, []),
    "nuget-api-key": ("nuget", False, lambda g: "oy" + "2" + g.s(43, LOW + DIG), ["NUGET_API_KEY"]),
    "rubygems-api-key": ("rubygems", False, lambda g: "rubygems" + "_" + g.hx(48), ["GEM_HOST_API_KEY"]),
    "onesignal-api-key": ("onesignal", False, lambda g: "os" + "_v2_app_" + g.s(100, LOW + DIG), ["ONESIGNAL_REST_API_KEY"]),
    "teams-webhook": ("microsoft", False, None, []),
    "gcp-hmac-access-id": ("google", False, lambda g: "GOOG" + "1E" + g.s(55, UP + DIG), ["GCS_HMAC_ACCESS_ID"]),
    "salesforce-refresh-url": ("salesforce", False, None, []),
    "gcp-service-account-key": ("google", False, lambda g: g.pkcs8_pem(), []),
    "jwt-token": ("generic", False, lambda g: g.jwt({"sub": g.uuid(), "role": "service", "iss": "auth." + g.word() + ".internal", "iat": 1727000000}), ["SERVICE_JWT"]),
    "postgres-url": ("db-url", False, None, ["DATABASE_URL"]),
    "mysql-url": ("db-url", False, None, ["DATABASE_URL"]),
    "mongodb-url": ("db-url", False, None, ["MONGO_URI", "MONGODB_URL"]),
    "redis-url": ("db-url", False, None, ["REDIS_URL", "CELERY_BROKER_URL"]),
    "amqp-url": ("db-url", False, None, ["AMQP_URL", "RABBITMQ_URL"]),
    "url-with-credentials": ("generic", False, None, ["REGISTRY_URL"]),
    "azure-storage-connection-string": ("azure", False, None, ["AZURE_STORAGE_CONNECTION_STRING", "AzureWebJobsStorage"]),
    "azure-servicebus-connection-string": ("azure", False, None, ["SERVICEBUS_CONNECTION"]),
}


def db_url(g, kind, host=None, user=None, db=None):
    pw = g.password("url")
    user = user or g.pick(["app", "svc_orders", "api", "billing", "etl", "reporting"])
    db = db or g.pick(["orders", "app", "core", "analytics", "shop"])
    if kind == "postgres-url":
        v = g.pick(["postgres", "postgresql"]) + "://" + f"{user}:{pw}@{host or 'pg-' + g.word() + '.internal'}:5432/{db}"
    elif kind == "mysql-url":
        v = g.pick(["mysql", "mysql2"]) + "://" + f"{user}:{pw}@{host or 'mysql-' + g.word() + '.internal'}:3306/{db}"
    elif kind == "mongodb-url":
        v = "mongodb+srv" + "://" + f"{user}:{pw}@{host or 'cluster0.' + g.s(5, LOW + DIG) + '.mongodb.net'}/{db}?retryWrites=true&w=majority"
    elif kind == "redis-url":
        v = g.pick(["redis", "rediss"]) + "://" + f":{pw}@{host or 'redis-' + g.word() + '.internal'}:6379/0"
    elif kind == "amqp-url":
        v = g.pick(["amqp", "amqps"]) + "://" + f"{user}:{pw}@{host or 'mq-' + g.word() + '.internal'}:5672/%2F"
    else:  # url-with-credentials
        v = "https" + "://" + f"{user}:{pw}@{host or 'nexus.' + g.word() + '.corp'}/repository/pypi-internal/simple"
    return v


def azure_conn(g, kind):
    if kind == "azure-storage-connection-string":
        return ("DefaultEndpointsProtocol=https;AccountName=" + g.word() + g.s(6, LOW + DIG) + ";AccountKey=" + g.b64bytes(64)
                + ";EndpointSuffix=core.windows.net")
    return ("Endpoint=sb://" + g.word() + "-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
            "SharedAccessKey=" + g.b64bytes(32))


def gen_value(g, kind):
    prov, ctx, fn, names = KINDS[kind]
    if kind in ("postgres-url", "mysql-url", "mongodb-url", "redis-url", "amqp-url", "url-with-credentials"):
        return db_url(g, kind)
    if kind.startswith("azure-") and kind.endswith("connection-string"):
        return azure_conn(g, kind)
    return fn(g)


# ---------------------------------------------------------------- negatives: kind -> generator(g) -> (name, value)
AWS_DOC_ID = "AKIAIOSFODNN7" + "EXAMPLE"
AWS_DOC_SECRET = "".join(["wJalrXUtnFEMI", "/K7MDENG/", "bPxRfiCY", "EXAMPLEKEY"])
STRIPE_DOC_TEST = "sk" + "_test_" + "4eC39HqLyjWDarjtT1zdp7dc"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "." + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
          + "." + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
AZURITE_KEY = "".join(["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1", "OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "/K1SZFPTOtr/KBHBeksoGMGw=="])

PLACEHOLDERS = ["your-api-key-here", "changeme", "<TOKEN>", "xxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "********",
                "<your-secret>", "TODO-set-me", "insert-key-here", "<password>", "CHANGE_THIS", "your_password",
                "YOUR_TOKEN_HERE", "secret-goes-here", "__SET_IN_ENV__", "<redacted>", "example-secret", "dummy"]
SECRET_NAMES = ["API_KEY", "DB_PASSWORD", "CLIENT_SECRET", "AUTH_TOKEN", "SECRET_KEY", "PRIVATE_KEY", "ACCESS_TOKEN",
                "STRIPE_SECRET_KEY", "SMTP_PASSWORD", "JWT_SECRET", "WEBHOOK_SECRET", "ENCRYPTION_KEY", "REDIS_PASSWORD"]


def vendor_shaped_placeholder(g):
    return g.pick(["sk" + "_live_" + "x" * 24, "gh" + "p_" + "X" * 36, "AK" + "IA" + "X" * 16, "xo" + "xb-your-bot-token",
                   "sk-" + "...", "gl" + "pat-" + "x" * 20, "SG." + "xxxxxxxx", "hf_" + "*" * 10, "sk-" + "ant-..." ,
                   "AI" + "za" + "..."])
