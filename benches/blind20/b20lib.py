"""Helpers for the blind20 corpus: a seeded secret factory and a file builder that records labels.

Nothing in here holds a complete credential: vendor prefixes are joined from parts at run time and
every random body comes from the corpus RNG.
"""
import base64
import binascii
import hashlib
import json
import os
import string
import textwrap

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

WORDS = ("harbour kite copper lantern orbit meadow falcon granite willow ember tundra quartz "
         "saffron cobalt juniper raven thistle marlin basalt cedar prism vortex lagoon nimbus "
         "sparrow walnut zephyr bramble citadel dune ferry glacier heron indigo jasper kestrel "
         "lichen mosaic nectar oyster pebble quill rampart sorrel tinder umber velvet wicker "
         "yarrow zinnia anvil beacon cinder delta estuary fjord gannet hollow ivory").split()


def J(*parts):
    """Join parts: used to assemble vendor prefixes so no full token-looking literal sits in source."""
    return "".join(parts)


class Secrets:
    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return self.s(ALNUM, n)

    def lower(self, n):
        return self.s(LOWER_ALNUM, n)

    def upper(self, n):
        return self.s(UPPER_ALNUM, n)

    def hex(self, n):
        return self.s(HEXL, n)

    def HEX(self, n):
        return self.s(HEXL.upper(), n)

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(string.digits, n - 1)

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(self.bytes(nbytes)).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.bytes(nbytes)).decode().rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])

    def word(self):
        return self.r.choice(WORDS)

    def pw(self, style=None):
        """A human-chosen or generated password; no quotes, backslashes, $, #, %, @, ;, & or braces."""
        style = style if style is not None else self.r.randrange(5)
        sym = "!*-_.+~^"
        if style == 0:
            return self.word().capitalize() + self.r.choice(sym) + self.digits(4) + self.word().capitalize()
        if style == 1:
            chars = [self.r.choice(ALNUM + sym) for _ in range(self.r.randint(14, 22))]
            chars[self.r.randrange(len(chars))] = self.r.choice(sym)
            chars[self.r.randrange(len(chars))] = self.r.choice(string.digits)
            return "".join(chars)
        if style == 2:
            return "-".join(self.word() for _ in range(3)) + "-" + str(self.r.randint(10, 99))
        if style == 3:
            return self.alnum(self.r.randint(12, 20))
        return self.word().capitalize() + str(self.r.randint(1970, 2029)) + self.r.choice(sym) + self.upper(3)

    def mainframe_pw(self):
        # RACF-style: 8 characters, upper case, starting with a letter, at least one digit
        body = self.r.choice(string.ascii_uppercase) + self.upper(6)
        return body + self.r.choice(string.digits)

    def crc_b62(self, s):
        n = binascii.crc32(s.encode()) & 0xFFFFFFFF
        out = ""
        while n:
            n, d = divmod(n, 62)
            out = B62[d] + out
        return out.rjust(6, "0")

    def github_classic(self, kind="p"):
        body = self.s(B62, 30)
        return J("gh", kind, "_") + body + self.crc_b62(body)

    def jwt(self, payload=None, alg="HS256"):
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
        payload = payload or {"sub": self.lower(10), "iat": self.r.randint(1690000000, 1760000000)}
        pl = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = self.b64url(32 if alg.startswith("HS") else 256)
        return ".".join([hdr, pl, sig])

    def pem(self, label, lead, nlines):
        """A PEM block: lead is the base64 start typical of the structure, then random base64."""
        raw = lead + self.b64(nlines * 48)
        body = [raw[i:i + 64] for i in range(0, nlines * 64, 64)]
        return [J("-----BEGIN ", label, "-----")] + body + [J("-----END ", label, "-----")]

    def rsa_pem(self, pkcs8=False):
        if pkcs8:
            return self.pem(J("PRIVATE", " KEY"), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 25)
        return self.pem(J("RSA PRIVATE", " KEY"), "MIIEpAIBAAKCAQEA", 25)

    def ec_pem(self):
        return self.pem(J("EC PRIVATE", " KEY"), "MHcCAQEEI", 3)

    def openssh_pem(self):
        return self.pem(J("OPENSSH PRIVATE", " KEY"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 6)

    def cert_pem(self):
        return self.pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 18)

    def pubkey_pem(self):
        return self.pem(J("PUBLIC", " KEY"), "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 6)

    def ssh_pub(self, comment):
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(ALNUM + "+/", 43) + " " + comment

    def sha1(self):
        return hashlib.sha1(self.bytes(16)).hexdigest()

    def sha256(self):
        return hashlib.sha256(self.bytes(16)).hexdigest()

    def bcrypt(self):
        return "$2b$12$" + self.s(ALNUM + "./", 53)

    def sha512crypt(self):
        return "$6$" + self.s(ALNUM + "./", 16) + "$" + self.s(ALNUM + "./", 86)


class File:
    def __init__(self, corpus, path, family):
        self.c, self.path, self.family = corpus, path, family
        self.lines, self.labels = [], []

    def t(self, text=""):
        """Plain lines (dedented); no labels."""
        text = textwrap.dedent(text)
        if text.startswith("\n"):
            text = text[1:]
        if text.endswith("\n"):
            text = text[:-1]
        self.lines.extend(text.split("\n"))
        return self

    def _lab(self, kind, provider, positive, ctx, secret, family):
        self.labels.append({"path": self.path, "line": len(self.lines), "kind": kind, "provider": provider,
                            "family": family or self.family, "positive": positive, "context_only": ctx,
                            "secret": secret})

    def p(self, line, value, kind, provider="-", ctx=True, family=None):
        """A positive: '@@' in line is replaced by value."""
        assert "@@" in line, line
        self.lines.append(line.replace("@@", value))
        self._lab(kind, provider, True, ctx, value, family)
        return value

    def n(self, line, value, kind, family=None):
        """A hard negative; value is the look-alike (may be '' for empty values)."""
        assert "@@" in line, line
        self.lines.append(line.replace("@@", value))
        self._lab(kind, "-", False, False, value, family)
        return value

    def block(self, prefix, block_lines, suffix, kind, provider, positive=True, ctx=False, indent="", family=None):
        """A multi-line block (PEM); the label sits on the first line; secret is the whole block."""
        first = prefix + block_lines[0]
        self.lines.append(first)
        secret = "\n".join(block_lines)
        self.labels.append({"path": self.path, "line": len(self.lines), "kind": kind,
                            "provider": provider if positive else "-", "family": family or self.family,
                            "positive": positive, "context_only": ctx if positive else False, "secret": secret})
        for b in block_lines[1:-1]:
            self.lines.append(indent + b)
        self.lines.append(indent + block_lines[-1] + suffix)


class Corpus:
    def __init__(self, out, rng):
        self.out, self.r = out, rng
        self.S = Secrets(rng)
        self.files = []

    def file(self, repo, rel, family):
        f = File(self, repo + "/" + rel, family)
        self.files.append(f)
        return f

    def write(self):
        seen_paths = set()
        labels = []
        for f in self.files:
            assert f.path not in seen_paths, f.path
            seen_paths.add(f.path)
            full = os.path.join(self.out, "repos", f.path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", newline="\n") as fh:
                fh.write("\n".join(f.lines) + "\n")
            at = set()
            for lab in f.labels:
                key = (lab["path"], lab["line"])
                assert key not in at, ("two labels on one line", key)
                at.add(key)
                line = f.lines[lab["line"] - 1]
                first = lab["secret"].split("\n")[0]
                assert first in line, ("label value not on its line", key, first, line)
                labels.append(lab)
        with open(os.path.join(self.out, "labels.jsonl"), "w") as fh:
            for lab in labels:
                fh.write(json.dumps(lab, sort_keys=True) + "\n")
        return labels


# ------------------------------------------------------------------ rendering one setting in a syntax
def camel(name):
    p = name.split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


STYLES = {
    "env": lambda n: n.upper() + "=@@",
    "envq": lambda n: n.upper() + '="@@"',
    "export": lambda n: "export " + n.upper() + "='@@'",
    "yaml": lambda n: n + ": @@",
    "yamlq": lambda n: n + ': "@@"',
    "yaml2": lambda n: "  " + n + ": @@",
    "yaml4": lambda n: "    " + n + ': "@@"',
    "json": lambda n: '  "' + camel(n) + '": "@@",',
    "json4": lambda n: '    "' + n + '": "@@",',
    "props": lambda n: n.replace("_", ".") + "=@@",
    "ini": lambda n: n + " = @@",
    "toml": lambda n: n + ' = "@@"',
    "py": lambda n: n.upper() + ' = "@@"',
    "pydict": lambda n: '    "' + n + '": "@@",',
    "js": lambda n: "  " + camel(n) + ": '@@',",
    "xml": lambda n: "    <" + camel(n) + ">@@</" + camel(n) + ">",
    "xmlparam": lambda n: '    <param name="' + n.replace("_", "-") + '" value="@@"/>',
    "nix": lambda n: "    " + camel(n) + ' = "@@";',
    "edn": lambda n: " :" + n.replace("_", "-") + ' "@@"',
    "elixir": lambda n: "  " + n + ': "@@",',
    "lua": lambda n: "local " + n + ' = "@@"',
    "luatbl": lambda n: "  " + n + ' = "@@",',
    "tcl": lambda n: "set " + n + ' "@@"',
    "perl": lambda n: "my $" + n + " = '@@';",
    "ocaml": lambda n: "let " + n + ' = "@@"',
    "haskell": lambda n: "  , " + camel(n) + ' = "@@"',
    "elisp": lambda n: '(setq my/' + n.replace("_", "-") + ' "@@")',
    "vim": lambda n: "let g:" + n + " = '@@'",
    "fish": lambda n: "set -gx " + n.upper() + " @@",
    "nu": lambda n: "$env." + n.upper() + ' = "@@"',
    "ps1": lambda n: "$" + camel(n) + ' = "@@"',
    "psenv": lambda n: "$env:" + n.upper() + ' = "@@"',
    "bat": lambda n: "set " + n.upper() + "=@@",
    "cue": lambda n: "\t" + n + ': "@@"',
    "dhall": lambda n: ", " + camel(n) + ' = "@@"',
    "jsonnet": lambda n: "  " + n + ": '@@',",
    "starlark": lambda n: n.upper() + ' = "@@"',
    "java": lambda n: "    private static final String " + n.upper() + ' = "@@";',
    "go": lambda n: "\t" + camel(n)[0].upper() + camel(n)[1:] + ' = "@@"',
    "ruby": lambda n: n.upper() + " = '@@'",
    "php": lambda n: "    '" + n + "' => '@@',",
    "hcl": lambda n: "  " + n + ' = "@@"',
    "kamailio": lambda n: "#!define " + n.upper() + ' "@@"',
    "conf": lambda n: n + " @@",
    "cobol": lambda n: "       01  WS-" + n.upper().replace("_", "-") + "  PIC X(32) VALUE '@@'.",
    "applescript": lambda n: "property " + camel(n) + ' : "@@"',
    "clj": lambda n: "(def " + n.replace("_", "-") + ' "@@")',
    "sql": lambda n: "-- " + n + ": @@",
    "md": lambda n: "| `" + n.upper() + "` | `@@` |",
}


# context-only positives: (setting names, kind, generator name)
CTX_DECK = [
    (["db_password", "database_password", "pg_password"], "database-password", "pw"),
    (["smtp_password", "mail_password", "relay_password"], "smtp-password", "pw"),
    (["ldap_bind_password", "ad_bind_password"], "ldap-bind-password", "pw"),
    (["api_key", "service_api_key", "partner_api_key"], "generic-api-key", "key32"),
    (["webhook_secret", "webhook_signing_secret", "callback_secret"], "webhook-signing-secret", "hex40"),
    (["jwt_secret", "token_signing_key", "jwt_hmac_secret"], "jwt-signing-secret", "b64_48"),
    (["encryption_key", "data_key", "field_encryption_key"], "encryption-key", "hex64"),
    (["client_secret", "oauth_client_secret", "sso_client_secret"], "oauth-client-secret", "alnum40"),
    (["redis_password", "cache_password"], "redis-password", "pw"),
    (["sftp_password", "ftps_password"], "sftp-password", "pw"),
    (["service_token", "internal_token", "access_token"], "service-token", "b64url43"),
    (["hmac_key", "signature_key"], "hmac-key", "hex64"),
    (["keystore_password", "truststore_password", "pkcs12_password"], "keystore-password", "pw"),
    (["admin_password", "root_password", "superuser_password"], "admin-password", "pw"),
    (["session_secret", "cookie_secret"], "session-secret", "alnum48"),
    (["amqp_password", "rabbitmq_password", "broker_password"], "amqp-password", "pw"),
    (["kafka_sasl_password", "sasl_password"], "kafka-sasl-password", "pw"),
    (["aes_key", "cipher_key"], "aes-key-base64", "b64_32"),
]


def gen(S, g):
    return {
        "pw": S.pw, "key32": lambda: S.alnum(32), "hex40": lambda: S.hex(40), "b64_48": lambda: S.b64(48),
        "hex64": lambda: S.hex(64), "alnum40": lambda: S.alnum(40), "b64url43": lambda: S.b64url(32),
        "alnum48": lambda: S.alnum(48), "b64_32": lambda: S.b64(32),
    }[g]()


def neg_deck(S, name):
    """Negatives for a setting called name: (value, kind)."""
    up = name.upper()
    return [
        ("changeme", "placeholder"),
        ("<" + name.replace("_", "-") + ">", "placeholder"),
        ("REPLACE_ME", "placeholder"),
        ("x" * 24, "placeholder"),
        ("your_" + name + "_here", "placeholder"),
        ("********", "redacted"),
        ("${" + up + "}", "env-reference"),
        ("${{ secrets." + up + " }}", "ci-secret-reference"),
        ("{{ .Values." + camel(name) + " }}", "template-reference"),
        ("vault:secret/data/prod/app#" + name, "vault-reference"),
        ("op://Platform/" + name.replace("_", "-") + "/credential", "op-reference"),
        ("arn:aws:secretsmanager:eu-west-1:" + S.digits(12) + ":secret:prod/" + name.replace("_", "-") + "-" + S.alnum(6),
         "aws-secretsmanager-arn"),
        ("arn:aws:ssm:eu-central-1:" + S.digits(12) + ":parameter/prod/" + name, "aws-ssm-arn"),
        ("ENC[AES256_GCM,data:" + S.b64(18) + ",iv:" + S.b64(32) + ",tag:" + S.b64(16) + ",type:str]", "sops-encrypted"),
        (S.bcrypt(), "password-hash"),
        ("", "empty-value"),
        ("%" + up + "%", "env-reference"),
        ("$(" + up + ")", "env-reference"),
    ]


POLICY_NAMES = [("password_min_length", "12"), ("password_max_age_days", "90"), ("token_ttl_seconds", "3600"),
                ("secret_rotation_days", "30"), ("api_key_header", "X-Api-Key"), ("auth_scheme", "Bearer"),
                ("jwt_algorithm", "RS256"), ("password_history", "5"), ("max_login_attempts", "6"),
                ("password_hash_algorithm", "argon2id"), ("token_endpoint", "/oauth2/token"),
                ("secret_store", "aws-secrets-manager")]


def extras(c, f, style, npos, nneg, exclude=()):
    """Add npos context-only positives and nneg negatives from the decks, rendered in style."""
    S, r = c.S, c.r
    tpl = STYLES[style]
    deck = [d for d in CTX_DECK if d[1] not in exclude]
    items = []
    for _ in range(npos):
        names, kind, g = r.choice(deck)
        items.append(("p", r.choice(names), kind, gen(S, g)))
    for _ in range(nneg):
        x = r.random()
        if x < 0.18:
            name, val = r.choice(POLICY_NAMES)
            items.append(("n", name, "policy-setting", val))
        elif x < 0.33:
            name, val, kind = r.choice([
                ("tenant_id", S.uuid(), "uuid-id"), ("request_id", S.uuid(), "uuid-id"),
                ("subscription_id", S.uuid(), "uuid-id"), ("build_sha", S.sha1(), "commit-sha"),
                ("git_commit", S.sha1(), "commit-sha"), ("image_digest", "sha256:" + S.sha256(), "checksum"),
                ("artifact_sha256", S.sha256(), "checksum"), ("cache_key", "v2-deps-" + S.sha1(), "checksum"),
                ("trace_id", S.hex(32), "look-alike"), ("etag", S.hex(32), "checksum"),
                ("key_id", "kid-" + S.lower(8), "public-id"), ("password_reset_url", "https://id.acme.example/reset", "look-alike"),
            ])
            items.append(("n", name, kind, val))
        else:
            names, _k, _g = r.choice(CTX_DECK)
            name = r.choice(names)
            val, kind = r.choice(neg_deck(S, name))
            items.append(("n", name, kind, val))
    r.shuffle(items)
    for pol, name, kind, val in items:
        if pol == "p":
            f.p(tpl(name), val, kind, "-", True)
        else:
            f.n(tpl(name), val, kind)
