"""Corpus writer for blind11: files built line by line, labels recorded as lines are added."""
import json
import os
import textwrap

# kind -> (provider, context_only). Every positive label's kind must be listed here.
KINDS = {
    # ---- vendor formats (self-identifying prefix or structure)
    "aws-access-key-id": ("aws", False), "aws-sts-access-key-id": ("aws", False),
    "gcp-service-account-key": ("gcp", False), "google-api-key": ("google", False),
    "google-oauth-client-secret": ("google", False), "azure-storage-connection-string": ("azure", False),
    "azure-ad-client-secret": ("azure", False), "openai-project-key": ("openai", False),
    "anthropic-api-key": ("anthropic", False), "huggingface-token": ("huggingface", False),
    "groq-api-key": ("groq", False), "replicate-api-token": ("replicate", False),
    "github-classic-pat": ("github", False), "github-fine-grained-pat": ("github", False),
    "github-oauth-token": ("github", False), "github-app-token": ("github", False),
    "gitlab-pat": ("gitlab", False), "npm-token": ("npm", False),
    "stripe-live-secret-key": ("stripe", False), "stripe-restricted-key": ("stripe", False),
    "stripe-webhook-secret": ("stripe", False), "slack-bot-token": ("slack", False),
    "slack-user-token": ("slack", False), "slack-app-token": ("slack", False),
    "slack-webhook-url": ("slack", False), "discord-webhook-url": ("discord", False),
    "telegram-bot-token": ("telegram", False), "twilio-api-key-sid": ("twilio", False),
    "sendgrid-api-key": ("sendgrid", False), "mailchimp-api-key": ("mailchimp", False),
    "hubspot-private-app-token": ("hubspot", False), "mollie-live-key": ("mollie", False),
    "shippo-live-token": ("shippo", False), "duffel-live-token": ("duffel", False),
    "easyship-production-token": ("easyship", False), "apify-api-token": ("apify", False),
    "mapbox-secret-token": ("mapbox", False), "doppler-service-token": ("doppler", False),
    "doppler-personal-token": ("doppler", False), "digitalocean-pat": ("digitalocean", False),
    "databricks-token": ("databricks", False), "pypi-token": ("pypi", False),
    "dockerhub-pat": ("docker", False), "newrelic-user-key": ("newrelic", False),
    "age-secret-key": ("age", False), "plaid-access-token": ("plaid", False),
    "cloudinary-url": ("cloudinary", False), "jwt": ("generic", False),
    "rsa-private-key": ("generic", False), "pkcs8-private-key": ("generic", False),
    "ec-private-key": ("generic", False), "openssh-private-key": ("generic", False),
    "putty-private-key": ("generic", False), "jwk-private-key": ("generic", False),
    "postgres-url": ("generic", False), "mysql-url": ("generic", False),
    "mongodb-url": ("generic", False), "redis-url": ("generic", False), "amqp-url": ("generic", False),
    "url-embedded-credentials": ("generic", False), "git-credentials-url": ("generic", False),
    # ---- context-only (no self-identifying format)
    "generic-password": ("generic", True), "db-password": ("generic", True),
    "smtp-password": ("generic", True), "ldap-bind-password": ("generic", True),
    "keystore-password": ("generic", True), "generic-secret": ("generic", True),
    "generic-api-key": ("generic", True), "generic-token": ("generic", True),
    "encryption-key": ("generic", True), "jwt-signing-secret": ("generic", True),
    "session-secret": ("generic", True), "webhook-signing-secret": ("generic", True),
    "hmac-key": ("generic", True), "oauth-client-secret": ("generic", True),
    "basic-auth-header": ("generic", True), "bearer-token": ("generic", True),
    "cli-password-argument": ("generic", True), "connection-string-password": ("generic", True),
    "django-secret-key": ("django", True), "laravel-app-key": ("laravel", True),
    "symfony-app-secret": ("symfony", True), "cookie-secret": ("generic", True),
    "aws-secret-access-key": ("aws", True), "twilio-auth-token": ("twilio", True),
    "twilio-api-key-secret": ("twilio", True), "vonage-api-secret": ("vonage", True),
    "plivo-auth-token": ("plivo", True), "messagebird-access-key": ("messagebird", True),
    "sinch-api-secret": ("sinch", True), "zendesk-api-token": ("zendesk", True),
    "freshdesk-api-key": ("freshdesk", True), "intercom-access-token": ("intercom", True),
    "pipedrive-api-token": ("pipedrive", True), "segment-write-key": ("segment", True),
    "braze-rest-api-key": ("braze", True), "klaviyo-private-key": ("klaviyo", True),
    "iterable-api-key": ("iterable", True), "adyen-api-key": ("adyen", True),
    "adyen-hmac-key": ("adyen", True), "braintree-private-key": ("braintree", True),
    "paypal-client-secret": ("paypal", True), "razorpay-key-secret": ("razorpay", True),
    "square-webhook-signature-key": ("square", True), "plaid-secret": ("plaid", True),
    "teller-signing-secret": ("teller", True), "here-api-key": ("here", True),
    "tomtom-api-key": ("tomtom", True), "amadeus-client-secret": ("amadeus", True),
    "sabre-client-secret": ("sabre", True), "shipengine-api-key": ("shipengine", True),
    "aftership-api-key": ("aftership", True), "bamboohr-api-key": ("bamboohr", True),
    "workday-client-secret": ("workday", True), "gusto-client-secret": ("gusto", True),
    "deel-api-token": ("deel", True), "browserless-token": ("browserless", True),
    "scrapingbee-api-key": ("scrapingbee", True), "mux-token-secret": ("mux", True),
    "imgix-secure-token": ("imgix", True), "cloudinary-api-secret": ("cloudinary", True),
    "zoom-client-secret": ("zoom", True), "agora-app-certificate": ("agora", True),
    "daily-api-key": ("daily", True), "livekit-api-secret": ("livekit", True),
    "jitsi-app-secret": ("jitsi", True), "playfab-secret-key": ("playfab", True),
    "steam-web-api-key": ("steam", True), "nakama-server-key": ("nakama", True),
    "blackboard-app-secret": ("blackboard", True), "d2l-app-key": ("d2l", True),
    "lti-shared-secret": ("generic", True), "mistral-api-key": ("mistral", True),
    "cohere-api-key": ("cohere", True), "datadog-api-key": ("datadog", True),
    "azure-storage-account-key": ("azure", True), "cloudflare-api-token": ("cloudflare", True),
    "docker-config-auth": ("docker", True), "npm-auth-basic": ("npm", True),
    "rclone-obscured-password": ("rclone", True), "jupyterhub-cookie-secret": ("jupyterhub", True),
    "jupyterhub-api-token": ("jupyterhub", True), "rsconnect-token-secret": ("posit", True),
    "registry-password": ("windows", True), "pkcs12-base64": ("generic", True),
    "k8s-secret-data": ("kubernetes", True), "wallet-mnemonic": ("generic", True),
}


class Corpus:
    def __init__(self, out):
        self.out = out
        self.repos = os.path.join(out, "repos")
        self.labels = []
        self.files = {}

    def file(self, repo, path, family, crlf=False):
        f = File(self, repo + "/" + path, family, crlf)
        assert f.path not in self.files, f.path
        self.files[f.path] = f
        return f

    def write(self):
        for path, f in sorted(self.files.items()):
            full = os.path.join(self.repos, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            nl = "\r\n" if f.crlf else "\n"
            with open(full, "w", newline="") as fh:
                fh.write(nl.join(f.lines) + nl)
            self.labels.extend(f.labels)
        self.check()
        with open(os.path.join(self.out, "labels.jsonl"), "w") as fh:
            for lab in self.labels:
                fh.write(json.dumps(lab, sort_keys=True) + "\n")

    def check(self):
        """Self-check: every label's line really holds the labelled value; one label per line."""
        seen = set()
        for lab in self.labels:
            key = (lab["path"], lab["line"])
            assert key not in seen, ("two labels on one line", key)
            seen.add(key)
            with open(os.path.join(self.repos, lab["path"]), newline="") as fh:
                text = fh.read()
            lines = text.split("\r\n" if "\r\n" in text else "\n")
            line = lines[lab["line"] - 1]
            first = lab["secret"].split("\n")[0]
            assert first and first in line, ("label value not on its line", lab["path"], lab["line"], lab["kind"])
            if lab["positive"]:
                assert lab["kind"] in KINDS, lab["kind"]


class File:
    def __init__(self, corpus, path, family, crlf):
        self.c, self.path, self.family, self.crlf = corpus, path, family, crlf
        self.lines, self.labels = [], []

    def t(self, block=""):
        """Plain (unlabelled) text; a leading newline and common indentation are removed."""
        if block.startswith("\n"):
            block = textwrap.dedent(block)[1:]
        if block.endswith("\n"):
            block = block[:-1]
        self.lines.extend(block.split("\n"))
        return self

    def _label(self, line, value, kind, positive, family):
        assert "{v}" in line or value in line, line
        text = line.replace("{v}", value) if "{v}" in line else line
        parts = text.split("\n")
        vline = next(i for i, p in enumerate(parts) if value.split("\n")[0] in p)
        n0 = len(self.lines)
        self.lines.extend(parts)
        lab = {"path": self.path, "line": n0 + vline + 1, "kind": kind, "family": family or self.family,
               "positive": positive, "secret": value}
        if positive:
            prov, ctx = KINDS[kind]
            lab.update(provider=prov, context_only=ctx)
        else:
            lab.update(provider="-", context_only=False)
        self.labels.append(lab)
        return self

    def p(self, line, value, kind, family=None):
        """Positive: `line` holds {v}; it may span lines (the value's line is labelled)."""
        return self._label(line, value, kind, True, family)

    def n(self, line, value, kind, family=None):
        """Hard negative: a look-alike that is not a live secret."""
        return self._label(line, value, kind, False, family)

    def block(self, lines, kind, family=None, positive=True, label_index=0):
        """Multi-line value (PEM, PuTTY): the label goes on lines[label_index]."""
        n0 = len(self.lines)
        self.lines.extend(lines)
        lab = {"path": self.path, "line": n0 + label_index + 1, "kind": kind, "family": family or self.family,
               "positive": positive, "secret": "\n".join(lines[label_index:])}
        if positive:
            prov, ctx = KINDS[kind]
            lab.update(provider=prov, context_only=ctx)
        else:
            lab.update(provider="-", context_only=False)
        self.labels.append(lab)
        return self
