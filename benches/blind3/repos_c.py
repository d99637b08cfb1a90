"""Repositories 21-31: integrations hub, Home Assistant, Discord/Minecraft bot, fintech backend, Shopify
app, Jekyll/LaTeX blog, API collections, ops toolbox, monitoring stack, React Native app, polyglot SDK
samples."""
from negdeck import render
from repos_a import notebook


def build(c):
    integrations(c)
    homeassistant(c)
    discord_bot(c)
    fintech(c)
    shopify(c)
    blog(c)
    collections_(c)
    toolbox(c)
    monitoring(c)
    react_native(c)
    polyglot(c)
    extras(c)


def integrations(c):
    r = "integrations-hub/"
    c.add(r + "connectors/registry.py", "code-python", """
        \"\"\"Connector credentials for the sync workers (moved to Vault in Q3, these are the fallbacks).\"\"\"

        CONNECTORS = {
            "notion": {"token": "\u00abP:notion-token\u00bb", "version": "2022-06-28"},
            "linear": {"api_key": "\u00abP:linear-api-key\u00bb"},
            "airtable": {"pat": "\u00abP:airtable-pat\u00bb", "base": "appX1y2Z3w4V5u6T7"},
            "figma": {"token": "\u00abP:figma-token\u00bb"},
            "asana": {"pat": "\u00abP:asana-pat\u00bb"},
            "zendesk": {"subdomain": "lantern", "email": "ops@lantern.io/token", "token": "\u00abP:zendesk-api-token\u00bb"},
            "intercom": {"token": "\u00abP:intercom-token\u00bb"},
            "segment": {"write_key": "\u00abN:public-client-key=segkey\u00bb"},  # write keys ship in clients
            "mixpanel": {"project": 3190442, "secret": "\u00abP:mixpanel-api-secret\u00bb"},
            "jira": {"email": "bot@lantern.io", "token": "\u00abP:atlassian-api-token\u00bb"},
            "postman": {"api_key": "\u00abP:postman-api-key\u00bb"},
            "hubspot": {"token": "\u00abN:secret-manager-reference:vault:kv/connectors/hubspot#token\u00bb"},
            "gitlab": {"token": "\u00abP:gitlab-pat\u00bb", "url": "https://gitlab.lantern.io"},
            "bitbucket": {"user": "lantern-bot", "app_password": "\u00abP:bitbucket-app-password\u00bb"},
            "okta": {"org": "https://lantern.okta.com", "token": "\u00abP:okta-api-token\u00bb"},
            "auth0": {"domain": "lantern.eu.auth0.com", "client_id": "Xb7kLm2Qp9RsT4uV", "client_secret": "\u00abP:auth0-client-secret\u00bb"},
        }
        """)
    c.add(r + "connectors/webhooks.yaml", "yaml-config", """
        outbound:
          - name: sales-alerts
            url: \u00abP:slack-webhook\u00bb
          - name: eng-deploys
            url: \u00abP:discord-webhook\u00bb
          - name: zap-new-lead
            url: \u00abP:zapier-webhook\u00bb
          - name: teams-ops
            url: \u00abP:teams-webhook\u00bb
          - name: example
            url: https://hooks.slack.com/services/\u00abN:placeholder:T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\u00bb
        inbound:
          github:
            secret: \u00abP:webhook-secret\u00bb
          stripe:
            secret: \u00abN:env-reference:${STRIPE_WEBHOOK_SECRET}\u00bb
        """)
    c.add(r + "connectors/messaging.rb", "code-ruby", """
        require "twilio-ruby"
        require "vonage"

        module Connectors
          module Messaging
            TWILIO_KEY_SID = "\u00abP:twilio-api-key\u00bb"
            TWILIO = Twilio::REST::Client.new(TWILIO_KEY_SID,
                                              "\u00abP:api-secret\u00bb".dup)
            VONAGE = Vonage::Client.new(api_key: "a1b2c3d4", api_secret: "\u00abP:vonage-api-secret\u00bb")
            MESSAGEBIRD_KEY = "\u00abP:messagebird-key\u00bb"
            ABLY_KEY = '\u00abP:ably-api-key\u00bb'
            TELEGRAM = "\u00abP:telegram-bot-token\u00bb"
            PUSHOVER_TOKEN = ENV.fetch("PUSHOVER_TOKEN") { "\u00abN:placeholder:dummy\u00bb" }
          end
        end
        """)
    c.add(r + "connectors/email.go", "code-go", """
        package connectors

        import (
        \t"net/smtp"
        \t"os"
        )

        const (
        \tmailgunDomain = "mg.lantern.io"
        \tmailgunKey    = "\u00abP:mailgun-api-key\u00bb"
        \tsendgridKey   = "\u00abP:sendgrid-api-key\u00bb"
        )

        var postmarkToken = os.Getenv("POSTMARK_TOKEN")

        func smtpAuth() smtp.Auth {
        \treturn smtp.PlainAuth("", "apikey", "\u00abP:smtp-password\u00bb", "smtp.sendgrid.net")
        }
        """)
    c.add(r + ".env.example", "dotenv", render("dotenv", 0, 22, "# copy to .env and fill in"))
    c.add(r + "docs/configuration.md", "markdown", render("markdown", 22, 24, "# Configuration reference\n\nAll settings are read from the environment.\n"))


def homeassistant(c):
    r = "homeassistant-config/"
    c.add(r + "secrets.yaml", "yaml-config", """
        # Use this file to store secrets like usernames and passwords.
        latitude: 52.3702
        longitude: 4.8952
        mqtt_password: \u00abP:mqtt-password\u00bb
        wifi_password: "\u00abP:wifi-psk\u00bb"
        openweathermap_key: \u00abP:api-key\u00bb
        unifi_password: '\u00abP:password\u00bb'
        spotify_client_secret: \u00abP:client-secret\u00bb
        telegram_bot_token: \u00abP:telegram-bot-token\u00bb
        nest_client_secret: \u00abP:google-oauth-client-secret\u00bb
        influx_token: \u00abP:access-token\u00bb
        ha_long_lived: \u00abP:homeassistant-token\u00bb
        tibber_token: \u00abP:access-token\u00bb
        """)
    c.add(r + "configuration.yaml", "yaml-config", """
        homeassistant:
          name: Home
          latitude: !secret latitude
          longitude: !secret longitude
          unit_system: metric

        mqtt:
          broker: 192.168.1.20
          username: homeassistant
          password: \u00abN:secret-file-reference:!secret mqtt_password\u00bb

        telegram_bot:
          - platform: polling
            api_key: !secret telegram_bot_token
            allowed_chat_ids: [123456789]

        influxdb:
          api_version: 2
          host: 192.168.1.21
          token: \u00abN:secret-file-reference:!secret influx_token\u00bb
          organization: home
          bucket: ha

        rest_command:
          doorbell_snapshot:
            url: "http://192.168.1.30/cgi-bin/snapshot.cgi"
            username: admin
            password: "\u00abP:password\u00bb"
        """)
    c.add(r + "esphome/garage.yaml", "yaml-config", """
        esphome:
          name: garage
        esp32:
          board: esp32dev
        wifi:
          ssid: "Lantern-IoT"
          password: "\u00abP:wifi-psk\u00bb"
          ap:
            password: "\u00abP:password\u00bb"
        api:
          encryption:
            key: "\u00abP:encryption-key\u00bb"
        ota:
          - platform: esphome
            password: !secret ota_password
        """)
    c.add(r + "appdaemon/apps/energy.py", "code-python", """
        import appdaemon.plugins.hass.hassapi as hass

        TIBBER_URL = "https://api.tibber.com/v1-beta/gql"
        HEADERS = {"Authorization": "Bearer \u00abP:access-token\u00bb"}


        class Energy(hass.Hass):
            def initialize(self):
                self.token = self.args["tibber_token"]
                self.run_hourly(self.fetch, None)
        """)
    c.add(r + "home-assistant.log", "log", """
        2025-02-11 08:14:02.113 INFO (MainThread) [homeassistant.setup] Setting up mqtt
        2025-02-11 08:14:02.640 WARNING (MainThread) [homeassistant.components.http] Login attempt failed from 192.168.1.54
        2025-02-11 08:14:05.001 ERROR (MainThread) [custom_components.tibber] request failed: headers={'Authorization': 'Bearer \u00abP:access-token\u00bb'}
        2025-02-11 08:14:05.220 INFO (MainThread) [homeassistant.core] Starting Home Assistant
        """)


def discord_bot(c):
    r = "minecraft-discord-bot/"
    c.add(r + "config.json", "json", """
        {
          "prefix": "!",
          "token": "\u00abP:discord-bot-token\u00bb",
          "clientId": "1187263545123451234",
          "guildId": "998877665544332211",
          "rcon": { "host": "mc.lantern.gg", "port": 25575, "password": "\u00abP:rcon-password\u00bb" },
          "openaiKey": "\u00abP:openai-project-key\u00bb",
          "statusWebhook": "\u00abP:discord-webhook\u00bb"
        }
        """)
    c.add(r + "config.example.json", "json", """
        {
          "prefix": "!",
          "token": "\u00abN:placeholder:YOUR_BOT_TOKEN_HERE\u00bb",
          "rcon": { "host": "localhost", "port": 25575, "password": "\u00abN:placeholder:minecraft\u00bb" },
          "openaiKey": "\u00abN:vendor-shaped-placeholder=openai_placeholder\u00bb"
        }
        """)
    c.add(r + "server/server.properties", "properties", """
        #Minecraft server properties
        enable-rcon=true
        rcon.port=25575
        rcon.password=\u00abP:rcon-password\u00bb
        motd=Lantern SMP
        max-players=40
        level-seed=-4172144997902289642
        resource-pack-sha1=\u00abN:checksum=gsha\u00bb
        """)
    c.add(r + "server/plugins/LuckPerms/config.yml", "yaml-config", """
        server: survival
        storage-method: MySQL
        data:
          address: db.lantern.gg:3306
          database: luckperms
          username: luckperms
          password: '\u00abP:db-password\u00bb'
        messaging-service: redis
        redis:
          enabled: true
          address: redis.lantern.gg
          password: '\u00abP:password\u00bb'
        """)
    c.add(r + "server/plugins/DiscordSRV/config.yml", "yaml-config", """
        BotToken: "\u00abP:discord-bot-token\u00bb"
        Channels: {"global": "1187263545123451299"}
        DiscordConsoleChannelId: "1187263545123451300"
        Experiment_WebhookChatMessageDelivery: true
        """)
    c.add(r + "src/commands/stats.ts", "code-ts", """
        import { SlashCommandBuilder } from "discord.js";

        const HYPIXEL_GUILD_ID = "\u00abN:public-identifier=uuidv\u00bb";
        const CURSEFORGE_API_KEY = "$2a$10$\u00abP:api-key\u00bb";
        const riot = "\u00abP:riot-api-key\u00bb";

        export const data = new SlashCommandBuilder().setName("stats").setDescription("Player stats");
        """)
    c.add(r + "docker-compose.yml", "yaml-compose", """
        services:
          bot:
            build: .
            environment:
              DISCORD_TOKEN: \u00abP:discord-bot-token\u00bb
              NODE_ENV: production
          mc:
            image: itzg/minecraft-server
            environment:
              EULA: "TRUE"
              RCON_PASSWORD: "\u00abP:rcon-password\u00bb"
              CF_API_KEY: \u00abN:env-reference:${CF_API_KEY}\u00bb
            ports: ["25565:25565"]
        """)


def fintech(c):
    r = "ledger-fintech/"
    c.add(r + "app/settings/production.py", "code-python", """
        from .base import *  # noqa

        DEBUG = False
        PLAID_CLIENT_ID = "5f2b8c3a9e1d4a0012345678"
        PLAID_SECRET = "\u00abP:plaid-secret\u00bb"
        PLAID_ENV = "production"
        STRIPE_API_KEY = "\u00abP:stripe-secret-key\u00bb"
        STRIPE_WEBHOOK_SECRET = "\u00abP:stripe-webhook-secret\u00bb"
        ADYEN_API_KEY = "\u00abP:adyen-api-key\u00bb"
        ADYEN_HMAC_KEY = "\u00abP:adyen-hmac-key\u00bb"
        ADYEN_MERCHANT_ACCOUNT = "LanternECOM"
        WISE_API_TOKEN = "\u00abP:wise-api-token\u00bb"
        DWOLLA_SECRET = "\u00abP:dwolla-secret\u00bb"
        MOLLIE_KEY = "\u00abP:mollie-api-key\u00bb"
        FIELD_ENCRYPTION_KEY = "\u00abP:fernet-key\u00bb"
        SECRET_KEY = env("DJANGO_SECRET_KEY")
        """)
    c.add(r + "app/payments/providers.py", "code-python", """
        import braintree
        import squareup

        gateway = braintree.BraintreeGateway(access_token="\u00abP:braintree-access-token\u00bb")
        square = squareup.Client(access_token="\u00abP:square-access-token\u00bb", environment="production")
        SQUARE_APP_SECRET = "\u00abP:square-app-secret\u00bb"
        PAYSTACK_SECRET = "\u00abP:paystack-secret-key\u00bb"
        FLUTTERWAVE_SECRET = "\u00abP:flutterwave-secret-key\u00bb"
        PLAID_ACCESS_TOKEN = "\u00abP:plaid-access-token\u00bb"  # treasury account, long-lived
        STRIPE_TEST = "\u00abN:vendor-example-key=stripe_doc_test\u00bb"
        """)
    c.add(r + "app/payments/tests/test_webhooks.py", "code-python", """
        import pytest

        WEBHOOK_SECRET = "\u00abN:test-fixture:whsec_test_secret\u00bb"
        FAKE_KEY = "\u00abN:test-fixture=fake_fixture_key\u00bb"
        PLAID_SANDBOX_SECRET = "\u00abN:test-fixture:sandbox-secret-placeholder\u00bb"


        @pytest.fixture
        def signed_payload():
            return {"id": "evt_123", "type": "charge.succeeded"}
        """)
    c.add(r + "keys/jwt-signing.jwk.json", "json", """
        {
          "keys": [
            \u00abP:jwk-private-key\u00bb
          ]
        }
        """)
    c.add(r + "keys/jwks-public.json", "json", """
        {"keys": [{"kty": "RSA", "use": "sig", "kid": "2025-01", "alg": "RS256", "e": "AQAB", "n": "\u00abN:public-key=jwk_n\u00bb"}]}
        """)
    c.add(r + "keys/mtls-client.key", "pem-file", """
        \u00abP:private-key-ec\u00bb
        """)
    c.add(r + "keys/mtls-client.crt", "pem-file", """
        \u00abN:certificate=cert_pem\u00bb
        """)
    c.add(r + "keys/bank-sftp.ppk", "pem-file", """
        \u00abP:private-key-putty\u00bb
        """)
    c.add(r + "keys/README.md", "markdown", """
        # keys

        * `jwt-signing.jwk.json` - signing key for partner API tokens (TODO: move to KMS)
        * `jwks-public.json` - published at `/.well-known/jwks.json`
        * `bank-sftp.ppk` - PuTTY key for the bank's SFTP drop
        * `partner.pem` public key: see below

        ```
        \u00abN:public-key=pubkey_pem\u00bb
        ```
        """)
    c.add(r + "deploy/k8s/secret.yaml", "yaml-k8s", """
        apiVersion: v1
        kind: Secret
        metadata:
          name: ledger-secrets
          namespace: ledger
        type: Opaque
        data:
          DATABASE_PASSWORD: \u00abP:k8s-secret-data\u00bb
          STRIPE_API_KEY: \u00abP:k8s-secret-data\u00bb
        stringData:
          PLAID_SECRET: "\u00abP:plaid-secret\u00bb"
        """)
    c.add(r + "deploy/k8s/sealed.yaml", "yaml-k8s", """
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata:
          name: ledger-secrets
          namespace: ledger
        spec:
          encryptedData:
            DATABASE_PASSWORD: \u00abN:encrypted-value=sealed\u00bb
            STRIPE_API_KEY: \u00abN:encrypted-value=sealed\u00bb
        """)
    c.add(r + "deploy/k8s/deployment.yaml", "yaml-k8s", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: ledger-api
        spec:
          replicas: 3
          template:
            spec:
              containers:
                - name: api
                  image: ghcr.io/lantern/ledger-api@\u00abN:checksum=digest\u00bb
                  env:
                    - name: DATABASE_URL
                      value: "\u00abP:postgres-url\u00bb"
                    - name: STRIPE_API_KEY
                      valueFrom:
                        secretKeyRef: {name: ledger-secrets, key: STRIPE_API_KEY}
                    - name: ADYEN_HMAC_KEY
                      value: \u00abP:adyen-hmac-key\u00bb
                    - name: JWT_ALGORITHM
                      value: \u00abN:harmless-setting:ES256\u00bb
        """)
    c.add(r + "deploy/helm/values.yaml", "yaml-helm", render("helm", 5, 14, "config:"))
    c.add(r + "deploy/helm/templates/configmap.yaml", "yaml-helm", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ include "ledger.fullname" . }}
        data:
          PLAID_ENV: {{ .Values.plaid.env | quote }}
          PLAID_SECRET: \u00abN:template-reference:{{ .Values.plaid.secret | quote }}\u00bb
          DB_PASSWORD: \u00abN:template-reference:{{ required "db password" .Values.db.password }}\u00bb
        """)
    c.add(r + "deploy/helm/values-prod.yaml", "yaml-helm", """
        replicaCount: 4
        plaid:
          env: production
          secret: \u00abP:plaid-secret\u00bb
        db:
          host: ledger-db.prod.internal
          password: "\u00abP:db-password\u00bb"
        """)
    c.add(r + "sql/seed_partners.sql", "sql", """
        INSERT INTO partners (id, name, api_key_hash, webhook_secret) VALUES
          (1, 'Acme Bank', '\u00abN:hash-named-secret=sha256\u00bb', NULL),
          (2, 'Globex Pay',
           '\u00abN:hash-named-secret=sha256\u00bb',
           '\u00abP:webhook-secret\u00bb');
        CREATE USER ledger_ro WITH PASSWORD '\u00abP:db-password\u00bb';
        """)


def shopify(c):
    r = "shopify-bundles-app/"
    c.add(r + "shopify.app.toml", "toml", """
        client_id = "\u00abN:public-identifier=lorem_hex\u00bb"
        name = "Bundles & Upsells"
        application_url = "https://bundles.lantern.app"
        embedded = true

        [access_scopes]
        scopes = "read_products,write_products,read_orders"

        [webhooks]
        api_version = "2024-07"
        """)
    c.add(r + ".env", "dotenv", """
        SHOPIFY_API_KEY=\u00abN:public-identifier=lorem_hex\u00bb
        SHOPIFY_API_SECRET=\u00abP:shopify-shared-secret\u00bb
        SHOPIFY_APP_URL=https://bundles.lantern.app
        SCOPES=read_products,write_products,read_orders
        DATABASE_URL=\u00abP:mysql-url\u00bb
        KLAVIYO_PRIVATE_KEY=\u00abP:klaviyo-private-key\u00bb
        SHIPPO_TOKEN=\u00abP:shippo-token\u00bb
        EASYPOST_API_KEY=\u00abP:easypost-key\u00bb
        """)
    c.add(r + "app/shopify.server.ts", "code-ts", """
        import { shopifyApp } from "@shopify/shopify-app-remix/server";

        const shopify = shopifyApp({
          apiKey: process.env.SHOPIFY_API_KEY,
          apiSecretKey: process.env.SHOPIFY_API_SECRET || "\u00abP:shopify-api-secret-legacy\u00bb",
          scopes: process.env.SCOPES?.split(","),
          appUrl: process.env.SHOPIFY_APP_URL || "",
        });

        // private app on the flagship store, used by the nightly sync
        export const FLAGSHIP_ADMIN_TOKEN = "\u00abP:shopify-access-token\u00bb";
        export const CUSTOM_APP_TOKEN = "\u00abP:shopify-custom-app-token\u00bb";
        export default shopify;
        """)
    c.add(r + "scripts/woocommerce_import.php", "code-php", """
        <?php
        require __DIR__ . '/vendor/autoload.php';
        use Automattic\\WooCommerce\\Client;

        $woo = new Client(
            'https://legacy-shop.lantern.io',
            'ck_\u00abU:lorem_hex\u00bb',
            '\u00abP:woocommerce-consumer-secret\u00bb',
            ['version' => 'wc/v3']
        );
        $bigcommerceToken = '\u00abP:bigcommerce-token\u00bb';
        $dbPass = \u00abN:env-reference:getenv('LEGACY_DB_PASSWORD')\u00bb;
        $pdo = new PDO('mysql:host=127.0.0.1;dbname=legacy', 'legacy', '\u00abP:db-password\u00bb');
        """)
    c.add(r + "extensions/theme-block/assets/bundle.js", "code-js", """
        (function () {
          var STOREFRONT_TOKEN = "\u00abN:public-client-key=lorem_hex\u00bb"; // storefront API, public by design
          var GA = "\u00abN:public-identifier=ga_id\u00bb";
          document.querySelectorAll("[data-bundle]").forEach(function (el) {
            el.addEventListener("click", function () { window.location = "/cart"; });
          });
        })();
        """)


def blog(c):
    r = "jekyll-blog/"
    c.add(r + "_config.yml", "yaml-config", """
        title: Lantern Engineering
        url: https://engineering.lantern.io
        plugins: [jekyll-feed, jekyll-algolia]
        google_analytics: \u00abN:public-identifier=ga_id\u00bb
        algolia:
          application_id: H8K2LQ9ZTB
          index_name: posts
          search_only_api_key: \u00abN:public-client-key=algolia_search\u00bb
          admin_api_key: \u00abP:algolia-admin-key\u00bb
        comments:
          provider: giscus
          repo_id: R_kgDOH1a2b3
        """)
    c.add(r + "_posts/2024-03-02-rotating-secrets.md", "markdown", """
        ---
        layout: post
        title: "How we rotate secrets"
        ---

        Our API keys look like `\u00abN:placeholder:lnt_live_<32 random characters>\u00bb`. A leaked one is revoked
        within minutes. For example, never do this:

        ```python
        client = Client(api_key="\u00abN:placeholder:lnt_live_REDACTED\u00bb")
        ```

        The GitHub docs show tokens such as `\u00abN:vendor-example-key=ghp_doc\u00bb`, which is not a real token.
        AWS uses `\u00abN:vendor-example-key=aws_ex_id\u00bb` in its documentation.
        """)
    c.add(r + "_posts/2024-05-10-debugging-webhooks.md", "markdown", """
        ---
        layout: post
        title: "Debugging webhooks with curl"
        ---

        I reproduced the failure from my laptop:

        ```
        $ curl -X POST https://api.lantern.io/v1/hooks/test \\
            -H "Authorization: Bearer \u00abP:bearer-token\u00bb" \\
            -d '{"event":"ping"}'
        ```

        (That token was revoked right after the post went up... or was it.)
        """)
    c.add(r + "deploy.sh", "shell-script", """
        #!/usr/bin/env bash
        set -e
        bundle exec jekyll build
        ALGOLIA_API_KEY=\u00abP:algolia-admin-key\u00bb bundle exec jekyll algolia
        aws s3 sync _site/ s3://engineering.lantern.io --delete
        aws cloudfront create-invalidation --distribution-id E2ABCDEF123456 --paths "/*"
        curl -X POST "https://api.cloudflare.com/client/v4/zones/\u00abN:public-identifier=lorem_hex\u00bb/purge_cache" \\
          -H "X-Auth-Key: \u00abP:api-key\u00bb" -H "X-Auth-Email: web@lantern.io" --data '{"purge_everything":true}'
        """)
    c.add(r + "talks/secrets-talk/slides.tex", "latex", """
        \\documentclass{beamer}
        \\begin{document}
        \\begin{frame}[fragile]{Leaked keys in the wild}
        \\begin{verbatim}
        export AWS_ACCESS_KEY_ID=\u00abN:vendor-example-key=aws_ex_id\u00bb
        export AWS_SECRET_ACCESS_KEY=\u00abN:vendor-example-key=aws_ex_secret\u00bb
        \\end{verbatim}
        \\end{frame}
        \\begin{frame}{Demo account}
        Password for the demo tenant: \\texttt{\u00abP:password\u00bb}
        \\end{frame}
        \\end{document}
        """)
    c.add(r + "docs/ops.rst", "rst", """
        Operations
        ==========

        .. code-block:: ini

           [deploy]
           host = blog-origin.lantern.io
           user = deploy
           password = \u00abP:password\u00bb

        ============  ==========================
        Setting       Value
        ============  ==========================
        api_token     \u00abN:placeholder:<token from 1Password>\u00bb
        timeout       30
        ============  ==========================
        """)


def collections_(c):
    r = "api-collections/"
    c.add(r + "postman/Lantern API.postman_collection.json", "postman", """
        {
          "info": { "name": "Lantern API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
          "auth": {
            "type": "bearer",
            "bearer": [{ "key": "token", "value": "\u00abP:bearer-token\u00bb", "type": "string" }]
          },
          "item": [
            {
              "name": "List invoices",
              "request": {
                "method": "GET",
                "header": [
                  { "key": "X-Api-Key", "value": "\u00abP:api-key\u00bb" },
                  { "key": "Accept", "value": "application/json" }
                ],
                "url": { "raw": "{{baseUrl}}/v1/invoices?access_token=\u00abP:access-token\u00bb", "host": ["{{baseUrl}}"] }
              }
            },
            {
              "name": "Partner login",
              "request": {
                "method": "POST",
                "auth": { "type": "basic", "basic": [
                  { "key": "username", "value": "partner-acme" },
                  { "key": "password", "value": "\u00abP:password\u00bb" }
                ] },
                "url": "{{baseUrl}}/v1/partner/session"
              }
            },
            {
              "name": "Refresh",
              "request": { "method": "POST", "header": [{ "key": "Authorization", "value": "\u00abN:template-reference:Bearer {{refresh_token}}\u00bb" }],
                           "url": "{{baseUrl}}/v1/refresh" }
            }
          ]
        }
        """)
    c.add(r + "postman/prod.postman_environment.json", "postman", """
        {
          "name": "prod",
          "values": [
            { "key": "baseUrl", "value": "https://api.lantern.io", "enabled": true },
            { "key": "client_secret", "value": "\u00abP:client-secret\u00bb", "type": "secret", "enabled": true },
            { "key": "refresh_token", "value": "\u00abP:jwt\u00bb", "type": "secret", "enabled": true },
            { "key": "stripe_key", "value": "\u00abP:stripe-restricted-key\u00bb", "enabled": true },
            { "key": "sandbox_password", "value": "\u00abN:placeholder:{{vault:sandbox-password}}\u00bb", "enabled": true }
          ]
        }
        """)
    c.add(r + "insomnia/export.yaml", "yaml-config", """
        type: collection.insomnia.rest/5.0
        name: Lantern internal
        collection:
          - name: Get metrics
            method: GET
            url: https://metrics.lantern.internal/api/v1/query
            headers:
              - name: Authorization
                value: \u00abP:basic-auth-header\u00bb
          - name: Datadog events
            url: https://api.datadoghq.eu/api/v1/events
            headers:
              - name: DD-API-KEY
                value: \u00abP:datadog-api-key\u00bb
              - name: DD-APPLICATION-KEY
                value: \u00abP:datadog-app-key\u00bb
        environments:
          data:
            base_url: https://api.lantern.io
            token: "{% response 'body', 'req_1', 'b64::JC5hY2Nlc3NfdG9rZW4=::46b', 'never', 60 %}"
            api_key: \u00abP:api-key\u00bb
        """)
    c.add(r + "http/orders.http", "http-file", """
        ### list orders
        GET https://api.lantern.io/v1/orders
        Authorization: Bearer \u00abP:jwt\u00bb

        ### create refund
        POST https://api.lantern.io/v1/refunds
        Content-Type: application/json
        X-API-Key: {{apiKey}}

        {"order": "ord_123", "amount": 1200}

        ### admin basic auth
        GET https://admin.lantern.io/health
        Authorization: \u00abP:basic-auth-header\u00bb
        """)
    c.add(r + "http/http-client.env.json", "json", """
        {
          "dev": { "apiKey": "\u00abN:placeholder:dev-key\u00bb" },
          "prod": { "apiKey": "\u00abP:api-key\u00bb" }
        }
        """)
    c.add(r + "httpie/requests.sh", "shell-script", """
        #!/bin/sh
        http POST https://api.lantern.io/v1/login email=qa@lantern.io password=\u00abP:password\u00bb
        http -a admin:\u00abP:cli-password\u00bb GET https://admin.lantern.io/api/users
        http GET https://api.lantern.io/v1/me "Authorization:Bearer $TOKEN"
        http GET "https://api.openweathermap.org/data/2.5/weather?q=Amsterdam&appid=\u00abP:api-key\u00bb"
        """)


def toolbox(c):
    r = "ops-toolbox/"
    c.add(r + "history/root.bash_history", "shell-history", """
        ls -la /etc/pgbouncer
        vim /etc/pgbouncer/userlist.txt
        systemctl restart pgbouncer
        psql "\u00abP:postgres-url\u00bb" -c 'select count(*) from invoices'
        export VAULT_TOKEN=\u00abP:vault-token\u00bb
        vault kv get secret/billing
        redis-cli -h cache01 -a '\u00abP:cli-password\u00bb' info replication
        mongosh "\u00abP:mongodb-url\u00bb"
        openssl rand -hex 32
        htop
        kubectl -n billing create secret generic stripe --from-literal=key=\u00abP:stripe-secret-key\u00bb
        aws configure set aws_secret_access_key \u00abP:aws-secret-access-key\u00bb
        docker login registry.lantern.io -u ci -p \u00abP:cli-password\u00bb
        gh auth login --with-token <<< \u00abP:github-oauth-token\u00bb
        export TF_TOKEN_app_terraform_io=\u00abP:terraform-cloud-token\u00bb
        history | grep ssh
        """)
    c.add(r + "history/deploy.zsh_history", "shell-history", """
        : 1718000001:0;cd ~/src/billing
        : 1718000010:0;git pull
        : 1718000042:0;export DOPPLER_TOKEN=\u00abP:doppler-token\u00bb
        : 1718000077:0;doppler run -- make deploy
        : 1718000102:0;ssh -i ~/.ssh/id_ed25519 deploy@bastion.lantern.io
        : 1718000140:0;curl -H "PRIVATE-TOKEN: \u00abP:gitlab-pat\u00bb" https://gitlab.lantern.io/api/v4/projects
        : 1718000190:0;curl -X POST -F token=\u00abP:gitlab-trigger-token\u00bb -F ref=main https://gitlab.lantern.io/api/v4/projects/42/trigger/pipeline
        : 1718000222:0;sshpass -p '\u00abP:cli-password\u00bb' ssh admin@10.0.9.9
        : 1718000300:0;export OP_SERVICE_ACCOUNT_TOKEN=\u00abP:onepassword-service-token\u00bb
        """)
    c.add(r + "home/.netrc", "credential-file", """
        machine api.heroku.com
          login ops@lantern.io
          password \u00abP:access-token\u00bb
        machine git.lantern.io login deploy password \u00abP:password\u00bb
        """)
    c.add(r + "home/.pgpass", "credential-file", """
        # hostname:port:database:username:password
        10.0.3.5:5432:billing:billing:\u00abP:db-password\u00bb
        *:6432:*:pgbouncer:\u00abP:db-password\u00bb
        """)
    c.add(r + "home/.my.cnf", "credential-file", """
        [client]
        user=ops
        password="\u00abP:db-password\u00bb"
        host=mysql-primary.lantern.internal

        [mysqldump]
        user=backup
        password=\u00abP:db-password\u00bb
        """)
    c.add(r + "home/.git-credentials", "credential-file", """
        https://ops-bot:\u00abP:github-pat\u00bb@github.com
        https://oauth2:\u00abP:gitlab-pat\u00bb@gitlab.lantern.io
        """)
    c.add(r + "home/.npmrc", "credential-file", """
        registry=https://registry.npmjs.org/
        //registry.npmjs.org/:_authToken=\u00abP:npm-token\u00bb
        //npm.lantern.internal/:_auth=\u00abP:npm-legacy-auth\u00bb
        //npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
        always-auth=true
        """)
    c.add(r + "home/.pypirc", "credential-file", """
        [distutils]
        index-servers =
            pypi
            internal

        [pypi]
        username = __token__
        password = \u00abP:pypi-token\u00bb

        [internal]
        repository = https://pypi.lantern.internal/
        username = ops
        password = \u00abP:password\u00bb
        """)
    c.add(r + "home/.gem/credentials", "credential-file", """
        ---
        :rubygems_api_key: \u00abP:rubygems-key\u00bb
        :github: Bearer \u00abP:github-pat\u00bb
        """)
    c.add(r + "home/.docker/config.json", "credential-file", """
        {
          "auths": {
            "registry.lantern.io": { "auth": "\u00abP:docker-config-auth\u00bb" },
            "https://index.docker.io/v1/": { "auth": "\u00abP:docker-config-auth\u00bb" },
            "ghcr.io": {}
          },
          "credsStore": "desktop",
          "credHelpers": { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" }
        }
        """)
    c.add(r + "home/.s3cfg", "credential-file", """
        [default]
        access_key = \u00abP:aws-access-key-id\u00bb
        secret_key = \u00abP:aws-secret-access-key\u00bb
        host_base = s3.eu-central-1.wasabisys.com
        use_https = True
        gpg_passphrase = \u00abP:password\u00bb
        """)
    c.add(r + "home/.boto", "credential-file", """
        [Credentials]
        aws_access_key_id = \u00abP:aws-access-key-id\u00bb
        aws_secret_access_key = \u00abP:aws-secret-access-key\u00bb
        gs_access_key_id = GOOG1E\u00abU:hex32up\u00bb
        gs_secret_access_key = \u00abP:gcp-hmac-secret\u00bb
        """)
    c.add(r + "home/.wgetrc", "credential-file", """
        timeout = 60
        user = mirror
        password = \u00abP:password\u00bb
        """)
    c.add(r + "home/.curlrc", "credential-file", """
        --retry 3
        user = "svc-mirror:\u00abP:password\u00bb"
        """)
    c.add(r + "home/.cargo/credentials.toml", "credential-file", """
        [registry]
        token = "\u00abP:crates-io-token\u00bb"
        """)
    c.add(r + "home/.config/rclone/rclone.conf", "credential-file", """
        [spaces]
        type = s3
        provider = DigitalOcean
        access_key_id = DO00\u00abU:hex32up\u00bb
        secret_access_key = \u00abP:aws-secret-access-key\u00bb
        endpoint = ams3.digitaloceanspaces.com
        """)
    c.add(r + "home/.kube/config", "kubeconfig", """
        apiVersion: v1
        kind: Config
        clusters:
        - cluster:
            certificate-authority-data: \u00abN:certificate-base64=kube_ca\u00bb
            server: https://k8s.lantern.internal:6443
          name: prod
        users:
        - name: ops
          user:
            token: \u00abP:jwt\u00bb
        - name: legacy-admin
          user:
            username: admin
            password: \u00abP:admin-password\u00bb
        - name: oidc
          user:
            exec:
              apiVersion: client.authentication.k8s.io/v1beta1
              command: kubelogin
        contexts:
        - context: {cluster: prod, user: ops}
          name: prod
        current-context: prod
        """)
    c.add(r + "home/.ssh/id_ed25519", "pem-file", """
        \u00abP:private-key-openssh\u00bb
        """)
    c.add(r + "home/.ssh/id_ed25519.pub", "pem-file", """
        \u00abN:public-key=ssh_pub\u00bb
        """)
    c.add(r + "home/.ssh/legacy_rsa", "pem-file", """
        \u00abP:private-key-rsa\u00bb
        """)
    c.add(r + "home/.gnupg/backup-signing.asc", "pem-file", """
        \u00abP:private-key-pgp\u00bb
        """)
    c.add(r + "home/.config/sops/age/keys.txt", "credential-file", """
        # created: 2024-09-12T10:11:12Z
        # public key: \u00abN:public-key=age_recipient\u00bb
        \u00abP:age-secret-key\u00bb
        """)
    c.add(r + "etc/pgbouncer/userlist.txt", "conf", """
        "billing" "\u00abP:db-password\u00bb"
        "reporting" "\u00abP:db-password\u00bb"
        """)
    c.add(r + "etc/nginx/sites-enabled/internal.conf", "conf", """
        server {
            listen 443 ssl;
            server_name grafana.lantern.internal;
            ssl_certificate     /etc/ssl/lantern.crt;
            ssl_certificate_key /etc/ssl/private/lantern.key;
            location / {
                proxy_pass http://127.0.0.1:3000;
                proxy_set_header Authorization "Bearer \u00abP:grafana-service-account-token\u00bb";
                proxy_set_header X-Upstream-Key \u00abP:api-key\u00bb;
            }
            location /admin {
                auth_basic "restricted";
                auth_basic_user_file /etc/nginx/htpasswd;
            }
        }
        """)
    c.add(r + "etc/haproxy/haproxy.cfg", "conf", """
        global
            log /dev/log local0
        userlist admins
            user ops insecure-password \u00abP:password\u00bb
        listen stats
            bind :8404
            stats enable
            stats uri /
            stats auth admin:\u00abP:admin-password\u00bb
        backend redis
            option tcp-check
            tcp-check send AUTH\\ \u00abP:password\u00bb\\r\\n
        """)
    c.add(r + "etc/postfix/sasl_passwd", "conf", """
        [smtp.sendgrid.net]:587 apikey:\u00abP:sendgrid-api-key\u00bb
        [email-smtp.eu-west-1.amazonaws.com]:587 \u00abP:aws-access-key-id\u00bb:B\u00abU:ses_tail\u00bb
        """)
    c.add(r + "etc/systemd/system/billing-worker.service", "systemd", """
        [Unit]
        Description=Billing worker
        After=network-online.target

        [Service]
        User=billing
        Environment=RAILS_ENV=production
        Environment="SIDEKIQ_REDIS_URL=\u00abP:redis-url\u00bb"
        Environment=STRIPE_API_KEY=\u00abP:stripe-restricted-key\u00bb
        EnvironmentFile=-/etc/billing/env
        LoadCredential=db-password:/etc/billing/db-password
        ExecStart=/usr/local/bin/billing-worker --concurrency 8
        Restart=always

        [Install]
        WantedBy=multi-user.target
        """)
    c.add(r + "etc/redis/redis.conf", "conf", """
        bind 0.0.0.0
        port 6379
        requirepass \u00abP:password\u00bb
        masterauth \u00abP:password\u00bb
        maxmemory 2gb
        """)
    c.add(r + "bin/rotate-keys.ps1", "powershell", """
        param([string]$Environment = "prod")
        $env:AZURE_CLIENT_SECRET = "\u00abP:azure-ad-client-secret\u00bb"
        $env:AZURE_CLIENT_ID = "\u00abN:public-identifier=uuidv\u00bb"
        $pw = Read-Host -AsSecureString "Vault password"
        $kv = Get-AzKeyVaultSecret -VaultName "kv-lantern-$Environment" -Name "sb-conn" -AsPlainText
        Connect-AzAccount -ServicePrincipal -Credential (New-Object PSCredential("ops-sp", (ConvertTo-SecureString '\u00abP:cli-password\u00bb' -AsPlainText -Force))) -Tenant "lantern.onmicrosoft.com"
        """)
    c.add(r + "bin/backup.sh", "shell-script", """
        #!/usr/bin/env bash
        set -euo pipefail
        export PGPASSWORD='\u00abP:db-password\u00bb'
        export RESTIC_PASSWORD=\u00abP:password\u00bb
        export B2_ACCOUNT_KEY="\u00abP:backblaze-app-key\u00bb"
        pg_dump -h 10.0.3.5 -U billing billing | restic backup --stdin --stdin-filename billing.sql
        mysqldump --user=backup --password="\u00abP:cli-password\u00bb" --all-databases | gzip > /backup/mysql.sql.gz
        curl -fsS -m 10 --retry 5 https://hc-ping.com/\u00abN:public-identifier=uuidv\u00bb
        """)
    c.add(r + "bin/tools.bat", "batch", """
        @echo off
        set PGPASSWORD=\u00abP:db-password\u00bb
        setx OCTOPUS_API_KEY \u00abP:octopus-api-key\u00bb
        "C:\\Program Files\\PostgreSQL\\16\\bin\\psql.exe" -h 10.0.3.5 -U billing -c "vacuum analyze"
        """, crlf=True)
    c.add(r + "README.md", "markdown", """
        # ops-toolbox

        Scripts and dotfiles for the ops laptop image. **Do not commit real credentials** (oops).

        | tool | credential | where |
        |---|---|---|
        | vault | token | `\u00abN:env-reference:$VAULT_TOKEN\u00bb` |
        | restic | password | `\u00abN:file-path:~/.config/restic/password\u00bb` |
        | cloudflare | origin CA key | `\u00abP:cloudflare-origin-ca-key\u00bb` |
        """)


def monitoring(c):
    r = "monitoring-stack/"
    c.add(r + "prometheus/prometheus.yml", "yaml-config", """
        global:
          scrape_interval: 30s
        scrape_configs:
          - job_name: node
            static_configs:
              - targets: ['10.0.1.10:9100', '10.0.1.11:9100']
          - job_name: federate-eu
            basic_auth:
              username: federate
              password: \u00abP:password\u00bb
            static_configs:
              - targets: ['prom-eu.lantern.internal']
          - job_name: k8s-api
            bearer_token: \u00abP:jwt\u00bb
          - job_name: blackbox
            basic_auth:
              username: probe
              password_file: /etc/prometheus/probe.pass
        remote_write:
          - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
            basic_auth:
              username: "1234567"
              password: \u00abP:grafana-cloud-token\u00bb
        """)
    c.add(r + "alertmanager/alertmanager.yml", "yaml-config", """
        global:
          smtp_smarthost: smtp.office365.com:587
          smtp_from: alerts@lantern.io
          smtp_auth_username: alerts@lantern.io
          smtp_auth_password: '\u00abP:smtp-password\u00bb'
          slack_api_url: '\u00abP:slack-webhook\u00bb'
        receivers:
          - name: oncall
            pagerduty_configs:
              - routing_key: \u00abP:pagerduty-routing-key\u00bb
            opsgenie_configs:
              - api_key: \u00abP:opsgenie-api-key\u00bb
          - name: chat
            slack_configs:
              - api_url_file: /etc/alertmanager/slack_url
            webhook_configs:
              - url: \u00abP:teams-webhook\u00bb
        """)
    c.add(r + "grafana/grafana.ini", "ini", """
        [server]
        root_url = https://grafana.lantern.internal

        [security]
        admin_user = admin
        admin_password = \u00abP:admin-password\u00bb
        secret_key = \u00abP:encryption-key\u00bb
        disable_gravatar = true

        [auth.generic_oauth]
        enabled = true
        client_id = grafana
        client_secret = \u00abP:client-secret\u00bb
        scopes = openid profile email

        [database]
        type = postgres
        password = $__file{/run/secrets/grafana_db_password}
        """)
    c.add(r + "grafana/provisioning/datasources/ds.yaml", "yaml-config", """
        apiVersion: 1
        datasources:
          - name: Loki
            type: loki
            url: https://logs-prod-eu-west-0.grafana.net
            basicAuth: true
            basicAuthUser: 654321
            secureJsonData:
              basicAuthPassword: \u00abP:grafana-cloud-token\u00bb
          - name: Elastic
            type: elasticsearch
            url: https://es.lantern.internal:9200
            jsonData:
              httpHeaderName1: Authorization
            secureJsonData:
              httpHeaderValue1: "ApiKey \u00abP:elastic-api-key\u00bb"
          - name: Postgres
            type: postgres
            secureJsonData:
              password: \u00abN:env-reference:$PG_DS_PASSWORD\u00bb
        """)
    c.add(r + "datadog/datadog.yaml", "yaml-config", """
        api_key: \u00abP:datadog-api-key\u00bb
        site: datadoghq.eu
        logs_enabled: true
        apm_config:
          enabled: true
        """)
    c.add(r + "datadog/conf.d/postgres.d/conf.yaml", "yaml-config", """
        init_config:
        instances:
          - host: 10.0.3.5
            port: 5432
            username: datadog
            password: "\u00abP:db-password\u00bb"
            dbm: true
          - host: 10.0.3.6
            username: datadog
            password: "ENC[db_password]"
        """)
    c.add(r + "otel/collector.yaml", "yaml-config", """
        receivers:
          otlp:
            protocols: {grpc: {}, http: {}}
        exporters:
          otlphttp/newrelic:
            endpoint: https://otlp.eu01.nr-data.net
            headers:
              api-key: \u00abP:newrelic-license-key\u00bb
          otlp/honeycomb:
            endpoint: api.eu1.honeycomb.io:443
            headers:
              x-honeycomb-team: \u00abP:honeycomb-key\u00bb
          splunk_hec:
            token: "\u00abP:splunk-hec-token\u00bb"
            endpoint: https://splunk.lantern.internal:8088/services/collector
          otlphttp/dynatrace:
            endpoint: https://abc12345.live.dynatrace.com/api/v2/otlp
            headers:
              Authorization: "Api-Token \u00abP:dynatrace-token\u00bb"
          datadog:
            api:
              key: ${env:DD_API_KEY}
        service:
          pipelines:
            traces: {receivers: [otlp], exporters: [otlp/honeycomb]}
        """)
    c.add(r + "scripts/silence.py", "code-python", """
        import requests

        NR_USER_KEY = "\u00abP:newrelic-user-key\u00bb"
        SENTRY_TOKEN = "\u00abP:sentry-user-token\u00bb"
        PD_API = "\u00abP:pagerduty-api-key\u00bb"

        def silence(alert_id):
            requests.post("https://api.eu.newrelic.com/graphql", headers={"API-Key": NR_USER_KEY},
                          json={"query": "mutation { muteAlert(id: %d) }" % alert_id}, timeout=10)
        """)
    c.add(r + ".github/workflows/synthetics.yml", "yaml-ci", """
        name: synthetics
        on:
          schedule: [{cron: '*/15 * * * *'}]
        jobs:
          probe:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: ./probe.sh
                env:
                  PROBE_PASSWORD: \u00abP:password\u00bb
                  DD_API_KEY: ${{ secrets.DD_API_KEY }}
                  SENTRY_AUTH_TOKEN: \u00abP:sentry-org-token\u00bb
                  GRAFANA_TOKEN: \u00abN:ci-secret-reference:${{ secrets.GRAFANA_TOKEN }}\u00bb
        """)
    c.add(r + ".gitlab-ci.yml", "yaml-ci", """
        variables:
          DOCKER_DRIVER: overlay2
          SONAR_TOKEN: \u00abP:sonarqube-token\u00bb
          SONAR_HOST_URL: https://sonar.lantern.internal
          CI_REGISTRY_PASSWORD: \u00abN:env-reference:$CI_JOB_TOKEN\u00bb
        deploy:
          script:
            - echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin registry.lantern.io
            - curl -H "Authorization: Bearer \u00abP:buildkite-token\u00bb" https://api.buildkite.com/v2/builds
        """)
    c.add(r + "Jenkinsfile", "code-groovy", """
        pipeline {
          agent any
          environment {
            NEXUS = credentials('nexus-deployer')
            JFROG_TOKEN = '\u00abP:jfrog-reference-token\u00bb'
            ARTIFACTORY_API_KEY = "\u00abP:jfrog-api-key\u00bb"
          }
          stages {
            stage('publish') {
              steps {
                sh 'curl -u deployer:\u00abP:cli-password\u00bb -T dashboards.tgz https://nexus.lantern.internal/repository/raw/'
                withCredentials([string(credentialsId: 'grafana-token', variable: 'GRAFANA_TOKEN')]) {
                  sh './publish-dashboards.sh'
                }
              }
            }
          }
        }
        """)


def react_native(c):
    r = "rn-fitness-app/"
    c.add(r + "app.json", "json", """
        {
          "expo": {
            "name": "Pulse",
            "slug": "pulse",
            "version": "3.2.0",
            "ios": { "bundleIdentifier": "io.lantern.pulse", "config": { "googleMapsApiKey": "\u00abN:public-client-key=firebase_web_key\u00bb" } },
            "android": { "package": "io.lantern.pulse" },
            "extra": {
              "eas": { "projectId": "\u00abN:public-identifier=uuidv\u00bb" },
              "revenueCatKey": "appl_\u00abU:hex32up\u00bb",
              "openaiKey": "\u00abP:openai-project-key\u00bb"
            },
            "plugins": [["@sentry/react-native/expo", { "organization": "lantern", "project": "pulse" }]]
          }
        }
        """)
    c.add(r + "eas.json", "json", """
        {
          "build": {
            "production": {
              "env": {
                "SENTRY_AUTH_TOKEN": "\u00abP:sentry-org-token\u00bb",
                "EXPO_PUBLIC_API_URL": "https://api.pulse.lantern.io"
              }
            }
          },
          "submit": {
            "production": {
              "ios": { "appleId": "apps@lantern.io", "ascAppId": "6478123456", "appleTeamId": "8XK2Q7LM3B" }
            }
          }
        }
        """)
    c.add(r + "src/services/api.ts", "code-ts", """
        import axios from "axios";
        import Config from "react-native-config";

        export const api = axios.create({
          baseURL: "https://api.pulse.lantern.io",
          headers: { "x-api-key": "\u00abP:api-key\u00bb" },
        });
        const LAUNCHDARKLY_SDK_KEY = "\u00abP:launchdarkly-sdk-key\u00bb";
        const LD_MOBILE_KEY = Config.LD_MOBILE_KEY;
        const twitterBearer = "\u00abP:twitter-bearer-token\u00bb";
        const fbToken = "\u00abP:meta-access-token\u00bb";
        """)
    c.add(r + "ios/Pulse/Info.plist", "plist", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
          <key>CFBundleIdentifier</key>
          <string>io.lantern.pulse</string>
          <key>GADApplicationIdentifier</key>
          <string>ca-app-pub-3940256099942544~1458002511</string>
          <key>MapboxAccessToken</key>
          <string>\u00abN:public-client-key=mapbox_pk\u00bb</string>
          <key>PulseAPISecret</key>
          <string>\u00abP:api-secret\u00bb</string>
          <key>StravaClientSecret</key>
          <string>\u00abP:client-secret\u00bb</string>
        </dict>
        </plist>
        """)
    c.add(r + "ios/Pulse/AppDelegate.mm", "code-objc", """
        #import "AppDelegate.h"
        #import <Firebase.h>

        static NSString * const kAnalyticsSecret = @"\u00abP:api-secret\u00bb";
        static NSString *const kPasswordPolicy = @"\u00abN:policy-setting:min=8\u00bb";

        @implementation AppDelegate
        - (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)launchOptions
        {
          [FIRApp configure];
          NSString *token = [[NSProcessInfo processInfo] environment][@"PULSE_TOKEN"];
          [Intercom setApiKey:@"ios_sdk-\u00abN:public-client-key=lorem_hex\u00bb" forAppId:@"x1y2z3w4"];
          return YES;
        }
        @end
        """)
    c.add(r + "android/app/src/main/res/values/secrets.xml", "xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <resources>
            <string name="app_name">Pulse</string>
            <string name="facebook_app_id">1234567890123456</string>
            <string name="facebook_client_token">\u00abN:public-client-key=lorem_hex\u00bb</string>
            <string name="strava_client_secret">\u00abP:client-secret\u00bb</string>
            <string name="google_maps_key">\u00abN:public-client-key=firebase_web_key\u00bb</string>
        </resources>
        """)
    c.add(r + "android/gradle.properties", "properties", """
        org.gradle.jvmargs=-Xmx4g
        android.useAndroidX=true
        PULSE_UPLOAD_STORE_FILE=pulse-upload.keystore
        PULSE_UPLOAD_KEY_ALIAS=upload
        PULSE_UPLOAD_STORE_PASSWORD=\u00abP:keystore-password\u00bb
        PULSE_UPLOAD_KEY_PASSWORD=\u00abP:keystore-password\u00bb
        MAPBOX_DOWNLOADS_TOKEN=\u00abP:mapbox-secret-token\u00bb
        """)
    c.add(r + "android/app/build.gradle", "code-groovy", """
        android {
            signingConfigs {
                release {
                    storeFile file('pulse-upload.keystore')
                    storePassword project.findProperty('PULSE_UPLOAD_STORE_PASSWORD') ?: System.getenv('STORE_PASSWORD')
                    keyAlias 'upload'
                    keyPassword "\u00abP:keystore-password\u00bb"
                }
            }
            defaultConfig {
                buildConfigField "String", "SEGMENT_KEY", "\\"\u00abN:public-client-key=segkey\u00bb\\""
                manifestPlaceholders = [auth0Domain: "lantern.eu.auth0.com"]
            }
        }
        """)
    c.add(r + "android/app/google-services.json", "json", """
        {
          "project_info": { "project_number": "123456789012", "project_id": "pulse-prod" },
          "client": [{
            "client_info": { "mobilesdk_app_id": "1:123456789012:android:abc123def456", "android_client_info": { "package_name": "io.lantern.pulse" } },
            "api_key": [{ "current_key": "\u00abN:public-client-key=firebase_web_key\u00bb" }]
          }]
        }
        """)
    c.add(r + "yarn.lock", "lockfile", """
        axios@^1.7.2:
          version "1.7.2"
          resolved "https://registry.yarnpkg.com/axios/-/axios-1.7.2.tgz#\u00abN:lockfile-hash=gsha\u00bb"
          integrity \u00abN:lockfile-integrity=integrity\u00bb

        react-native@0.74.3:
          version "0.74.3"
          integrity \u00abN:lockfile-integrity=integrity\u00bb
        """)
    c.add(r + "src/config/defaults.js", "code-js", render("js", 30, 18))


def polyglot(c):
    r = "partner-sdk-samples/"
    c.add(r + "rust/src/main.rs", "code-rust", """
        use reqwest::header::{HeaderMap, AUTHORIZATION};

        const API_BASE: &str = "https://api.lantern.io";
        const PARTNER_SECRET: &str = "\u00abP:api-secret\u00bb";
        static SUPABASE_SERVICE_KEY: &str = "\u00abP:supabase-service-role-jwt\u00bb";

        fn client() -> reqwest::Client {
            let mut h = HeaderMap::new();
            let token = std::env::var("LANTERN_TOKEN").unwrap_or_default();
            h.insert(AUTHORIZATION, format!("Bearer {}", token).parse().unwrap());
            reqwest::Client::builder().default_headers(h).build().unwrap()
        }

        fn main() {
            let db = "\u00abP:postgres-url\u00bb";
            let key = \u00abN:env-reference:env!("LANTERN_BUILD_KEY")\u00bb;
            println!("{} {}", API_BASE, db.len() + key.len());
        }
        """)
    c.add(r + "rust/Cargo.toml", "toml", """
        [package]
        name = "lantern-sample"
        version = "0.1.0"
        edition = "2021"

        [dependencies]
        reqwest = { version = "0.12", features = ["json"] }

        [package.metadata.deploy]
        registry_token = "\u00abP:access-token\u00bb"
        """)
    c.add(r + "swift/Sources/Sample/Client.swift", "code-swift", """
        import Foundation

        struct LanternClient {
            static let baseURL = URL(string: "https://api.lantern.io")!
            private let clientSecret = "\u00abP:client-secret\u00bb"
            let revenueCatKey = "appl_\u00abU:hex32up\u00bb"
            let password: String = \u00abN:env-reference=swift_env\u00bb
            let hmacKey = "\u00abP:webhook-secret\u00bb"

            func request(_ path: String) -> URLRequest {
                var r = URLRequest(url: Self.baseURL.appendingPathComponent(path))
                r.setValue("Bearer \\(clientSecret)", forHTTPHeaderField: "Authorization")
                return r
            }
        }
        """)
    c.add(r + "kotlin/src/main/kotlin/Sample.kt", "code-kotlin", """
        package io.lantern.sample

        import okhttp3.OkHttpClient
        import okhttp3.Request

        object Secrets {
            const val API_KEY = "\u00abP:api-key\u00bb"
            const val SIGNING_SECRET = "\u00abP:jwt-signing-secret\u00bb"
            val dbPassword: String = System.getenv("DB_PASSWORD") ?: ""
            val pusherSecret = "\u00abP:pusher-secret\u00bb"
        }

        fun main() {
            val req = Request.Builder().url("https://api.lantern.io/v1/ping").header("X-Api-Key", Secrets.API_KEY).build()
            OkHttpClient().newCall(req).execute().use { println(it.code) }
        }
        """)
    c.add(r + "dart/lib/config.dart", "code-dart", """
        class Config {
          static const apiBase = 'https://api.lantern.io';
          static const apiKey = '\u00abP:api-key\u00bb';
          static const String deeplKey = "\u00abP:deepl-api-key\u00bb";
          static final password = String.fromEnvironment('LANTERN_PASSWORD');
          static const adminPassword = '\u00abP:admin-password\u00bb';
        }
        """)
    c.add(r + "go/main.go", "code-go", """
        package main

        import (
        \t"database/sql"
        \t"net/http"
        \t"os"

        \t_ "github.com/go-sql-driver/mysql"
        )

        var (
        \tapiToken  = "\u00abP:access-token\u00bb"
        \tdsn       = "partner:\u00abP:db-password\u00bb@tcp(db.partner.internal:3306)/partner?parseTime=true"
        \tfromEnv   = \u00abN:env-reference:os.Getenv("PARTNER_API_TOKEN")\u00bb
        \tvultrKey  = "\u00abP:vultr-api-key\u00bb"
        )

        func main() {
        \tdb, _ := sql.Open("mysql", dsn)
        \tdefer db.Close()
        \treq, _ := http.NewRequest("GET", "https://api.lantern.io/v1/ping", nil)
        \treq.SetBasicAuth("partner", "\u00abP:password\u00bb")
        \treq.Header.Set("Authorization", "Token "+apiToken)
        \t_ = fromEnv
        \t_ = os.Args
        }
        """)
    c.add(r + "java/src/main/java/io/lantern/Sample.java", "code-java", """
        package io.lantern;

        import java.net.http.HttpClient;
        import java.net.http.HttpRequest;
        import java.net.URI;

        public class Sample {
            private static final String API_SECRET = "\u00abP:api-secret\u00bb";
            private static final String LINODE_TOKEN = "\u00abP:linode-token\u00bb";
            private static final String HETZNER = "\u00abP:hetzner-token\u00bb";
            private final String password = System.getenv("LANTERN_PASSWORD");
            private static final String KEYSTORE_PASS = "\u00abP:keystore-password\u00bb";

            public static void main(String[] args) throws Exception {
                HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.lantern.io/v1/ping"))
                        .header("X-Api-Secret", API_SECRET).build();
                HttpClient.newHttpClient().send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            }
        }
        """)
    c.add(r + "java/src/main/resources/application.properties", "properties", """
        spring.application.name=partner-sample
        spring.datasource.url=jdbc:sqlserver://sql-partner.database.windows.net:1433;database=partner
        spring.datasource.username=partner_app
        spring.datasource.password=\u00abP:db-password\u00bb
        lantern.api.secret=${LANTERN_API_SECRET}
        lantern.scaleway.secret-key=\u00abP:scaleway-secret-key\u00bb
        lantern.ibm.apikey=\u00abP:ibm-cloud-api-key\u00bb
        """)
    c.add(r + "java/pom.xml", "xml", """
        <project>
          <modelVersion>4.0.0</modelVersion>
          <groupId>io.lantern</groupId>
          <artifactId>partner-sample</artifactId>
          <version>1.0.0</version>
          <properties>
            <sonar.login>\u00abP:sonarqube-token\u00bb</sonar.login>
            <gpg.passphrase>\u00abP:password\u00bb</gpg.passphrase>
            <deploy.password>${env.DEPLOY_PASSWORD}</deploy.password>
          </properties>
        </project>
        """)
    c.add(r + "csharp/Program.cs", "code-csharp", """
        using System.Net.Http.Headers;

        var builder = WebApplication.CreateBuilder(args);
        const string ConnString = "\u00abP:db-connection-string\u00bb";
        var cosmosKey = "\u00abP:azure-cosmos-key\u00bb";
        var secret = builder.Configuration["Lantern:ClientSecret"];
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "\u00abP:bearer-token\u00bb");
        var app = builder.Build();
        app.Run();
        """)
    c.add(r + "php/sample.php", "code-php", """
        <?php
        declare(strict_types=1);

        const LANTERN_API_KEY = '\u00abP:api-key\u00bb';
        $config = [
            'db' => ['user' => 'partner', 'pass' => "\u00abP:db-password\u00bb"],
            'mailer' => ['dsn' => '\u00abP:smtp-url\u00bb'],
            'fastly_token' => '\u00abP:fastly-api-token\u00bb',
            'secret' => $_ENV['LANTERN_SECRET'] ?? null,
        ];
        define('TENCENT_SECRET_ID', '\u00abP:tencent-secret-id\u00bb');
        define('TENCENT_SECRET_KEY', '\u00abP:tencent-secret-key\u00bb');
        """)
    c.add(r + "ruby/sample.rb", "code-ruby", """
        require "net/http"

        LANTERN_SECRET = "\u00abP:api-secret\u00bb"
        YANDEX_KEY = "\u00abP:yandex-api-key\u00bb"
        api_key = ENV["LANTERN_API_KEY"]
        uri = URI("https://api.lantern.io/v1/ping")
        req = Net::HTTP::Get.new(uri)
        req.basic_auth("partner", "\u00abP:password\u00bb")
        Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
        """)
    c.add(r + "python/sample.py", "code-python", """
        import os

        import requests

        API_KEY = os.environ.get("LANTERN_API_KEY", "\u00abN:placeholder:set-me\u00bb")
        SERVICE_ACCOUNT = {
            "type": "service_account",
            "project_id": "lantern-partner",
            "private_key_id": "\u00abN:key-identifier=gsha\u00bb",
            "private_key": "\u00abP:gcp-service-account-key\u00bb",
            "client_email": "sample@lantern-partner.iam.gserviceaccount.com",
        }
        HF = "\u00abP:huggingface-token\u00bb"
        CLAUDE_ADMIN = "\u00abP:anthropic-admin-key\u00bb"
        OPENAI_ADMIN = "\u00abP:openai-admin-key\u00bb"
        """)
    c.add(r + "python/tests/test_client.py", "code-python", render("python", 40, 20))
    c.add(r + "c/sample.c", "code-c", """
        #include <stdio.h>
        #include <string.h>

        static const char *API_SECRET = "\u00abP:api-secret\u00bb";
        static const char api_key[] = "\u00abP:api-key\u00bb";

        int main(void) {
            char header[256];
            snprintf(header, sizeof header, "Authorization: Bearer %s", API_SECRET);
            puts(strlen(api_key) ? header : "missing key");
            return 0;
        }
        """)
    c.add(r + "config/partner.toml", "toml", render("toml", 10, 12, "[defaults]"))
    c.add(r + "config/partner.ini", "ini", render("ini", 24, 14, "[partner]"))
    c.add(r + "config/partner.yaml", "yaml-config", render("yaml", 36, 14))
    c.add(r + "config/partner.json", "json", render("json", 15, 14))
    c.add(r + "config/partner.properties", "properties", render("properties", 2, 12))
    c.add(r + "docs/keys.ipynb", "notebook", notebook([
        ("markdown", ["# Calling the API\n", "Get a key from the dashboard.\n"]),
        ("code", ["import lantern\n", "client = lantern.Client(api_key=\"\u00abP:api-key\u00bb\")\n", "client.ping()\n"]),
        ("code", ["client = lantern.Client(api_key=\"\u00abN:placeholder:YOUR_API_KEY\u00bb\")\n"]),
    ]))


def extras(c):
    """Example/default files (hard negatives in many syntaxes), encrypted files, and CI configs that
    carry the remaining token kinds."""
    c.add("integrations-hub/config/defaults.yaml", "yaml-config", render("yaml", 3, 20, "# defaults, overridden per tenant"))
    c.add("rn-fitness-app/.env.example", "dotenv", render("dotenv", 17, 16))
    c.add("monitoring-stack/docs/variables.md", "markdown", render("markdown", 8, 18, "# Variables\n"))
    c.add("warehouse-airflow-dbt/airflow/variables.example.json", "json", render("json", 27, 16))
    c.add("edge-functions-deno/.env.example", "dotenv", render("dotenv", 33, 14))
    c.add("cloud-templates/params.example.ini", "ini", render("ini", 12, 14, "[params]"))
    c.add("mlops-pipelines/configs/defaults.py", "code-python", render("python", 19, 16))
    c.add("api-collections/env.example.properties", "properties", render("properties", 44, 12))
    c.add("ops-toolbox/secrets/prod.enc.yaml", "yaml-config", """
        stripe_api_key: \u00abN:encrypted-value=sops_enc\u00bb
        db_password: \u00abN:encrypted-value=sops_enc\u00bb
        vault_token: \u00abN:encrypted-value=sops_enc\u00bb
        github_token: \u00abN:encrypted-value=sops_enc\u00bb
        smtp:
            password: \u00abN:encrypted-value=sops_enc\u00bb
        sops:
            age:
                - recipient: \u00abN:public-key=age_recipient\u00bb
            lastmodified: "2025-01-14T09:12:44Z"
            mac: \u00abN:encrypted-value=sops_enc\u00bb
            version: 3.9.1
        """)
    c.add("infra-cfgmgmt/ansible-bridge/group_vars/all/vault.yml", "yaml-config", """
        vault_db_password: !vault |
          \u00abN:encrypted-value=ansible_vault\u00bb
        vault_api_token: !vault |
          \u00abN:encrypted-value=ansible_vault\u00bb
        """)
    c.add("infra-cfgmgmt/puppet/hieradata/nodes/db01.eyaml", "yaml-config", """
        ---
        profile::mysql::root_password: \u00abN:encrypted-value=eyaml\u00bb
        profile::mysql::billing_password: \u00abN:encrypted-value=eyaml\u00bb
        profile::backup::s3_secret_key: \u00abN:encrypted-value=eyaml\u00bb
        """)
    c.add("partner-sdk-samples/.github/workflows/ci.yml", "yaml-ci", """
        name: ci
        on: [push, pull_request]
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            env:
              LANTERN_API_KEY: \u00abN:ci-secret-reference:${{ secrets.LANTERN_API_KEY }}\u00bb
              LANTERN_PASSWORD: \u00abN:ci-secret-reference:${{ secrets.LANTERN_PASSWORD }}\u00bb
              DB_PASSWORD: \u00abN:ci-secret-reference:${{ secrets.DB_PASSWORD }}\u00bb
              SNYK_TOKEN: \u00abP:snyk-token\u00bb
              VERCEL_TOKEN: \u00abP:vercel-token\u00bb
              GITHUB_TOKEN: \u00abN:ci-secret-reference:${{ github.token }}\u00bb
            steps:
              - uses: actions/checkout@\u00abN:commit-sha=gsha\u00bb
              - uses: actions/setup-python@\u00abN:commit-sha=gsha\u00bb
              - run: pip install -r requirements.txt && pytest
              - name: publish
                if: startsWith(github.ref, 'refs/tags/')
                run: |
                  echo "\u00abP:dockerhub-pat\u00bb" | docker login -u lanternci --password-stdin
                  docker push lantern/partner-sample:${GITHUB_REF_NAME}
                  curl -s -H "Authorization: Bearer \u00abP:github-app-token\u00bb" https://api.github.com/repos/lantern/partner-sdk-samples/releases
        """)
    c.add("partner-sdk-samples/.circleci/config.yml", "yaml-ci", """
        version: 2.1
        jobs:
          release:
            docker:
              - image: cimg/base:2024.06
                auth:
                  username: lanternci
                  password: \u00abN:env-reference:$DOCKERHUB_PASSWORD\u00bb
            environment:
              CIRCLE_TOKEN: \u00abP:circleci-token\u00bb
              CLOJARS_DEPLOY_TOKEN: \u00abP:clojars-token\u00bb
              PREFECT_API_KEY: \u00abP:prefect-api-key\u00bb
            steps:
              - checkout
              - run: lein deploy clojars
        """)
    c.add("partner-sdk-samples/.gitlab-ci.yml", "yaml-ci", """
        stages: [build, deploy]
        variables:
          RUNNER_TOKEN: \u00abP:gitlab-runner-token\u00bb
          DEPLOY_TOKEN_USER: gitlab+deploy-token-12
          DEPLOY_TOKEN: \u00abP:gitlab-deploy-token\u00bb
          MASKED_EXAMPLE: \u00abN:env-reference:$CI_DEPLOY_PASSWORD\u00bb
        build:
          script: [make]
        """)
    c.add("ops-toolbox/bin/slack-notify.sh", "shell-script", """
        #!/bin/sh
        # posts deploy notices; app-level token for Socket Mode listener, user token for history cleanup
        SLACK_APP_TOKEN="\u00abP:slack-app-token\u00bb"
        SLACK_USER_TOKEN='\u00abP:slack-user-token\u00bb'
        GH_USER_TOKEN=\u00abP:github-user-to-server-token\u00bb
        curl -s -X POST -H "Authorization: Bearer $SLACK_USER_TOKEN" \\
          -d "channel=C024BE91L" -d "text=$1" https://slack.com/api/chat.postMessage
        """)
    c.add("arena-gameserver/docker/Dockerfile", "dockerfile", """
        FROM debian:bookworm-slim AS build
        ARG STEAM_PASSWORD=\u00abP:password\u00bb
        ARG NEXUS_TOKEN
        RUN apt-get update && apt-get install -y --no-install-recommends build-essential libcurl4-openssl-dev
        COPY . /src
        RUN make -C /src

        FROM debian:bookworm-slim
        ENV RCON_PASSWORD=\u00abP:rcon-password\u00bb \\
            SERVER_NAME="Arena EU #3"
        ENV GS_DB_PASS \u00abP:db-password\u00bb
        ENV STATS_TOKEN=\u00abN:env-reference:${STATS_TOKEN}\u00bb
        COPY --from=build /src/arena /usr/local/bin/arena
        CMD ["arena", "+exec", "server.cfg"]
        """)
    c.add("phoenix-livechat/Dockerfile", "dockerfile", """
        ARG ELIXIR_VERSION=1.17.2
        FROM hexpm/elixir:${ELIXIR_VERSION}-erlang-27.0.1-debian-bookworm-20240722-slim AS builder
        ENV MIX_ENV=prod
        RUN mix local.hex --force && mix local.rebar --force
        RUN mix hex.organization auth lantern --key \u00abP:api-key\u00bb
        COPY mix.exs mix.lock ./
        RUN mix deps.get --only prod
        ENV SECRET_KEY_BASE=\u00abP:secret-key-base\u00bb
        RUN mix release
        """)
    c.add("storefront-next/.env.production", "dotenv", """
        DATABASE_URL="\u00abP:planetscale-url\u00bb"
        SUPABASE_ACCESS_TOKEN=\u00abP:supabase-pat\u00bb
        NEXT_PUBLIC_SUPABASE_ANON_KEY=\u00abN:public-client-key=supabase_anon\u00bb
        """)
    c.add("cloud-templates/certs/origin.pem", "pem-file", """
        \u00abN:certificate=cert_pem\u00bb
        \u00abP:private-key-pkcs8\u00bb
        """)
    c.add("nixos-fleet/secrets/tailscale.age", "credential-file", """
        -----BEGIN AGE ENCRYPTED FILE-----
        \u00abN:encrypted-value=age_armor\u00bb
        -----END AGE ENCRYPTED FILE-----
        """)
