"""File builder, syntax renderers and kind decks for the blind8 corpus."""
import os
import re

from keys import J, ALNUM


def camel(n):
    p = n.split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(n):
    return "".join(x.capitalize() for x in n.split("_"))


class File:
    def __init__(self, corpus, path, family, crlf=False):
        self.c, self.path, self.family, self.crlf = corpus, path, family, crlf
        self.lines = []
        self.labels = []
        corpus.files.append(self)

    def l(self, text=""):
        for ln in text.split("\n"):
            self.lines.append(ln)
        return self

    def _put(self, template, value, lab):
        parts = template.split("\n")
        idx = next(i for i, p in enumerate(parts) if "{v}" in p)
        first = len(self.lines) + 1
        for p in parts:
            self.lines.extend(p.replace("{v}", value).split("\n"))
        lab["line"] = first + idx
        lab["secret"] = value
        self.labels.append(lab)

    def p(self, template, value, kind, provider="generic", ctx=True, family=None):
        self._put(template, value, dict(kind=kind, provider=provider, context_only=ctx, positive=True,
                                         family=family or self.family))
        self.c.pos_count += 1
        return self

    def n(self, template, value, kind, family=None):
        self._put(template, value, dict(kind=kind, provider="-", context_only=False, positive=False,
                                         family=family or self.family))
        return self

    def fill(self, syntax, npos, nneg, ctx_share=0.0):
        for _ in range(npos):
            kind, prov, ctx, gen, names = self.c.next_pos(syntax, ctx_share)
            name = self.c.r.choice(names)
            val = gen()
            tpl = render(syntax, name, self.c.r)
            if tpl is None:
                continue
            self.p(tpl, val, kind, prov, ctx)
        for _ in range(nneg):
            kind, gen, names = self.c.next_neg(syntax)
            name = self.c.r.choice(names)
            val = gen(syntax, name)
            if kind == "env-reference" or val.startswith("\x00"):
                tpl = "{v}" if val.startswith("\x00") else render(syntax, name, self.c.r, raw=True)
                val = val.lstrip("\x00")
            else:
                tpl = render(syntax, name, self.c.r)
            self.n(tpl, val, kind)
        return self


def render(syntax, name, r, raw=False):
    """A line (or lines) assigning {v} to a variable called after `name` in the given syntax.
    raw=True: the value is an expression (env lookup) and takes no quotes."""
    U, c, P = name.upper(), camel(name), pascal(name)
    q = "{v}" if raw else None
    Q = lambda a: q or a  # noqa: E731
    t = {
        "dotenv": lambda: U + "=" + Q(r.choice(['{v}', '"{v}"', "'{v}'"])),
        "shell": lambda: "export " + U + "=" + Q(r.choice(['"{v}"', "{v}", "'{v}'"])),
        "ksh": lambda: "export " + U + "=" + Q("'{v}'"),
        "yaml": lambda: "  " + name + ": " + Q(r.choice(['{v}', '"{v}"', "'{v}'"])),
        "yaml0": lambda: name + ": " + Q(r.choice(['{v}', '"{v}"'])),
        "json": lambda: '    "' + c + '": ' + Q('"{v}"') + ",",
        "toml": lambda: name + " = " + Q('"{v}"'),
        "ini": lambda: name + r.choice([" = ", "=", ": "]) + "{v}",
        "properties": lambda: name.replace("_", ".") + r.choice(["=", " = ", ": "]) + "{v}",
        "xml": lambda: "    <" + c + ">" + ("{v}" if not raw else "{v}") + "</" + c + ">",
        "xml-add": lambda: '    <add key="' + P + '" value="{v}" />',
        "python": lambda: U + " = " + Q(r.choice(['"{v}"', "'{v}'"])),
        "python-dict": lambda: '    "' + name + '": ' + Q('"{v}"') + ",",
        "js": lambda: r.choice(["const ", "let ", "export const "]) + c + " = " + Q(r.choice(["'{v}'", '"{v}"', "`{v}`"])) + ";",
        "ts-prop": lambda: "  " + c + ": " + Q("'{v}'") + ",",
        "go": lambda: "\t" + P + " = " + Q('"{v}"'),
        "java": lambda: "    private static final String " + U + " = " + Q('"{v}"') + ";",
        "kotlin": lambda: "    const val " + U + " = " + Q('"{v}"'),
        "scala": lambda: "  val " + c + " = " + Q('"{v}"'),
        "csharp": lambda: "        public const string " + P + " = " + Q('"{v}"') + ";",
        "vbnet": lambda: "    Public Const " + P + " As String = " + Q('"{v}"'),
        "vb6": lambda: "Private Const " + U + " As String = " + Q('"{v}"'),
        "pascal": lambda: "  " + P + " = " + Q("'{v}'") + ";",
        "ruby": lambda: r.choice([U + " = ", "config." + name + " = "]) + Q(r.choice(["'{v}'", '"{v}"'])),
        "php": lambda: "    '" + name + "' => " + Q("'{v}'") + ",",
        "php-define": lambda: "define('" + U + "', " + Q("'{v}'") + ");",
        "elixir": lambda: "  " + name + ": " + Q('"{v}"') + ",",
        "perl": lambda: "my $" + name + " = " + Q("'{v}'") + ";",
        "lua": lambda: "local " + name + " = " + Q('"{v}"'),
        "r": lambda: name + " <- " + Q('"{v}"'),
        "julia": lambda: "const " + U + " = " + Q('"{v}"'),
        "groovy": lambda: "def " + c + " = " + Q("'{v}'"),
        "objc": lambda: "static NSString * const k" + P + " = " + ('@"{v}"' if not raw else "{v}") + ";",
        "swift": lambda: "    static let " + c + " = " + Q('"{v}"'),
        "dart": lambda: "  static const " + c + " = " + Q("'{v}'") + ";",
        "rust": lambda: "pub const " + U + ": &str = " + Q('"{v}"') + ";",
        "c": lambda: "#define " + U + " " + Q('"{v}"'),
        "cpp": lambda: "static const char *k" + P + " = " + Q('"{v}"') + ";",
        "hcl": lambda: "  " + name + " = " + Q('"{v}"'),
        "nix": lambda: "    " + c + " = " + Q('"{v}"') + ";",
        "powershell": lambda: "$env:" + U + " = " + Q('"{v}"'),
        "batch": lambda: "set " + U + "={v}",
        "dockerfile": lambda: "ENV " + U + "=" + Q('"{v}"'),
        "makefile": lambda: U + " ?= {v}",
        "systemd": lambda: 'Environment="' + U + "={v}" + '"',
        "crontab": lambda: U + "={v}",
        "markdown": lambda: "| `" + U + "` | `{v}` |",
        "robot": lambda: "${" + U + "}    {v}",
        "k8s-env": lambda: "            - name: " + U + "\n              value: " + Q('"{v}"'),
        "compose-env": lambda: "      - " + U + "={v}",
        "compose-map": lambda: "      " + U + ": " + Q(r.choice(['{v}', '"{v}"'])),
        "helm": lambda: "  " + c + ": " + Q('"{v}"'),
        "sql": lambda: "-- " + name + ": {v}",
        "conf": lambda: name + " {v}",
        "jsonc": lambda: '  "' + name + '": ' + Q('"{v}"') + ",",
        "param": lambda: "$$" + P + "={v}",
    }
    f = t.get(syntax)
    return f() if f else None


# ---------------------------------------------------------------------- kind decks
def pos_kinds(g):
    """(kind, provider, context_only, generator, names)."""
    V, C = False, True
    return [
        # vendor formats
        ("github-classic-pat", "github", V, lambda: g.github("p"), ["github_token", "gh_token", "git_push_token"]),
        ("github-oauth-token", "github", V, lambda: g.github("o"), ["github_oauth_token", "gh_oauth"]),
        ("github-app-token", "github", V, lambda: g.github("s"), ["github_app_token", "gh_installation_token"]),
        ("github-fine-grained-pat", "github", V, g.github_fine, ["github_pat", "release_bot_token"]),
        ("gitlab-pat", "gitlab", V, g.gitlab_pat, ["gitlab_token", "gl_api_token", "ci_push_token"]),
        ("aws-access-key-id", "aws", V, g.aws_key_id, ["aws_access_key_id", "s3_access_key"]),
        ("openai-project-key", "openai", V, g.openai_proj, ["openai_api_key", "llm_api_key"]),
        ("anthropic-api-key", "anthropic", V, g.anthropic, ["anthropic_api_key", "claude_key"]),
        ("google-api-key", "google", V, g.google_api, ["google_api_key", "gemini_api_key", "maps_server_key"]),
        ("huggingface-token", "huggingface", V, g.huggingface, ["hf_token", "huggingface_token"]),
        ("groq-api-key", "groq", V, g.groq, ["groq_api_key"]),
        ("slack-bot-token", "slack", V, g.slack_bot, ["slack_bot_token", "slack_token"]),
        ("slack-user-token", "slack", V, g.slack_user, ["slack_user_token"]),
        ("slack-app-token", "slack", V, g.slack_app, ["slack_app_token", "socket_mode_token"]),
        ("slack-webhook", "slack", V, g.slack_webhook, ["slack_webhook_url", "alerts_webhook"]),
        ("stripe-live-secret", "stripe", V, lambda: g.stripe_live("s"), ["stripe_secret_key", "stripe_key"]),
        ("stripe-restricted-key", "stripe", V, lambda: g.stripe_live("r"), ["stripe_restricted_key"]),
        ("stripe-webhook-secret", "stripe", V, g.stripe_whsec, ["stripe_webhook_secret", "stripe_endpoint_secret"]),
        ("twilio-api-key-sid", "twilio", V, g.twilio_key_sid, ["twilio_api_key", "twilio_api_key_sid"]),
        ("sendgrid-api-key", "sendgrid", V, g.sendgrid, ["sendgrid_api_key", "smtp_password", "mail_api_key"]),
        ("npm-token", "npm", V, g.npm, ["npm_token", "npm_auth_token"]),
        ("pypi-token", "pypi", V, g.pypi, ["pypi_token", "twine_password"]),
        ("dockerhub-pat", "docker", V, g.docker_pat, ["docker_hub_token", "docker_password"]),
        ("shopify-access-token", "shopify", V, lambda: g.shopify("at"), ["shopify_access_token", "shopify_admin_token"]),
        ("shopify-custom-app-token", "shopify", V, lambda: g.shopify("ca"), ["shopify_custom_app_token"]),
        ("shopify-app-secret", "shopify", V, lambda: g.shopify("ss"), ["shopify_api_secret", "shopify_client_secret"]),
        ("vault-service-token", "hashicorp", V, g.vault, ["vault_token", "vault_agent_token"]),
        ("digitalocean-pat", "digitalocean", V, g.digitalocean, ["do_token", "digitalocean_token"]),
        ("sentry-user-token", "sentry", V, g.sentry_user, ["sentry_auth_token"]),
        ("tailscale-auth-key", "tailscale", V, g.tailscale, ["ts_authkey", "tailscale_auth_key"]),
        ("grafana-service-account-token", "grafana", V, g.grafana_sa, ["grafana_token", "grafana_sa_token"]),
        ("postman-api-key", "postman", V, g.postman, ["postman_api_key"]),
        ("telegram-bot-token", "telegram", V, g.telegram, ["telegram_bot_token", "tg_token"]),
        ("discord-webhook", "discord", V, g.discord_webhook, ["discord_webhook_url"]),
        ("databricks-token", "databricks", V, g.databricks, ["databricks_token"]),
        ("age-secret-key", "age", V, g.age_secret, ["sops_age_key", "age_identity"]),
        ("jwt", "generic", V, g.jwt, ["service_jwt", "api_bearer_token", "internal_jwt"]),
        # context-only
        ("generic-password", "generic", C, g.password, ["db_password", "admin_password", "password", "smtp_pass",
                                                        "service_password", "root_pwd", "passwd", "bind_password"]),
        ("generic-secret", "generic", C, lambda: g.s(ALNUM, 40),
         ["client_secret", "app_secret", "signing_secret", "session_secret", "secret_key"]),
        ("generic-api-key", "generic", C, lambda: g.s(ALNUM, 32), ["api_key", "apikey", "x_api_key", "partner_api_key"]),
        ("generic-token", "generic", C, lambda: g.hex(40), ["auth_token", "access_token", "api_token", "bearer_token"]),
        ("encryption-key-hex", "generic", C, lambda: g.hex(64), ["encryption_key", "aes_key", "master_key", "data_key"]),
        ("aws-secret-access-key", "aws", C, g.aws_secret, ["aws_secret_access_key", "s3_secret_key", "aws_secret_key"]),
        ("jwt-signing-secret", "generic", C, lambda: g.b64(48), ["jwt_secret", "jwt_signing_key", "token_secret"]),
        ("twilio-auth-token", "twilio", C, lambda: g.hex(32), ["twilio_auth_token"]),
        ("mistral-api-key", "mistral", C, lambda: g.s(ALNUM, 32), ["mistral_api_key"]),
        ("cohere-api-key", "cohere", C, lambda: g.s(ALNUM, 40), ["cohere_api_key", "co_api_key"]),
        ("etherscan-api-key", "etherscan", C, lambda: g.s("ABCDEFGHIJKMNPQRSTUVWXYZ123456789", 34), ["etherscan_api_key"]),
        ("infura-project-secret", "infura", C, lambda: g.hex(32), ["infura_project_secret", "infura_secret"]),
        ("exchange-api-secret", "generic", C, lambda: g.s(ALNUM, 64), ["exchange_secret", "binance_api_secret", "api_secret"]),
        ("zendesk-api-token", "zendesk", C, lambda: g.s(ALNUM, 40), ["zendesk_api_token", "zendesk_token"]),
        ("datadog-api-key", "datadog", C, lambda: g.hex(32), ["datadog_api_key", "dd_api_key"]),
        ("azure-devops-pat", "azure", C, lambda: g.s("abcdefghijklmnopqrstuvwxyz234567", 52), ["azure_devops_pat", "ado_pat", "system_accesstoken"]),
        ("captcha-service-key", "generic", C, lambda: g.hex(32), ["captcha_api_key", "twocaptcha_key", "anticaptcha_key"]),
        ("proxy-password", "generic", C, lambda: g.password(0), ["proxy_password", "proxy_pass"]),
        ("wallet-private-key", "ethereum", C, g.eth_key, ["deployer_private_key", "private_key", "wallet_key"]),
    ]


def neg_kinds(g):
    """(kind, generator(syntax, name) -> value, names). A generator may return "\\x00"+line for a whole line."""
    def placeholder(s, n):
        return g.r.choice(["changeme", "<YOUR_API_KEY>", "your-api-key-here", "REPLACE_ME", "********", "xxxxxxxxxxxxxxxx",
                           "TODO", "<password>", "dummy", "insert-token-here", "CHANGE_ME_IN_PROD", "none", "example"])

    def env_ref(s, n):
        U = n.upper()
        return {
            "python": 'os.environ["' + U + '"]', "python-dict": 'os.getenv("' + U + '")', "js": "process.env." + U,
            "ts-prop": "process.env." + U + " ?? ''", "go": 'os.Getenv("' + U + '")', "java": 'System.getenv("' + U + '")',
            "kotlin": 'System.getenv("' + U + '") ?: ""', "scala": 'sys.env("' + U + '")', "csharp": 'Environment.GetEnvironmentVariable("' + U + '")',
            "ruby": 'ENV.fetch("' + U + '")', "php": "getenv('" + U + "')", "php-define": "getenv('" + U + "')", "elixir": 'System.get_env("' + U + '")',
            "perl": "$ENV{" + U + "}", "lua": 'os.getenv("' + U + '")', "r": 'Sys.getenv("' + U + '")', "julia": 'ENV["' + U + '"]',
            "groovy": 'System.getenv("' + U + '")', "rust": 'env!("' + U + '")', "swift": 'ProcessInfo.processInfo.environment["' + U + '"] ?? ""',
            "dart": "String.fromEnvironment('" + U + "')", "powershell": "$env:" + U, "batch": "%" + U + "%", "vbnet": 'Environment.GetEnvironmentVariable("' + U + '")',
            "objc": "NSProcessInfo.processInfo.environment[@\"" + U + "\"]", "cpp": 'std::getenv("' + U + '")', "c": 'getenv("' + U + '")',
            "nix": 'builtins.getEnv "' + U + '"', "hcl": "var." + n, "helm": "{{ .Values." + camel(n) + " }}",
            "yaml": "${" + U + "}", "yaml0": "${" + U + "}", "json": '"${' + U + '}"', "jsonc": '"${' + U + '}"', "toml": '"${' + U + '}"',
            "ini": "${" + U + "}", "properties": "${" + U + "}", "xml": "${" + U + "}", "dotenv": "${" + U + "}", "shell": '"${' + U + ':?missing}"',
            "ksh": '"${' + U + '}"', "dockerfile": "${" + U + "}", "makefile": "$(" + U + ")", "systemd": "%d/" + n, "crontab": "$" + U,
            "k8s-env": '"$(' + U + ')"', "compose-env": "${" + U + "}", "compose-map": "${" + U + "}", "robot": "%{" + U + "}",
            "pascal": "GetEnvironmentVariable('" + U + "')", "vb6": 'Environ$("' + U + '")', "param": "$$" + U + "_ENC",
        }.get(s, "${" + U + "}")

    def tmpl_ref(s, n):
        U = n.upper()
        return g.r.choice(["${{ secrets." + U + " }}", "{{ .Values." + camel(n) + " }}", "{{ vault_" + n + " }}", "#{" + U + "}#",
                           "$(" + U + ")", "{{ env \"" + U + "\" }}", "<%= ENV['" + U + "'] %>"])

    def sm_ref(s, n):
        acct = g.digits(12)
        return g.r.choice([
            "arn:aws:secretsmanager:eu-west-1:" + acct + ":secret:prod/" + n + "-" + g.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", 6),
            "vault:secret/data/prod/app#" + n, "op://Infrastructure/" + n + "/credential",
            "projects/" + g.digits(12) + "/secrets/" + n.replace("_", "-") + "/versions/latest",
            "@Microsoft.KeyVault(SecretUri=https://kv-prod-01.vault.azure.net/secrets/" + n.replace("_", "-") + "/)",
            "ssm:/prod/app/" + n])

    def hashy(s, n):
        return g.r.choice([g.hex(40), g.hex(64), "sha256:" + g.hex(64), g.hex(32)])

    def uuidish(s, n):
        return g.uuid()

    POLICY = {"password_min_length": "12", "password_max_age_days": "90", "token_ttl_seconds": "3600",
              "secret_rotation_days": "30", "min_password_length": "14", "api_key_header": "X-API-Key",
              "auth_scheme": "Bearer", "jwt_algorithm": "RS256", "password_hasher": "argon2id",
              "password_require_uppercase": "true", "session_secret_length": "64"}

    def policy(s, n):
        return POLICY[n]

    def redacted(s, n):
        return g.r.choice(["[REDACTED]", "****" + g.hex(4), "sk-...", "<redacted>", "xxxx-xxxx-xxxx", "•••••••••"])

    def encrypted(s, n):
        return g.r.choice(["ENC[AES256_GCM,data:" + g.b64(24) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]",
                           "ENC(" + g.b64(32) + ")", "{cipher}" + g.hex(96), "vault:v1:" + g.b64(48)])

    names_s = ["db_password", "api_key", "client_secret", "auth_token", "secret_key", "smtp_password", "access_token",
               "admin_password", "webhook_secret", "private_key"]
    names_h = ["commit_sha", "checksum", "secret_hash", "token_fingerprint", "key_id", "image_digest", "etag", "build_id"]
    names_u = ["tenant_id", "client_id", "subscription_id", "request_id", "workspace_id", "project_id"]
    return [
        ("placeholder", placeholder, names_s),
        ("env-reference", env_ref, names_s),
        ("template-reference", tmpl_ref, names_s),
        ("secret-manager-reference", sm_ref, names_s),
        ("hash-not-secret", hashy, names_h),
        ("uuid-identifier", uuidish, names_u),
        ("password-policy-setting", policy, list(POLICY)),
        ("redacted-value", redacted, names_s),
        ("encrypted-value", encrypted, names_s),
    ]


class Corpus:
    def __init__(self, root, rng, g):
        self.root, self.r, self.g = root, rng, g
        self.files = []
        self.pos_count = 0
        self._pk = pos_kinds(g)
        self._nk = neg_kinds(g)
        self._pi = 0
        self._ci = 0
        self._ni = 0

    def next_pos(self, syntax, ctx_share=0.0):
        # round-robin within the vendor and the context-only decks; a fill line is context-only
        # one time in four (hand-written lines are mostly context-only already)
        ven = [k for k in self._pk if not k[2]]
        ctx = [k for k in self._pk if k[2]]
        if self.r.random() < ctx_share:
            k = ctx[self._ci % len(ctx)]
            self._ci += 1
        else:
            k = ven[self._pi % len(ven)]
            self._pi += 1
        return k

    def next_neg(self, syntax):
        k = self._nk[self._ni % len(self._nk)]
        self._ni += 1
        return k

    def write(self):
        import json
        labels = []
        for f in self.files:
            full = os.path.join(self.root, "repos", f.path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            nl = "\r\n" if f.crlf else "\n"
            with open(full, "w", newline="") as fh:
                fh.write(nl.join(f.lines) + nl)
            for lab in f.labels:
                labels.append(dict(path=f.path, line=lab["line"], kind=lab["kind"], provider=lab["provider"],
                                   family=lab["family"], context_only=lab["context_only"], positive=lab["positive"],
                                   secret=lab["secret"]))
        self.check(labels)
        with open(os.path.join(self.root, "labels.jsonl"), "w") as fh:
            for lab in labels:
                fh.write(json.dumps(lab) + "\n")
        return labels

    def check(self, labels):
        seen = set()
        for lab in labels:
            key = (lab["path"], lab["line"])
            assert key not in seen, ("two labels on one line", key)
            seen.add(key)
            text = open(os.path.join(self.root, "repos", lab["path"]), newline="").read().replace("\r\n", "\n")
            line = text.split("\n")[lab["line"] - 1]
            sec = lab["secret"]
            if "\n" in sec:
                assert line == sec.split("\n")[0] or line.endswith(sec.split("\n")[0]), (lab["path"], lab["line"])
                assert sec in text, ("block missing", lab["path"])
            else:
                assert sec in line, ("label line lacks value", lab["path"], lab["line"], lab["kind"])
