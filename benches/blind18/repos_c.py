"""Repositories 17-24: e-shop, CMS sites, Kafka/Flink streaming, logging stack, game studio build farm,
researcher's analysis, Java EE legacy app, developer dotfiles. Plus one extra deck file per earlier
repository (its integrations in another syntax)."""
from deck import deck

VENDOR = ["github-classic-pat", "gitlab-pat", "slack-bot-token", "slack-webhook-url", "stripe-live-secret-key",
          "sendgrid-api-key", "openai-project-key", "anthropic-api-key", "google-api-key", "huggingface-token",
          "npm-token", "dockerhub-pat", "digitalocean-pat", "vault-service-token", "terraform-cloud-token",
          "shopify-admin-token", "square-access-token", "atlassian-api-token", "newrelic-user-key",
          "grafana-service-account-token", "linear-api-key", "notion-token", "airtable-pat", "postman-api-key",
          "figma-pat", "doppler-service-token", "pulumi-access-token", "planetscale-token", "tailscale-auth-key",
          "mapbox-secret-token", "alibaba-access-key-id", "heroku-api-key", "hubspot-private-app-token",
          "contentful-pat", "groq-api-key", "replicate-api-token", "sonarqube-token", "jfrog-api-key",
          "buildkite-agent-token", "aws-access-key-id", "discord-webhook-url", "telegram-bot-token",
          "mailgun-api-key", "databricks-token", "sentry-user-token", "grafana-cloud-token", "github-oauth-token",
          "github-app-installation-token", "stripe-webhook-secret", "age-secret-key", "jwt", "fcm-server-key",
          "nuget-api-key", "pypi-token", "slack-app-token", "gitlab-runner-token", "square-oauth-secret",
          "dropbox-short-lived-token", "google-oauth-client-secret", "azure-ad-client-secret", "cargo-registry-token"]


def shop(c):
    R = "eshop-magento-presta/"
    c.repo_gen(R)
    c.add(R + "magento/app/etc/env.php", r"""<?php
return [
    'backend' => ['frontName' => 'admin_k3x9q'],
    'crypt' => [
        'key' => '⟦P:magento-crypt-key⟧'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql-shop.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '⟦P:database-password⟧',
                'model' => 'mysql4',
                'active' => '1'
            ]
        ]
    ],
    'queue' => [
        'amqp' => [
            'host' => 'rabbit.internal',
            'port' => '5672',
            'user' => 'magento',
            'password' => '⟦P:generic-password@pwa⟧',
            'virtualhost' => '/'
        ]
    ],
    'session' => ['save' => 'redis', 'redis' => ['host' => 'redis.internal', 'password' => '⟦N:empty-value:⟧']],
    'MAGE_MODE' => 'production',
    'install' => ['date' => 'Tue, 12 Mar 2024 09:14:22 +0000']
];
""", "code-php")

    c.add(R + "magento/auth.json", r"""{
    "http-basic": {
        "repo.magento.com": {
            "username": "⟦N:public-identifier@h32⟧",
            "password": "⟦P:magento-marketplace-private-key⟧"
        }
    },
    "github-oauth": {
        "github.com": "⟦P:github-oauth-token⟧"
    }
}
""", "composer-auth")

    c.add(R + "prestashop/app/config/parameters.php", r"""<?php return array (
  'parameters' =>
  array (
    'database_host' => 'mysql-presta.internal',
    'database_port' => '',
    'database_name' => 'prestashop',
    'database_user' => 'presta',
    'database_password' => '⟦P:database-password⟧',
    'database_prefix' => 'ps_',
    'mailer_transport' => 'smtp',
    'mailer_password' => '⟦P:smtp-password⟧',
    'secret' => '⟦P:api-secret-generic@h64⟧',
    'ps_caching' => 'CacheMemcache',
    'cookie_key' => '⟦P:prestashop-cookie-key⟧',
    'cookie_iv' => '⟦N:build-id:Xr8kQ2mN⟧',
    'new_cookie_key' => 'def00000⟦P:encryption-key-hex⟧',
    'webservice_key' => '⟦P:prestashop-webservice-key⟧',
  ),
);
""", "code-php")

    c.add(R + "shopware/.env.local", r"""APP_ENV=prod
APP_SECRET=⟦P:shopware-app-secret⟧
APP_URL=https://shop.alpenrad.de
DATABASE_URL=mysql://shopware:⟦P:mysql-uri-password⟧@db:3306/shopware
INSTANCE_ID=⟦N:build-id@h32⟧
OPENSEARCH_URL=http://elastic:⟦P:url-embedded-credentials⟧@opensearch:9200
MAILER_DSN=smtp://shop%40alpenrad.de:⟦P:url-embedded-credentials⟧@smtp.strato.de:465
SHOPWARE_HTTP_CACHE_ENABLED=1
""", "dotenv")

    c.add(R + "shopware/composer.lock", r"""{
    "_readme": [
        "This file locks the dependencies of your project to a known state"
    ],
    "content-hash": "⟦N:lockfile-hash@h32⟧",
    "packages": [
        {
            "name": "shopware/core",
            "version": "v6.5.8.3",
            "source": {
                "type": "git",
                "url": "https://github.com/shopware/core.git",
                "reference": "⟦N:commit-sha@gitsha⟧"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/shopware/core/zipball/v6.5.8.3",
                "shasum": "⟦N:lockfile-hash@sha1⟧"
            }
        }
    ]
}
""", "lockfile")

    deck(c, R + "shopware/config/packages/integrations.yaml", "yaml", "yaml-config",
         ["stripe-live-secret-key", "shopify-shared-secret", "mailchimp-api-key", "algolia-admin-key", "square-oauth-secret"], 9)


def cms(c):
    R = "cms-drupal-typo3/"
    c.repo_gen(R)
    c.add(R + "drupal/web/sites/default/settings.php", r"""<?php
// County library Drupal 10 site
$databases['default']['default'] = [
  'database' => 'library_d10',
  'username' => 'drupal',
  'password' => '⟦P:database-password⟧',
  'host' => 'mariadb.internal',
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
];
$settings['hash_salt'] = '⟦P:drupal-hash-salt⟧';
$settings['config_sync_directory'] = '../config/sync';
$settings['trusted_host_patterns'] = ['^library\.coconino-county\.gov$'];
$config['smtp.settings']['smtp_password'] = '⟦P:smtp-password⟧';
$config['search_api.server.solr']['backend_config']['connector_config']['password'] = getenv('SOLR_PASSWORD');
if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
""", "code-php")

    c.add(R + "drupal/web/sites/default/settings.local.php", r"""<?php
// Local development overrides (lando)
$databases['default']['default']['password'] = '⟦N:placeholder:drupal⟧';
$settings['hash_salt'] = '⟦N:placeholder:local-dev-salt-change-me⟧';
$config['system.logging']['error_level'] = 'verbose';
""", "code-php")

    c.add(R + "typo3/config/system/settings.php", r"""<?php
return [
    'BE' => [
        'installToolPassword' => '⟦N:password-hash@argon2⟧',
        'passwordHashing' => ['className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2iPasswordHash'],
    ],
    'DB' => [
        'Connections' => [
            'Default' => [
                'dbname' => 'typo3_tourism',
                'host' => 'db',
                'password' => '⟦P:database-password⟧',
                'user' => 'typo3',
            ],
        ],
    ],
    'SYS' => [
        'encryptionKey' => '⟦P:typo3-encryption-key⟧',
        'sitename' => 'Visit Coconino',
        'trustedHostsPattern' => '.*\.visitcoconino\.com',
    ],
    'MAIL' => [
        'transport' => 'smtp',
        'transport_smtp_password' => '⟦P:smtp-password⟧',
    ],
];
""", "code-php")

    c.add(R + "joomla/configuration.php", r"""<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Coconino County Fair';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'fair_j4';
	public $password = '⟦P:database-password⟧';
	public $db = 'fair_j4';
	public $dbprefix = 'jfr_';
	public $secret = '⟦P:joomla-secret⟧';
	public $mailer = 'smtp';
	public $smtpuser = 'fair@coconino-county.gov';
	public $smtppass = '⟦P:smtp-password⟧';
	public $smtphost = 'smtp.office365.com';
	public $caching = 0;
}
""", "code-php")

    c.add(R + "drush/sites/prod.site.yml", r"""prod:
  host: web1.library.coconino-county.gov
  user: deploy
  root: /var/www/library/web
  uri: https://library.coconino-county.gov
  ssh:
    options: '-o PasswordAuthentication=no -i ~/.ssh/deploy_ed25519'
  paths:
    drush-script: /var/www/library/vendor/bin/drush
""", "yaml-config")

    deck(c, R + "drupal/config/sync/integrations.settings.json", "json", "json",
         ["google-api-key", "mailgun-api-key", "hubspot-private-app-token", "recaptcha-secret-key", "contentful-pat"], 8)


def streaming(c):
    R = "streaming-kafka-flink/"
    c.repo_gen(R)
    c.add(R + "kafka/client-jaas.conf", r"""KafkaClient {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="svc-orders-consumer"
    password="⟦P:jaas-password⟧";
};

KafkaServer {
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="admin"
    password="⟦P:jaas-password⟧"
    user_admin="⟦P:jaas-password⟧"
    user_replicator="⟦N:env-reference:${file:/etc/kafka/secrets.properties:replicator.password}⟧";
};

Client {
    org.apache.zookeeper.server.auth.DigestLoginModule required
    username="kafka"
    password="⟦P:jaas-password⟧";
};
""", "jaas")

    c.add(R + "kafka/ccloud.properties", r"""# Confluent Cloud, cluster lkc-7m2x9
bootstrap.servers=pkc-41wq6.eu-west-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="Q7XKJ4M2PLRB5NVA" password="⟦P:confluent-cloud-api-secret⟧";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000

schema.registry.url=https://psrc-8kz20.eu-west-2.aws.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=SRKEY4W9X2LQ7ZTM:⟦P:schema-registry-credentials⟧
""", "properties")

    c.add(R + "kafka/connect/s3-sink.json", r"""{
  "name": "orders-s3-sink",
  "config": {
    "connector.class": "io.confluent.connect.s3.S3SinkConnector",
    "topics": "orders.v2",
    "s3.bucket.name": "dl-raw-orders",
    "s3.region": "eu-west-2",
    "aws.access.key.id": "⟦P:aws-access-key-id⟧",
    "aws.secret.access.key": "⟦P:aws-secret-access-key⟧",
    "flush.size": "10000",
    "format.class": "io.confluent.connect.s3.format.parquet.ParquetFormat",
    "consumer.override.sasl.jaas.config": "${file:/opt/connect/secrets/sasl.properties:jaas}"
  }
}
""", "json")

    c.add(R + "flink/jobs/src/main/scala/com/orders/EnrichJob.scala", r"""package com.orders

import org.apache.flink.connector.kafka.source.KafkaSource
import java.util.Properties

object EnrichJob {
  private val RedisPassword = "⟦P:redis-requirepass⟧"
  private val GeoIpLicense = sys.env.getOrElse("GEOIP_LICENSE", "")

  def kafkaProps(): Properties = {
    val p = new Properties()
    p.setProperty("security.protocol", "SASL_SSL")
    p.setProperty("sasl.mechanism", "SCRAM-SHA-512")
    p.setProperty("sasl.jaas.config",
      "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"flink-enrich\" password=\"⟦P:jaas-password⟧\";")
    p
  }
}
""", "code-scala")

    c.add(R + "k8s/kafka-ui-secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: kafka-ui-auth
  namespace: streaming
type: Opaque
data:
  SPRING_SECURITY_USER_PASSWORD: ⟦P:k8s-secret-data⟧
  KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG_PASSWORD: ⟦P:k8s-secret-data⟧
  AUTH_TYPE: ⟦N:policy-setting:TE9HSU5fRk9STQ==⟧
""", "yaml-k8s")

    c.add(R + "k8s/sealed-ccloud.yaml", r"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ccloud-credentials
  namespace: streaming
spec:
  encryptedData:
    api-secret: ⟦N:encrypted-value:AgB⟧
""".replace("⟦N:encrypted-value:AgB⟧", "AgB⟦N:encrypted-value@h64⟧"), "yaml-k8s")

    deck(c, R + "deploy/docker-compose.yml", "compose", "yaml-compose",
         ["confluent-cloud-api-secret", "databricks-token", "grafana-cloud-token", "datadog-api-key", "snowflake-password"
          if False else "database-password"], 8)


def elk(c):
    R = "observability-elk-splunk/"
    c.repo_gen(R)
    c.add(R + "logstash/pipeline/ingest.conf", r"""input {
  beats { port => 5044 ssl => true ssl_certificate => "/etc/logstash/certs/ls.crt" ssl_key => "/etc/logstash/certs/ls.key" }
}
filter {
  if [fields][app] == "payments" {
    mutate { remove_field => ["card_number"] }
  }
}
output {
  elasticsearch {
    hosts => ["https://es01.logs.internal:9200"]
    user => "logstash_writer"
    password => "⟦P:elastic-password⟧"
    index => "logs-%{[fields][app]}-%{+YYYY.MM.dd}"
  }
  elasticsearch {
    hosts => ["https://es-dr.logs.internal:9200"]
    api_key => "⟦P:elastic-api-key⟧"
  }
  http {
    url => "https://logs.example-siem.com/ingest"
    http_method => "post"
    headers => { "Authorization" => "Bearer ${SIEM_TOKEN}" }
  }
}
""", "logstash-conf")

    c.add(R + "fluent-bit/fluent-bit.conf", r"""[SERVICE]
    Flush        5
    Log_Level    info

[INPUT]
    Name         tail
    Path         /var/log/containers/*.log
    Tag          kube.*

[OUTPUT]
    Name         splunk
    Match        kube.*
    Host         hec.splunk.internal
    Port         8088
    Splunk_Token ⟦P:splunk-hec-token⟧
    TLS          On

[OUTPUT]
    Name         http
    Match        audit.*
    Host         audit-collector.internal
    HTTP_User    fluent
    HTTP_Passwd  ⟦P:generic-password⟧
""", "fluentbit-conf")

    c.add(R + "splunk/etc/apps/hec_inputs/local/inputs.conf", r"""[http]
disabled = 0
enableSSL = 1

[http://k8s_logs]
disabled = 0
token = ⟦P:splunk-hec-token⟧
index = k8s
sourcetype = _json

[http://lambda_logs]
token = ⟦P:splunk-hec-token⟧
index = aws

[splunktcp-ssl:9997]
sslPassword = ⟦N:encrypted-value:$7$⟧
""".replace("⟦N:encrypted-value:$7$⟧", "$7$⟦N:encrypted-value@b64img⟧".replace("@b64img", "@hmac")), "ini")

    c.add(R + "opensearch/internal_users.yml", r"""_meta:
  type: "internalusers"
  config_version: 2
admin:
  hash: "⟦N:password-hash@bcrypt⟧"
  reserved: true
  backend_roles: ["admin"]
logstash:
  hash: "⟦N:password-hash@bcrypt⟧"
  reserved: false
kibanaserver:
  hash: "⟦N:password-hash@bcrypt⟧"
  reserved: true
""", "yaml-config")

    c.add(R + "kibana/kibana.yml", r"""server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.logs.internal"
elasticsearch.hosts: ["https://es01.logs.internal:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "⟦P:elastic-password⟧"
xpack.encryptedSavedObjects.encryptionKey: "⟦P:kibana-encryption-key⟧"
xpack.reporting.encryptionKey: "⟦P:kibana-encryption-key⟧"
xpack.security.session.idleTimeout: "⟦N:policy-setting:1h⟧"
""", "yaml-config")

    c.add(R + "filebeat/filebeat.yml", r"""filebeat.inputs:
  - type: filestream
    id: nginx
    paths: [/var/log/nginx/*.log]
cloud.id: "⟦N:public-identifier:logs-prod:ZXUtd2VzdC0xLmF3cy5mb3VuZC5pbyRhYmMxMjMkZGVmNDU2⟧"
cloud.auth: "elastic:⟦P:elastic-password⟧"
output.elasticsearch:
  password: "${ES_PWD}"
""", "yaml-config")

    c.add(R + "haproxy/haproxy.cfg", r"""global
    log /dev/log local0
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

listen stats
    bind *:8404
    stats enable
    stats uri /stats
    stats auth admin:⟦P:haproxy-stats-password⟧

userlist kibana_users
    user ops password ⟦N:password-hash@sha512crypt⟧
""", "haproxy-cfg")

    deck(c, R + "grafana/provisioning/datasources/env.sh", "sh", "shell-script",
         ["grafana-service-account-token", "newrelic-user-key", "sentry-user-token", "opensearch-password",
          "pagerduty-integration-key"], 9, header="#!/bin/sh\n# sourced by the provisioning container\n")


def studio(c):
    R = "studio-buildfarm/"
    c.repo_gen(R)
    c.add(R + "perforce/.p4config", r"""P4PORT=ssl:perforce.ironkite-games.com:1666
P4USER=buildfarm
P4CLIENT=bf-win-01_main
P4PASSWD=⟦P:perforce-ticket⟧
P4CHARSET=utf8
""", "p4config")

    c.add(R + "perforce/.p4tickets", r"""ssl:perforce.ironkite-games.com:1666=buildfarm:⟦P:perforce-ticket⟧
ssl:perforce-edge.ironkite-games.com:1666=buildfarm:⟦P:perforce-ticket⟧
""", "credential-file")

    c.add(R + "ci/Jenkinsfile", r"""pipeline {
  agent { label 'win-ue5' }
  environment {
    UE_ROOT = 'D:\\UE_5.3'
    STEAM_USER = 'ironkite_build'
    STEAM_PASS = credentials('steam-build-password')
    UNITY_CLOUD_BUILD_KEY = '⟦P:unity-build-api-key⟧'
  }
  stages {
    stage('Build') {
      steps {
        bat "%UE_ROOT%\\Engine\\Build\\BatchFiles\\RunUAT.bat BuildCookRun -project=Game.uproject -platform=Win64"
      }
    }
    stage('Upload') {
      steps {
        bat "steamcmd +login ironkite_build ⟦P:cli-password-argument⟧ +run_app_build ..\\steam\\app_build_2281330.vdf +quit"
        sh 'curl -u "buildbot:$STEAM_PASS" https://symbols.ironkite-games.com/upload'
      }
    }
  }
}
""", "groovy")

    c.add(R + "Game/Config/DefaultEngine.ini", r"""[/Script/EngineSettings.GameMapsSettings]
GameDefaultMap=/Game/Maps/Frontend.Frontend

[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemSteam]
bEnabled=true
SteamDevAppId=2281330

[/Script/OnlineSubsystemEOS.EOSSettings]
ProductId=⟦N:object-id@h32⟧
SandboxId=⟦N:object-id@h32⟧
DeploymentId=⟦N:object-id@h32⟧
ClientId=⟦N:public-identifier:xyza7891Qk2mVb7LpT4nR0sWe3⟧
ClientSecret=⟦P:oauth-client-secret⟧
EncryptionKey=⟦P:encryption-key-hex⟧

[/Script/Game.TelemetrySettings]
Endpoint=https://telemetry.ironkite-games.com/v1
""", "ini")

    c.add(R + "Game/Source/Game/Private/TelemetryClient.cpp", r"""#include "TelemetryClient.h"
#include "HttpModule.h"

namespace
{
    // ingestion key for the playtest builds only
    const TCHAR* kIngestKey = TEXT("⟦P:api-key-generic⟧");
    const TCHAR* kSteamWebApiKey = TEXT("⟦P:steam-web-api-key⟧");
    const TCHAR* kBuildGuid = TEXT("⟦N:uuid-id@uuid⟧");
}

void UTelemetryClient::Send(const FString& Payload)
{
    auto Req = FHttpModule::Get().CreateRequest();
    Req->SetURL(TEXT("https://telemetry.ironkite-games.com/v1/events"));
    Req->SetHeader(TEXT("X-Ingest-Key"), kIngestKey);
    Req->SetContentAsString(Payload);
    Req->ProcessRequest();
}
""", "code-cpp")

    c.add(R + "tools/Publish-Symbols.ps1", r"""param([string]$BuildDir)
$sentryToken = "⟦P:sentry-user-token⟧"
$env:SENTRY_ORG = "ironkite"
& sentry-cli --auth-token $sentryToken debug-files upload --include-sources $BuildDir
$awsKey = "⟦P:aws-access-key-id⟧"
$awsSecret = "⟦P:aws-secret-access-key⟧"
Write-S3Object -BucketName ironkite-symbols -Folder $BuildDir -Recurse -AccessKey $awsKey -SecretKey $awsSecret
""", "powershell", crlf=True)

    deck(c, R + "ci/buildkite/env.toml", "toml", "toml",
         ["buildkite-agent-token", "github-app-installation-token", "dockerhub-pat", "jfrog-api-key", "steam-web-api-key",
          "discord-webhook-url"], 9)


def research(c):
    R = "research-analysis/"
    c.repo_gen(R)
    c.add(R + "R/01_download.R", r"""# Download county-level covariates for the housing model
library(tidycensus)
library(fredr)

census_api_key("⟦P:census-api-key⟧", install = FALSE)
fredr_set_key("⟦P:fred-api-key⟧")
Sys.setenv(NCBI_API_KEY = "⟦P:ncbi-api-key⟧")
key_from_env <- Sys.getenv("CENSUS_API_KEY")

acs <- get_acs(geography = "county", variables = c(medinc = "B19013_001"), year = 2022)
mortgage <- fredr(series_id = "MORTGAGE30US", observation_start = as.Date("2015-01-01"))
# data snapshot md5: ⟦N:checksum@md5⟧
""", "code-r")

    c.add(R + "julia/fetch_weather.jl", r"""using HTTP, JSON3, DataFrames

const NOAA_TOKEN = "⟦P:api-key-generic@s32a⟧"
ENV["OPENWEATHER_API_KEY"] = "⟦P:openweather-api-key⟧"
const token_env = get(ENV, "NOAA_TOKEN", "")

function stations(fips)
    r = HTTP.get("https://www.ncei.noaa.gov/cdo-web/api/v2/stations?locationid=FIPS:$fips",
                 ["token" => NOAA_TOKEN])
    JSON3.read(r.body)
end
""".replace("@s32a", ""), "code-julia")

    c.add(R + "stata/00_master.do", r"""* Master do-file for the housing paper
version 17
clear all
set more off

global root "C:/Users/mkowalski/Dropbox/housing"
set fredkey ⟦P:fred-api-key⟧, permanently
local dbpass "⟦P:database-password⟧"
odbc load, exec("SELECT * FROM permits") conn("DSN=countydata;UID=analyst;PWD=`dbpass'")
global seed_hash "⟦N:checksum@sha1⟧"

do "$root/code/01_clean.do"
do "$root/code/02_models.do"
""", "code-stata")

    c.add(R + "matlab/load_data.m", r"""% load_data.m  pull the survey panel from the university REDCap project
url = 'https://redcap.university.edu/api/';
token = '⟦P:api-key-generic@uh32⟧';
opts = weboptions('Username', 'mkowalski', 'Password', '⟦P:generic-password⟧', 'Timeout', 60);
data = webwrite(url, 'token', token, 'content', 'record', 'format', 'json', opts);
tokenFromEnv = getenv('REDCAP_TOKEN');
panel = struct2table(data);
save('panel.mat', 'panel');
""", "code-matlab")

    c.add(R + "notebooks/explore.ipynb", _nb([
        ("markdown", ["## Text classification of permit descriptions\n"]),
        ("code", ["from huggingface_hub import login\n", "login(token=\"⟦P:huggingface-token⟧\")\n"]),
        ("code", ["import anthropic\n", "client = anthropic.Anthropic(api_key=\"⟦P:anthropic-api-key⟧\")\n",
                  "example = '⟦N:placeholder:sk-ant-...⟧'\n"]),
        ("code", ["import os\n", "key = os.environ[\"GROQ_API_KEY\"]\n"]),
    ]), "notebook")

    c.add(R + "data/SHA256SUMS", r"""⟦N:checksum@sha256⟧  acs_2022_county.csv
⟦N:checksum@sha256⟧  permits_2015_2023.parquet
⟦N:checksum@sha256⟧  mortgage30.csv
""", "checksum-file")

    deck(c, R + "julia/secrets.jl", "julia", "code-julia",
         ["openai-project-key", "replicate-api-token", "groq-api-key", "github-fine-grained-pat", "census-api-key"], 8)


def _nb(cells):
    from repos_b import _nb as nb
    return nb(cells)


def javaee(c):
    R = "javaee-claims-legacy/"
    c.repo_gen(R)
    c.add(R + "jboss/standalone/configuration/standalone-full.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<server xmlns="urn:jboss:domain:8.0">
  <profile>
    <subsystem xmlns="urn:jboss:domain:datasources:5.0">
      <datasources>
        <datasource jndi-name="java:jboss/datasources/ClaimsDS" pool-name="ClaimsDS" enabled="true">
          <connection-url>jdbc:oracle:thin:@claimsdb01:1521:CLMPRD</connection-url>
          <driver>oracle</driver>
          <security>
            <user-name>claims_app</user-name>
            <password>⟦P:database-password⟧</password>
          </security>
        </datasource>
        <datasource jndi-name="java:jboss/datasources/AuditDS" pool-name="AuditDS">
          <connection-url>jdbc:postgresql://audit-db:5432/audit</connection-url>
          <security>
            <user-name>audit</user-name>
            <password>⟦N:secret-manager-reference:${VAULT::audit_ds::password::1}⟧</password>
          </security>
        </datasource>
      </datasources>
    </subsystem>
  </profile>
</server>
""", "xml-javaee")

    c.add(R + "tomcat/conf/server.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="150" SSLEnabled="true" scheme="https" secure="true"
               keystoreFile="conf/claims.jks"
               keystorePass="⟦P:keystore-password⟧"
               truststoreFile="conf/trust.jks" truststorePass="⟦P:truststore-password⟧"
               clientAuth="false" sslProtocol="TLS" />
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.LockOutRealm">
        <Realm className="org.apache.catalina.realm.JNDIRealm" connectionURL="ldap://ad01:389"
               connectionName="svc-tomcat" connectionPassword="⟦P:ldap-bind-password⟧" />
      </Realm>
    </Engine>
  </Service>
</Server>
""", "xml-javaee")

    c.add(R + "tomcat/conf/context.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  <Resource name="jdbc/ClaimsRO" auth="Container" type="javax.sql.DataSource"
            maxTotal="20" maxIdle="5" username="claims_ro" password="⟦P:database-password⟧"
            driverClassName="oracle.jdbc.OracleDriver" url="jdbc:oracle:thin:@claimsdb01:1521:CLMPRD"/>
  <Resource name="mail/Session" auth="Container" type="jakarta.mail.Session"
            mail.smtp.host="smtp.claims.local" mail.smtp.user="claims" password="⟦P:smtp-password⟧"/>
</Context>
""", "xml-javaee")

    c.add(R + "tomcat/conf/tomcat-users.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="deployer" password="⟦P:tomcat-manager-password⟧" roles="manager-script"/>
  <user username="ops" password="⟦N:password-hash@sha256⟧" roles="manager-gui"/>
  <!-- <user username="tomcat" password="<must-be-changed>" roles="tomcat"/> -->
</tomcat-users>
""", "xml-javaee")

    c.add(R + "weblogic/domains/claims/servers/AdminServer/security/boot.properties", r"""# Generated by Configuration Wizard
username={AES256}⟦N:encrypted-value@hmac⟧
password=⟦N:encrypted-value@wl_aes⟧
""", "properties")

    c.add(R + "weblogic/domains/claims-dev/servers/AdminServer/security/boot.properties", r"""username=weblogic
password=⟦P:weblogic-boot-password⟧
""", "properties")

    c.add(R + "src/main/resources/META-INF/persistence.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<persistence version="2.2" xmlns="http://xmlns.jcp.org/xml/ns/persistence">
  <persistence-unit name="claims-batch" transaction-type="RESOURCE_LOCAL">
    <class>com.claims.model.Claim</class>
    <properties>
      <property name="javax.persistence.jdbc.url" value="jdbc:oracle:thin:@claimsdb01:1521:CLMPRD"/>
      <property name="javax.persistence.jdbc.user" value="claims_batch"/>
      <property name="javax.persistence.jdbc.password" value="⟦P:database-password⟧"/>
      <property name="hibernate.dialect" value="org.hibernate.dialect.Oracle12cDialect"/>
    </properties>
  </persistence-unit>
</persistence>
""", "xml-javaee")

    c.add(R + "src/main/java/com/claims/integration/PharmacyGateway.java", r"""package com.claims.integration;

import javax.ejb.Stateless;

@Stateless
public class PharmacyGateway {
    private static final String NCPDP_PASSWORD = "⟦P:generic-password⟧";
    private static final String SFTP_KEY_PASSPHRASE = "⟦P:passphrase-password⟧";
    private static final String PASSWORD_FIELD = "password";
    private static final String PASSWORD_REGEX = "⟦N:policy-setting:^(?=.*[A-Z])(?=.*\\d).{12,}$⟧";
}
""", "code-java")

    deck(c, R + "src/main/java/com/claims/config/Integrations.java", "java", "code-java",
         ["pkcs8-private-key" if False else "azure-ad-client-secret", "atlassian-api-token", "sonarqube-token",
          "slack-webhook-url"], 8)


def dotfiles(c):
    R = "dotfiles/"
    c.repo_gen(R)
    c.add(R + ".bashrc", r"""# ~/.bashrc
[ -z "$PS1" ] && return
HISTSIZE=100000
HISTCONTROL=ignoreboth
shopt -s histappend

alias k=kubectl
alias tf=terraform
export EDITOR=nvim
export GOPATH=$HOME/go
export PATH=$HOME/.local/bin:$GOPATH/bin:$PATH

# tokens (TODO: move to pass)
export GITHUB_TOKEN=⟦P:github-classic-pat⟧
export OPENAI_API_KEY="⟦P:openai-project-key⟧"
export HOMEBREW_GITHUB_API_TOKEN=⟦N:env-reference:$GITHUB_TOKEN⟧
export DIGITALOCEAN_ACCESS_TOKEN=⟦P:digitalocean-pat⟧
export VAULT_ADDR=https://vault.home.arpa:8200
export VAULT_TOKEN=⟦P:vault-service-token⟧
export ANTHROPIC_API_KEY=$(pass show api/anthropic)

[ -f ~/.fzf.bash ] && source ~/.fzf.bash
eval "$(direnv hook bash)"
""", "shell-rc")

    c.add(R + ".zshrc", r"""export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git kubectl aws)
source $ZSH/oh-my-zsh.sh

export HF_TOKEN=⟦P:huggingface-token⟧
export NPM_TOKEN="⟦P:npm-token⟧"
export CLOUDFLARE_API_TOKEN=⟦P:cloudflare-api-token⟧
export TF_TOKEN_app_terraform_io=⟦P:terraform-cloud-token⟧
export PULUMI_ACCESS_TOKEN=⟦P:pulumi-access-token⟧
export GPG_TTY=$(tty)
""", "shell-rc")

    c.add(R + ".config/gh/hosts.yml", r"""github.com:
    users:
        mkowalski:
            oauth_token: ⟦P:github-oauth-token⟧
    git_protocol: ssh
    oauth_token: ⟦P:github-oauth-token⟧
    user: mkowalski
""", "yaml-config")

    c.add(R + ".aws/credentials", r"""[default]
aws_access_key_id = ⟦P:aws-access-key-id⟧
aws_secret_access_key = ⟦P:aws-secret-access-key⟧

[sandbox]
aws_access_key_id = ⟦P:aws-temporary-access-key-id⟧
aws_secret_access_key = ⟦P:aws-secret-access-key⟧
aws_session_token = ⟦P:bearer-token@b64u_long⟧

[docs]
aws_access_key_id = ⟦N:vendor-example-key@aws_example_id⟧
aws_secret_access_key = ⟦N:vendor-example-key@aws_example_secret⟧
""".replace("@b64u_long", "@session_token"), "credential-file")

    c.add(R + ".aws/config", r"""[default]
region = eu-central-1
output = json

[profile prod]
role_arn = arn:aws:iam::301122334455:role/Admin
source_profile = default
mfa_serial = arn:aws:iam::301122334455:mfa/mkowalski
""", "ini")

    c.add(R + ".config/rclone/rclone.conf", r"""[b2]
type = b2
account = ⟦N:build-id@build_id⟧
key = ⟦P:api-secret-generic@b2key⟧

[nas]
type = sftp
host = nas.home.arpa
user = mk
pass = ⟦P:rclone-obscured-password⟧

[s3-backup]
type = s3
provider = AWS
access_key_id = ⟦P:aws-access-key-id⟧
secret_access_key = ⟦P:aws-secret-access-key⟧
region = eu-central-1
""", "rclone-conf")

    c.add(R + ".s3cfg", r"""[default]
access_key = ⟦P:aws-access-key-id⟧
secret_key = ⟦P:aws-secret-access-key⟧
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
gpg_passphrase = ⟦P:passphrase-password⟧
use_https = True
""", "ini")

    c.add(R + ".ssh/config", r"""Host nas
    HostName nas.home.arpa
    User mk
    IdentityFile ~/.ssh/id_ed25519

Host bastion
    HostName bastion.example-corp.net
    User mkowalski
    IdentityFile ~/.ssh/work_rsa
    ForwardAgent no
""", "ssh-config")

    c.add(R + ".ssh/id_ed25519", r"""⟦P:openssh-private-key⟧
""", "pem-file")

    c.add(R + ".ssh/id_ed25519.pub", r"""⟦N:public-key@ssh_pub⟧
""", "public-key-file")

    c.add(R + ".ssh/work_rsa", r"""⟦P:rsa-private-key⟧
""", "pem-file")

    c.add(R + ".ssh/known_hosts", r"""nas.home.arpa ⟦N:public-key@ssh_pub⟧
github.com ⟦N:public-key@ssh_rsa_pub⟧
""", "known-hosts")

    c.add(R + ".netrc", r"""machine api.heroku.com
  login mk@example-mail.net
  password ⟦P:heroku-api-key⟧
machine nas.home.arpa
  login mk
  password ⟦P:netrc-password⟧
""", "credential-file")

    c.add(R + ".pgpass", r"""localhost:5432:*:postgres:⟦P:pgpass-password⟧
db.example-corp.net:5432:analytics:mkowalski:⟦P:pgpass-password⟧
""", "credential-file")

    c.add(R + ".docker/config.json", r"""{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "⟦P:docker-config-auth⟧"
		},
		"ghcr.io": {
			"auth": "⟦P:docker-config-auth⟧"
		}
	},
	"credsStore": "desktop"
}
""", "json")

    c.add(R + ".npmrc", r"""registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=⟦P:npm-token⟧
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
//nexus.example-corp.net/repository/npm/:_auth=⟦P:npmrc-auth⟧
""", "npmrc")

    c.add(R + ".cargo/credentials.toml", r"""[registry]
token = "⟦P:cargo-registry-token⟧"
""", "toml")

    c.add(R + ".config/age/keys.txt", r"""# created: 2024-02-11T19:22:03+01:00
# public key: age1⟦N:public-key@age_pub⟧
⟦P:age-secret-key⟧
""", "credential-file")

    c.add(R + ".git-credentials", r"""https://mkowalski:⟦P:git-credential-password@gh_p⟧@github.com
https://mkowalski:⟦P:git-credential-password⟧@git.example-corp.net
""", "credential-file")

    c.add(R + ".gitconfig", r"""[user]
	name = Marta Kowalski
	email = mk@example-mail.net
	signingkey = ⟦N:key-fingerprint@h40⟧
[commit]
	gpgsign = true
[credential]
	helper = store
""", "ini")


def extras(c):
    """One more settings file per earlier repository, in a syntax that repository did not use yet."""
    plan = [
        ("mirth-hl7-engine/ops/monitoring.env", "dotenv", "dotenv"),
        ("district-sis-sync/sync/config.js", "js", "code-js"),
        ("freight-edi-gateway/src/main/resources/Integrations.cs.txt", "cs", "code-csharp"),
        ("gridhead-ami/headend/settings.json", "json", "json"),
        ("newsroom-paywall/config/services.rb", "ruby", "code-ruby"),
        ("museum-collections/scripts/env.ps1", "ps1", "powershell"),
        ("hotel-channel-manager/deploy/env.bat", "bat", "batch"),
        ("dronefleet-telemetry/ground/k8s/deployment.yaml", "k8s", "yaml-k8s"),
        ("crew-rostering/src/main/kotlin/Integrations.kt", "kotlin", "code-kotlin"),
        ("grain-elevator-scales/grain-bids/settings.toml", "toml", "toml"),
        ("city-311-gis/infra/terraform.tfvars", "hcl", "terraform"),
        ("haulpak-fleet/dispatch/Dockerfile", "docker", "dockerfile"),
        ("lims-labware/analysis/secrets.R", "r", "code-r"),
        ("ivr-contact-centre/connect/config.properties", "props", "properties"),
        ("ledger-bookkeeping/qbo/settings.ini", "ini", "ini"),
        ("lecture-video-platform/server/web.config", "xml", "xml-dotnet"),
        ("eshop-magento-presta/deploy/deploy.sh", "sh", "shell-script"),
        ("cms-drupal-typo3/.ddev/.env", "dotenv", "dotenv"),
        ("streaming-kafka-flink/ops/settings.py", "py", "code-python"),
        ("observability-elk-splunk/collector/config.go", "go", "code-go"),
        ("studio-buildfarm/tools/config.php", "php", "code-php"),
        ("research-analysis/README-credentials.md", "md", "markdown"),
        ("javaee-claims-legacy/ops/env.yaml", "yaml", "yaml-config"),
        ("dotfiles/.config/direnv/envrc.sh", "sh", "shell-script"),
    ]
    for path, style, fam in plan:
        c.repo_gen("extra:" + path)
        r = c.g.r
        kinds = r.sample(VENDOR, 4) + [r.choice(["generic-password", "database-password", "api-key-generic",
                                                 "jwt-signing-secret", "webhook-signing-secret", "bearer-token",
                                                 "encryption-key-hex", "oauth-client-secret"])]
        header = ""
        if style == "py":
            header = '"""Service settings."""\nimport os\n\n'
        deck(c, path, style, fam, kinds, 9, header=header, crlf=style in ("bat", "ps1", "xml"))


ALL = [shop, cms, streaming, elk, studio, research, javaee, dotfiles, extras]
