"""How one `name = value` assignment is written in each syntax (code and configuration)."""


def _words(name):
    return name.replace("-", "_").replace(".", "_").lower().split("_")


def upper(n):
    return "_".join(_words(n)).upper()


def snake(n):
    return "_".join(_words(n))


def camel(n):
    w = _words(n)
    return w[0] + "".join(x.capitalize() for x in w[1:])


def pascal(n):
    return "".join(x.capitalize() for x in _words(n))


def kebab(n):
    return "-".join(_words(n))


def dotted(n):
    return ".".join(_words(n))


# syntax -> (family, string template, raw template (value is an expression), env-lookup expression)
# placeholders: {N} UPPER, {s} snake, {c} camel, {P} Pascal, {k} kebab, {d} dotted, {v} value, {E} env name
SYNTAX = {
    "py": ("code-python", '{N} = "{v}"', "{N} = {v}", 'os.environ.get("{E}")'),
    "pykw": ("code-python", '    {s}="{v}",', "    {s}={v},", 'os.environ["{E}"]'),
    "js": ("code-js", "const {c} = '{v}';", "const {c} = {v};", "process.env.{E}"),
    "ts": ("code-ts", 'export const {c}: string = "{v}";', "export const {c}: string = {v};", 'process.env.{E} ?? ""'),
    "deno": ("code-ts", 'const {c} = "{v}";', "const {c} = {v};", 'Deno.env.get("{E}")'),
    "bun": ("code-ts", 'const {c} = "{v}";', "const {c} = {v};", "Bun.env.{E}"),
    "go": ("code-go", '\t{c} = "{v}"', "\t{c} = {v}", 'os.Getenv("{E}")'),
    "java": ("code-java", '    private static final String {N} = "{v}";', "    private static final String {N} = {v};",
             'System.getenv("{E}")'),
    "cs": ("code-csharp", '        private const string {P} = "{v}";', "        private static readonly string {P} = {v};",
           'Environment.GetEnvironmentVariable("{E}")'),
    "rb": ("code-ruby", '{N} = "{v}"', "{N} = {v}", 'ENV.fetch("{E}")'),
    "php": ("code-php", "${c} = '{v}';", "${c} = {v};", "getenv('{E}')"),
    "phparr": ("code-php", "    '{s}' => '{v}',", "    '{s}' => {v},", "env('{E}')"),
    "pl": ("code-perl", "my ${s} = '{v}';", "my ${s} = {v};", "$ENV{{E}}"),
    "plhash": ("code-perl", "    {s} => '{v}',", "    {s} => {v},", "$ENV{{E}}"),
    "lua": ("code-lua", 'local {s} = "{v}"', "local {s} = {v}", 'os.getenv("{E}")'),
    "swift": ("code-swift", 'let {c} = "{v}"', "let {c} = {v}", 'ProcessInfo.processInfo.environment["{E}"] ?? ""'),
    "kt": ("code-kotlin", 'val {c} = "{v}"', "val {c} = {v}", 'System.getenv("{E}")'),
    "scala": ("code-scala", 'val {c} = "{v}"', "val {c} = {v}", 'sys.env("{E}")'),
    "ex": ("code-elixir", '  {s}: "{v}",', "  {s}: {v},", 'System.get_env("{E}")'),
    "r": ("code-r", '{s} <- "{v}"', "{s} <- {v}", 'Sys.getenv("{E}")'),
    "jl": ("code-julia", 'const {N} = "{v}"', "const {N} = {v}", 'ENV["{E}"]'),
    "groovy": ("code-groovy", "def {c} = '{v}'", "def {c} = {v}", "System.getenv('{E}')"),
    "objc": ("code-objc", 'static NSString *const k{P} = @"{v}";', "NSString *k{P} = {v};",
             '[[NSProcessInfo processInfo] environment][@"{E}"]'),
    "dart": ("code-dart", "const {c} = '{v}';", "final {c} = {v};", "Platform.environment['{E}']"),
    "c": ("code-c", '#define {N} "{v}"', "const char *{s} = {v};", 'getenv("{E}")'),
    "cpp": ("code-cpp", 'const std::string {c} = "{v}";', "const char* {c} = {v};", 'std::getenv("{E}")'),
    "rs": ("code-rust", 'const {N}: &str = "{v}";', "let {s} = {v};", 'std::env::var("{E}").unwrap_or_default()'),
    "fs": ("code-fsharp", 'let {c} = "{v}"', "let {c} = {v}", 'Environment.GetEnvironmentVariable "{E}"'),
    "ml": ("code-ocaml", 'let {s} = "{v}"', "let {s} = {v}", 'Sys.getenv "{E}"'),
    "zig": ("code-zig", 'const {s} = "{v}";', "const {s} = {v};", 'std.posix.getenv("{E}") orelse ""'),
    "nim": ("code-nim", 'const {c} = "{v}"', "let {c} = {v}", 'getEnv("{E}")'),
    "env": ("dotenv", "{N}={v}", "{N}={v}", "${{E}}"),
    "envq": ("dotenv", '{N}="{v}"', "{N}={v}", "${{E}}"),
    "yaml": ("yaml-config", "{s}: {v}", "{s}: {v}", "${{E}}"),
    "yamlq": ("yaml-config", '  {s}: "{v}"', "  {s}: {v}", '"${{E}}"'),
    "json": ("json", '  "{c}": "{v}",', '  "{c}": {v},', '"${{E}}"'),
    "toml": ("toml", '{s} = "{v}"', "{s} = {v}", '"${{E}}"'),
    "ini": ("ini", "{s} = {v}", "{s} = {v}", "%({E})s"),
    "props": ("properties", "{d}={v}", "{d}={v}", "${{E}}"),
    "xml": ("xml", "    <{c}>{v}</{c}>", "    <{c}>{v}</{c}>", "${{E}}"),
    "xmladd": ("xml", '    <add key="{P}" value="{v}" />', '    <add key="{P}" value="{v}" />', "%{E}%"),
    "hcl": ("hcl", '  {s} = "{v}"', "  {s} = {v}", 'env("{E}")'),
    "hocon": ("hocon", '{d} = "{v}"', "{d} = {v}", "${?{E}}"),
    "nix": ("nix", '    {c} = "{v}";', "    {c} = {v};", 'builtins.getEnv "{E}"'),
    "sh": ("shell-script", 'export {N}="{v}"', "export {N}={v}", '"${{E}}"'),
    "ps1": ("powershell", '$env:{N} = "{v}"', "${P} = {v}", "$env:{E}"),
    "bat": ("batch", "set {N}={v}", "set {N}={v}", "%{E}%"),
    "docker": ("dockerfile", "ENV {N}={v}", "ENV {N}={v}", "${{E}}"),
    "systemd": ("systemd-unit", 'Environment="{N}={v}"', "Environment={N}={v}", "%E"),
    "make": ("makefile", "{N} ?= {v}", "{N} ?= {v}", "$({E})"),
    "compose": ("yaml-compose", "      {N}: {v}", "      {N}: {v}", "${{E}}"),
    "k8senv": ("yaml-k8s", '            - name: {N}\n              value: "{v}"', '            - name: {N}\n              value: {v}',
               '"$({E})"'),
    "helm": ("yaml-helm", '  {c}: "{v}"', "  {c}: {v}", '"{{ .Values.{E} }}"'),
    "mdtable": ("markdown", "| `{N}` | `{v}` | set in prod |", "| `{N}` | {v} | see vault |", "`${{E}}`"),
    "rst": ("restructuredtext", "   {N} = {v}", "   {N} = {v}", "${{E}}"),
    "adoc": ("asciidoc", "{N}={v}", "{N}={v}", "${{E}}"),
    "conf": ("conf", "{s} {v}", "{s} {v}", "${{E}}"),
    "sql": ("sql", "INSERT INTO settings (name, value) VALUES ('{s}', '{v}');",
            "INSERT INTO settings (name, value) VALUES ('{s}', {v});", "current_setting('app.{s}')"),
}


def render(syn, name, value, raw=False):
    fam, tpl, rawtpl, _env = SYNTAX[syn]
    t = rawtpl if raw else tpl
    out = (t.replace("{N}", upper(name)).replace("{s}", snake(name)).replace("{c}", camel(name))
           .replace("{P}", pascal(name)).replace("{k}", kebab(name)).replace("{d}", dotted(name)))
    if "\n" in out:
        # multi-line renderings (k8s env lists): the value sits on the last line
        return out.replace("{v}", value)
    return out.replace("{v}", value)


def env_expr(syn, name):
    return SYNTAX[syn][3].replace("{E}", upper(name)).replace("{s}", snake(name))
