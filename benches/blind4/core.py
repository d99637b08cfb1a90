"""Files, syntax renderers and labels for the blind4 corpus."""
import collections
import os
import re

from keys import ALNUM, B64URL, DIG, HEX, LOW, UP
import kinds as K

# syntax -> label family
SYNFAM = {
    "dotenv": "dotenv", "yaml": "yaml-config", "json": "json", "json5": "json5", "toml": "toml", "ini": "ini",
    "props": "properties", "xml-add": "xml", "xml": "xml", "plist": "plist", "hcl": "terraform", "nix": "nix",
    "py": "code-python", "py-dict": "code-python", "py-kw": "code-python", "js": "code-js", "js-obj": "code-js",
    "ts": "code-ts", "go": "code-go", "go-struct": "code-go", "java": "code-java", "kotlin": "code-kotlin",
    "scala": "code-scala", "cs": "code-csharp", "cs-init": "code-csharp", "c": "code-c", "cpp": "code-cpp",
    "rust": "code-rust", "swift": "code-swift", "objc": "code-objc", "dart": "code-dart", "php": "code-php",
    "php-arr": "code-php", "php-define": "code-php", "ruby": "code-ruby", "ruby-hash": "code-ruby",
    "elixir": "code-elixir", "perl": "code-perl", "lua": "code-lua", "r": "code-r", "julia": "code-julia",
    "groovy": "code-groovy", "apex": "code-apex", "sh": "shell-script", "ps": "powershell", "bat": "batch",
    "docker": "dockerfile", "compose": "yaml-compose", "compose-list": "yaml-compose", "k8senv": "yaml-k8s",
    "make": "makefile", "systemd": "systemd", "md": "markdown", "adoc": "asciidoc", "rst": "restructuredtext",
    "sql": "sql", "bitbake": "bitbake", "conf": "conf",
}


def snake(n):
    return n.lower()


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(n):
    return "".join(x.capitalize() for x in n.lower().split("_"))


def kebab(n):
    return n.lower().replace("_", "-")


def dotted(n):
    return n.lower().replace("_", ".")


def render(syn, n, v, raw=False, style=0):
    """One assignment of value v to a name derived from n (UPPER_SNAKE) in syntax syn."""
    def q(c='"'):
        return v if raw else c + v + c
    s = style
    if syn in ("yaml", "compose") and v and (v[0] in "@{[*&!%`|>'\"" or ": " in v or " #" in v) and '"' not in v:
        v, raw = '"' + v + '"', True
    R = {
        "dotenv": [f"{n}={v}", f'{n}="{v}"', f"export {n}={v}", f"{n}='{v}'"],
        "yaml": [f"{snake(n)}: {v}", f'{snake(n)}: "{v}"' if not raw else f"{snake(n)}: {v}", f"{kebab(n)}: {q(chr(39))}" if not raw else f"{kebab(n)}: {v}"],
        "json": [f'"{camel(n)}": {q()},', f'"{n}": {q()},', f'"{snake(n)}": {q()},'],
        "json5": [f"{camel(n)}: {q(chr(39))},", f"{camel(n)}: {q()},  // rotated quarterly"],
        "toml": [f'{snake(n)} = {q()}', f"{snake(n)} = {q(chr(39))}"],
        "ini": [f"{snake(n)} = {v}", f"{snake(n)}={v}", f"{n} = {v}"],
        "props": [f"app.{dotted(n)}={v}", f"{dotted(n)} = {v}", f"spring.{dotted(n)}: {v}"],
        "xml-add": [f'<add key="{pascal(n)}" value="{v}" />', f'<add key="{n}" value="{v}"/>'],
        "xml": [f"<{camel(n)}>{v}</{camel(n)}>", f'<property name="{dotted(n)}" value="{v}"/>'],
        "plist": [f"<key>{pascal(n)}</key>\n<string>{v}</string>"],
        "hcl": [f"{snake(n)} = {q()}", f"{snake(n)}  = {q()}"],
        "nix": [f"{camel(n)} = {q()};", f'{n} = {q()};'],
        "py": [f"{n} = {q()}", f"{n} = {q(chr(39))}", f"{snake(n)}: str = {q()}"],
        "py-dict": [f'"{snake(n)}": {q()},', f"'{snake(n)}': {q(chr(39))},"],
        "py-kw": [f"{snake(n)}={q()},"],
        "js": [f"const {camel(n)} = {q(chr(39))};", f"const {n} = {q()};", f"let {camel(n)} = {q('`')};"],
        "js-obj": [f"{camel(n)}: {q(chr(39))},", f"{snake(n)}: {q()},"],
        "ts": [f"export const {n} = {q(chr(39))};", f"const {camel(n)}: string = {q()};", f"{camel(n)}: {q(chr(39))},"],
        "go": [f"{camel(n)} = {q()}", f"{camel(n)} := {q()}", f"{pascal(n)} = {q('`')}"],
        "go-struct": [f"{pascal(n)}: {q()},"],
        "java": [f"private static final String {n} = {q()};", f"String {camel(n)} = {q()};", f"props.put(\"{dotted(n)}\", {q()});"],
        "kotlin": [f"const val {n} = {q()}", f"val {camel(n)} = {q()}", f"private val {camel(n)}: String = {q()}"],
        "scala": [f"val {camel(n)} = {q()}", f"private val {camel(n)}: String = {q()}"],
        "cs": [f"private const string {pascal(n)} = {q()};", f"var {camel(n)} = {q()};", f"public static readonly string {pascal(n)} = {q()};"],
        "cs-init": [f"{pascal(n)} = {q()},"],
        "c": [f'#define {n} {q()}', f"static const char *{snake(n)} = {q()};", f"static const char {snake(n)}[] = {q()};"],
        "cpp": [f"constexpr const char* k{pascal(n)} = {q()};", f"const std::string {snake(n)} = {q()};", f"static const char k{pascal(n)}[] = {q()};"],
        "rust": ([f"let {snake(n)} = {v};"] if raw else [f"const {n}: &str = {q()};", f"pub static {n}: &str = {q()};", f"static {n}: &str = {q()};"]),
        "swift": [f"let {camel(n)} = {q()}", f"static let {camel(n)} = {q()}", f"private let {camel(n)}: String = {q()}"],
        "objc": [f"static NSString * const k{pascal(n)} = {v if raw else '@' + q()};", f"NSString *{camel(n)} = {v if raw else '@' + q()};"],
        "dart": [f"const {camel(n)} = {q(chr(39))};", f"final String {camel(n)} = {q()};", f"static const String {camel(n)} = {q(chr(39))};"],
        "php": [f"${camel(n)} = {q(chr(39))};", f"private string ${camel(n)} = {q(chr(39))};", f"const {n} = {q(chr(39))};"],
        "php-arr": [f"'{snake(n)}' => {q(chr(39))},", f'"{snake(n)}" => {q()},'],
        "php-define": [f"define('{n}', {q(chr(39))});", f"define( '{n}', {q(chr(39))} );"],
        "ruby": [f"{n} = {q()}", f"config.{snake(n)} = {q()}", f"{n} = {q(chr(39))}.freeze"],
        "ruby-hash": [f"{snake(n)}: {q()},", f"'{snake(n)}' => {q(chr(39))},"],
        "elixir": [f"{snake(n)}: {q()},", f"config :app, :{snake(n)}, {q()}", f"@{snake(n)} {q()}"],
        "perl": [f"my ${snake(n)} = {q(chr(39))};", f"{snake(n)} => {q(chr(39))},", f"our ${n} = {q()};"],
        "lua": [f"local {snake(n)} = {q()}", f"{snake(n)} = {q(chr(39))},"],
        "r": [f"{snake(n)} <- {q()}", f"Sys.setenv({n} = {q()})", f"{snake(n)} = {q()}"],
        "julia": [f"const {n} = {q()}", f"{snake(n)} = {q()}"],
        "groovy": [f"def {camel(n)} = {q(chr(39))}", f"{camel(n)}: {q(chr(39))},", f"env.{n} = {q()}"],
        "apex": [f"private static final String {n} = {q(chr(39))};", f"String {camel(n)} = {q(chr(39))};"],
        "sh": [f"export {n}={q(chr(39))}", f'{n}={q()}', f"export {n}={v}"],
        "ps": [f"$env:{n} = {q()}", f"${camel(n)} = {q(chr(39))}", f"[Environment]::SetEnvironmentVariable('{n}', {q(chr(39))}, 'Machine')"],
        "bat": [f"set {n}={v}", f'set "{n}={v}"', f"setx {n} {v}"],
        "docker": [f"ENV {n}={v}", f"ARG {n}={v}", f'ENV {n}="{v}"'],
        "compose": [f"{n}: {v}", f'{n}: "{v}"' if not raw else f"{n}: {v}"],
        "compose-list": [f"- {n}={v}", f'- "{n}={v}"'],
        "k8senv": [f'- name: {n}\n  value: {q()}', f"- name: {n}\n  value: {v}"],
        "make": [f"{n} ?= {v}", f"{n} := {v}", f"export {n} = {v}"],
        "systemd": [f'Environment="{n}={v}"', f"Environment={n}={v}"],
        "md": [f"| `{n}` | `{v}` | |", f"    {n}={v}"],
        "adoc": [f":{kebab(n)}: {v}", f"| {n} | {v}"],
        "rst": [f"   {n}={v}", f"   {snake(n)}: {v}"],
        "bitbake": [f'{n} = "{v}"', f'{n} ?= "{v}"'],
        "conf": [f"{snake(n)} {v}", f"{snake(n)} = {v}"],
    }
    opts = R[syn]
    return opts[s % len(opts)]


ENVREF = {
    "py": ['os.environ["{n}"]', 'os.getenv("{n}")', 'os.environ.get("{n}", "")'], "py-dict": ['os.environ["{n}"]'], "py-kw": ['os.getenv("{n}")'],
    "js": ["process.env.{n}", "process.env['{n}']"], "js-obj": ["process.env.{n}"], "ts": ["process.env.{n} ?? ''", "process.env.{n}!"],
    "go": ['os.Getenv("{n}")'], "go-struct": ['os.Getenv("{n}")'], "java": ['System.getenv("{n}")'], "kotlin": ['System.getenv("{n}")'],
    "scala": ['sys.env("{n}")', 'sys.env.getOrElse("{n}", "")'], "cs": ['Environment.GetEnvironmentVariable("{n}")', 'configuration["{p}"]'],
    "cs-init": ['Environment.GetEnvironmentVariable("{n}")'], "c": ['getenv("{n}")'], "cpp": ['std::getenv("{n}")'],
    "rust": ['std::env::var("{n}").expect("{n} not set")'], "swift": ['ProcessInfo.processInfo.environment["{n}"] ?? ""'],
    "objc": ['[[NSProcessInfo processInfo] environment][@"{n}"]'], "dart": ["Platform.environment['{n}']", "const String.fromEnvironment('{n}')"],
    "php": ["getenv('{n}')", "$_ENV['{n}']", "env('{n}')"], "php-arr": ["env('{n}')", "getenv('{n}')"], "php-define": ["getenv('{n}')"],
    "ruby": ['ENV["{n}"]', 'ENV.fetch("{n}")'], "ruby-hash": ['ENV.fetch("{n}")'], "elixir": ['System.get_env("{n}")', 'System.fetch_env!("{n}")'],
    "perl": ["$ENV{{{n}}}"], "lua": ['os.getenv("{n}")'], "r": ['Sys.getenv("{n}")'], "julia": ['ENV["{n}"]'], "groovy": ["System.getenv('{n}')", 'env.{n}'],
    "apex": ["{n}__c.getOrgDefaults().Value__c"],
    "sh": ['"${{{n}}}"', '"${{{n}:?missing}}"'], "ps": ["$env:{n}"], "bat": ["%{n}%"], "dotenv": ["${{{n}}}"], "yaml": ["${{{n}}}"],
    "compose": ["${{{n}}}", "${{{n}:?err}}"], "compose-list": ["${{{n}}}"], "docker": ["${{{n}}}"], "toml": ["${{{n}}}"], "ini": ["%({n})s", "${{{n}}}"],
    "props": ["${{{n}}}", "${{{n}:}}"], "json": ["${{{n}}}"], "json5": ["process.env.{n}"], "xml": ["${{{n}}}"], "xml-add": ["%{n}%"],
    "hcl": ["var.{s}"], "nix": ['builtins.getEnv "{n}"'], "make": ["$({n})", "$${{{n}}}"], "systemd": ["${{{n}}}"], "k8senv": ["$({n})"],
    "plist": ["$({n})"], "md": ["${{{n}}}"], "adoc": ["{{{s}}}"], "rst": ["${{{n}}}"], "bitbake": ["${{{n}}}"], "conf": ["${{{n}}}"],
}

RAW_SYNTAX_OK = {"py", "py-dict", "py-kw", "js", "js-obj", "ts", "go", "go-struct", "java", "kotlin", "scala", "cs", "cs-init", "c", "cpp",
                 "rust", "swift", "objc", "dart", "php", "php-arr", "php-define", "ruby", "ruby-hash", "elixir", "perl", "lua", "r",
                 "julia", "groovy", "apex", "hcl", "nix", "json5"}

CODE_DERIVED = {
    "py": ["getpass.getpass(\"Password: \")", "self.settings.{s}", "request.form[\"password\"]", "keyring.get_password(\"svc\", \"{s}\")"],
    "js": ["await secrets.get('{s}')", "config.get('{s}')", "req.body.password"], "ts": ["await getSecret('{s}')", "this.config.get<string>('{s}')"],
    "go": ['viper.GetString("{s}")', "cfg.{p}"], "java": ['env.getProperty("{d}")', "vault.read(\"{s}\")"], "kotlin": ['environment.getProperty("{d}")'],
    "cs": ['configuration["{p}"]', 'await client.GetSecretAsync("{p}")'], "php": ["$this->params->get('{s}')", "$request->get('password')"],
    "ruby": ["Rails.application.credentials.{s}", "params[:password]"], "groovy": ["credentials('{s}')"],
    "perl": ["$cfg->param('{s}')"], "lua": ["ngx.var.{s}"], "rust": ['settings.get_string("{s}")?'], "swift": ['Keychain.shared["{s}"]'],
    "dart": ["await storage.read(key: '{s}')"], "elixir": ['Application.fetch_env!(:app, :{s})'], "r": ['keyring::key_get("{s}")'],
    "c": ["read_secret_file(\"/run/secrets/{s}\")"], "cpp": ["SecretStore::get(\"{s}\")"], "scala": ['config.getString("{d}")'],
    "julia": ['read("/run/secrets/{s}", String)'], "objc": ['[SAMKeychain passwordForService:@"app" account:@"{s}"]'],
    "apex": ["Credentials__mdt.getInstance('{p}').Secret__c"],
}


class Corpus:
    def __init__(self, g, root):
        self.g = g
        self.root = root
        self.files = []
        self.labels = []
        self._vdeck = []

    def next_vendor(self):
        """Cycles through the simple vendor-format kinds (shuffled once per pass)."""
        if not self._vdeck:
            self._vdeck = sorted(SIMPLE_VENDOR)
            self.g.r.shuffle(self._vdeck)
        return self._vdeck.pop()

    def counts(self):
        return collections.Counter(l["kind"] for f in self.files for l in f.labs if l["positive"])

    def repo(self, name):
        return Repo(self, name)


class Repo:
    def __init__(self, corpus, name):
        self.c = corpus
        self.name = name

    def file(self, path, family=None, crlf=False, ind=""):
        f = File(self.c, self.name + "/" + path, family, crlf, ind)
        self.c.files.append(f)
        return f


class File:
    def __init__(self, corpus, path, family, crlf, ind):
        self.c = corpus
        self.g = corpus.g
        self.path = path
        self.family = family
        self.crlf = crlf
        self.ind = ind
        self.lines = []
        self.labs = []
        self.used = set()
        self.fill_used = set()
        self.style = None

    def uniq(self, name):
        base, i = name, 0
        sfx = ["PROD", "LIVE", "V2", "BACKUP", "EU", "OLD", "SECONDARY", "DEFAULT", "NEXT", "LEGACY"]
        while name in self.used:
            name = base + "_" + sfx[i % len(sfx)] + ("" if i < len(sfx) else str(i))
            i += 1
        self.used.add(name)
        return name

    # ------------------------------------------------------------ plain text
    def t(self, text=""):
        for ln in text.split("\n"):
            self.lines.append(ln)
        return self

    def ti(self, text):
        """Plain text, each line prefixed with the current indent."""
        for ln in text.split("\n"):
            self.lines.append(self.ind + ln if ln else ln)
        return self

    # ------------------------------------------------------------ labelled text
    def put(self, text, value, kind, positive, family=None, ctx=None, anchor=None, indent=True):
        first = len(self.lines)
        body = text.split("\n")
        if indent and self.ind:
            body = [self.ind + b for b in body]
        self.lines.extend(body)
        needle = anchor if anchor is not None else (value.split("\n")[0] if value else None)
        idx = None
        for i, ln in enumerate(body):
            if needle and needle in ln:
                idx = i
                break
        assert idx is not None, (self.path, kind, text[:80])
        if positive:
            prov, c_only = K.KINDS[kind][0], K.KINDS[kind][1]
            if ctx is not None:
                c_only = ctx
        else:
            prov, c_only = "-", False
        self.labs.append(dict(path=self.path, line=first + idx + 1, kind=kind, provider=prov, family=family or self.family or guess_family(self.path),
                              context_only=c_only, positive=positive, secret=value or "", _needle=needle))
        return value

    def raw(self, tmpl, kind, value=None, family=None, ctx=None):
        """A positive written by hand: tmpl holds @@ where the value goes."""
        value = value if value is not None else K.gen_value(self.g, kind)
        return self.put(tmpl.replace("@@", value), value, kind, True, family, ctx)

    def nraw(self, tmpl, kind, value, family=None, anchor=None):
        return self.put(tmpl.replace("@@", value), value, kind, False, family, anchor=anchor)

    def p(self, syn, kind, name=None, value=None, style=None, family=None):
        g = self.g
        value = value if value is not None else K.gen_value(g, kind)
        free = [x for x in K.KINDS[kind][3] if x not in self.used]
        name = self.uniq(name or (g.pick(free) if free else g.pick(K.KINDS[kind][3])))
        style = (self.style if self.style is not None else g.r.randint(0, 5)) if style is None else style
        return self.put(render(syn, name, value, style=style), value, kind, True, family or self.family or SYNFAM[syn])

    def n(self, syn, kind, name=None, value=None, style=None, family=None):
        g = self.g
        style = (self.style if self.style is not None else g.r.randint(0, 5)) if style is None else style
        raw = False
        free = [x for x in K.SECRET_NAMES if x not in self.used]
        if kind in ("env-reference", "code-derived", "placeholder", "secret-name-only", "redacted", "encrypted-value") and not name:
            name = g.pick(free or K.SECRET_NAMES)
        if kind == "env-reference":
            name = self.uniq(name)
            value = g.pick(_lk(ENVREF, syn)).format(n=name, s=snake(name), p=pascal(name))
            raw = syn in RAW_SYNTAX_OK
        elif kind == "code-derived":
            name = self.uniq(name)
            value = g.pick(_lk(CODE_DERIVED, syn)).format(n=name, s=snake(name), p=pascal(name), d=dotted(name))
            raw = True
        else:
            name, value = neg_value(g, kind, name, value)
            name = self.uniq(name)
        text = render(syn, name, value, raw=raw, style=style)
        anchor = value if value else name_in(text, name)
        return self.put(text, value, kind, False, family or self.family or SYNFAM[syn], anchor=anchor)

    def mix(self, syn, pos, neg="", fill=None, family=None):
        """Interleave the positives (space-separated kinds) and negatives in syntax syn, with filler lines."""
        items = [("p", self.c.next_vendor() if k in SWAPPABLE and self.g.r.random() < 0.9 else k) for k in pos.split()]
        items += [("n", k) for k in neg.split()]
        self.g.r.shuffle(items)
        for what, k in items:
            if fill:
                for _ in range(self.g.r.randint(0, 2)):
                    left = [x for x in fill if x not in self.fill_used and (not x or x.strip() not in {ln.strip() for ln in self.lines})]
                    if left:
                        x = self.g.pick(left)
                        if x:
                            self.fill_used.add(x)
                        self.ti(x)
            (self.p if what == "p" else self.n)(syn, k, family=family)
        return self

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl


SWAPPABLE = {"generic-password", "db-password", "generic-api-key", "generic-token", "generic-secret", "smtp-password"}
SIMPLE_VENDOR = [k for k, (prov, ctx, fn, names) in K.KINDS.items() if not ctx and fn is not None and names
                 and k not in ("jwt-token", "aws-session-token", "aws-temp-access-key-id")]
EXT_FAMILY = {".env": "dotenv", ".yml": "yaml-config", ".yaml": "yaml-config", ".json": "json", ".py": "code-python", ".ts": "code-ts",
              ".js": "code-js", ".php": "code-php", ".toml": "toml", ".ini": "ini", ".properties": "properties", ".xml": "xml",
              ".tf": "terraform", ".go": "code-go", ".rb": "code-ruby", ".sh": "shell-script", ".md": "markdown", ".cs": "code-csharp",
              ".java": "code-java", ".kt": "code-kotlin", ".swift": "code-swift", ".rs": "code-rust", ".exs": "code-elixir",
              ".groovy": "code-groovy", ".lock": "lockfile", ".html": "html", ".fish": "shell-script"}


def guess_family(path):
    base = os.path.basename(path)
    if base.startswith(".env"):
        return "dotenv"
    if base in ("Fastfile", "Appfile", "Gemfile", "Gemfile.lock"):
        return "code-ruby" if base != "Gemfile.lock" else "lockfile"
    return EXT_FAMILY.get(os.path.splitext(base)[1], "other")


def _lk(table, syn):
    return table.get(syn) or table.get(syn.split("-")[0]) or table["py"]


def name_in(text, name):
    for cand in (name, snake(name), camel(name), pascal(name), kebab(name), dotted(name)):
        if cand in text:
            return cand
    raise AssertionError((text, name))


def neg_value(g, kind, name=None, value=None):
    """(name, value) for a negative kind."""
    if value is not None:
        return name or g.pick(K.SECRET_NAMES), value
    if kind == "placeholder":
        return name or g.pick(K.SECRET_NAMES), g.pick(K.PLACEHOLDERS)
    if kind == "vendor-shaped-placeholder":
        return name or g.pick(["STRIPE_SECRET_KEY", "GITHUB_TOKEN", "AWS_ACCESS_KEY_ID", "SLACK_BOT_TOKEN", "OPENAI_API_KEY"]), K.vendor_shaped_placeholder(g)
    if kind == "secret-manager-reference":
        acct = g.digits(12)
        return name or g.pick(K.SECRET_NAMES), g.pick([
            f"arn:aws:secretsmanager:eu-west-1:{acct}:secret:prod/{g.word()}-" + g.s(6),
            f"arn:aws:ssm:us-east-1:{acct}:parameter/prod/{g.word()}/api_key",
            "op://Engineering/" + g.word() + "/credential", f"vault:secret/data/{g.word()}#password",
            f"projects/{g.digits(12)}/secrets/{g.word()}-key/versions/latest",
            f"@Microsoft.KeyVault(SecretUri=https://kv-{g.word()}.vault.azure.net/secrets/{g.word()}-secret/)",
            f"ref+vault://secret/{g.word()}#/token", f"sm://{g.word()}-db-password"])
    if kind == "vendor-example-key":
        return g.pick([("AWS_ACCESS_KEY_ID", K.AWS_DOC_ID), ("AWS_SECRET_ACCESS_KEY", K.AWS_DOC_SECRET), ("STRIPE_SECRET_KEY", K.STRIPE_DOC_TEST),
                       ("SAMPLE_JWT", K.JWT_IO), ("AZURE_STORAGE_KEY", K.AZURITE_KEY)])
    if kind == "hash-not-secret":
        return g.pick([("SECRET_CHECKSUM", g.hx(64)), ("TOKEN_SHA256", g.hx(64)), ("DEPLOY_KEY_COMMIT", g.hx(40)),
                       ("API_KEY_FINGERPRINT", ":".join(g.hx(2) for _ in range(16))), ("PASSWORD_FILE_MD5", g.hx(32)),
                       ("SECRETS_BUNDLE_DIGEST", "sha256:" + g.hx(64))])
    if kind == "uuid-identifier":
        return g.pick(["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "SUBSCRIPTION_ID", "KEY_VAULT_OBJECT_ID", "APPINSIGHTS_INSTRUMENTATIONKEY",
                       "OKTA_CLIENT_ID", "SECRET_ID"]), g.uuid()
    if kind == "public-key":
        return g.pick([("DEPLOY_PUBLIC_KEY", g.ssh_public()), ("SOPS_AGE_RECIPIENT", "age1" + g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")),
                       ("SIGNING_PUBKEY_SHA", g.hx(64))])
    if kind == "publishable-key":
        return g.pick([("STRIPE_PUBLISHABLE_KEY", "pk" + "_live_" + "51" + g.s(97)), ("MAPBOX_ACCESS_TOKEN", "pk" + "." + g.b64u({"u": g.word(), "a": g.s(25, LOW + DIG)}) + "." + g.s(22, B64URL)),
                       ("GOOGLE_CLIENT_ID", g.digits(12) + "-" + g.s(32, LOW + DIG) + ".apps.googleusercontent.com"),
                       ("RECAPTCHA_SITE_KEY", "6L" + g.s(38, B64URL)), ("POSTHOG_KEY", "ph" + "c_" + g.s(43)),
                       ("ALGOLIA_SEARCH_KEY", g.hx(32)), ("SENTRY_DSN", "https://" + g.hx(32) + "@o" + g.digits(6) + ".ingest.sentry.io/" + g.digits(7)),
                       ("RAZORPAY_KEY_ID", "rzp" + "_live_" + g.s(14)), ("TWILIO_ACCOUNT_SID", "A" + "C" + g.hx(32)),
                       ("STRIPE_PUBLISHABLE_KEY", "pk" + "_test_" + "51" + g.s(97)), ("SUPABASE_ANON_KEY", g.jwt({"iss": "supabase", "ref": g.s(20, LOW), "role": "anon", "iat": 1700000000}))])
    if kind == "fake-fixture":
        return name or g.pick(["TEST_API_KEY", "FAKE_TOKEN", "MOCK_SECRET", "TEST_PASSWORD"]), g.pick([
            "fake-token-for-tests", "not-a-real-secret", "test-secret-do-not-use", "mock_api_key_123", "dummy-password", "fake_" + "x" * 12,
            "testtesttesttest", "FAKE-KEY-0000-0000"])
    if kind == "redacted":
        return name or g.pick(K.SECRET_NAMES), g.pick(["***REDACTED***", "[FILTERED]", "sk-" + "...a1b2", "<hidden>", "•" * 8, "**********"])
    if kind == "password-policy":
        return g.pick([("PASSWORD_MIN_LENGTH", "12"), ("PASSWORD_MAX_AGE_DAYS", "90"), ("TOKEN_TTL_SECONDS", "3600"), ("JWT_ALGORITHM", "RS256"),
                       ("AUTH_SCHEME", "Bearer"), ("SECRET_ROTATION_DAYS", "30"), ("PASSWORD_HASHER", "argon2"), ("API_KEY_HEADER", "X-Api-Key"),
                       ("SESSION_COOKIE_SECURE", "true"), ("TOKEN_ISSUER", "https://auth.example.com/")])
    if kind == "secret-name-only":
        return name or g.pick(K.SECRET_NAMES), ""
    if kind == "encrypted-value":
        return name or g.pick(K.SECRET_NAMES), g.pick([
            "ENC[AES256_GCM,data:" + g.b64bytes(18) + ",iv:" + g.b64bytes(32) + ",tag:" + g.b64bytes(16) + ",type:str]",
            "{cipher}" + g.hx(96), "ENC(" + g.b64bytes(32) + ")", "vault:v1:" + g.b64bytes(40)])
    if kind == "base64-image":
        return name or "LOGO", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + g.s(120, ALNUM + "+/") + "=="
    raise KeyError(kind)


def write(corpus):
    os_root = os.path.join(corpus.root, "repos")
    seen = collections.defaultdict(set)
    for f in corpus.files:
        p = os.path.join(os_root, f.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", newline="") as fh:
            fh.write(f.text())
        for lab in f.labs:
            key = (lab["path"], lab["line"])
            assert key not in seen[lab["path"]], f"two labels on {key}"
            seen[lab["path"]].add(key)
            corpus.labels.append(lab)
