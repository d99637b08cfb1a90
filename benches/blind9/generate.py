#!/usr/bin/env python3
"""Ninth blind corpus: ~23 repositories an organisation sweep meets, with labelled secrets and decoys.

    generate.py CORPUS [--seed N]

Writes CORPUS/repos/<repo>/... , CORPUS/labels.jsonl (path, line, positive, kind, provider,
context_only, family) and CORPUS/meta.json, the format benches/independent/score.py reads.
Deterministic for a seed; stdlib only; every secret is generated at run time (see keys.py).
"""
import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from keys import Gen  # noqa: E402
from render import R, ENVREF, FILL, upper, snake, camel  # noqa: E402

# ---------------------------------------------------------------------------- positive kinds
# kind -> (provider, context_only, generator(g), candidate names)
def K(g):
    return {
        # vendor formats
        "aws-access-key-id": ("AWS", False, g.aws_akid, ["aws access key id", "access key id", "s3 access key"]),
        "aws-sts-access-key-id": ("AWS", False, g.aws_asia, ["aws access key id"]),
        "github-pat-classic": ("GitHub", False, g.github_pat, ["github token", "gh token", "git token"]),
        "github-oauth-token": ("GitHub", False, g.github_oauth, ["github oauth token"]),
        "github-app-server-token": ("GitHub", False, g.github_server, ["github app token"]),
        "github-fine-grained-pat": ("GitHub", False, g.github_fine, ["github pat", "gh pat"]),
        "gitlab-pat": ("GitLab", False, g.gitlab_pat, ["gitlab token", "ci token"]),
        "anthropic-api-key": ("Anthropic", False, g.anthropic, ["anthropic api key", "claude key"]),
        "openai-project-key": ("OpenAI", False, g.openai_proj, ["openai api key", "llm api key"]),
        "openai-service-account-key": ("OpenAI", False, g.openai_svc, ["openai api key", "openai key"]),
        "stripe-secret-key": ("Stripe", False, g.stripe_sk, ["stripe secret key", "stripe api key"]),
        "stripe-restricted-key": ("Stripe", False, g.stripe_rk, ["stripe restricted key"]),
        "huggingface-token": ("Hugging Face", False, g.hf, ["hf token", "huggingface token", "hugging face hub token"]),
        "slack-bot-token": ("Slack", False, g.slack_bot, ["slack bot token", "slack token"]),
        "slack-user-token": ("Slack", False, g.slack_user, ["slack user token"]),
        "digitalocean-pat": ("DigitalOcean", False, g.do_pat, ["do token", "digitalocean token"]),
        "posthog-personal-key": ("PostHog", False, g.posthog_phx, ["posthog personal api key"]),
        "sendgrid-api-key": ("SendGrid", False, g.sendgrid, ["sendgrid api key", "smtp password"]),
        "groq-api-key": ("Groq", False, g.groq, ["groq api key"]),
        "replicate-token": ("Replicate", False, g.replicate, ["replicate api token"]),
        "npm-token": ("npm", False, g.npm, ["npm token", "node auth token"]),
        "tencent-secret-id": ("Tencent Cloud", False, g.tencent_id, ["tencentcloud secret id", "secret id"]),
        "scaleway-access-key": ("Scaleway", False, g.scw_access, ["scw access key"]),
        "nats-user-seed": ("NATS", False, g.nats_seed, ["nats seed", "nkey seed"]),
        "doppler-service-token": ("Doppler", False, g.doppler_st, ["doppler token"]),
        "doppler-personal-token": ("Doppler", False, g.doppler_pt, ["doppler token"]),
        "contentful-pat": ("Contentful", False, g.contentful_pat, ["contentful management token", "cma token"]),
        "pinecone-api-key": ("Pinecone", False, g.pinecone, ["pinecone api key"]),
        "google-api-key": ("Google", False, g.google_api, ["google api key", "gemini api key", "maps api key"]),
        "telegram-bot-token": ("Telegram", False, g.telegram, ["telegram bot token", "tg token"]),
        "azure-storage-connection-string": ("Azure", False, g.azure_conn, ["storage connection string", "azure storage"]),
        "jwt": ("generic JWT", False, g.jwt, ["api jwt", "service token", "bearer token"]),
        "tailscale-auth-key": ("Tailscale", False, g.tailscale, ["ts authkey", "tailscale auth key"]),
        "tailscale-api-key": ("Tailscale", False, lambda: g.tailscale("api"), ["tailscale api key"]),
        "tailscale-oauth-client-secret": ("Tailscale", False, lambda: g.tailscale("client"), ["ts oauth client secret"]),
        "vault-batch-token": ("HashiCorp Vault", False, lambda: "hv" + "b." + "AAAAAQ" + g.b64url(120), ["vault token"]),
        "shopify-private-app-token": ("Shopify", False, lambda: g.shopify("shppa_"), ["shopify password"]),
        "vault-service-token": ("HashiCorp Vault", False, g.vault_token, ["vault token"]),
        "grafana-service-account-token": ("Grafana", False, g.grafana_sa, ["grafana token", "grafana sa token"]),
        "shopify-access-token": ("Shopify", False, g.shopify, ["shopify access token", "shopify admin token"]),
        "shopify-custom-app-token": ("Shopify", False, lambda: g.shopify("shpca_"), ["shopify access token"]),
        "shopify-app-secret": ("Shopify", False, lambda: g.shopify("shpss_"), ["shopify api secret"]),
        "sentry-user-token": ("Sentry", False, g.sentry_user, ["sentry auth token"]),
        "postman-api-key": ("Postman", False, g.postman, ["postman api key"]),
        "age-secret-key": ("age", False, g.age_secret, ["sops age key", "age identity"]),
        # context-only
        "password": ("generic", True, g.password, ["password", "db password", "admin password", "smtp password", "pass"]),
        "strong-password": ("generic", True, g.strong_pw, ["root password", "admin pass", "service password"]),
        "generic-api-key-hex": ("generic", True, g.hex32, ["api key", "apikey", "x api key"]),
        "generic-token-alnum": ("generic", True, lambda: g.alnum(40), ["access token", "auth token", "token"]),
        "generic-secret-b64": ("generic", True, lambda: g.b64(32), ["secret", "client secret", "app secret"]),
        "jwt-signing-secret": ("generic", True, lambda: g.b64url(48), ["jwt secret", "jwt signing key", "secret key base"]),
        "webhook-signing-secret": ("generic", True, g.hex64, ["webhook secret", "signing secret"]),
        "encryption-key-hex": ("generic", True, g.hex64, ["encryption key", "aes key", "master key"]),
        "oauth-client-secret": ("generic", True, lambda: g.b64url(40), ["oauth client secret", "client secret"]),
        "aws-secret-access-key": ("AWS", True, g.aws_secret, ["aws secret access key", "secret access key"]),
        "tencent-secret-key": ("Tencent Cloud", True, lambda: g.alnum(32), ["tencentcloud secret key"]),
        "aliyun-access-key-secret": ("Alibaba Cloud", True, lambda: g.alnum(30), ["access key secret"]),
        "scaleway-secret-key": ("Scaleway", True, g.uuid, ["scw secret key"]),
        "linode-token": ("Linode", True, g.hex64, ["linode token"]),
        "hcloud-token": ("Hetzner Cloud", True, lambda: g.alnum(64), ["hcloud token"]),
        "ibm-cloud-api-key": ("IBM Cloud", True, lambda: g.b64url(44), ["ibmcloud api key", "ic api key"]),
        "mistral-api-key": ("Mistral", True, lambda: g.alnum(32), ["mistral api key"]),
        "cohere-api-key": ("Cohere", True, lambda: g.alnum(40), ["cohere api key", "co api key"]),
        "wandb-api-key": ("Weights & Biases", True, g.hex40, ["wandb api key"]),
        "qdrant-api-key": ("Qdrant", True, lambda: g.b64url(32), ["qdrant api key"]),
        "weaviate-api-key": ("Weaviate", True, lambda: g.alnum(40), ["weaviate api key"]),
        "meilisearch-master-key": ("Meilisearch", True, lambda: g.b64url(32), ["meili master key"]),
        "typesense-api-key": ("Typesense", True, lambda: g.alnum(32), ["typesense api key"]),
        "storyblok-token": ("Storyblok", True, lambda: g.alnum(24), ["storyblok token", "storyblok preview token"]),
        "datocms-token": ("DatoCMS", True, lambda: g.hex32()[:30], ["datocms api token"]),
        "sanity-token": ("Sanity", True, lambda: "sk" + g.alnum(180), ["sanity token", "sanity write token"]),
        "prismic-token": ("Prismic", True, lambda: g.b64url(120), ["prismic access token"]),
        "matomo-token-auth": ("Matomo", True, g.hex32, ["token auth", "matomo token"]),
        "plausible-api-key": ("Plausible", True, lambda: g.b64url(64), ["plausible api key"]),
        "minio-secret-key": ("MinIO", True, lambda: g.alnum(40), ["minio root password", "minio secret key"]),
        "restic-password": ("restic", True, g.strong_pw, ["restic password"]),
        "borg-passphrase": ("BorgBackup", True, g.strong_pw, ["borg passphrase", "encryption passphrase"]),
        "rabbitmq-password": ("RabbitMQ", True, g.password, ["rabbitmq password", "amqp password"]),
        "sap-rfc-password": ("SAP", True, g.password, ["passwd", "sap password"]),
        "netsuite-token-secret": ("NetSuite", True, g.hex64, ["token secret", "consumer secret"]),
        "dynamics-client-secret": ("Microsoft Entra", True, lambda: g.b64url(40), ["client secret"]),
        "expo-token": ("Expo", True, lambda: g.b64url(40), ["expo token"]),
        "chirpstack-api-token": ("ChirpStack", True, lambda: g.b64url(48), ["chirpstack api token"]),
        "zigbee-network-key": ("Zigbee2MQTT", True, g.hex32, ["network key"]),
        "mqtt-password": ("MQTT", True, g.password, ["mqtt password"]),
        "listmonk-admin-password": ("Listmonk", True, g.strong_pw, ["admin password"]),
        "mautic-secret-key": ("Mautic", True, g.hex64, ["secret key"]),
        "openedx-secret-key": ("Open edX", True, lambda: g.b64url(50), ["secret key"]),
        "canvas-encryption-key": ("Canvas LMS", True, g.hex64, ["encryption key"]),
        "orthanc-password": ("Orthanc", True, g.password, ["orthanc password"]),
        "fhir-client-secret": ("generic", True, lambda: g.b64url(40), ["fhir client secret"]),
        "rundeck-api-token": ("Rundeck", True, lambda: g.alnum(32), ["rundeck token"]),
        "stackstorm-api-key": ("StackStorm", True, lambda: g.b64url(48), ["st2 api key"]),
        "awx-oauth-token": ("AWX", True, lambda: g.alnum(30), ["tower oauth token", "awx token"]),
        "gpp-cpassword": ("Windows GPP", True, lambda: g.b64(32).rstrip("="), ["cpassword"]),
        "ceph-keyring-key": ("Ceph", True, g.ceph_key, ["key"]),
        "langsmith-api-key": ("LangSmith", True, lambda: g.alnum(48), ["langsmith api key", "langchain api key"]),
        "umami-app-secret": ("Umami", True, g.hex64, ["app secret"]),
        "db-url-password": ("generic", True, None, ["database url"]),
    }


# ---------------------------------------------------------------------------- negatives
def NEG(g):
    aws_doc = "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"
    stripe_doc = "sk" + "_test_" + "BQokikJOvBiI2HlWgH4olfQ2"
    return {
        "placeholder": lambda: g.pick(["your-api-key-here", "<YOUR_TOKEN>", "changeme", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxx",
                                       "TODO-set-me", "<password>", "insert-key", "dummy", "${API_KEY}", "****"]),
        "template-ref": lambda: g.pick(["${{ secrets.DEPLOY_TOKEN }}", "{{ .Values.auth.password }}", "${DB_PASSWORD}",
                                        "{{ vault \"secret/data/app\" \"token\" }}", "op://Infra/app/api-key",
                                        "vault:secret/data/prod/db#password", "%(ENV_SECRET)s", "$(cat /run/secrets/api_key)",
                                        "{{ lookup('env', 'API_KEY') }}", "#{ENV['TOKEN']}", "!Ref ApiKeyParameter"]),
        "secrets-manager-arn": lambda: "arn:aws:secretsmanager:eu-west-1:" + g.s("0123456789", 12) + ":secret:prod/api-" + g.alnum(6),
        "vendor-doc-example": lambda: g.pick([aws_doc, stripe_doc, "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"]),
        "sha256-checksum": g.hex64,
        "commit-sha": g.hex40,
        "uuid-identifier": g.uuid,
        "publishable-key": lambda: g.pick([g.posthog_phc(), "pk" + "_live_" + g.alnum(24)]),
        "fake-fixture": lambda: g.pick(["fake-token-for-tests", "not-a-real-secret", "example-password-do-not-use", "dummy-key-000000",
                                        "sk_fake_" + "0" * 24, "AAAAAAAAAAAAAAAAAAAA"]),
        "encrypted-sops": lambda: "ENC[AES256_GCM,data:" + g.b64(24) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]",
        "sealed-secret": lambda: "AgB" + g.b64(180),
        "bcrypt-hash": lambda: "$2y$12$" + g.s("./" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53),
        "lockfile-integrity": lambda: "sha512-" + g.b64(64),
        "redacted": lambda: g.pick(["********", "<redacted>", "[REDACTED]", "xxxx...xxxx", "sk-...abcd"]),
        "ssh-public-key": lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA" + g.b64(32).rstrip("=") + " ops@bastion",
        "fingerprint": lambda: ":".join(g.s("0123456789abcdef", 2) for _ in range(16)),
        "base64-image": lambda: "data:image/png;base64,iVBORw0KGgo" + g.b64(60),
        "policy-setting": None,
        "secret-name-only": None,
        "env-ref": None,
        "ansible-vault": None,
    }


POLICY = [("password min length", "12"), ("password expiry days", "90"), ("token ttl", "3600"), ("secret rotation days", "30"),
          ("password require symbols", "true"), ("max password age", "180"), ("api key header", "X-Api-Key"),
          ("token type", "Bearer"), ("password hash algorithm", "argon2id"), ("secret store", "vault")]
NEG_NAMES = {
    "sha256-checksum": ["secret hash", "token sha256", "key checksum", "artifact digest", "password digest"],
    "commit-sha": ["secrets repo rev", "token commit", "api key rotation commit", "deploy key rev"],
    "uuid-identifier": ["api key id", "client id", "tenant id", "token id", "request id", "secret version id"],
    "fingerprint": ["key fingerprint", "ssh key fingerprint", "signing key fingerprint"],
    "bcrypt-hash": ["password hash", "admin password hash", "hashed password"],
    "lockfile-integrity": ["integrity", "package integrity", "secret lib integrity"],
    "ssh-public-key": ["ssh public key", "deploy key pub", "authorized key"],
    "secrets-manager-arn": ["api key arn", "db password secret arn", "token secret arn"],
    "publishable-key": ["publishable key", "public key", "public project api key"],
    "base64-image": ["logo", "avatar placeholder"],
}
SECRET_NAMES = [("secret name", "prod-db-password"), ("password secret ref", "smtp-credentials"), ("token secret key", "api-token"),
                ("existing secret", "app-secrets"), ("api key secret name", "openai-key"), ("password file", "/run/secrets/db_password")]


class Corpus:
    def __init__(self, out, seed):
        self.out = out
        self.g = Gen(seed)
        self.kinds = K(self.g)
        self.negs = NEG(self.g)
        self.labels = []
        self.checks = []

    def repo(self, name):
        return Repo(self, name)


class Repo:
    def __init__(self, c, name):
        self.c, self.name = c, name

    def file(self, path, family, crlf=False):
        return File(self, path, family, crlf)


class File:
    def __init__(self, repo, path, family, crlf):
        self.repo, self.path, self.family, self.crlf = repo, path, family, crlf
        self.lines = []
        self.marks = []   # (line index, value, label dict)
        self.c = repo.c
        self.g = repo.c.g

    # raw text, possibly several lines
    def raw(self, *texts):
        for t in texts:
            self.lines.extend(t.split("\n"))
        return self

    def _mark(self, text, value, lab):
        parts = text.split("\n")
        hit = [i for i, p in enumerate(parts) if value in p]
        assert hit, (self.path, value, text)
        base = len(self.lines)
        self.lines.extend(parts)
        self.marks.append((base + hit[0], value, lab))

    def pos(self, text, value, kind, family=None, provider=None, ctx=None):
        p, c, _, _ = self.c.kinds.get(kind, (provider or "generic", bool(ctx), None, None))
        self._mark(text, value, dict(positive=True, kind=kind, provider=provider or p,
                                     context_only=c if ctx is None else ctx, family=family or self.family))
        return value

    def neg(self, text, value, kind, family=None):
        self._mark(text, value, dict(positive=False, kind=kind, provider="-", context_only=False, family=family or self.family))

    def val(self, kind):
        return self.c.kinds[kind][2]()

    # one positive of a kind, rendered in this file's family (or fam)
    def P(self, kind, name=None, fam=None, value=None):
        fam = fam or self.family
        prov, ctx, gen, names = self.c.kinds[kind]
        v = value if value is not None else gen()
        n = name or self.g.pick(names)
        self.pos(R[fam](n, v), v, kind, family=fam)
        return v

    def N(self, kind, name=None, fam=None):
        fam = fam or self.family
        g = self.g
        if kind == "policy-setting":
            n, v = g.pick(POLICY)
            self.neg(R[fam](name or n, v), v, kind, family=fam)
            return
        if kind == "secret-name-only":
            n, v = g.pick(SECRET_NAMES)
            self.neg(R[fam](name or n, v), v, kind, family=fam)
            return
        if kind == "env-ref":
            n = name or g.pick(["api key", "db password", "auth token", "client secret", "webhook secret"])
            if fam in ENVREF:
                line = ENVREF[fam](n)
                self.neg(line, line.strip(), kind, family=fam)
            else:
                v = "${" + upper(n) + "}"
                self.neg(R[fam](n, v), v, kind, family=fam)
            return
        v = self.c.negs[kind]()
        n = name or (g.pick(NEG_NAMES[kind]) if kind in NEG_NAMES else None) or g.pick(["api key", "token", "password", "secret", "access key", "auth token", "client secret", "signing key"])
        self.neg(R[fam](n, v), v, kind, family=fam)

    def fill(self, k=2):
        pool = FILL.get(self.family, [""])
        for _ in range(k):
            line = self.g.pick(pool)
            if line and line in self.lines:
                line = ""
            self.lines.append(line)

    def deck(self, kinds, negs, fam=None):
        """Interleave positives of the given kinds and negatives of the given kinds with filler."""
        items = [("P", k) for k in kinds] + [("N", k) for k in negs]
        self.g.r.shuffle(items)
        for t, k in items:
            if self.g.r.random() < 0.5:
                self.fill(1)
            (self.P if t == "P" else self.N)(k, fam=fam)

    def pem(self, label, kind="private-key-pem", prefix="", family=None, provider="generic", ctx=False):
        block = self.g.pem(label) if label != "OPENSSH" else self.g.openssh()
        first = prefix + block[0]
        self._mark(first, block[0], dict(positive=True, kind=kind, provider=provider, context_only=ctx, family=family or "pem"))
        self.lines.extend(block[1:])

    def write(self):
        full = os.path.join(self.c.out, "repos", self.repo.name, self.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        nl = "\r\n" if self.crlf else "\n"
        with open(full, "w", newline="") as fh:
            fh.write(nl.join(self.lines) + nl)
        for idx, value, lab in self.marks:
            assert value in self.lines[idx], (self.path, idx)
            d = dict(path=self.repo.name + "/" + self.path, line=idx + 1)
            d.update(lab)
            self.c.labels.append(d)
            self.c.checks.append((d, value))
        return self


def dburl(g, scheme, user, host, db, port):
    pw = g.password().replace("@", "-").replace("#", "-").replace("%", "-").replace(".", "-")
    return f"{scheme}://{user}:{pw}@{host}:{port}/{db}", pw


from repos9 import build_all  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=9092026)
    a = ap.parse_args()
    out = os.path.abspath(a.corpus)
    if os.path.exists(os.path.join(out, "repos")):
        shutil.rmtree(os.path.join(out, "repos"))
    os.makedirs(os.path.join(out, "repos"), exist_ok=True)
    c = Corpus(out, a.seed)
    build_all(c)
    # self-check: every label's line holds the labelled value (re-read from disk)
    cache = {}
    for lab, value in c.checks:
        p = os.path.join(out, "repos", lab["path"])
        if p not in cache:
            cache[p] = open(p, newline="").read().replace("\r\n", "\n").split("\n")
        assert value in cache[p][lab["line"] - 1], ("label line lacks its value", lab["path"], lab["line"])
    seen = set()
    for lab in c.labels:
        key = (lab["path"], lab["line"])
        assert key not in seen, ("two labels on one line", key)
        seen.add(key)
    with open(os.path.join(out, "labels.jsonl"), "w") as fh:
        for lab in c.labels:
            fh.write(json.dumps(lab, sort_keys=True) + "\n")
    with open(os.path.join(out, "meta.json"), "w") as fh:
        json.dump({"seed": a.seed, "generator": "benches/blind9/generate.py"}, fh)
    pos = [l for l in c.labels if l["positive"]]
    print(f"{len({l['path'].split('/')[0] for l in c.labels})} repos, {len(pos)} positives "
          f"({sum(l['context_only'] for l in pos)} context-only, {len({l['kind'] for l in pos})} kinds), "
          f"{len(c.labels) - len(pos)} negatives, {len({l['family'] for l in pos})} families", file=sys.stderr)


if __name__ == "__main__":
    main()
