"""Renders a (name, value) pair in one syntax family, plus filler lines per family."""
import re


def words(name):
    return [w for w in re.split(r"[^A-Za-z0-9]+", name) if w]


def upper(name):
    return "_".join(w.upper() for w in words(name))


def snake(name):
    return "_".join(w.lower() for w in words(name))


def camel(name):
    ws = [w.lower() for w in words(name)]
    return ws[0] + "".join(w.capitalize() for w in ws[1:])


def pascal(name):
    return "".join(w.lower().capitalize() for w in words(name))


def kebab(name):
    return "-".join(w.lower() for w in words(name))


# family -> function(name, value) -> line. Each line holds the value verbatim.
R = {
    "env": lambda n, v: f"{upper(n)}={v}",
    "env-quoted": lambda n, v: f'{upper(n)}="{v}"',
    "shell": lambda n, v: f'export {upper(n)}="{v}"',
    "yaml": lambda n, v: f"  {snake(n)}: {v}",
    "yaml-quoted": lambda n, v: f'    {snake(n)}: "{v}"',
    "json": lambda n, v: f'  "{camel(n)}": "{v}",',
    "json5": lambda n, v: f"  {camel(n)}: '{v}',",
    "toml": lambda n, v: f'{snake(n)} = "{v}"',
    "ini": lambda n, v: f"{snake(n)} = {v}",
    "properties": lambda n, v: f"{'.'.join(w.lower() for w in words(n))}={v}",
    "xml": lambda n, v: f"    <{camel(n)}>{v}</{camel(n)}>",
    "xml-attr": lambda n, v: f'  <add key="{pascal(n)}" value="{v}" />',
    "hcl": lambda n, v: f'  {snake(n)} = "{v}"',
    "python": lambda n, v: f'{upper(n)} = "{v}"',
    "python-kw": lambda n, v: f'    {snake(n)}="{v}",',
    "js": lambda n, v: f"const {camel(n)} = '{v}';",
    "ts": lambda n, v: f'export const {camel(n)}: string = "{v}";',
    "go": lambda n, v: f'\t{pascal(n)} = "{v}"',
    "java": lambda n, v: f'    private static final String {upper(n)} = "{v}";',
    "csharp": lambda n, v: f'        private const string {pascal(n)} = "{v}";',
    "kotlin": lambda n, v: f'    const val {upper(n)} = "{v}"',
    "scala": lambda n, v: f'  val {camel(n)} = "{v}"',
    "swift": lambda n, v: f'    static let {camel(n)} = "{v}"',
    "rust": lambda n, v: f'const {upper(n)}: &str = "{v}";',
    "c": lambda n, v: f'#define {upper(n)} "{v}"',
    "cpp": lambda n, v: f'static const std::string k{pascal(n)} = "{v}";',
    "objc": lambda n, v: f'static NSString * const k{pascal(n)} = @"{v}";',
    "dart": lambda n, v: f"  static const {camel(n)} = '{v}';",
    "php": lambda n, v: f"    '{snake(n)}' => '{v}',",
    "php-define": lambda n, v: f"define('{upper(n)}', '{v}');",
    "ruby": lambda n, v: f"  config.{snake(n)} = '{v}'",
    "perl": lambda n, v: f"my ${snake(n)} = '{v}';",
    "lua": lambda n, v: f'local {snake(n)} = "{v}"',
    "r": lambda n, v: f'{snake(n)} <- "{v}"',
    "julia": lambda n, v: f'const {upper(n)} = "{v}"',
    "elixir": lambda n, v: f'  {snake(n)}: "{v}",',
    "groovy": lambda n, v: f"def {camel(n)} = '{v}'",
    "crystal": lambda n, v: f'{upper(n)} = "{v}"',
    "d": lambda n, v: f'enum {camel(n)} = "{v}";',
    "fortran": lambda n, v: f"  character(len=*), parameter :: {snake(n)} = '{v}'",
    "ada": lambda n, v: f'   {pascal(n)} : constant String := "{v}";',
    "racket": lambda n, v: f'(define {kebab(n)} "{v}")',
    "powershell": lambda n, v: f'$env:{upper(n)} = "{v}"',
    "batch": lambda n, v: f"set {upper(n)}={v}",
    "dockerfile": lambda n, v: f"ENV {upper(n)}={v}",
    "compose": lambda n, v: f"      - {upper(n)}={v}",
    "compose-map": lambda n, v: f"      {upper(n)}: {v}",
    "makefile": lambda n, v: f"{upper(n)} ?= {v}",
    "systemd": lambda n, v: f'Environment="{upper(n)}={v}"',
    "nix": lambda n, v: f'    {camel(n)} = "{v}";',
    "plist": lambda n, v: f"\t<key>{pascal(n)}</key><string>{v}</string>",
    "markdown": lambda n, v: f"| {snake(n)} | `{v}` | staging |",
    "rst": lambda n, v: f"   * - {snake(n)}\n     - ``{v}``",
    "asciidoc": lambda n, v: f"| {snake(n)} | {v}",
    "tcl": lambda n, v: f'set {snake(n)} "{v}"',
    "ahk": lambda n, v: f'{pascal(n)} := "{v}"',
    "applescript": lambda n, v: f'set {camel(n)} to "{v}"',
    "vba": lambda n, v: f'Private Const {pascal(n)} As String = "{v}"',
    "autoit": lambda n, v: f'Global Const ${pascal(n)} = "{v}"',
    "conf": lambda n, v: f"    {snake(n)} {v};",
    "helm": lambda n, v: f"    {camel(n)}: {v}",
    "k8s-env": lambda n, v: f"            - name: {upper(n)}\n              value: \"{v}\"",
    "notebook": lambda n, v: f'    "{upper(n)} = \\"{v}\\"\\n",',
    "cron": lambda n, v: f"{upper(n)}={v}",
}

# how a family reads a value from the environment / a secret store (negatives)
ENVREF = {
    "python": lambda n: f'{upper(n)} = os.environ["{upper(n)}"]',
    "python-kw": lambda n: f'    {snake(n)}=os.getenv("{upper(n)}"),',
    "js": lambda n: f"const {camel(n)} = process.env.{upper(n)};",
    "ts": lambda n: f"export const {camel(n)}: string = process.env.{upper(n)} ?? \"\";",
    "go": lambda n: f'\t{pascal(n)} = os.Getenv("{upper(n)}")',
    "java": lambda n: f'    private static final String {upper(n)} = System.getenv("{upper(n)}");',
    "csharp": lambda n: f'        private static readonly string {pascal(n)} = Environment.GetEnvironmentVariable("{upper(n)}");',
    "kotlin": lambda n: f'    val {camel(n)}: String = System.getenv("{upper(n)}") ?: ""',
    "scala": lambda n: f'  val {camel(n)} = sys.env("{upper(n)}")',
    "swift": lambda n: f'    static let {camel(n)} = ProcessInfo.processInfo.environment["{upper(n)}"] ?? ""',
    "rust": lambda n: f'let {snake(n)} = std::env::var("{upper(n)}")?;',
    "c": lambda n: f'const char *{snake(n)} = getenv("{upper(n)}");',
    "cpp": lambda n: f'const std::string k{pascal(n)} = std::getenv("{upper(n)}");',
    "objc": lambda n: f'NSString *{camel(n)} = NSProcessInfo.processInfo.environment[@"{upper(n)}"];',
    "dart": lambda n: f"  static final {camel(n)} = Platform.environment['{upper(n)}'];",
    "php": lambda n: f"    '{snake(n)}' => env('{upper(n)}'),",
    "php-define": lambda n: f"define('{upper(n)}', getenv('{upper(n)}'));",
    "ruby": lambda n: f"  config.{snake(n)} = ENV.fetch('{upper(n)}')",
    "perl": lambda n: f"my ${snake(n)} = $ENV{{{upper(n)}}};",
    "lua": lambda n: f'local {snake(n)} = os.getenv("{upper(n)}")',
    "r": lambda n: f'{snake(n)} <- Sys.getenv("{upper(n)}")',
    "julia": lambda n: f'const {upper(n)} = ENV["{upper(n)}"]',
    "elixir": lambda n: f'  {snake(n)}: System.get_env("{upper(n)}"),',
    "groovy": lambda n: f"def {camel(n)} = System.getenv('{upper(n)}')",
    "crystal": lambda n: f'{upper(n)} = ENV["{upper(n)}"]',
    "d": lambda n: f'auto {camel(n)} = environment.get("{upper(n)}");',
    "fortran": lambda n: f"  call get_environment_variable('{upper(n)}', {snake(n)})",
    "ada": lambda n: f'   {pascal(n)} : constant String := Ada.Environment_Variables.Value ("{upper(n)}");',
    "racket": lambda n: f'(define {kebab(n)} (getenv "{upper(n)}"))',
    "powershell": lambda n: f"${camel(n)} = $env:{upper(n)}",
    "batch": lambda n: f"set {upper(n)}=%{upper(n)}_FROM_VAULT%",
    "shell": lambda n: f'export {upper(n)}="${{{upper(n)}:?missing}}"',
    "ahk": lambda n: f'EnvGet, {pascal(n)}, {upper(n)}',
    "applescript": lambda n: f'set {camel(n)} to do shell script "security find-generic-password -w -s {kebab(n)}"',
    "vba": lambda n: f'{pascal(n)} = Environ("{upper(n)}")',
    "autoit": lambda n: f'Global ${pascal(n)} = EnvGet("{upper(n)}")',
    "tcl": lambda n: f'set {snake(n)} $env({upper(n)})',
}

FILL = {
    "python": ["import os", "import logging", "", "log = logging.getLogger(__name__)", "TIMEOUT = 30", "def healthcheck():", "    return {\"ok\": True}", "", "RETRIES = 3"],
    "js": ["'use strict';", "const path = require('path');", "", "const PORT = process.env.PORT || 3000;", "module.exports.timeoutMs = 15000;", ""],
    "ts": ["import { z } from 'zod';", "", "export const region = 'eu-west-1';", "export const retries = 3;", ""],
    "yaml": ["", "  enabled: true", "  timeout: 30s", "  retries: 3", "  region: eu-central-1"],
    "json": ['  "enabled": true,', '  "timeout": 30,', '  "region": "eu-west-1",'],
    "toml": ["", "timeout = 30", "enabled = true", 'region = "fr-par"'],
    "ini": ["", "timeout = 30", "enabled = yes", "; managed by ops"],
    "env": ["", "# --- service ---", "LOG_LEVEL=info", "PORT=8080", "TZ=UTC"],
    "shell": ["", "set -euo pipefail", 'echo "starting $(date -Iseconds)"', 'cd "$(dirname "$0")"'],
    "go": ["", "\tDefaultTimeout = 30", '\tServiceName = "collector"'],
    "java": ["", "    private static final int TIMEOUT_MS = 5000;", "    private static final Logger LOG = LoggerFactory.getLogger(Config.class);"],
    "csharp": ["", "        private const int RetryCount = 3;", '        private const string Region = "westeurope";'],
}
for _f in list(R):
    FILL.setdefault(_f, [""])
