#!/usr/bin/env python3
"""Twelfth blind corpus: about 20 repositories a security engineer meets when sweeping an
organisation (SOC tooling, SIEM forwarders, an operator's laptop, e-signature, accounting, forms,
scheduling, industrial telemetry, fleet telematics, POS, query engines, ELT, deployment
orchestration, rarer server stacks, office devices, nonprofit CRM, civic open data,
bioinformatics, OTA fleets), with planted secrets and hard negatives.

    generate.py CORPUS [--seed N]

Writes CORPUS/repos/<repo>/..., CORPUS/labels.jsonl (the fields score.py reads) and CORPUS/meta.json.
Deterministic for a seed; stdlib only. Written without reading any scanner's rules, code or tests.
"""
import argparse
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from keys import Keys, b64, ALNUM, HEX, B64URL, DIG, UPP, LOW  # noqa: E402


# ------------------------------------------------------------------ kinds: provider, context_only, generator
def kinds(k):
    K = {}

    def add(name, provider, ctx, fn):
        K[name] = (provider, ctx, fn)

    # vendor formats (a prefix or structure of their own)
    add("aws-access-key-id", "aws", False, lambda: k.aws_key_id())
    add("aws-sts-access-key-id", "aws", False, lambda: k.aws_key_id(True))
    add("github-classic-pat", "github", False, lambda: k.github("p"))
    add("github-oauth-token", "github", False, lambda: k.github("o"))
    add("github-app-token", "github", False, lambda: k.github("s"))
    add("github-refresh-token", "github", False, lambda: k.github("r"))
    add("github-fine-grained-pat", "github", False, k.github_fine)
    add("gitlab-pat", "gitlab", False, k.gitlab_pat)
    add("slack-bot-token", "slack", False, k.slack_bot)
    add("slack-user-token", "slack", False, k.slack_user)
    add("slack-app-token", "slack", False, k.slack_app)
    add("slack-webhook-url", "slack", False, k.slack_webhook)
    add("stripe-live-secret-key", "stripe", False, lambda: k.stripe("sk"))
    add("stripe-restricted-key", "stripe", False, lambda: k.stripe("rk"))
    add("stripe-webhook-secret", "stripe", False, k.stripe_whsec)
    add("npm-access-token", "npm", False, k.npm)
    add("pypi-api-token", "pypi", False, k.pypi)
    add("vault-service-token", "hashicorp", False, k.vault)
    add("vault-batch-token", "hashicorp", False, lambda: k.vault(True))
    add("digitalocean-pat", "digitalocean", False, lambda: k.digitalocean("p"))
    add("digitalocean-refresh-token", "digitalocean", False, lambda: k.digitalocean("r"))
    add("shopify-admin-token", "shopify", False, lambda: k.shopify("at"))
    add("shopify-custom-app-token", "shopify", False, lambda: k.shopify("ca"))
    add("shopify-app-secret", "shopify", False, lambda: k.shopify("ss"))
    add("tailscale-auth-key", "tailscale", False, lambda: k.tailscale("auth"))
    add("tailscale-api-key", "tailscale", False, lambda: k.tailscale("api"))
    add("tailscale-oauth-client-secret", "tailscale", False, lambda: k.tailscale("client"))
    add("grafana-service-account-token", "grafana", False, k.grafana)
    add("huggingface-token", "huggingface", False, k.huggingface)
    add("anthropic-api-key", "anthropic", False, k.anthropic)
    add("anthropic-admin-key", "anthropic", False, lambda: k.anthropic(True))
    add("openai-project-key", "openai", False, k.openai)
    add("google-api-key", "google", False, k.google_api)
    add("groq-api-key", "groq", False, k.groq)
    add("replicate-api-token", "replicate", False, k.replicate)
    add("sendgrid-api-key", "sendgrid", False, k.sendgrid)
    add("sentry-user-token", "sentry", False, k.sentry_user)
    add("sentry-org-token", "sentry", False, lambda: k.sentry_org("acme-sec"))
    add("postman-api-key", "postman", False, k.postman)
    add("databricks-pat", "databricks", False, k.databricks)
    add("doppler-service-token", "doppler", False, k.doppler)
    add("doppler-personal-token", "doppler", False, lambda: k.doppler("pt"))
    add("typeform-pat", "typeform", False, k.typeform)
    add("calcom-api-key", "calcom", False, k.calcom)
    add("deepl-free-api-key", "deepl", False, k.deepl)
    add("harness-pat", "harness", False, k.harness)
    add("harness-sat", "harness", False, lambda: k.harness("sat"))
    add("octopus-api-key", "octopus", False, k.octopus)
    add("samsara-api-token", "samsara", False, k.samsara)
    add("prefect-api-key", "prefect", False, k.prefect)
    add("azure-ad-client-secret", "azure", False, k.azure_client_secret)
    add("azure-storage-connection-string", "azure", False, lambda: k.azure_conn("st" + k.s(LOW + DIG, 10)))
    add("rsa-private-key", "pem", False, k.rsa_pem)
    add("pkcs8-private-key", "pem", False, k.pkcs8_pem)
    add("ec-private-key", "pem", False, k.ec_pem)
    add("openssh-private-key", "openssh", False, k.openssh_pem)
    add("putty-private-key", "putty", False, k.putty_ppk)
    add("jwt", "jwt", False, lambda: k.jwt({"sub": k.uuid4(), "iat": 1761000000, "exp": 1890000000, "scope": "api"}))
    add("postgres-url", "postgres", False, lambda: "postgresql://etl_rw:" + k.alnum_password() + "@db-prod-01.internal:5432/warehouse")
    add("mysql-url", "mysql", False, lambda: "mysql://app:" + k.alnum_password() + "@10.20.4.11:3306/pos")
    add("mongodb-url", "mongodb", False, lambda: "mongodb+srv://svc_intel:" + k.alnum_password() + "@cluster0.x7k2p.mongodb.net/intel?retryWrites=true")
    add("redis-url", "redis", False, lambda: "redis://default:" + k.alnum_password() + "@cache.internal:6379/0")
    add("amqp-url", "rabbitmq", False, lambda: "amqps://ingest:" + k.alnum_password() + "@mq.internal:5671/%2Fsoc")
    add("url-basic-auth", "generic", False, lambda: "https://deploy:" + k.alnum_password() + "@artifacts.corp.example/repository/raw/")
    add("mssql-connection-string", "mssql", False, lambda: "Server=tcp:sqlprod01,1433;Database=Ledger;User Id=ledger_app;Password=" + k.alnum_password() + ";Encrypt=True")

    # context-only: found by the name or the surroundings
    P = k.password
    names = """generic db smtp ldap-bind wazuh-api geotab ignition-gateway opcua-user kepware keepass-export
               bitwarden-export browser-export neo4j couchdb-admin clickhouse cassandra trino kiosk-admin
               printer-admin""".split()
    add("wifi" + "-psk", "generic", True, P)
    for name in (x + "-pass" + "word" for x in names):
        add(name, name.split("-")[0] if name.split("-")[0] not in ("generic", "db", "smtp", "wifi") else "generic", True, P)
    add("generic-api-key", "generic", True, lambda: k.s(ALNUM, 32))
    add("generic-secret", "generic", True, lambda: k.s(ALNUM + "-_", 40))
    add("generic-token", "generic", True, lambda: k.s(B64URL, 43))
    add("aws-secret-access-key", "aws", True, k.aws_secret)
    add("azure-storage-account-key", "azure", True, k.azure_storage_key)
    add("azure-openai-key", "azure", True, lambda: k.hexs(32))
    add("twilio-auth-token", "twilio", True, lambda: k.hexs(32))
    add("mistral-api-key", "mistral", True, lambda: k.s(ALNUM, 32))
    add("cohere-api-key", "cohere", True, lambda: k.s(ALNUM, 40))
    add("shodan-api-key", "shodan", True, lambda: k.s(ALNUM, 32))
    add("virustotal-api-key", "virustotal", True, lambda: k.hexs(64))
    add("abuseipdb-api-key", "abuseipdb", True, lambda: k.hexs(80))
    add("greynoise-api-key", "greynoise", True, lambda: k.s(ALNUM, 64))
    add("urlscan-api-key", "urlscan", True, k.uuid4)
    add("censys-api-secret", "censys", True, lambda: k.s(ALNUM, 32))
    add("misp-auth-key", "misp", True, lambda: k.s(ALNUM, 40))
    add("thehive-api-key", "thehive", True, lambda: k.s(ALNUM + "+/", 32))
    add("cortex-api-key", "cortex", True, lambda: k.s(ALNUM + "+/", 32))
    add("opencti-token", "opencti", True, k.uuid4)
    add("sumologic-access-key", "sumologic", True, lambda: k.s(ALNUM, 64))
    add("sentinel-shared-key", "azure", True, lambda: k.b64bytes(64))
    add("qradar-sec-token", "qradar", True, k.uuid4)
    add("elastic-enrollment-token", "elastic", True, lambda: b64(k.s(ALNUM, 20) + ":" + k.s(B64URL, 22)))
    add("docusign-secret-key", "docusign", True, k.uuid4)
    add("dropbox-sign-api-key", "dropboxsign", True, lambda: k.hexs(64))
    add("pandadoc-api-key", "pandadoc", True, lambda: k.hexs(40))
    add("clio-client-secret", "clio", True, lambda: k.s(ALNUM, 40))
    add("quickbooks-client-secret", "intuit", True, lambda: k.s(ALNUM, 40))
    add("xero-client-secret", "xero", True, lambda: k.s(B64URL, 48))
    add("freshbooks-client-secret", "freshbooks", True, lambda: k.hexs(64))
    add("zoho-client-secret", "zoho", True, lambda: k.hexs(42))
    add("sage-client-secret", "sage", True, lambda: k.s(ALNUM, 36))
    add("crowdin-pat", "crowdin", True, lambda: k.hexs(80))
    add("lokalise-api-token", "lokalise", True, lambda: k.hexs(40))
    add("phrase-access-token", "phrase", True, lambda: k.hexs(64))
    add("transifex-api-token", "transifex", True, lambda: "1/" + k.hexs(40))
    add("surveymonkey-access-token", "surveymonkey", True, lambda: k.s(B64URL, 60))
    add("qualtrics-api-token", "qualtrics", True, lambda: k.s(ALNUM, 40))
    add("jotform-api-key", "jotform", True, lambda: k.hexs(32))
    add("nylas-api-key", "nylas", True, lambda: k.s(ALNUM, 30))
    add("calendly-pat", "calendly", False, lambda: k.jwt({"iss": "https://auth.calendly.com", "iat": 1761000000, "jti": k.uuid4(), "user_uuid": k.uuid4()}))
    add("openweathermap-api-key", "openweathermap", True, lambda: k.hexs(32))
    add("tomorrowio-api-key", "tomorrowio", True, lambda: k.s(ALNUM, 32))
    add("toast-client-secret", "toast", True, lambda: k.s(ALNUM + "-_", 64))
    add("clover-api-token", "clover", True, k.uuid4)
    add("lightspeed-client-secret", "lightspeed", True, lambda: k.s(ALNUM, 40))
    add("doordash-signing-secret", "doordash", True, lambda: k.b64bytes(32, url=True, pad=False))
    add("influxdb-token", "influxdata", True, lambda: k.b64bytes(64, url=True))
    add("fivetran-api-secret", "fivetran", True, lambda: k.s(ALNUM, 32))
    add("hightouch-api-key", "hightouch", True, lambda: k.s(ALNUM, 40))
    add("census-api-key", "census", True, lambda: k.s(ALNUM, 36))
    add("airbyte-client-secret", "airbyte", True, lambda: k.s(ALNUM, 32))
    add("spinnaker-password", "spinnaker", True, P)
    add("argo-workflows-token", "argo", False, lambda: k.jwt({"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:argo:ci-submit"}, "RS256"))
    add("balena-api-key", "balena", True, lambda: k.s(ALNUM, 32))
    add("hawkbit-gateway-token", "hawkbit", True, lambda: k.hexs(32))
    add("mender-tenant-token", "mender", False, lambda: k.jwt({"mender.tenant": k.hexs(24), "iss": "Mender", "sub": k.hexs(24)}, "RS256"))
    add("ncbi-api-key", "ncbi", True, lambda: k.hexs(36))
    add("basespace-access-token", "illumina", True, lambda: k.hexs(32))
    add("galaxy-api-key", "galaxy", True, lambda: k.hexs(32))
    add("benchling-api-key", "benchling", True, lambda: k.s(ALNUM, 32))
    add("planning-center-secret", "planningcenter", True, lambda: k.hexs(64))
    add("blackbaud-subscription-key", "blackbaud", True, lambda: k.hexs(32))
    add("civicrm-site-key", "civicrm", True, lambda: k.s(ALNUM, 32))
    add("ckan-api-token", "ckan", False, lambda: k.jwt({"jti": k.s(B64URL, 43), "iat": 1761000000}))
    add("rails-secret-key-base", "rails", True, lambda: k.hexs(128))
    add("django-secret-key", "django", True, lambda: k.s(LOW + DIG + "!@#%^&*(-_=+)", 50))
    add("basic-auth-header", "generic", True, lambda: b64("svc_" + k.s(LOW, 5) + ":" + k.alnum_password()))
    add("filezilla-password-b64", "filezilla", True, lambda: b64(k.password()))
    add("winscp-obfuscated-password", "winscp", True, lambda: "A35C" + k.s("0123456789ABCDEF", 68))
    add("mremoteng-encrypted-password", "mremoteng", True, lambda: k.b64bytes(48))
    add("pkcs12-base64", "pkcs12", True, k.pkcs12_b64)
    add("webhook-signing-secret", "generic", True, lambda: k.hexs(64))
    add("jwt-signing-secret", "generic", True, lambda: k.s(B64URL, 64))
    add("encryption-key-hex", "generic", True, lambda: k.hexs(64))
    add("snmp-community", "generic", True, lambda: k.s(ALNUM, 16))
    add("kubeconfig-client-key", "kubernetes", True, None)
    add("totp-seed", "generic", True, lambda: k.s(UPP + "234567", 32))
    add("k8s-secret-data-b64", "kubernetes", True, lambda: b64(k.password()))
    add("jwk-private-key", "jwk", False, None)          # value given by the file
    add("gcp-service-account-key", "gcp", False, None)  # value given by the file
    return K


# ------------------------------------------------------------------ files
class File:
    def __init__(self, corpus, path, family, crlf):
        self.c, self.path, self.family, self.crlf = corpus, path, family, crlf
        self.items = []

    def l(self, *lines):
        for t in lines:
            self.items.extend(("plain", x) for x in t.split("\n"))
        return self

    def p(self, kind, tmpl, value=None, fam=None):
        """Positive: tmpl holds {v} where the secret goes; the value is drawn for the kind."""
        provider, ctx, fn = self.c.K[kind]
        if value is None:
            value = fn()
        self._put(tmpl, value, dict(kind=kind, provider=provider, context_only=ctx, positive=True,
                                    family=fam or self.family))
        return value

    def n(self, kind, tmpl, value="", fam=None):
        """Hard negative: a look-alike that is not a leaked secret."""
        self._put(tmpl, value, dict(kind=kind, provider="-", context_only=False, positive=False,
                                    family=fam or self.family))
        return value

    def _put(self, tmpl, value, lab):
        text = tmpl.replace("{v}", value)
        lines = text.split("\n")
        # the labelled line: the one holding the value's first line
        first = value.split("\n")[0] if value else None
        idx = 0
        if first:
            idx = next(i for i, x in enumerate(lines) if first in x)
        for i, x in enumerate(lines):
            if i == idx:
                self.items.append(("label", x, dict(lab, secret=value)))
            else:
                self.items.append(("plain", x))

    def write(self, root):
        labels = []
        out = []
        for n, it in enumerate(self.items, 1):
            out.append(it[1])
            if it[0] == "label":
                labels.append(dict(path=self.path, line=n, **it[2]))
        full = os.path.join(root, self.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        nl = "\r\n" if self.crlf else "\n"
        with open(full, "w", newline="") as fh:
            fh.write(nl.join(out) + nl)
        return labels


class Corpus:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.k = Keys(self.r)
        self.K = kinds(self.k)
        self.files = []
        self.repo = None

    def f(self, path, family, crlf=False):
        fl = File(self, self.repo + "/" + path, family, crlf)
        self.files.append(fl)
        return fl


def selfcheck(root, labels):
    seen = set()
    for lab in labels:
        key = (lab["path"], lab["line"])
        assert key not in seen, f"two labels on one line: {key}"
        seen.add(key)
        with open(os.path.join(root, lab["path"]), newline="") as fh:
            lines = fh.read().replace("\r\n", "\n").split("\n")
        line = lines[lab["line"] - 1]
        if lab["secret"]:
            first = lab["secret"].split("\n")[0]
            assert first in line, f"label does not hold its value: {key} {lab['kind']}"
        if lab["positive"]:
            assert lab["secret"], f"positive without value: {key}"
            assert lab["kind"] and lab["family"] and lab["provider"] != "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=20261201)
    a = ap.parse_args()
    import repos_a
    import repos_b
    import repos_c
    c = Corpus(a.seed)
    for mod in (repos_a, repos_b, repos_c):
        for name, build in mod.REPOS:
            c.repo = name
            build(c, c.k)
    import repos_d
    for name, build in repos_d.EXTRA:
        c.repo = name
        build(c, c.k)
    paths = [fl.path for fl in c.files]
    assert len(paths) == len(set(paths)), "a file written twice"
    root = os.path.join(a.corpus, "repos")
    if os.path.exists(root):
        shutil.rmtree(root)
    labels = []
    for fl in c.files:
        labels.extend(fl.write(root))
    selfcheck(root, labels)
    with open(os.path.join(a.corpus, "labels.jsonl"), "w") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, sort_keys=True) + "\n")
    with open(os.path.join(a.corpus, "meta.json"), "w") as fh:
        json.dump({"seed": a.seed, "generator": "benches/blind12/generate.py"}, fh)
    pos = [x for x in labels if x["positive"]]
    print(f"{len({x['path'].split('/')[0] for x in labels})} repos, {len(pos)} positives "
          f"({sum(x['context_only'] for x in pos)} context-only, {len({x['kind'] for x in pos})} kinds, "
          f"{len({x['family'] for x in pos})} families), {len(labels) - len(pos)} negatives", file=sys.stderr)


if __name__ == "__main__":
    main()
