"""Repositories 1-12 of the blind4 corpus."""
import json

import kinds as K
from keys import B64URL, DIG, LOW, UP

PYF = ["", "# TODO: move to settings module", "logger = logging.getLogger(__name__)", "TIMEOUT = 30", "RETRIES = 3", 'REGION = "eu-west-1"']
YF = ["", "timeout: 30", "log_level: info", "region: eu-central-1", "enabled: true", "# managed by platform team", "max_connections: 50"]
ENVF = ["", "# --- services ---", "LOG_LEVEL=info", "APP_ENV=production", "PORT=8080", "TZ=UTC", "FEATURE_NEW_CHECKOUT=false"]
JSF = ["", "// keep in sync with infra/README.md", "const TIMEOUT_MS = 10000;", "const region = 'eu-west-1';"]


def saas_fastapi(c):
    r = c.repo("saas-fastapi")
    g = c.g
    f = r.file("app/core/config.py")
    f.t('"""Settings for the invoicing API (pydantic-settings)."""\nfrom functools import lru_cache\nfrom pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):')
    f.t('    model_config = SettingsConfigDict(env_file=".env", extra="ignore")\n    project_name: str = "invoicer"\n    api_prefix: str = "/api/v1"')
    f.ind = "    "
    f.raw("database_url: str = \"@@\"", "postgres-url", K.db_url(g, "postgres-url", host="invoicer-prod.cluster-c9x2.eu-west-1.rds.amazonaws.com", db="invoicer"))
    f.mix("py", "stripe-secret-key stripe-webhook-secret jwt-signing-secret generic-api-key", "env-reference password-policy placeholder")
    f.ti("access_token_expire_minutes: int = 60 * 24")
    f.n("py", "code-derived", "SMTP_PASSWORD")
    f.ind = ""
    f.t("\n\n@lru_cache\ndef get_settings() -> Settings:\n    return Settings()")

    f = r.file(".env")
    f.t("# local overrides -- DO NOT COMMIT (too late)\nAPP_ENV=staging")
    f.mix("dotenv", "openai-project-key anthropic-api-key aws-access-key-id aws-secret-access-key sendgrid-key db-password",
          "placeholder secret-name-only", fill=ENVF)
    f.raw("CELERY_BROKER_URL=@@", "redis-url")
    f = r.file(".env.example")
    for n in ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "STRIPE_SECRET_KEY", "SENDGRID_API_KEY"]:
        f.n("dotenv", g.pick(["placeholder", "secret-name-only", "vendor-shaped-placeholder"]), name=n)
    f.n("dotenv", "password-policy")

    f = r.file("app/workers/celeryconfig.py")
    f.t("from kombu import Queue\n\nbroker_transport_options = {'visibility_timeout': 3600}\ntask_queues = (Queue('default'), Queue('pdf'))")
    f.raw("broker_url = \"@@\"", "amqp-url")
    f.raw("result_backend = '@@'", "redis-url")
    f.n("py", "env-reference", "FLOWER_BASIC_AUTH")
    f = r.file("app/integrations/llm.py")
    f.t("import anthropic\nfrom openai import OpenAI\n\n")
    f.raw('_client = OpenAI(api_key="@@", organization="org-' + g.s(24) + '")', "openai-service-account-key")
    f.raw('claude = anthropic.Anthropic(api_key="@@")', "anthropic-admin-key")
    f.raw('cohere_client = cohere.ClientV2(api_key="@@")', "cohere-key")
    f.raw('mistral = Mistral(api_key=os.getenv("MISTRAL_API_KEY", "@@"))', "mistral-key")
    f.t("\n\ndef summarise(text: str) -> str:\n    resp = _client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': text}])\n    return resp.choices[0].message.content")
    f = r.file("deploy/jwt_signing.pem", family="pem-file")
    f.raw("@@", "pkcs8-private-key")
    f = r.file("tests/conftest.py")
    f.t("import pytest\n\n@pytest.fixture\ndef settings_override(monkeypatch):")
    f.ind = "    "
    for k in ["fake-fixture", "fake-fixture", "vendor-example-key", "placeholder"]:
        nm, v = __import__("core").neg_value(g, k)
        f.nraw(f'monkeypatch.setenv("{nm}", "@@")', k, v)
    f.ind = ""
    f = r.file("docker-compose.yml", family="yaml-compose")
    f.t("services:\n  api:\n    build: .\n    ports: [\"8000:8000\"]\n    environment:")
    f.ind = "      "
    f.mix("compose", "redis-password datadog-api-key", "env-reference env-reference")
    f.ind = ""
    f.t("  worker:\n    build: .\n    command: celery -A app.workers worker -l info\n    environment:")
    f.ind = "      "
    f.mix("compose-list", "sentry-user-token", "env-reference")
    f.ind = ""
    f = r.file("alembic.ini", family="ini")
    f.t("[alembic]\nscript_location = migrations\nprepend_sys_path = .")
    f.raw("sqlalchemy.url = @@", "postgres-url")
    f.t("\n[loggers]\nkeys = root,sqlalchemy,alembic")
    f = r.file("poetry.lock", family="lockfile")
    for pkg in ["anyio", "celery", "fastapi", "pydantic"]:
        f.t(f'[[package]]\nname = "{pkg}"\nversion = "{g.r.randint(1, 5)}.{g.r.randint(0, 20)}.0"\noptional = false\nfiles = [')
        f.nraw('    {file = "' + pkg + '-py3-none-any.whl", hash = "sha256:@@"},', "lockfile-integrity", g.hx(64))
        f.t("]\n")
    f = r.file("notebooks/churn_analysis.ipynb", family="notebook")
    cells = [["import pandas as pd\n", "import snowflake.connector\n"],
             ["conn = snowflake.connector.connect(\n", "    user='ANALYST_SVC',\n", "    password='@@',\n", "    account='acme-eu1')\n"],
             ["df = pd.read_sql('select * from churn', conn)\n", "df.head()"]]
    f.t('{\n "cells": [')
    pw = g.password("mixed")
    for i, cell in enumerate(cells):
        f.t('  {\n   "cell_type": "code",\n   "execution_count": ' + str(i + 1) + ',\n   "metadata": {},\n   "outputs": [],\n   "source": [')
        for j, src in enumerate(cell):
            line = "    " + json.dumps(src) + ("," if j < len(cell) - 1 else "")
            if "@@" in src:
                f.raw(line, "generic-password", pw)
            else:
                f.t(line)
        f.t("   ]\n  }" + ("," if i < len(cells) - 1 else ""))
    f.t(' ],\n "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}')


def spring_fleet(c):
    r = c.repo("spring-fleet")
    g = c.g
    f = r.file("config-repo/application.yml")
    f.t("# Spring Cloud Config: shared defaults for every service\nspring:\n  cloud:\n    config:\n      allow-override: true\nencrypt:\n  fail-on-error: true\n")
    f.t("spring.datasource:")
    f.ind = "  "
    f.ti("driver-class-name: org.postgresql.Driver")
    f.n("yaml", "encrypted-value", "PASSWORD", value="{cipher}" + g.hx(128))
    f.ind = ""
    f.t("management:\n  endpoints:\n    web:\n      exposure:\n        include: health,info,prometheus")
    f.ind = "  "
    f.n("yaml", "env-reference", "MANAGEMENT_TOKEN")
    f.ind = ""
    f = r.file("config-repo/orders-service-prod.yml")
    f.t("spring:\n  datasource:\n    url: jdbc:postgresql://orders-db.prod.internal:5432/orders\n    username: orders_app")
    f.raw("    password: @@", "db-password")
    f.t("  rabbitmq:\n    host: mq.prod.internal\n    username: orders")
    f.raw("    password: '@@'", "generic-password")
    f.t("  security:\n    oauth2:\n      client:\n        registration:\n          keycloak:\n            client-id: orders-service")
    f.raw("            client-secret: @@", "keycloak-client-secret")
    f.t("acme:\n  payments:")
    f.ind = "    "
    f.mix("yaml", "stripe-restricted-key braintree-access-token twilio-auth-token", "encrypted-value secret-manager-reference", fill=YF)
    f.ind = ""
    f = r.file("config-repo/notification-service-prod.properties", family="properties")
    f.t("# notification-service, prod profile\nserver.port=8084\nspring.mail.host=smtp.sendgrid.net\nspring.mail.port=587\nspring.mail.username=apikey")
    f.raw("spring.mail.password=@@", "sendgrid-key")
    f.mix("props", "slack-bot-token telegram-bot-token twilio-api-key fcm-server-key smtp-password", "encrypted-value password-policy env-reference",
          fill=["", "logging.level.root=INFO", "spring.jpa.open-in-view=false", "# retries", "notification.retry.max=5"])
    f = r.file("payments-service/src/main/resources/bootstrap.yml")
    f.t("spring:\n  application:\n    name: payments-service\n  cloud:\n    config:\n      uri: https://config.prod.internal")
    f.raw("      username: config-reader\n      password: @@", "generic-password")
    f.t("    vault:\n      authentication: KUBERNETES")
    f.ind = "      "
    f.n("yaml", "secret-manager-reference", "TOKEN")
    f.ind = ""
    f = r.file("payments-service/src/main/java/com/acme/payments/AdyenClientConfig.java", family="code-java")
    f.t("package com.acme.payments;\n\nimport org.springframework.context.annotation.Bean;\nimport org.springframework.context.annotation.Configuration;\n\n@Configuration\npublic class AdyenClientConfig {")
    f.ind = "    "
    f.mix("java", "generic-api-key webhook-secret paypal-client-secret", "env-reference code-derived placeholder")
    f.ti('@Bean\npublic Client adyenClient() {\n    return new Client(API_KEY, Environment.LIVE, "acme");\n}')
    f.ind = ""
    f.t("}")
    f = r.file("notification-service/src/main/kotlin/com/acme/notify/PushClient.kt", family="code-kotlin")
    f.t("package com.acme.notify\n\nimport okhttp3.OkHttpClient\n\nobject PushDefaults {")
    f.ind = "    "
    f.mix("kotlin", "onepassword-sa-token generic-token", "env-reference code-derived")
    f.ind = ""
    f.t("}\n\nclass PushClient(private val http: OkHttpClient) {")
    f.raw('    private val authHeader = "Bearer @@"', "bearer-token")
    f.t("}")
    f = r.file("loadtest/src/test/scala/OrdersSimulation.scala", family="code-scala")
    f.t("import io.gatling.core.Predef._\nimport io.gatling.http.Predef._\n\nclass OrdersSimulation extends Simulation {")
    f.ind = "  "
    f.mix("scala", "generic-api-key", "env-reference")
    f.raw('val httpProtocol = http.baseUrl("https://orders.staging.acme.io").header("Authorization", "Basic @@")', "basic-auth-header")
    f.raw('private val adminPassword = "@@"', "generic-password")
    f.ind = ""
    f.t("}")
    f = r.file(".m2/settings.xml", family="xml")
    f.t('<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>')
    f.raw("      <password>@@</password>", "generic-password")
    f.t("    </server>\n    <server>\n      <id>jfrog</id>\n      <username>ci@acme.io</username>")
    f.raw("      <password>@@</password>", "jfrog-identity-token")
    f.t("    </server>\n    <server>\n      <id>sonatype</id>\n      <username>${env.OSSRH_USER}</username>")
    f.nraw("      <password>@@</password>", "env-reference", "${env.OSSRH_PASSWORD}")
    f.t("    </server>\n  </servers>\n</settings>")
    f = r.file("gradle.properties", family="properties")
    f.t("org.gradle.jvmargs=-Xmx2g\nkotlin.code.style=official")
    f.raw("sonarToken=@@", "sonarqube-token")
    f.raw("signing.password=@@", "generic-password")
    f.n("props", "placeholder", "ARTIFACTORY_PASSWORD")


def symfony_shop(c):
    r = c.repo("symfony-shop")
    g = c.g
    f = r.file(".env")
    f.t("# In all environments, the following files are loaded if they exist,\n# the latter taking precedence over the former:\n#  * .env                contains default values for the environment variables needed by the app\n\n###> symfony/framework-bundle ###\nAPP_ENV=dev")
    f.n("dotenv", "placeholder", "APP_SECRET", value="ChangeThisSecret")
    f.t("###< symfony/framework-bundle ###\n\n###> doctrine/doctrine-bundle ###")
    f.nraw('DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"', "placeholder", "!ChangeMe!")
    f.t("###< doctrine/doctrine-bundle ###\n###> symfony/messenger ###\nMESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0\n###< symfony/messenger ###")
    f = r.file(".env.prod.local")
    f.raw("APP_SECRET=@@", "symfony-app-secret")
    f.raw('DATABASE_URL="@@?serverVersion=8.0"', "mysql-url")
    f.raw("MAILER_DSN=smtp://postmaster%40mg.acme-shop.eu:@@@smtp.eu.mailgun.org:587", "smtp-password", g.password("url"))
    f.mix("dotenv", "mollie-key stripe-secret-key shippo-token algolia-admin-key", "publishable-key publishable-key", fill=ENVF)
    f.raw("MESSENGER_TRANSPORT_DSN=@@/%2f/messages", "amqp-url")
    f.nraw("MAILJET_API_KEY=@@", "key-identifier", g.hx(32))
    f.p("dotenv", "mailjet-secret", "MAILJET_SECRET_KEY", style=0)
    f = r.file("config/packages/doctrine.yaml")
    f.t("doctrine:\n  dbal:")
    f.nraw("    url: '@@'", "env-reference", "%env(resolve:DATABASE_URL)%")
    f.t("  orm:\n    auto_generate_proxy_classes: true\n    naming_strategy: doctrine.orm.naming_strategy.underscore_number_aware")
    f = r.file("config/services.yaml")
    f.t("parameters:\n    app.supported_locales: ['en', 'fr', 'de']")
    f.nraw("    app.payment.mollie_key: '@@'", "env-reference", "%env(MOLLIE_API_KEY)%")
    f.raw("    app.erp.api_password: '@@'", "generic-password")
    f.raw("    app.ups.access_license: '@@'", "generic-api-key", g.HX(16))
    f.t("services:\n    _defaults:\n        autowire: true\n        autoconfigure: true")
    f.nraw("    App\\Service\\Erp:\n        arguments: ['%kernel.secret%', '@@']", "template-reference", "%app.erp.api_password%")
    f = r.file("src/Service/PaymentGateway.php", family="code-php")
    f.t("<?php\n\nnamespace App\\Service;\n\nuse Mollie\\Api\\MollieApiClient;\n\nfinal class PaymentGateway\n{")
    f.ind = "    "
    f.mix("php", "paystack-secret flutterwave-secret generic-secret", "code-derived env-reference")
    f.ti("public function __construct(private MollieApiClient $mollie) {}")
    f.ind = ""
    f.t("}")
    f = r.file("config/secrets/prod/prod.encrypt.public.php", family="code-php")
    f.t("<?php\n\nreturn")
    f.nraw("    \"@@\";", "public-key", g.b64bytes(32))
    f = r.file("config/secrets/prod/prod.STRIPE_SECRET_KEY.6d4d2a.php", family="code-php")
    f.t("<?php // prod.STRIPE_SECRET_KEY.6d4d2a on Tue, 04 Mar 2025 10:02:11 +0000\n\nreturn")
    f.nraw("    \"@@\";", "encrypted-value", g.b64bytes(96))
    f = r.file("composer.lock", family="lockfile")
    f.t('{\n    "_readme": ["This file locks the dependencies of your project to a known state"],')
    f.nraw('    "content-hash": "@@",', "lockfile-integrity", g.hx(32))
    f.t('    "packages": [\n        {\n            "name": "mollie/mollie-api-php",\n            "version": "v2.71.0",\n            "dist": {\n                "type": "zip",')
    f.nraw('                "shasum": "@@"', "lockfile-integrity", g.hx(40))
    f.t("            }\n        }\n    ]\n}")


def aspnet_azure(c):
    r = c.repo("aspnet-azure")
    g = c.g
    f = r.file("src/Acme.Portal/appsettings.json", crlf=True)
    f.t('{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Information"\n    }\n  },\n  "ConnectionStrings": {')
    pw = g.password("alnum")
    f.raw('    "Default": "Server=tcp:acme-sql-prod.database.windows.net,1433;Initial Catalog=portal;User ID=portal_app;Password=@@;Encrypt=True;",', "db-password", pw)
    f.raw('    "Storage": "@@",', "azure-storage-connection-string")
    f.raw('    "ServiceBus": "@@"', "azure-servicebus-connection-string")
    f.t('  },\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",')
    f.ind = "    "
    f.n("json", "uuid-identifier", "TENANT_ID")
    f.n("json", "uuid-identifier", "CLIENT_ID")
    f.p("json", "azure-ad-client-secret", "CLIENT_SECRET", style=0)
    f.ti('"CallbackPath": "/signin-oidc"')
    f.ind = ""
    f.t('  },\n  "ApplicationInsights": {')
    f.nraw('    "ConnectionString": "InstrumentationKey=@@;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"', "uuid-identifier", g.uuid())
    f.t('  },\n  "Integrations": {')
    f.ind = "    "
    f.mix("json", "azure-openai-key hubspot-token generic-api-key",
          "secret-manager-reference placeholder")
    f.ind = ""
    f.t('    "Timeout": 30\n  }\n}')
    f = r.file("src/Acme.Portal/appsettings.Development.json", crlf=True)
    f.t('{\n  "ConnectionStrings": {')
    f.nraw('    "Storage": "UseDevelopmentStorage=true;AccountKey=@@"', "vendor-example-key", K.AZURITE_KEY)
    f.t('  },\n  "Integrations": {')
    f.ind = "    "
    f.n("json", "placeholder", "AZURE_OPENAI_API_KEY")
    f.ti('"Enabled": false')
    f.ind = ""
    f.t("  }\n}")
    f = r.file("src/Acme.Functions/local.settings.json", crlf=True)
    f.t('{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",')
    f.raw('    "AzureWebJobsStorage": "@@",', "azure-storage-connection-string")
    f.ind = "    "
    f.mix("json", "azure-cosmos-key sendgrid-key", "secret-manager-reference uuid-identifier", family="json")
    f.ind = ""
    f.t('    "WEBSITE_TIME_ZONE": "W. Europe Standard Time"\n  }\n}')
    f = r.file("src/Acme.Legacy/Web.config", crlf=True, family="xml")
    f.t('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="webpages:Version" value="3.0.0.0" />')
    f.ind = "    "
    f.mix("xml-add", "generic-password ldap-bind-password azure-storage-account-key", "placeholder password-policy")
    f.ind = ""
    f.t("  </appSettings>\n  <connectionStrings>")
    f.raw('    <add name="CrmDb" connectionString="Data Source=sql02;Initial Catalog=crm;User Id=crm_web;Password=@@" providerName="System.Data.SqlClient" />', "db-password")
    f.t("  </connectionStrings>\n</configuration>")
    f = r.file("src/Acme.Portal/Services/GraphMailer.cs", crlf=True, family="code-csharp")
    f.t("using Azure.Identity;\nusing Microsoft.Graph;\n\nnamespace Acme.Portal.Services;\n\npublic sealed class GraphMailer\n{")
    f.ind = "    "
    f.mix("cs", "azure-ad-client-secret azure-devops-pat", "env-reference code-derived uuid-identifier")
    f.ti("private readonly GraphServiceClient _client;")
    f.ind = ""
    f.t("}")
    f = r.file("src/Acme.Functions/Startup.cs", crlf=True, family="code-csharp")
    f.t("public class Startup : FunctionsStartup\n{\n    public override void Configure(IFunctionsHostBuilder builder)\n    {\n        builder.Services.AddHttpClient(\"erp\", c =>\n        {")
    f.raw('            c.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "@@");', "generic-api-key", g.hx(32))
    f.t("        });\n        builder.Services.AddSingleton(new SmtpSettings\n        {\n            Host = \"smtp.office365.com\",")
    f.ind = "            "
    f.p("cs-init", "smtp-password", "PASSWORD")
    f.ind = ""
    f.t("        });\n    }\n}")


def go_cli(c):
    r = c.repo("go-cli")
    g = c.g
    f = r.file("internal/config/defaults.go", family="code-go")
    f.t('package config\n\n// Defaults baked into release builds. Override with ~/.config/acmectl/config.yaml.\nconst (\n\tDefaultEndpoint = "https://api.acme.dev"')
    f.ind = "\t"
    f.mix("go", "github-app-token buildkite-token generic-api-key", "env-reference password-policy")
    f.ind = ""
    f.t(")\n\nvar telemetry = Telemetry{\n\tEndpoint: \"https://otel.acme.dev\",")
    f.ind = "\t"
    f.mix("go-struct", "newrelic-license-key", "code-derived")
    f.ind = ""
    f.t("}")
    f = r.file("cmd/release.go", family="code-go")
    f.t('package cmd\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc uploadAsset(req *http.Request) {')
    f.raw('\treq.Header.Set("Authorization", "token @@")', "github-pat")
    f.raw('\treq.SetBasicAuth("release-bot", "@@")', "generic-password")
    f.t('\tif os.Getenv("ACMECTL_DEBUG") != "" {\n\t\tdumpRequest(req)\n\t}\n}')
    f = r.file(".goreleaser.yaml", family="yaml-ci")
    f.t("version: 2\nbuilds:\n  - env: [CGO_ENABLED=0]\n    goos: [linux, darwin, windows]\nbrews:\n  - repository:\n      owner: acme\n      name: homebrew-tap")
    f.raw("      token: \"@@\"", "github-fine-grained-pat")
    f.nraw("signs:\n  - artifacts: checksum\n    args: [\"--batch\", \"--pinentry-mode\", \"loopback\", \"--passphrase\", \"@@\"]", "env-reference", "{{ .Env.GPG_PASSPHRASE }}")
    f = r.file("Makefile", family="makefile")
    f.t("BINARY := acmectl\nVERSION ?= $(shell git describe --tags)\n")
    f.mix("make", "dockerhub-pat generic-token", "env-reference password-policy")
    f.t("\nbuild:\n\tgo build -ldflags \"-X main.version=$(VERSION)\" -o bin/$(BINARY) .\n")
    f.raw("release:\n\tcurl -sf -u ci:@@ -T dist/$(BINARY).tar.gz https://nexus.acme.dev/repository/raw-releases/", "generic-password")
    f = r.file("go.sum", family="lockfile")
    for mod in ["github.com/spf13/cobra v1.8.1", "github.com/spf13/viper v1.19.0", "golang.org/x/oauth2 v0.22.0"]:
        f.nraw(f"{mod} h1:@@=", "lockfile-integrity", g.b64bytes(32).rstrip("="))
    f = r.file("internal/auth/testdata/token.json", family="json")
    f.t("{")
    f.nraw('  "access_token": "@@",', "fake-fixture", "test-access-token-not-real")
    f.nraw('  "id_token": "@@",', "vendor-example-key", K.JWT_IO)
    f.t('  "expires_in": 3600\n}')


def node_prisma(c):
    r = c.repo("node-prisma-api")
    g = c.g
    f = r.file(".env")
    f.raw("DATABASE_URL=\"@@?schema=public\"", "postgres-url")
    f.raw("SHADOW_DATABASE_URL=@@", "postgres-url")
    f.mix("dotenv", "session-secret resend-key linear-key generic-token", "placeholder publishable-key", fill=ENVF)
    f = r.file("prisma/schema.prisma", family="prisma")
    f.t('generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"')
    f.nraw('  url      = @@', "env-reference", 'env("DATABASE_URL")')
    f.t("}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n  passwordHash String\n}")
    f = r.file("src/config.ts", family="code-ts")
    f.t("import { z } from 'zod';\n\nexport const config = {")
    f.ind = "  "
    f.mix("ts", "jwt-signing-secret", "env-reference env-reference password-policy")
    f.ind = ""
    f.t("};\n")
    f.mix("ts", "openrouter-key replicate-token", "code-derived")
    f.t("\n// partner keys accepted on /v1/webhooks (rotate via ops ticket)\nexport const PARTNER_KEYS = [")
    f.raw("  '@@',", "generic-api-key", g.s(32))
    f.raw("  '@@',", "generic-api-key", g.hx(40))
    f.t("];")
    f = r.file("src/lib/mailer.js", family="code-js")
    f.t("const nodemailer = require('nodemailer');\n\nconst transport = nodemailer.createTransport({\n  host: 'email-smtp.eu-west-1.amazonaws.com',\n  port: 465,\n  auth: {")
    f.raw("    user: '@@',", "aws-access-key-id")
    f.raw("    pass: '@@',", "smtp-password", g.s(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    f.t("  },\n});\n")
    f.mix("js", "postmark-token brevo-key", "env-reference", fill=JSF)
    f.t("\nmodule.exports = { transport };")
    f = r.file("ecosystem.config.js", family="code-js")
    f.t("module.exports = {\n  apps: [{\n    name: 'api',\n    script: 'dist/server.js',\n    env_production: {\n      NODE_ENV: 'production',")
    f.ind = "      "
    f.mix("js-obj", "generic-api-key launchdarkly-sdk-key", "env-reference")
    f.raw("MONGO_URL: '@@',", "mongodb-url")
    f.ind = ""
    f.t("    },\n  }],\n};")
    f = r.file(".npmrc", family="credential-file")
    f.t("@acme:registry=https://npm.pkg.github.com")
    f.raw("//npm.pkg.github.com/:_authToken=@@", "github-pat")
    f.raw("//registry.npmjs.org/:_authToken=@@", "npm-token")
    f.t("save-exact=true")
    f = r.file("package-lock.json", family="lockfile")
    f.t('{\n  "name": "api",\n  "lockfileVersion": 3,\n  "packages": {')
    for pkg in ["express", "prisma", "jsonwebtoken", "zod"]:
        f.t(f'    "node_modules/{pkg}": {{\n      "version": "4.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}",\n      "resolved": "https://registry.npmjs.org/{pkg}/-/{pkg}.tgz",')
        f.nraw('      "integrity": "sha512-@@"', "lockfile-integrity", g.b64bytes(64))
        f.t("    },")
    f.t('    "": {}\n  }\n}')
    f = r.file("test/setup.ts", family="code-ts")
    f.t("process.env.NODE_ENV = 'test';")
    for k in ["fake-fixture", "fake-fixture", "vendor-example-key"]:
        nm, v = __import__("core").neg_value(g, k)
        f.nraw(f"process.env.{nm} = '@@';", k, v)


def ci_monorepo(c):
    r = c.repo("ci-monorepo")
    g = c.g
    f = r.file(".github/workflows/deploy.yml", family="yaml-ci")
    f.t("name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:")
    f.ind = "      "
    f.n("yaml", "env-reference", "AWS_REGION", value="${{ vars.AWS_REGION }}")
    f.nraw("AWS_SECRET_ACCESS_KEY: @@", "ci-secret-reference", "${{ secrets.AWS_SECRET_ACCESS_KEY }}")
    f.p("compose", "aws-access-key-id", "AWS_ACCESS_KEY_ID")
    f.p("compose", "aws-secret-access-key", "AWS_SECRET_ACCESS_KEY_BACKUP")
    f.ind = ""
    f.t("    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/login-action@v3\n        with:\n          registry: ghcr.io\n          username: ${{ github.actor }}")
    f.nraw("          password: @@", "ci-secret-reference", "${{ secrets.GITHUB_TOKEN }}")
    f.t("      - name: notify\n        run: |")
    f.raw("          curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deployed\"}' @@", "slack-webhook")
    f = r.file(".github/workflows/nightly.yml", family="yaml-ci")
    f.t("name: nightly\non:\n  schedule:\n    - cron: '0 2 * * *'\njobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci && npm run e2e\n        env:")
    f.ind = "          "
    f.mix("compose", "generic-password", "env-reference")
    f.ind = ""
    sha = g.hx(40)
    f.put("      - uses: actions/upload-artifact@" + sha + " # v4", sha, "hash-not-secret", False)
    f = r.file(".gitlab-ci.yml", family="yaml-ci")
    f.t("stages: [build, test, deploy]\nvariables:\n  DOCKER_DRIVER: overlay2")
    f.ind = "  "
    f.mix("compose", "gitlab-pat generic-token", "password-policy")
    f.nraw("SONAR_TOKEN: $@@", "ci-secret-reference", "SONAR_TOKEN_MASKED")
    f.ind = ""
    f.t("build:\n  stage: build\n  script:")
    f.raw("    - docker login -u gitlab-ci-token -p @@ $CI_REGISTRY", "gitlab-deploy-token")
    f.nraw("    - echo \"$@@\" | docker login -u $CI_REGISTRY_USER --password-stdin $CI_REGISTRY", "ci-secret-reference", "CI_REGISTRY_PASSWORD")
    f.t("trigger_downstream:\n  stage: deploy\n  script:")
    f.raw("    - curl -X POST -F token=@@ -F ref=main https://gitlab.acme.io/api/v4/projects/42/trigger/pipeline", "gitlab-trigger-token")
    f = r.file("azure-pipelines.yml", family="yaml-ci")
    f.t("trigger:\n- main\npool:\n  vmImage: ubuntu-latest\nvariables:")
    f.raw("  - name: NUGET_API_KEY\n    value: '@@'", "nuget-api-key")
    f.nraw("  - group: @@", "secret-name-only", "prod-secrets")
    f.t("steps:\n- script: dotnet nuget push **/*.nupkg --api-key $(NUGET_API_KEY) --source https://api.nuget.org/v3/index.json")
    f.nraw("- script: az login --service-principal -u $(ARM_CLIENT_ID) -p @@ --tenant $(ARM_TENANT_ID)", "ci-secret-reference", "$(ARM_CLIENT_SECRET)")
    f.raw("- script: echo \"##vso[task.setvariable variable=AZURE_DEVOPS_EXT_PAT;issecret=true]@@\"", "azure-devops-pat")
    f = r.file("bitbucket-pipelines.yml", family="yaml-ci")
    f.t("image: node:20\npipelines:\n  default:\n    - step:\n        name: test\n        script:\n          - npm ci\n          - npm test")
    f.t("    - step:\n        name: deploy\n        deployment: production\n        script:\n          - pipe: atlassian/heroku-deploy:2.4.0\n            variables:")
    f.raw("              HEROKU_API_KEY: '@@'", "heroku-api-key")
    f.nraw("              HEROKU_APP_NAME: @@", "env-reference", "$HEROKU_APP_NAME")
    f.raw("          - git push https://x-token-auth:@@@bitbucket.org/acme/web.git HEAD:release", "bitbucket-app-password")
    f = r.file(".buildkite/pipeline.yml", family="yaml-ci")
    f.t("env:\n  BUILDKITE_PLUGIN_DOCKER_LOGIN_USERNAME: acmebuild")
    f.ind = "  "
    f.p("compose", "buildkite-token", "BUILDKITE_ANALYTICS_TOKEN")
    f.p("compose", "dockerhub-pat", "DOCKER_LOGIN_PASSWORD")
    f.ind = ""
    f.t("steps:\n  - label: ':docker: build'\n    command: make image\n  - label: deploy\n    command: scripts/deploy.sh")
    f.nraw("    env:\n      DEPLOY_KEY: \"@@\"", "ci-secret-reference", "$$DEPLOY_KEY")
    f = r.file(".drone.yml", family="yaml-ci")
    f.t("kind: pipeline\ntype: docker\nname: default\nsteps:\n- name: publish\n  image: plugins/docker\n  settings:\n    repo: acme/api\n    username: acmebot\n    password:")
    f.nraw("      from_secret: @@", "ci-secret-reference", "docker_password")
    f.t("- name: notify\n  image: plugins/slack\n  settings:")
    f.raw("    webhook: @@", "slack-webhook")
    f.t("- name: scan\n  image: sonarsource/sonar-scanner-cli\n  environment:")
    f.raw("    SONAR_TOKEN: @@", "sonarqube-token")
    f = r.file("tekton/pipelinerun-release.yaml", family="yaml-k8s")
    f.t("apiVersion: tekton.dev/v1\nkind: PipelineRun\nmetadata:\n  generateName: release-\nspec:\n  pipelineRef:\n    name: release\n  params:\n    - name: git-url\n      value: https://github.com/acme/api")
    f.raw("    - name: registry-password\n      value: \"@@\"", "generic-password")
    f.nraw("  workspaces:\n    - name: docker-credentials\n      secret:\n        secretName: @@", "secret-name-only", "registry-creds")
    f = r.file("argo/workflow-backup.yaml", family="yaml-k8s")
    f.t("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: db-backup-\nspec:\n  entrypoint: backup\n  templates:\n  - name: backup\n    container:\n      image: postgres:16\n      command: [sh, -c]")
    f.raw("      args: [\"PGPASSWORD='@@' pg_dump -h pg-main.prod -U backup app | gzip > /out/app.sql.gz\"]", "db-password", g.password("alnum"))
    f.t("      env:")
    f.ind = "      "
    f.raw("- name: AWS_ACCESS_KEY_ID\n  value: @@", "aws-access-key-id")
    f.raw("- name: AWS_SECRET_ACCESS_KEY\n  value: @@", "aws-secret-access-key")
    f.nraw("- name: SLACK_TOKEN\n  valueFrom:\n    secretKeyRef: {name: slack, key: @@}", "secret-name-only", "token")
    f.ind = ""
    f = r.file(".circleci/config.yml", family="yaml-ci")
    f.t("version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:20.11\n        auth:\n          username: acmeci")
    f.nraw("          password: @@", "ci-secret-reference", "$DOCKERHUB_PASSWORD")
    f.t("    environment:")
    f.raw("      CIRCLE_TOKEN: @@", "circleci-pat")
    f.raw("      SRC_ACCESS_TOKEN: @@", "sourcegraph-token")
    f.t("    steps: [checkout, run: npm ci]")


def terraform(c):
    r = c.repo("terraform-multicloud")
    g = c.g
    f = r.file("aws/providers.tf", family="terraform")
    f.t('terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.60"\n    }\n  }\n}\n\nprovider "aws" {\n  region     = "eu-west-1"')
    f.raw('  access_key = "@@"', "aws-access-key-id")
    f.raw('  secret_key = "@@"', "aws-secret-access-key")
    f.t("}\n")
    f.t('resource "aws_db_instance" "main" {\n  identifier        = "orders-prod"\n  engine            = "postgres"\n  username          = "orders_admin"')
    f.raw('  password          = "@@"', "db-password")
    f.t('  storage_encrypted = true\n}\n\ndata "aws_secretsmanager_secret_version" "stripe" {')
    f.n("hcl", "secret-manager-reference", "SECRET_ID")
    f.t("}")
    f = r.file("gcp/main.tf", family="terraform")
    f.t('provider "google" {\n  project = "acme-data-prod"\n  region  = "europe-west4"\n}\n\nresource "google_sql_user" "etl" {\n  name     = "etl"\n  instance = google_sql_database_instance.main.name')
    f.raw('  password = "@@"', "generic-password")
    f.t('}\n\nresource "google_secret_manager_secret_version" "hmac" {\n  secret      = google_secret_manager_secret.hmac.id')
    f.raw('  secret_data = "@@"', "gcp-hmac-secret")
    f.t("}\n")
    f.t('variable "db_root_password" {\n  type      = string\n  sensitive = true')
    f.nraw('  default   = @@', "secret-name-only", "null")
    f.t("}")
    f = r.file("azure/main.tf", family="terraform")
    f.t('provider "azurerm" {\n  features {}')
    f.n("hcl", "uuid-identifier", "SUBSCRIPTION_ID")
    f.n("hcl", "uuid-identifier", "TENANT_ID")
    f.t('  client_id       = "' + g.uuid() + '"')
    f.raw('  client_secret   = "@@"', "azure-ad-client-secret")
    f.t("}\n\nresource \"azurerm_mssql_server\" \"main\" {\n  name                         = \"acme-sql-prod\"\n  administrator_login          = \"sqladmin\"")
    f.raw('  administrator_login_password = "@@"', "db-password")
    f.t("}\n")
    f.t('resource "azurerm_key_vault_secret" "sendgrid" {\n  name         = "sendgrid-api-key"')
    f.raw('  value        = "@@"', "sendgrid-key")
    f.t("  key_vault_id = azurerm_key_vault.main.id\n}")
    f = r.file("terraform.tfvars", family="terraform")
    f.mix("hcl", "cloudflare-api-token datadog-api-key datadog-app-key pagerduty-key fastly-token", "placeholder uuid-identifier")
    f.raw('tfe_token = "@@"', "terraform-cloud-token")
    f = r.file("live/prod/terragrunt.hcl", family="terragrunt")
    f.t('include "root" {\n  path = find_in_parent_folders()\n}\n\ninputs = {\n  environment = "prod"')
    f.ind = "  "
    f.mix("hcl", "grafana-sa-token vault-token", "env-reference secret-manager-reference")
    f.nraw("db_password = get_env(\"@@\")", "env-reference", "TF_VAR_db_password")
    f.ind = ""
    f.t("}")
    f = r.file("live/terragrunt.hcl", family="terragrunt")
    f.t('remote_state {\n  backend = "s3"\n  config = {\n    bucket  = "acme-tf-state"\n    key     = "${path_relative_to_include()}/terraform.tfstate"\n    region  = "eu-west-1"\n    encrypt = true')
    f.nraw('    kms_key_id = "@@"', "secret-manager-reference", "arn:aws:kms:eu-west-1:" + g.digits(12) + ":key/" + g.uuid())
    f.t("  }\n}")
    f = r.file(".terraform.lock.hcl", family="lockfile")
    f.t('provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.60.0"\n  hashes = [')
    for _ in range(3):
        f.nraw('    "zh:@@",', "lockfile-integrity", g.hx(64))
    f.t("  ]\n}")
    f = r.file("modules/vpn/main.tf", family="terraform")
    f.t('resource "aws_vpn_connection" "office" {\n  vpn_gateway_id      = aws_vpn_gateway.main.id\n  customer_gateway_id = aws_customer_gateway.office.id\n  type                = "ipsec.1"')
    f.raw('  tunnel1_preshared_key = "@@"', "generic-secret", g.s(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._"))
    f.t("}")


def k8s_kustomize(c):
    r = c.repo("k8s-kustomize")
    g = c.g
    f = r.file("base/deployment.yaml", family="yaml-k8s")
    f.t("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: checkout\n          image: ghcr.io/acme/checkout:1.14.2\n          env:")
    f.ind = "            "
    f.mix("k8senv", "stripe-secret-key launchdarkly-sdk-key generic-password", "env-reference")
    f.nraw("- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: checkout-db\n      key: @@", "secret-name-only", "password")
    f.ind = ""
    f = r.file("overlays/prod/kustomization.yaml", family="yaml-k8s")
    f.t("resources:\n  - ../../base\nsecretGenerator:\n  - name: checkout-env\n    envs: [secret.env]\n  - name: checkout-literals\n    literals:")
    f.raw("      - REDIS_PASSWORD=@@", "redis-password")
    f.raw("      - RABBITMQ_URL=@@", "amqp-url")
    f = r.file("overlays/prod/secret.env", family="dotenv")
    f.mix("dotenv", "posthog-personal-key encryption-key", "")
    f = r.file("overlays/prod/db-secret.yaml", family="yaml-k8s")
    f.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: checkout-db\ntype: Opaque\ndata:\n  username: " + K._b64("checkout"))
    f.raw("  password: @@", "k8s-secret-data")
    f.t("stringData:")
    f.raw("  api-token: @@", "generic-token")
    f = r.file("overlays/prod/external-secrets.yaml", family="yaml-k8s")
    f.t("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: checkout-stripe\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:")
    f.nraw("        key: @@", "secret-manager-reference", "prod/checkout/stripe")
    f.nraw("        property: @@", "secret-name-only", "secret_key")
    f = r.file("overlays/prod/sealed-smtp.yaml", family="yaml-k8s")
    f.t("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: smtp\nspec:\n  encryptedData:")
    f.nraw("    password: @@", "encrypted-value", "AgB" + g.s(300, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==")
    f = r.file("overlays/staging/secrets.enc.yaml", family="yaml-k8s")
    f.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: checkout-env\nstringData:")
    for n in ["STRIPE_SECRET_KEY", "DB_PASSWORD", "JWT_SECRET"]:
        _, v = __import__("core").neg_value(g, "encrypted-value")
        v = "ENC[AES256_GCM,data:" + g.b64bytes(24) + ",iv:" + g.b64bytes(32) + ",tag:" + g.b64bytes(16) + ",type:str]"
        f.nraw(f"  {n}: @@", "encrypted-value", v)
    f.t("sops:\n  age:\n    - recipient: age1" + g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))
    f = r.file("charts/checkout/values-prod.yaml", family="yaml-helm")
    f.t("replicaCount: 3\nimage:\n  repository: ghcr.io/acme/checkout\n  tag: 1.14.2\nenv:")
    f.ind = "  "
    f.mix("yaml", "sentry-user-token mapbox-secret-token", "placeholder")
    f.ind = ""
    f.t("postgresql:\n  auth:\n    username: checkout")
    f.raw("    password: \"@@\"", "db-password")
    f.raw("    postgresPassword: @@", "generic-password")
    f = r.file("charts/checkout/templates/secret.yaml", family="yaml-helm")
    f.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include \"checkout.fullname\" . }}\ndata:")
    f.nraw("  stripe-key: @@", "template-reference", "{{ .Values.env.stripeSecretKey | b64enc | quote }}")
    f.nraw("  db-password: @@", "template-reference", "{{ .Values.postgresql.auth.password | b64enc }}")
    f = r.file("clusters/prod/kubeconfig", family="kubeconfig")
    f.t("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s-prod.acme.internal:6443")
    f.nraw("    certificate-authority-data: @@", "public-key", g.b64bytes(600))
    f.t("  name: prod\nusers:\n- name: ci-deployer\n  user:")
    f.raw("    token: @@", "jwt-token", g.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                                                     "sub": "system:serviceaccount:ci:deployer"}, alg="RS256"))
    f.t("- name: admin\n  user:")
    f.raw("    client-key-data: @@", "rsa-private-key", K.base64.b64encode(g.rsa_pem().encode()).decode())


def openshift(c):
    r = c.repo("openshift-templates")
    g = c.g
    f = r.file("templates/crm-template.yaml", family="yaml-k8s")
    f.t("apiVersion: template.openshift.io/v1\nkind: Template\nmetadata:\n  name: crm\nparameters:\n  - name: DATABASE_USER\n    value: crm")
    f.nraw("  - name: DATABASE_PASSWORD\n    generate: expression\n    from: \"@@\"", "placeholder", "[a-zA-Z0-9]{16}")
    f.raw("  - name: LDAP_BIND_PASSWORD\n    value: \"@@\"", "ldap-bind-password")
    f.raw("  - name: SMTP_PASSWORD\n    value: @@", "smtp-password")
    f.t("objects:\n  - apiVersion: v1\n    kind: Secret\n    metadata:\n      name: crm-db\n    stringData:")
    f.nraw("      password: @@", "template-reference", "${DATABASE_PASSWORD}")
    f.t("  - apiVersion: apps.openshift.io/v1\n    kind: DeploymentConfig\n    metadata:\n      name: crm\n    spec:\n      template:\n        spec:\n          containers:\n            - name: crm\n              env:")
    f.ind = "                "
    f.mix("k8senv", "okta-api-token generic-api-key", "env-reference")
    f.ind = ""
    f.t("  - apiVersion: build.openshift.io/v1\n    kind: BuildConfig\n    metadata:\n      name: crm\n    spec:\n      source:\n        git:")
    f.raw("          uri: https://crm-build:@@@git.acme.internal/crm/crm.git", "generic-token", g.s(20, "abcdefghijklmnopqrstuvwxyz0123456789"))
    f.t("      strategy:\n        dockerStrategy:\n          env:")
    f.ind = "            "
    f.raw("- name: PIP_INDEX_URL\n  value: @@", "url-with-credentials")
    f.ind = ""
    f = r.file("templates/route-tls.yaml", family="yaml-k8s")
    f.t("apiVersion: route.openshift.io/v1\nkind: Route\nmetadata:\n  name: crm\nspec:\n  host: crm.apps.ocp.acme.internal\n  tls:\n    termination: edge\n    certificate: |-")
    cert = g.cert_pem()
    f.nraw("\n".join("      " + ln for ln in cert.split("\n")), "public-key", cert.split("\n")[0])
    f.t("    key: |-")
    key = g.rsa_pem()
    f.raw("\n".join("      " + ln for ln in key.split("\n")), "rsa-private-key", key)
    f = r.file("templates/pull-secret.json", family="json")
    auth = K._b64("acme+robot:" + g.s(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    f.t('{\n  "auths": {\n    "quay.io": {')
    f.raw('      "auth": "@@",', "docker-config-auth", auth)
    f.t('      "email": ""\n    }\n  }\n}')
