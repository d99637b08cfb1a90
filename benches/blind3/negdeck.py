"""A deck of hard negatives (name, marker) and renderers for example/default configuration files.

Each renderer writes the deck in one syntax, so that placeholders, references, public identifiers,
vendor example keys and harmless settings appear under secret-like names in many file types."""

N = "\u00abN:"
E = "\u00bb"

_ENC = "encrypted-value=" + "sops_enc"

DECK = [
    ("API_KEY", "placeholder:your-api-key-here"),
    ("STRIPE_SECRET_KEY", "vendor-shaped-placeholder=stripe_xs"),
    ("AWS_ACCESS_KEY_ID", "vendor-example-key=aws_ex_id"),
    ("AWS_SECRET_ACCESS_KEY", "vendor-example-key=aws_ex_secret"),
    ("DB_PASSWORD", "placeholder:changeme"),
    ("ADMIN_PASSWORD", "placeholder:<password>"),
    ("SECRET_KEY", "placeholder:REPLACE_ME"),
    ("JWT_SECRET", "placeholder:********"),
    ("PASSWORD_MIN_LENGTH", "policy-setting:12"),
    ("GIT_COMMIT_SHA", "commit-sha=gsha"),
    ("AZURE_TENANT_ID", "public-identifier=uuidv"),
    ("STRIPE_PUBLISHABLE_KEY", "publishable-key=stripe_pk"),
    ("DATABASE_PASSWORD", "secret-manager-reference:vault:secret/data/app#db_password"),
    ("OPENAI_API_KEY", "env-reference:${OPENAI_API_KEY}"),
    ("SLACK_BOT_TOKEN", "vendor-shaped-placeholder=slack_xs"),
    ("AUTH_SCHEME", "harmless-setting:Bearer"),
    ("JWT_ALGORITHM", "harmless-setting:RS256"),
    ("IMAGE_DIGEST", "checksum=digest"),
    ("MAPBOX_PUBLIC_TOKEN", "public-client-key=mapbox_pk"),
    ("PAYMENT_API_TOKEN", "secret-manager-reference:op://Payments/Gateway/credential"),
    ("CLIENT_SECRET", "placeholder:xxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ("RECAPTCHA_SITE_KEY", "public-identifier=recaptcha_site"),
    ("TOKEN_TTL_SECONDS", "policy-setting:3600"),
    ("ENCRYPTION_KEY_ARN", "arn:arn:aws:kms:eu-west-1:123456789012:key/1f2e3d4c-5b6a-4789-8abc-def012345678"),
    ("GITHUB_TOKEN", "vendor-shaped-placeholder=gh_placeholder"),
    ("WEBHOOK_SECRET", "placeholder:<insert-webhook-secret>"),
    ("TWILIO_ACCOUNT_SID", "public-identifier=twilio_sid"),
    ("SESSION_SECRET", "redacted=redacted"),
    ("GCP_API_KEY_SECRET", "secret-manager-reference:projects/lantern-prod/secrets/maps-api-key/versions/latest"),
    ("SMTP_PASSWORD", "placeholder:your_smtp_password"),
    ("ARTIFACT_SHA256", "checksum=sha256"),
    ("PASSWORD_HASH_ALGORITHM", "harmless-setting:argon2id"),
    ("SENTRY_DSN", "public-identifier=sentry_dsn"),
    ("EXAMPLE_JWT", "vendor-example-key=jwtio"),
    ("OPENAI_KEY", "vendor-shaped-placeholder=openai_placeholder"),
    ("GOOGLE_CLIENT_ID", "public-identifier=google_client_id"),
    ("MAILGUN_API_KEY", "env-reference:$MAILGUN_API_KEY"),
    ("AGE_RECIPIENT", "public-key=age_recipient"),
    ("TREASURY_ADDRESS", "public-identifier=eth_addr"),
    ("API_SECRET_ROTATION_DAYS", "policy-setting:30"),
    ("ENCRYPTED_DB_PASSWORD", _ENC),
    ("AWS_SECRET_ARN", "arn:arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/app/db-Ab12Cd"),
    ("GA_MEASUREMENT_ID", "public-identifier=ga_id"),
    ("AWS_KEY_EXAMPLE", "vendor-shaped-placeholder=aws_xs"),
    ("REDIS_PASSWORD", "placeholder:none"),
    ("PRIVATE_KEY_PATH", "file-path:/run/secrets/signing.pem"),
    ("CACHE_KEY", "hash-named-secret=lorem_hex"),
    ("DEFAULT_PASSWORD", "placeholder:password"),
]


def _lower(name):
    return name.lower()


def _camel(name):
    p = name.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def render(syntax, start, n, header=""):
    """n deck entries starting at index start, rendered in syntax, as template text."""
    items = [DECK[(start + i) % len(DECK)] for i in range(n)]
    out = [header] if header else []
    if syntax == "dotenv":
        out += [f"{k}={N}{v}{E}" for k, v in items]
    elif syntax == "yaml":
        out += [f"{_lower(k)}: \"{N}{v}{E}\"" for k, v in items]
    elif syntax == "json":
        out.append("{")
        out += [f'  "{_camel(k)}": "{N}{v}{E}"' + ("," if i < n - 1 else "") for i, (k, v) in enumerate(items)]
        out.append("}")
    elif syntax == "toml":
        out += [f'{_lower(k)} = "{N}{v}{E}"' for k, v in items]
    elif syntax == "ini":
        out += [f"{_lower(k)} = {N}{v}{E}" for k, v in items]
    elif syntax == "properties":
        out += [f"app.{_lower(k).replace('_', '.')}={N}{v}{E}" for k, v in items]
    elif syntax == "markdown":
        out += ["| Variable | Example | Notes |", "|---|---|---|"]
        out += [f"| `{k}` | `{N}{v}{E}` | see below |" for k, v in items]
    elif syntax == "python":
        out.append("DEFAULTS = {")
        out += [f'    "{_lower(k)}": "{N}{v}{E}",' for k, v in items]
        out.append("}")
    elif syntax == "js":
        out.append("export const defaults = {")
        out += [f'  {_camel(k)}: "{N}{v}{E}",' for k, v in items]
        out.append("};")
    elif syntax == "helm":
        out += [f"  {_camel(k)}: \"{N}{v}{E}\"" for k, v in items]
    else:
        raise ValueError(syntax)
    return "\n".join(out) + "\n"
