"""Repositories 17-24: legacy PHP, .NET Framework, Spring Boot, Python services, a Go service, a Rust
CLI, an LLM/RAG side project and a pentest team's notes."""
import base64

from core import MARK as M
from shapes import J


def legacy_php(c):
    S, R = c.S, "legacy-php"
    f = c.file(R, "crm/.env", "dotenv")
    f.t("APP_NAME=\"Kunden CRM\"\nAPP_ENV=production")
    f.p(f"APP_KEY={M}", S.laravel_key(), "laravel-app-key", "laravel")
    f.t("APP_DEBUG=false\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_DATABASE=crm\nDB_USERNAME=crm")
    f.p(f"DB_PASSWORD={M}", S.password(), "db-password")
    f.t("MAIL_MAILER=smtp\nMAIL_HOST=smtp.mailtrap.io\nMAIL_USERNAME=" + S.hex(14))
    f.p(f"MAIL_PASSWORD={M}", S.hex(14), "smtp-password")
    f.t("PUSHER_APP_ID=" + S.digits(7))
    f.n(f"PUSHER_APP_KEY={M}", S.hex(20), "public-client-id")
    f.p(f"PUSHER_APP_SECRET={M}", S.hex(20), "pusher-app-secret", "pusher")
    f.deck("dotenv", 2, 2)

    f = c.file(R, "crm/config/services.php", "code-php")
    f.t("<?php\n\nreturn [\n    'mailgun' => [\n        'domain' => env('MAILGUN_DOMAIN'),")
    f.n(f"        'secret' => env('{M}'),", "MAILGUN_SECRET", "env-reference")
    f.t("    ],\n    'stripe' => [")
    f.n(f"        'secret' => env('STRIPE_SECRET', '{M}'),", "sk_test_your_key_here", "placeholder")
    f.t("    ],\n    'datev' => [")
    f.p(f"        'api_key' => '{M}',", S.an(32), "generic-api-key")
    f.t("    ],\n];")

    f = c.file(R, "shop-ci2/application/config/database.php", "code-php")
    f.t("<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');\n$active_group = 'default';\n$db['default']['hostname'] = 'localhost';\n$db['default']['username'] = 'shop';")
    f.p(f"$db['default']['password'] = '{M}';", S.password().replace("'", "x"), "db-password")
    f.t("$db['default']['database'] = 'shop';\n$db['default']['dbdriver'] = 'mysqli';")
    f.p(f"$db['legacy']['password'] = '{M}';", S.an(12), "db-password")

    f = c.file(R, "shop-ci2/application/config/config.php", "code-php")
    f.t("<?php\n$config['base_url'] = 'https://shop.kunde.example/';\n$config['index_page'] = '';")
    f.p(f"$config['encryption_key'] = '{M}';", S.an(32), "codeigniter-encryption-key", "codeigniter")
    f.t("$config['sess_cookie_name'] = 'ci_session';\n$config['sess_expiration'] = 7200;")
    f.n(f"$config['csrf_token_name'] = '{M}';", "csrf_test_name", "crypto-setting")

    f = c.file(R, "shop-ci2/application/libraries/Paypal_ipn.php", "code-php")
    f.t("<?php\nclass Paypal_ipn {")
    f.p(f"    private $api_signature = '{M}';", S.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-", 56), "paypal-nvp-signature", "paypal")
    f.p(f"    private $api_password = '{M}';", S.s("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 16), "paypal-nvp-password", "paypal")
    f.t("    private $api_username = 'shop_api1.kunde.example';\n}")

    f = c.file(R, "public/.htaccess", "htaccess")
    f.t("RewriteEngine On\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteRule ^ index.php [L]\n")
    f.p(f"SetEnv DB_PASS {M}", S.password().replace(" ", "x"), "db-password")
    f.n(f"SetEnv APP_ENV {M}", "production", "crypto-setting")

    f = c.file(R, "db/dump-2019-11.sql", "sql")
    f.t("-- MySQL dump 10.13  Distrib 5.7.28\nINSERT INTO `users` (`id`, `email`, `password`, `api_token`) VALUES")
    f.n(f"(1,'admin@kunde.example','{M}',NULL),", S.bcrypt(), "password-hash")
    f.p(f"(2,'api@kunde.example','!','{M}'),", S.an(60), "db-dump-api-token")
    f.n(f"(3,'old@kunde.example','{M}',NULL);", hashlib_md5(S), "password-hash")
    f.p(f"CREATE USER 'report'@'%' IDENTIFIED BY '{M}';", S.password().replace("'", "x"), "db-password")

    f = c.file(R, "crm/composer.lock", "lockfile")
    f.t('{\n    "packages": [\n        {\n            "name": "laravel/framework",\n            "version": "v8.83.27",\n            "dist": {\n                "type": "zip",')
    f.n(f'                "reference": "{M}",', S.sha1(), "git-commit-sha")
    f.n(f'                "shasum": "{M}"', "", "empty-value")
    f.t('            }\n        }\n    ],')
    f.n(f'    "content-hash": "{M}"', S.hex(32), "lockfile-hash")
    f.t("}")


def hashlib_md5(S):
    import hashlib
    return hashlib.md5(S.s("abcdefghijklmnop", 10).encode()).hexdigest()


def dotnet(c):
    S, R = c.S, "dotnet-portal"
    f = c.file(R, "Portal.Web/Web.config", "xml-config")
    f.t('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>')
    f.p(f'    <add name="PortalDb" connectionString="Data Source=SQL01\\PORTAL;Initial Catalog=Portal;User ID=portal_app;Password={M};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />', S.password().replace(";", "x").replace('"', "x"), "mssql-connection-string-password")
    f.n(f'    <add name="ReportingDb" connectionString="{M}" providerName="System.Data.SqlClient" />', "Data Source=SQL01\\PORTAL;Initial Catalog=Reporting;Integrated Security=True", "integrated-security-connection")
    f.t("  </connectionStrings>\n  <appSettings>")
    f.deck("xml-add", 3, 3, indent="    ")
    f.t('  </appSettings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.7.2" />')
    f.p(f'    <machineKey validationKey="{M}"', S.HEXU(128), "aspnet-machinekey-validation", "microsoft")
    f.p(f'                decryptionKey="{M}"', S.HEXU(48), "aspnet-machinekey-decryption", "microsoft")
    f.t('                validation="HMACSHA256" decryption="AES" />\n  </system.web>\n</configuration>')

    f = c.file(R, "Portal.Web/Web.Release.config", "xml-config")
    f.t('<?xml version="1.0"?>\n<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">\n  <appSettings>')
    f.n(f'    <add key="SmtpPassword" value="{M}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />', "#{SmtpPassword}#", "build-variable-reference")
    f.n(f'    <add key="StorageKey" value="{M}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />', "__StorageKey__", "build-variable-reference")
    f.t("  </appSettings>\n</configuration>")

    f = c.file(R, "Portal.Worker/App.config", "xml-config")
    f.t('<?xml version="1.0" encoding="utf-8" ?>\n<configuration>\n  <appSettings>')
    sk = S.azure_storage_key()
    f.p(f'    <add key="QueueStorage" value="DefaultEndpointsProtocol=https;AccountName=portalqueues;AccountKey={M};EndpointSuffix=core.windows.net" />', sk, "azure-storage-connection-string", "azure", False)
    f.p(f'    <add key="ServiceBus" value="Endpoint=sb://portal-bus.servicebus.windows.net/;SharedAccessKeyName=worker;SharedAccessKey={M}" />', S.b64bytes(32), "azure-servicebus-sas-key", "azure", False)
    f.n(f'    <add key="DevStorage" value="{M}" />', "UseDevelopmentStorage=true", "vendor-example-key")
    f.t("  </appSettings>\n</configuration>")

    f = c.file(R, "Portal.Api/appsettings.Production.json", "json")
    f.t('{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",')
    f.n(f'    "TenantId": "{M}",', S.uuid(), "uuid-id")
    f.n(f'    "ClientId": "{M}",', S.uuid(), "uuid-id")
    f.p(f'    "ClientSecret": "{M}"', S.azure_client_secret(), "azure-ad-client-secret", "azure", False)
    f.t('  },\n  "Jwt": {')
    f.p(f'    "SigningKey": "{M}",', S.b64bytes(64), "jwt-secret")
    f.n(f'    "Issuer": "{M}"', "https://portal.corp.example", "public-id")
    f.t("  }\n}")

    f = c.file(R, "Portal.Web/Properties/PublishProfiles/prod-iis.pubxml", "xml-config")
    f.t('<?xml version="1.0" encoding="utf-8"?>\n<Project>\n  <PropertyGroup>\n    <WebPublishMethod>MSDeploy</WebPublishMethod>\n    <MSDeployServiceURL>iis01.corp.example</MSDeployServiceURL>\n    <UserName>CORP\\svc_deploy</UserName>')
    f.p(f"    <Password>{M}</Password>", S.password().replace("<", "x").replace("&", "x"), "msdeploy-password")
    f.t("    <AllowUntrustedCertificate>True</AllowUntrustedCertificate>\n  </PropertyGroup>\n</Project>")

    f = c.file(R, "Portal.Core/Integrations/ErpClient.cs", "code-csharp")
    f.t("using System.Net.Http;\nusing System.Net.Http.Headers;\n\nnamespace Portal.Core.Integrations\n{\n    public class ErpClient\n    {")
    f.p(f'        private const string ApiKey = "{M}";', S.an(40), "generic-api-key")
    f.n(f'        private readonly string _secret = ConfigurationManager.AppSettings["{M}"];', "ErpSecret", "code-getenv")
    f.p(f'        private static readonly string BasicAuth = "Basic {M}";', base64.b64encode(("erp_portal:" + S.an(16)).encode()).decode(), "basic-auth-header")
    f.t("    }\n}")

    f = c.file(R, "Portal.Web/packages.lock.json", "lockfile")
    f.t('{\n  "version": 1,\n  "dependencies": {\n    ".NETFramework,Version=v4.7.2": {\n      "Newtonsoft.Json": {\n        "type": "Direct",\n        "resolved": "13.0.3",')
    f.n(f'        "contentHash": "{M}"', S.sha512_b64(), "lockfile-integrity")
    f.t("      }\n    }\n  }\n}")


def spring(c):
    S, R = c.S, "orders-service"
    f = c.file(R, "src/main/resources/application.yml", "yaml-spring")
    f.t("server:\n  port: 8080\nspring:\n  datasource:\n    url: jdbc:postgresql://orders-db:5432/orders\n    username: orders")
    f.p(f"    password: {M}", S.an(22), "db-password")
    f.t("  rabbitmq:\n    host: mq.internal\n    username: orders")
    f.n(f"    password: {M}", "${RABBIT_PASSWORD:guest}", "env-reference")
    f.t("  mail:\n    host: smtp.sendgrid.net\n    username: apikey")
    f.p(f"    password: {M}", S.sendgrid(), "sendgrid-api-key", "sendgrid", False)
    f.t("  security:\n    oauth2:\n      client:\n        registration:\n          keycloak:\n            client-id: orders-service")
    f.p(f"            client-secret: {M}", S.an(32), "keycloak-client-secret", "keycloak")
    f.t("management:\n  endpoints:\n    web:\n      exposure:\n        include: health,info")
    f.t("orders:")
    f.deck("yaml", 3, 3, indent="  ")

    f = c.file(R, "src/main/resources/bootstrap.yml", "yaml-spring")
    f.t("spring:\n  application:\n    name: orders-service\n  cloud:\n    config:\n      uri: https://config.internal\n      username: config-client")
    f.p(f"      password: {M}", S.an(20), "spring-cloud-config-password", "spring")
    f.t("    vault:\n      authentication: TOKEN")
    f.p(f"      token: {M}", S.vault(), "vault-service-token", "hashicorp", False)

    f = c.file(R, "src/main/resources/application-prod.properties", "properties")
    f.t("spring.jpa.hibernate.ddl-auto=validate\nlogging.level.root=WARN")
    f.p(f"spring.data.redis.password={M}", S.an(32), "redis-password")
    f.p(f"payment.adyen.api-key={M}", "AQE" + S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 60) + "=-" + S.b64bytes(32) + "=-" + S.s("abcdefghijklmnopqrstuvwxyz0123456789", 16), "adyen-api-key", "adyen", False)
    f.n(f"payment.adyen.hmac-key={M}", "${ADYEN_HMAC_KEY}", "env-reference")
    f.n(f"jwt.public-key-location={M}", "classpath:keys/jwt-public.pem", "file-reference")
    f.deck("properties", 2, 2)

    f = c.file(R, "src/main/resources/logback-spring.xml", "xml-logback")
    f.t('<configuration>\n  <appender name="LOGGLY" class="ch.qos.logback.ext.loggly.LogglyAppender">')
    f.p(f"    <endpointUrl>https://logs-01.loggly.com/inputs/{M}/tag/orders</endpointUrl>", S.uuid(), "loggly-customer-token", "loggly")
    f.t('  </appender>\n  <appender name="MAIL" class="ch.qos.logback.classic.net.SMTPAppender">\n    <smtpHost>smtp.office365.com</smtpHost>\n    <username>alerts@corp.example</username>')
    f.p(f"    <password>{M}</password>", S.password().replace("<", "x").replace("&", "x"), "smtp-password")
    f.t('  </appender>\n  <appender name="LOGSTASH" class="net.logstash.logback.appender.LogstashTcpSocketAppender">\n    <destination>logstash.internal:5044</destination>')
    f.n(f'    <customFields>{{"trace":"{M}"}}</customFields>', S.hex(32), "trace-id")
    f.t("  </appender>\n</configuration>")

    f = c.file(R, "src/main/java/com/corp/orders/config/PartnerClientConfig.java", "code-java")
    f.t("package com.corp.orders.config;\n\nimport org.springframework.context.annotation.Configuration;\n\n@Configuration\npublic class PartnerClientConfig {")
    f.n(f'    private final String apiKey = System.getenv("{M}");', "PARTNER_API_KEY", "code-getenv")
    f.deck("java", 2, 2, indent="    ")
    f.t("}")

    f = c.file(R, ".mvn/settings.xml", "xml-maven")
    f.t("<settings>\n  <servers>\n    <server>\n      <id>corp-nexus</id>\n      <username>deployment</username>")
    f.p(f"      <password>{M}</password>", S.password().replace("<", "x").replace("&", "x"), "maven-repo-password")
    f.t("    </server>\n    <server>\n      <id>github</id>\n      <username>corp-bot</username>")
    f.n(f"      <password>{M}</password>", "${env.GITHUB_TOKEN}", "env-reference")
    f.t("    </server>\n  </servers>\n</settings>")


def python_services(c):
    S, R = c.S, "py-services"
    f = c.file(R, "portal/portal/settings/production.py", "code-python")
    f.t("from .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"portal.verein.example\"]\n")
    f.p(f'SECRET_KEY = "{M}"', S.django_key().replace('"', "x"), "django-secret-key", "django")
    f.t("DATABASES = {\n    \"default\": {\n        \"ENGINE\": \"django.db.backends.postgresql\",\n        \"NAME\": \"portal\",\n        \"USER\": \"portal\",")
    f.p(f'        "PASSWORD": "{M}",', S.password().replace('"', "x"), "db-password")
    f.t('        "HOST": "db.internal",\n    }\n}')
    f.n(f'AUTH_PASSWORD_VALIDATORS = [{{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {{"min_length": {M}}}}}]', "12", "password-policy")
    f.p(f'EMAIL_HOST_PASSWORD = "{M}"', S.password().replace('"', "x"), "smtp-password")
    f.n(f'AWS_STORAGE_BUCKET_NAME = "{M}"', "verein-portal-media", "public-id")
    f.deck("python", 2, 3)

    f = c.file(R, "portal/.flaskenv", "dotenv")
    f.t("FLASK_APP=legacy_api\nFLASK_DEBUG=0")
    f.p(f"FLASK_SECRET_KEY={M}", S.hex(48), "flask-secret-key", "flask")
    f.p(f"SQLALCHEMY_DATABASE_URI=mysql+pymysql://legacy:{M}@10.1.0.7/legacy", S.an(18), "db-url-password")

    f = c.file(R, "ingest/alembic.ini", "ini")
    f.t("[alembic]\nscript_location = migrations\nprepend_sys_path = .")
    f.p(f"sqlalchemy.url = postgresql+psycopg2://ingest:{M}@ingest-db.internal/ingest", S.an(24), "db-url-password")
    f.t("\n[loggers]\nkeys = root,sqlalchemy,alembic")

    f = c.file(R, "ingest/app/config.py", "code-python")
    f.t("from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    app_name: str = \"ingest\"")
    f.p(f'    celery_broker_url: str = "amqp://ingest:{M}@rabbit.internal:5672/ingest"', S.an(20), "amqp-url-password")
    f.p(f'    partner_webhook_secret: str = "{M}"', S.an(40), "webhook-signing-secret")
    f.n(f'    s3_secret_key: str = "{M}"', "", "empty-value")
    f.n(f'    openai_api_key: str | None = {M}', "None", "empty-value")
    f.t('\n    class Config:\n        env_file = ".env"')

    f = c.file(R, "ingest/app/clients.py", "code-python")
    f.t("import os\nimport boto3\nimport hvac\n")
    f.n(f's3 = boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key={M})', 'os.environ["AWS_SECRET_ACCESS_KEY"]', "code-getenv")
    f.p(f'vault = hvac.Client(url="https://vault.internal:8200", token="{M}")', S.vault(), "vault-service-token", "hashicorp", False)
    f.p(f'sentry_sdk_auth = {{"Authorization": "Bearer {M}"}}', S.sentry_user(), "sentry-user-token", "sentry", False)

    f = c.file(R, "ingest/tests/test_clients.py", "code-python")
    f.t("import pytest\n")
    f.n(f'FAKE_TOKEN = "{M}"', J("hv", "s.", "this-is-a-fake-token-for-tests"), "test-fixture-fake")
    f.n(f'JWT_FIXTURE = "{M}"', J("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", ".", "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ", ".", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"), "vendor-example-key")
    f.t("\ndef test_fake():\n    assert FAKE_TOKEN")


def go_service(c):
    S, R = c.S, "go-billing"
    f = c.file(R, "internal/config/defaults.go", "code-go")
    f.t('package config\n\n// Defaults for local runs; production overrides via env (see deploy/).\nconst (\n\tDefaultPort = 8080')
    f.deck("go-const", 3, 3, indent="\t")
    f.t(")")

    f = c.file(R, "internal/psp/mollie.go", "code-go")
    f.t('package psp\n\nimport "net/http"\n\nfunc newRequest(url string) (*http.Request, error) {\n\treq, err := http.NewRequest("GET", url, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}')
    f.p(f'\treq.Header.Set("Authorization", "Bearer {M}")', "live_" + S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 30), "mollie-live-key", "mollie", False)
    f.t("\treturn req, nil\n}")

    f = c.file(R, "internal/store/db.go", "code-go")
    f.t('package store\n\nimport (\n\t"database/sql"\n\t"os"\n\n\t_ "github.com/lib/pq"\n)\n')
    f.p(f'const fallbackDSN = "postgres://billing:{M}@localhost:5432/billing?sslmode=disable"', S.an(20), "db-url-password")
    f.n(f'var dsn = os.Getenv("{M}")', "BILLING_DSN", "code-getenv")
    f.t("\nfunc Open() (*sql.DB, error) {\n\tif dsn == \"\" {\n\t\tdsn = fallbackDSN\n\t}\n\treturn sql.Open(\"postgres\", dsn)\n}")

    f = c.file(R, "deploy/nomad/billing.nomad.hcl", "hcl-nomad")
    f.t('job "billing" {\n  datacenters = ["dc1"]\n  group "api" {\n    task "server" {\n      driver = "docker"\n      config { image = "registry.internal/billing:1.14.2" }\n      env {')
    f.deck("hcl", 2, 2, indent="        ")
    f.t("      }\n      template {\n        data = <<EOH")
    f.n(f'MOLLIE_KEY="{M}"', '{{ with secret "kv/data/billing" }}{{ .Data.data.mollie_key }}{{ end }}', "vault-reference")
    f.t('EOH\n        destination = "secrets/env"\n        env = true\n      }\n    }\n  }\n}')

    f = c.file(R, "go.sum", "lockfile")
    for mod in ["github.com/lib/pq v1.10.9", "github.com/go-chi/chi/v5 v5.0.12"]:
        f.n(f"{mod} h1:{M}", base64.b64encode(bytes(S.r.randrange(256) for _ in range(32))).decode(), "lockfile-hash")

    f = c.file(R, "Makefile", "makefile")
    f.t("VERSION ?= $(shell git describe --tags)\n\nbuild:\n\tgo build -ldflags \"-X main.version=$(VERSION)\" ./cmd/billing\n")
    f.p(f"release:\n\tGITHUB_TOKEN={M} goreleaser release --clean", S.github("p"), "github-pat-classic", "github", False)
    f.p(f"\tcurl -u deploy:{M} -T dist/billing.tar.gz https://nexus.internal/repository/raw/", S.password().replace(" ", "x").replace("$", "x"), "basic-auth-password")


def rust_cli(c):
    S, R = c.S, "rust-cli-tidepool"
    f = c.file(R, "config.example.toml", "toml")
    f.t("# copy to ~/.config/tidepool/config.toml\n[api]\nendpoint = \"https://api.tidepool.dev\"")
    f.n(f'token = "{M}"', "<paste token from https://tidepool.dev/settings>", "placeholder")

    f = c.file(R, "dev/config.toml", "toml")
    f.t("[api]\nendpoint = \"https://staging.tidepool.dev\"")
    f.p(f'token = "{M}"', "tp_" + S.an(40), "generic-api-token")
    f.t("\n[storage]\nprovider = \"s3\"\nbucket = \"tidepool-staging\"")
    f.p(f'access_key_id = "{M}"', S.aws_akid(), "aws-access-key-id", "aws", False)
    f.p(f'secret_access_key = "{M}"', S.aws_secret(), "aws-secret-access-key", "aws")
    f.t("\n[telemetry]")
    f.deck("toml", 2, 3)

    f = c.file(R, "build.rs", "code-rust")
    f.t("use std::env;\n\nfn main() {\n    println!(\"cargo:rerun-if-env-changed=TIDEPOOL_TELEMETRY_KEY\");")
    f.n(f'    let key = env::var("{M}").unwrap_or_default();', "TIDEPOOL_TELEMETRY_KEY", "code-getenv")
    f.p(f'    let fallback = "{M}";', S.hex(32), "telemetry-write-key")
    f.t('    println!("cargo:rustc-env=TELEMETRY_KEY={}", if key.is_empty() { fallback } else { &key });\n}')

    f = c.file(R, "src/consts.rs", "code-rust")
    f.t("//! Constants compiled into the binary.")
    f.n(f'pub const BUILD_SHA: &str = "{M}";', S.sha1(), "git-commit-sha")
    f.n(f'pub const TELEMETRY_KEY: &str = env!("{M}");', "TELEMETRY_KEY", "code-getenv")
    f.deck("rust-const", 2, 2)

    f = c.file(R, "Cargo.lock", "lockfile")
    f.t("# This file is automatically @generated by Cargo.\nversion = 3\n")
    for name in ["serde", "tokio", "reqwest"]:
        f.t(f'[[package]]\nname = "{name}"\nversion = "1.{S.r.randrange(0, 40)}.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"')
        f.n(f'checksum = "{M}"', S.sha256(), "lockfile-hash")
        f.t("")

    f = c.file(R, ".cargo/credentials.toml", "toml")
    f.t("[registry]")
    f.p(f'token = "{M}"', J("ci", "o") + S.an(32), "crates-io-token", "crates.io", False)


def rag_lab(c):
    S, R = c.S, "rag-lab"
    f = c.file(R, ".env", "dotenv")
    f.t("# --- LLM providers ---")
    f.p(f"OPENAI_API_KEY={M}", S.openai_proj(), "openai-project-key", "openai", False)
    f.p(f"ANTHROPIC_API_KEY={M}", S.anthropic(), "anthropic-api-key", "anthropic", False)
    f.p(f"COHERE_API_KEY={M}", S.cohere(), "cohere-api-key", "cohere")
    f.p(f"MISTRAL_API_KEY={M}", S.mistral(), "mistral-api-key", "mistral")
    f.p(f"GROQ_API_KEY={M}", S.groq(), "groq-api-key", "groq", False)
    f.p(f"TOGETHER_API_KEY={M}", S.hex(64), "together-api-key", "together")
    f.t("# --- vector stores ---")
    f.p(f"PINECONE_API_KEY={M}", S.pinecone(), "pinecone-api-key", "pinecone", False)
    f.p(f"WEAVIATE_API_KEY={M}", S.an(40), "weaviate-api-key", "weaviate")
    f.t("WEAVIATE_URL=https://rag-lab-" + S.s("abcdefghijklmnopqrstuvwxyz0123456789", 8) + ".c0.europe-west3.gcp.weaviate.cloud")
    f.p(f"QDRANT_API_KEY={M}", S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 36), "qdrant-api-key", "qdrant")
    f.t("# --- tracing ---\nLANGSMITH_TRACING=true")
    f.p(f"LANGSMITH_API_KEY={M}", S.langsmith("pt"), "langsmith-pat", "langchain", False)
    f.p(f"HF_TOKEN={M}", S.hf(), "huggingface-token", "huggingface", False)

    f = c.file(R, ".env.example", "dotenv")
    f.n(f"OPENAI_API_KEY={M}", "sk-...", "placeholder")
    f.n(f"ANTHROPIC_API_KEY={M}", "sk-ant-xxxxxxxx", "placeholder")
    f.n(f"PINECONE_API_KEY={M}", "", "empty-value")
    f.n(f"LANGSMITH_API_KEY={M}", "lsv2_pt_...", "placeholder")

    f = c.file(R, "rag/ingest.py", "code-python")
    f.t("from langchain_openai import OpenAIEmbeddings\nfrom qdrant_client import QdrantClient\nimport cohere\n")
    f.p(f'co = cohere.ClientV2(api_key="{M}")', S.cohere(), "cohere-api-key", "cohere")
    f.p(f'qdrant = QdrantClient(url="https://qdrant.rag-lab.dev:6333", api_key="{M}")', S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 36), "qdrant-api-key", "qdrant")
    f.n(f'emb = OpenAIEmbeddings(model="text-embedding-3-small", api_key={M})', 'os.environ["OPENAI_API_KEY"]', "code-getenv")
    f.n(f'DOC_HASH_NAMESPACE = "{M}"', S.uuid(), "uuid-id")
    f.n(f'# chunk cache key: {M}', S.sha256(), "cache-key")

    f = c.file(R, "rag/serve.ts", "code-ts")
    f.t("import Anthropic from '@anthropic-ai/sdk';\nimport Groq from 'groq-sdk';\n")
    f.p(f"const anthropic = new Anthropic({{ apiKey: '{M}' }});", S.anthropic(), "anthropic-api-key", "anthropic", False)
    f.p(f"const together = {{ baseURL: 'https://api.together.xyz/v1', apiKey: '{M}' }};", S.hex(64), "together-api-key", "together")
    f.p(f"const replicateToken = '{M}';", S.replicate(), "replicate-token", "replicate", False)
    f.n(f"const requestId = '{M}';", "msg_" + S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 24), "request-id")

    f = c.file(R, "notebooks/eval.ipynb", "notebook")
    f.t('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "metadata": {},\n   "outputs": [],\n   "source": [')
    f.p(f'    "os.environ[\\"MISTRAL_API_KEY\\"] = \\"{M}\\"\\n",', S.mistral(), "mistral-api-key", "mistral")
    f.p(f'    "client = OpenAI(base_url=\\"https://openrouter.ai/api/v1\\", api_key=\\"{M}\\")\\n",', S.openrouter(), "openrouter-api-key", "openrouter", False)
    f.p(f'    "px = Perplexity(api_key=\\"{M}\\")"', S.perplexity(), "perplexity-api-key", "perplexity", False)
    f.t('   ]\n  },\n  {\n   "cell_type": "code",\n   "execution_count": 4,\n   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [')
    f.n(f'      "run_id={M}\\n"', S.uuid(), "uuid-id")
    f.t('     ]\n    }\n   ],\n   "source": ["print(run)"]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}')

    f = c.file(R, "config/models.yaml", "yaml-config")
    f.t("default_model: claude-3-5-sonnet\nproviders:\n  xai:\n    base_url: https://api.x.ai/v1")
    f.p(f"    api_key: {M}", S.xai(), "xai-api-key", "xai", False)
    f.t("  azure_openai:\n    endpoint: https://rag-lab-oai.openai.azure.com/\n    deployment: gpt-4o")
    f.p(f"    api_key: {M}", S.hex(32), "azure-openai-key", "azure")
    f.t("  voyage:")
    f.p(f"    api_key: {M}", "pa-" + S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 43), "voyage-api-key", "voyage", True)
    f.deck("yaml", 2, 3, indent="  ")


def pentest(c):
    S, R = c.S, "redteam-notes"
    f = c.file(R, "engagements/2024-acme/README.md", "markdown")
    f.t("# ACME Corp internal pentest (Q2)\n\nScope: 10.50.0.0/16, *.acme.example. RoE signed 2024-04-02.\n\n## Credentials recovered\n\n| where | user | secret | notes |\n|---|---|---|---|")
    f.p(f"| `\\\\fs01\\it$\\scripts\\map.bat` | ACME\\svc_backup | `{M}` | domain user, local admin on 14 hosts |", S.password().replace("|", "x").replace("`", "x"), "recovered-password")
    f.p(f"| Jenkins script console | jenkins-admin | `{M}` | reused on Nexus |", S.password().replace("|", "x").replace("`", "x"), "recovered-password")
    f.n(f"| SAM dump ws-114 | Administrator | `{M}` | NT hash, cracked below |", S.hex(32), "password-hash")
    f.t("\n## Findings\n\n1. Kerberoastable SPN on `svc_sql`.\n2. Unauthenticated Redis on 10.50.8.12.\n")
    f.p(f"Grafana on mon01 still had the bootstrap API key: `{M}` (viewer role).", "eyJrIjoi" + S.an(40) + "In0=", "grafana-api-key-legacy", "grafana", False)
    f.n(f"Request that triggered the SSRF: `X-Request-ID: {M}`", S.uuid(), "request-id")

    f = c.file(R, "engagements/2024-acme/loot/creds.txt", "loot-file")
    f.t("# source | host | user:pass")
    f.p(f"gpp cpassword decrypted | dc01 | ACME\\localadm:{M}", S.password().replace(":", "x"), "recovered-password")
    f.p(f"web.config | intranet01 | sa:{M}", S.password().replace(":", "x"), "recovered-password")
    f.p(f"bash_history | build02 | deploy:{M}", S.password().replace(":", "x"), "recovered-password")
    f.p(f"env of k8s pod | billing-7f9c | AWS {S.aws_akid()} / {M}", S.aws_secret(), "aws-secret-access-key", "aws")

    f = c.file(R, "engagements/2024-acme/loot/hashcat.potfile", "hashcat-potfile")
    for _ in range(3):
        f.p(f"{S.hex(32)}:{M}", S.password().replace(":", "x"), "cracked-password")
    f.p(f"$krb5tgs$23$*svc_sql$ACME.EXAMPLE$MSSQLSvc/sql01*${S.hex(32)}${S.hex(200)}:{M}", S.password().replace(":", "x"), "cracked-password")

    f = c.file(R, "engagements/2024-acme/loot/wordlist-top.txt", "wordlist")
    f.t("# top candidates, company-themed (generated with cewl + rules)")
    for w in ["Acme2024!", "Summer2024!", "Welcome1", "Password123"]:
        f.n(f"{M}", w, "wordlist-entry")

    f = c.file(R, "tools/burp/project-options.json", "json")
    f.t('{\n  "project_options": {\n    "connections": {\n      "upstream_proxy": {\n        "servers": [{\n          "destination_host": "*.acme.example",\n          "proxy_host": "10.50.0.5",\n          "authentication_type": "basic",\n          "username": "pentest",')
    f.p(f'          "password": "{M}"', S.password().replace('"', "x"), "proxy-password")
    f.t('        }]\n      }\n    }\n  },\n  "user_options": {\n    "misc": {\n      "api": {\n        "enabled": true,')
    f.p(f'        "keys": [{{ "name": "ci", "key": "{M}" }}]', S.an(32), "burp-rest-api-key", "portswigger")
    f.t("      }\n    }\n  }\n}")

    f = c.file(R, "tools/zap/zap.conf", "zap-conf")
    f.t("# passed to zap.sh -config ...\napi.disablekey=false")
    f.p(f"api.key={M}", S.s("abcdefghijklmnopqrstuvwxyz0123456789", 26), "zap-api-key", "zaproxy")
    f.t("connection.timeoutInSecs=60")

    f = c.file(R, "tools/c2/teamserver.profile", "c2-profile")
    f.t('set sleeptime "30000";\nset jitter "20";\nhttp-get {\n    set uri "/api/v2/status";\n    client {')
    f.n(f'        header "X-Trace-Id" "{M}";', S.hex(32), "trace-id")
    f.t("    }\n}")
    f.p(f'# teamserver 10.50.0.5 "{M}" teamserver.profile', S.password().replace('"', "x"), "c2-teamserver-password")

    f = c.file(R, "tools/gophish/config.json", "json")
    f.t('{\n  "admin_server": { "listen_url": "0.0.0.0:3333", "use_tls": true },\n  "db_name": "sqlite3",')
    f.n(f'  "db_path": "{M}",', "gophish.db", "file-reference")
    f.p(f'  "smtp_password": "{M}",', S.password().replace('"', "x"), "smtp-password")
    f.n(f'  "contact_address": "{M}"', "", "empty-value")
    f.t("}")

    f = c.file(R, "notes/cheatsheet.md", "markdown")
    f.t("# Useful one-liners\n\n```bash")
    f.n(f"crackmapexec smb 10.50.0.0/24 -u users.txt -p '{M}' --continue-on-success", "Summer2024!", "wordlist-entry")
    f.n(f"impacket-secretsdump 'ACME/svc_backup:{M}'@dc01", "<PASSWORD>", "placeholder")
    f.n(f"evil-winrm -i 10.50.1.10 -u administrator -H {M}", "<NTHASH>", "placeholder")
    f.t("```")
