"""Repositories 1-8: hospital interface engine, school district SIS, freight EDI, utility AMI head-end,
newsroom paywall, museum collections, hotel channel manager, drone telemetry."""


def mirth(c):
    R = "mirth-hl7-engine/"
    c.repo_gen(R)
    c.add(R + "conf/mirth.properties", r"""# Mirth Connect configuration file

# directories
dir.appdata = appdata
dir.tempdata = ${dir.appdata}/temp

# ports
http.port = 8080
https.port = 8443

# password requirements
password.minlength = ⟦N:policy-setting:8⟧
password.minupper = 1
password.retrylimit = 5
password.lockoutperiod = 30

# keystore
keystore.path = ${dir.appdata}/keystore.jks
keystore.storepass = ⟦P:keystore-password⟧
keystore.keypass = ⟦P:keystore-password⟧
keystore.type = JCEKS

# server
http.contextpath = /
server.url =
http.host = 0.0.0.0
https.host = 0.0.0.0
https.client.protocols = TLSv1.3,TLSv1.2

# database
database = postgres
database.url = jdbc:postgresql://pg-iface01.hosp.local:5432/mirthdb
database.username = mirth_svc
database.password = ⟦P:database-password⟧
database.max-connections = 20

# encryption of exported channels
encryption.export = true
encryption.algorithm = AES
encryption.keylength = 256
digest.algorithm = SHA256
""", "properties")

    c.add(R + "channels/ADT_Inbound_from_Epic.xml", r"""<channel version="4.4.2">
  <id>⟦N:uuid-id@uuid⟧</id>
  <nextMetaDataId>4</nextMetaDataId>
  <name>ADT Inbound from Epic</name>
  <description>Receives ADT^A01/A03/A08 over MLLP, files a copy to SFTP for the bed board vendor.</description>
  <revision>37</revision>
  <sourceConnector version="4.4.2">
    <metaDataId>0</metaDataId>
    <name>sourceConnector</name>
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="4.4.2">
      <listenerConnectorProperties version="4.4.2">
        <host>0.0.0.0</host>
        <port>6661</port>
      </listenerConnectorProperties>
      <transmissionModeProperties class="com.mirth.connect.plugins.mllpmode.MLLPModeProperties">
        <startOfMessageBytes>0B</startOfMessageBytes>
        <endOfMessageBytes>1C0D</endOfMessageBytes>
      </transmissionModeProperties>
    </properties>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.4.2">
      <metaDataId>1</metaDataId>
      <name>Bed board SFTP</name>
      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="4.4.2">
        <scheme>SFTP</scheme>
        <host>sftp.bedboard-vendor.com/inbound/adt</host>
        <outputPattern>${message.messageId}.hl7</outputPattern>
        <anonymous>false</anonymous>
        <username>stmarys_adt</username>
        <password>⟦P:sftp-password⟧</password>
        <timeout>10000</timeout>
        <secure>true</secure>
        <passive>true</passive>
      </properties>
    </connector>
    <connector version="4.4.2">
      <metaDataId>2</metaDataId>
      <name>Census DB writer</name>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties" version="4.4.2">
        <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>
        <url>jdbc:sqlserver://census-sql02:1433;databaseName=Census</url>
        <username>mirth_writer</username>
        <password>⟦P:database-password⟧</password>
        <query>INSERT INTO adt_events (mrn, event, ts) VALUES (${mrn}, ${event}, ${ts})</query>
      </properties>
    </connector>
    <connector version="4.4.2">
      <metaDataId>3</metaDataId>
      <name>Archive (test)</name>
      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="4.4.2">
        <scheme>SFTP</scheme>
        <host>${archive_host}/adt</host>
        <username>${archive_user}</username>
        <password>⟦N:env-reference:${archive_password}⟧</password>
      </properties>
    </connector>
  </destinationConnectors>
  <exportData>
    <metadata>
      <enabled>true</enabled>
      <lastModified><time>1709251200000</time><timezone>America/Chicago</timezone></lastModified>
      <pruningSettings><archiveEnabled>true</archiveEnabled></pruningSettings>
    </metadata>
    <codeTemplateLibraries/>
    <channelTags/>
  </exportData>
</channel>
""", "xml-mirth")

    c.add(R + "channels/FHIR_Results_Outbound.xml", r"""<channel version="4.4.2">
  <id>⟦N:uuid-id@uuid⟧</id>
  <name>FHIR Results Outbound</name>
  <description>ORU^R01 to FHIR Observation, POST to the HIE.</description>
  <destinationConnectors>
    <connector version="4.4.2">
      <name>HIE FHIR endpoint</name>
      <transformer version="4.4.2">
        <elements>
          <com.mirth.connect.plugins.javascriptstep.JavaScriptStep version="4.4.2">
            <name>Get token</name>
            <script>
var tokenUrl = 'https://auth.state-hie.org/oauth2/token';
var clientId = 'stmarys-results';
var clientSecret = '⟦P:fhir-client-secret⟧';
var body = 'grant_type=client_credentials&amp;client_id=' + clientId + '&amp;client_secret=' + clientSecret;
var legacyKey = configurationMap.get('hie.api.key');
channelMap.put('correlationId', '⟦N:request-id@traceparent⟧');
            </script>
          </com.mirth.connect.plugins.javascriptstep.JavaScriptStep>
        </elements>
      </transformer>
      <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="4.4.2">
        <host>https://fhir.state-hie.org/r4/Observation</host>
        <method>post</method>
        <headers class="linked-hash-map">
          <entry>
            <string>X-HIE-Facility</string>
            <list><string>⟦N:uuid-id@uuid⟧</string></list>
          </entry>
          <entry>
            <string>X-Api-Key</string>
            <list><string>⟦P:api-key-generic⟧</string></list>
          </entry>
        </headers>
        <useAuthentication>true</useAuthentication>
        <authenticationType>Basic</authenticationType>
        <username>stmarys</username>
        <password>⟦N:env-reference:${hie_basic_password}⟧</password>
        <contentType>application/fhir+json</contentType>
      </properties>
    </connector>
  </destinationConnectors>
</channel>
""", "xml-mirth")

    c.add(R + "hl7/samples/ADT_A01.hl7", r"""MSH|^~\&|EPIC|STMARYS|MIRTH|BEDBOARD|20240301093012||ADT^A01|⟦N:message-id@hl7ctl⟧|P|2.5.1
EVN|A01|20240301093000
PID|1||000123456^^^STMARYS^MR||DOE^JANE^Q||19800412|F|||100 MAIN ST^^SPRINGFIELD^IL^62701
PV1|1|I|4W^412^A^STMARYS||||1234^SMITH^JOHN|||MED||||1|||1234^SMITH^JOHN|IN||||||||||||||||||||||||20240301093000
""", "hl7v2")

    c.add(R + "scripts/deploy_channels.sh", r"""#!/usr/bin/env bash
# Pushes every exported channel in ../channels to the interface engine.
# Usage: ./deploy_channels.sh [prod|test]
set -euo pipefail

ENV="${1:-test}"
MCCLI=/opt/mirthconnect/mccommand

if [ "$ENV" = "prod" ]; then
  HOST=https://mirth01.hosp.local:8443
else
  HOST=https://mirth-test.hosp.local:8443
fi

# the test box still has the install-time admin account
TEST_ADMIN_PASS=⟦P:generic-password⟧

for f in ../channels/*.xml; do
  echo "importing $f"
  "$MCCLI" -a "$HOST" -u admin -p "⟦P:cli-password-argument⟧" -s <(echo "import \"$f\" force")
done

# deploy all and print status
"$MCCLI" -a "$HOST" -u admin -p "$MIRTH_ADMIN_PASSWORD" -s <(printf 'deploy\nstatus\n')
curl -sk -u "admin:${MIRTH_ADMIN_PASSWORD}" "$HOST/api/server/version"
echo "build ⟦N:commit-sha@gitsha⟧ deployed to $ENV"
""", "shell-script")

    c.add(R + "docker-compose.yml", r"""version: "3.8"
services:
  mirth:
    image: nextgenhealthcare/connect:4.4.2
    environment:
      - DATABASE=postgres
      - DATABASE_URL=jdbc:postgresql://db:5432/mirthdb
      - DATABASE_USERNAME=mirthdb
      - DATABASE_PASSWORD=⟦P:database-password⟧
      - DATABASE_MAX_CONNECTIONS=20
      - KEYSTORE_STOREPASS=${KEYSTORE_STOREPASS}
      - KEYSTORE_KEYPASS=⟦N:env-reference:${KEYSTORE_KEYPASS:?set in .env}⟧
      - VMOPTIONS=-Xmx2048m
    ports:
      - 8443:8443
      - 6661:6661
    depends_on:
      - db
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: mirthdb
      POSTGRES_PASSWORD: ⟦P:database-password⟧
      POSTGRES_DB: mirthdb
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
""", "yaml-compose")

    c.add(R + "README.md", r"""# St. Mary's interface engine

Channels for the Mirth Connect cluster (ADT, ORU, SIU, MDM). Exported channels live in `channels/`.

## Local setup

1. Copy `.env.example` to `.env` and set `KEYSTORE_STOREPASS` (ask the integration team).
2. `docker compose up -d`
3. Log in at https://localhost:8443 as `admin` / `admin` and change the password.

The HIE client secret is in the vault under `op://Integration/HIE FHIR/client_secret`:

```
hie.client.secret = ⟦N:secret-manager-reference:op://Integration/HIE FHIR/client_secret⟧
hie.api.key       = ⟦N:placeholder:<paste from 1Password>⟧
```

Partner certificates are in `certs/`; their fingerprints:

| partner | SHA-256 fingerprint |
|---|---|
| state HIE | ⟦N:key-fingerprint@sha256⟧ |
| bed board | ⟦N:key-fingerprint@sha256⟧ |
""", "markdown")

    c.add(R + ".env.example", r"""# copy to .env
KEYSTORE_STOREPASS=⟦N:placeholder:changeme⟧
KEYSTORE_KEYPASS=⟦N:placeholder:changeme⟧
MIRTH_ADMIN_PASSWORD=⟦N:empty-value:⟧
HIE_CLIENT_SECRET=⟦N:placeholder:<client-secret>⟧
""", "dotenv")

    c.add(R + "certs/state-hie.crt", r"""⟦N:certificate@cert⟧
""", "pem-file")


def district(c):
    R = "district-sis-sync/"
    c.repo_gen(R)
    c.add(R + "config/settings.ini", r"""; Nightly roster sync: PowerSchool -> Google Workspace, Clever, library system
; Maintained by district IT (ext. 4410)

[general]
district = Maple Valley USD 214
log_dir = D:\sis-sync\logs
school_year = 2024-2025

[powerschool]
base_url = https://mvusd.powerschool.com
client_id = ⟦N:uuid-id@uuid⟧
client_secret = ⟦P:powerschool-client-secret⟧
page_size = 500

[clever]
district_id = ⟦N:object-id@objectid⟧
district_token = ⟦P:clever-district-token⟧

[google]
admin_email = sis-sync@mvusd.org
service_account_file = keys/sis-sync-sa.json
student_ou = /Students
default_password_length = ⟦N:policy-setting:10⟧

[sftp]
; Follett Destiny drops
host = sftp.follettdestiny.com
user = mvusd214
password = ⟦P:sftp-password⟧

[smtp]
server = smtp.office365.com
port = 587
user = noreply-sis@mvusd.org
password = ⟦P:smtp-password⟧
""", "ini", crlf=True)

    c.add(R + "keys/sis-sync-sa.json", r"""{
  "type": "service_account",
  "project_id": "mvusd-sis-sync",
  "private_key_id": "⟦N:key-fingerprint@sha1⟧",
  "private_key": "-----BEGIN PRIVATE KEY-----\n⟦P:gcp-service-account-private-key@pkcs8_json⟧",
  "client_email": "sis-sync@mvusd-sis-sync.iam.gserviceaccount.com",
  "client_id": "108723456612345678901",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "universe_domain": "googleapis.com"
}
""", "json")

    c.add(R + "sync/gam_new_students.sh", r"""#!/bin/bash
# Creates accounts for students enrolled since yesterday, then resets the
# kiosk account used at the elementary libraries.
GAM=/opt/gam7/gam
CSV=/srv/sis-sync/out/new_students.csv

$GAM csv "$CSV" gam create user ~email firstname ~first lastname ~last \
    password ~initial_password changepassword on org "/Students/~school"

# shared library kiosk (reset every night)
$GAM update user kiosk-lib@mvusd.org password "⟦P:cli-password-argument⟧" changepassword off

$GAM update user "$1" password "$(openssl rand -base64 12)"
echo "done $(date -Is)"
""", "shell-script")

    c.add(R + "sync/Export-Roster.ps1", r"""# Export-Roster.ps1 - pulls sections from PowerSchool and posts them to the library system
param(
    [string]$OutDir = "D:\sis-sync\out"
)

$ErrorActionPreference = "Stop"
$psBase = "https://mvusd.powerschool.com"
$clientId = $env:PS_CLIENT_ID
$clientSecret = $env:PS_CLIENT_SECRET

# library system API user (service account, no MFA)
$libUser = "svc-roster"
$libPass = ConvertTo-SecureString "⟦P:generic-password⟧" -AsPlainText -Force
$libCred = New-Object System.Management.Automation.PSCredential($libUser, $libPass)

$pair = "{0}:{1}" -f $clientId, $clientSecret
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$tok = Invoke-RestMethod -Method Post -Uri "$psBase/oauth/access_token" `
    -Headers @{ Authorization = "Basic $basic" } -Body "grant_type=client_credentials"

$headers = @{ Authorization = "Bearer $($tok.access_token)" }
$sections = Invoke-RestMethod -Uri "$psBase/ws/v1/district/section" -Headers $headers
$sections | Export-Csv -Path (Join-Path $OutDir "sections.csv") -NoTypeInformation

Invoke-RestMethod -Uri "https://destiny.mvusd.org/api/v1/rosters" -Method Post -Credential $libCred `
    -InFile (Join-Path $OutDir "sections.csv")
""", "powershell", crlf=True)

    c.add(R + "sync/ldap_push.py", r'''"""Push new student accounts into the on-prem AD (for lab logins)."""
import csv
import os

from ldap3 import ALL, NTLM, Connection, Server

AD_HOST = "dc01.mvusd.local"
BIND_USER = "MVUSD\\svc-sisldap"
BIND_PASSWORD = "⟦P:ldap-bind-password⟧"
STUDENT_BASE = "OU=Students,DC=mvusd,DC=local"


def connect():
    server = Server(AD_HOST, use_ssl=True, get_info=ALL)
    return Connection(server, user=BIND_USER, password=BIND_PASSWORD, authentication=NTLM, auto_bind=True)


def connect_from_env():
    server = Server(AD_HOST, use_ssl=True)
    return Connection(server, user=os.environ["LDAP_USER"], password=⟦N:code-reference:os.environ["LDAP_PASSWORD"]⟧, auto_bind=True)


def main(path):
    conn = connect()
    with open(path) as fh:
        for row in csv.DictReader(fh):
            dn = f"CN={row['email']},{STUDENT_BASE}"
            conn.add(dn, ["top", "person", "user"], {"sAMAccountName": row["student_number"]})


if __name__ == "__main__":
    main("/srv/sis-sync/out/new_students.csv")
''', "code-python")

    c.add(R + ".github/workflows/nightly.yml", r"""name: nightly-sync
on:
  schedule:
    - cron: "15 6 * * *"
  workflow_dispatch:
jobs:
  sync:
    runs-on: [self-hosted, windows, district]
    steps:
      - uses: actions/checkout@⟦N:commit-sha@gitsha⟧
      - name: Export roster
        shell: pwsh
        env:
          PS_CLIENT_ID: ${{ vars.PS_CLIENT_ID }}
          PS_CLIENT_SECRET: ⟦N:ci-secret-reference:${{ secrets.PS_CLIENT_SECRET }}⟧
          CLEVER_TOKEN: ⟦N:ci-secret-reference:${{ secrets.CLEVER_DISTRICT_TOKEN }}⟧
        run: ./sync/Export-Roster.ps1
      - name: Notify
        if: failure()
        run: curl -X POST -H 'Content-type: application/json' --data '{"text":"roster sync failed"}' ⟦P:slack-webhook-url⟧
""", "yaml-ci")


def freight(c):
    R = "freight-edi-gateway/"
    c.repo_gen(R)
    c.add(R + "edi/outbound/204_CHRW_sample.x12", r"""ISA*00*          *01*⟦P:edi-isa-password⟧*ZZ*RIVERBENDLOG   *ZZ*CHRW           *240301*0930*U*00401*000004521*0*P*>~
GS*SM*RIVERBENDLOG*CHRW*20240301*0930*4521*X*004010~
ST*204*0001~
B2**RBLG**LD88231**PP~
B2A*00*LT~
L11*PO-77120*PO~
S5*1*LD*42000*L~
N1*SH*PRAIRIE GRAIN COOP~
N3*1200 ELEVATOR RD~
N4*SALINA*KS*67401*US~
SE*9*0001~
GE*1*4521~
IEA*1*000004521~
""", "x12-edi")

    c.add(R + "edi/outbound/990_sample.x12", r"""ISA*00*          *00*          *ZZ*RIVERBENDLOG   *ZZ*SCHNEIDER      *240302*1412*U*00401*000004522*0*P*>~
GS*GF*RIVERBENDLOG*SCHNEIDER*20240302*1412*4522*X*004010~
ST*990*0001~
B1*SNDR*LD88232*20240302*A~
SE*3*0001~
GE*1*4522~
IEA*1*000004522~
""", "x12-edi")

    c.add(R + "config/as2-partners.properties", r"""# AS2 trading partners (Mendelson AS2 export, hand edited)
as2.local.id=RIVERBENDLOG
as2.local.keystore=/etc/as2/riverbend.p12
as2.local.keystore.password=⟦P:keystore-password⟧
as2.local.mdn.url=https://as2.riverbendlogistics.com/as2/HttpReceiver

partner.chrw.as2id=CHRW
partner.chrw.url=https://as2.chrobinson.com/as2
partner.chrw.cert.fingerprint=⟦N:key-fingerprint@sha1⟧
partner.chrw.http.user=riverbend
partner.chrw.http.password=⟦P:as2-password⟧

partner.schneider.as2id=SNDR
partner.schneider.url=https://edi.schneider.com/as2/in
partner.schneider.http.user=riverbend
partner.schneider.http.password=⟦N:env-reference:${SNDR_AS2_PASSWORD}⟧
""", "properties")

    c.add(R + "config/loadboards.yaml", r"""# Load board integrations (posting trucks, pulling loads)
dat:
  base_url: https://freight.api.dat.com
  org_user: dispatch@riverbendlogistics.com
  client_id: riverbend-tms
  client_secret: "⟦P:loadboard-client-secret⟧"
  refresh_minutes: 5

truckstop:
  integration_id: 44120
  username: RIVERBEND_API
  password: ⟦P:channel-manager-password@pw⟧

one_two_three:
  api_key: ⟦P:api-key-generic⟧
  post_radius_mi: 150

fmcsa:
  # QCMobile web key, used for carrier authority lookups
  web_key: ⟦P:api-key-generic@h40⟧

samsara:
  api_token: ⟦N:secret-manager-reference:arn:aws:secretsmanager:us-east-2:418273645512:secret:tms/samsara-AbC12d⟧
""", "yaml-config")

    c.add(R + "src/main/kotlin/com/riverbend/tms/docs/PodStore.kt", r"""package com.riverbend.tms.docs

import aws.sdk.kotlin.runtime.auth.credentials.StaticCredentialsProvider
import aws.sdk.kotlin.services.s3.S3Client

/** Proof-of-delivery images uploaded by drivers from the mobile app. */
object PodStore {
    private const val BUCKET = "riverbend-pod-images"
    private const val ACCESS_KEY_ID = "⟦P:aws-access-key-id⟧"
    private const val SECRET_ACCESS_KEY = "⟦P:aws-secret-access-key⟧"
    private const val EXAMPLE_KEY_ID = "⟦N:vendor-example-key@aws_example_id⟧"

    val client = S3Client {
        region = "us-east-2"
        credentialsProvider = StaticCredentialsProvider {
            accessKeyId = ACCESS_KEY_ID
            secretAccessKey = SECRET_ACCESS_KEY
        }
    }

    fun keyFor(loadId: String, stop: Int) = "pod/$loadId/$stop.jpg"
}
""", "code-kotlin")

    c.add(R + "src/main/kotlin/com/riverbend/tms/rating/MacroPoint.kt", r"""package com.riverbend.tms.rating

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.URI
import java.util.Base64

class MacroPointClient(private val http: HttpClient = HttpClient.newHttpClient()) {
    private val partnerId = "⟦N:uuid-id@uuid⟧"
    private val user = "riverbend"
    private val password = "⟦P:generic-password⟧"
    private val envPassword = System.getenv("MACROPOINT_PASSWORD")

    fun track(loadNumber: String): Int {
        val auth = Base64.getEncoder().encodeToString("$user:$password".toByteArray())
        val req = HttpRequest.newBuilder(URI("https://macropoint-lite.com/api/1.0/orders/$loadNumber"))
            .header("Authorization", "Basic $auth")
            .header("X-Request-Id", "⟦N:request-id@reqid⟧")
            .build()
        return http.send(req, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()
    }
}
""", "code-kotlin")

    c.add(R + "terraform/main.tf", r"""terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "⟦P:aws-access-key-id⟧"
  secret_key = "⟦P:aws-secret-access-key⟧"
}

resource "aws_db_instance" "tms" {
  identifier          = "tms-prod"
  engine              = "postgres"
  engine_version      = "15.5"
  instance_class      = "db.t3.medium"
  username            = "tms_admin"
  password            = ⟦N:env-reference:var.db_password⟧
  skip_final_snapshot = false
}

data "aws_secretsmanager_secret_version" "dat" {
  secret_id = "⟦N:secret-manager-reference:arn:aws:secretsmanager:us-east-2:418273645512:secret:tms/dat-9Kq2Lm⟧"
}

variable "edi_sftp_password" {
  type      = string
  sensitive = true
  default   = "⟦P:sftp-password⟧"
}
""", "terraform")

    c.add(R + "Dockerfile", r"""FROM eclipse-temurin:21-jre
ARG BUILD_SHA=⟦N:commit-sha@gitsha⟧
ENV TZ=America/Chicago \
    JAVA_OPTS="-Xmx1g" \
    EDI_SFTP_USER=riverbend \
    EDI_SFTP_PASSWORD=⟦P:sftp-password⟧
COPY build/libs/tms-all.jar /app/tms.jar
LABEL org.opencontainers.image.revision=$BUILD_SHA
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar /app/tms.jar"]
""", "dockerfile")


def ami(c):
    R = "gridhead-ami/"
    c.repo_gen(R)
    c.add(R + "headend/config/dlms_keys.yaml", r"""# DLMS/COSEM security suite 0 keys per meter group.
# Loaded by the head-end at start; rotate through the key-change job.
groups:
  - name: residential-2019-landis
    security_suite: 0
    client_sap: 1
    system_title: ⟦N:build-id@build_id⟧
    guek: ⟦P:dlms-encryption-key⟧
    gak: ⟦P:dlms-authentication-key⟧
    hls_secret: ⟦P:generic-password@pwa⟧
  - name: commercial-ct-itron
    security_suite: 0
    client_sap: 48
    system_title: ⟦N:build-id@build_id⟧
    guek: ⟦P:dlms-encryption-key⟧
    gak: ⟦P:dlms-authentication-key⟧
  - name: lab-bench
    # factory defaults from the meter datasheet, bench meters only
    guek: ⟦N:docs-example:000102030405060708090A0B0C0D0E0F⟧
    gak: ⟦N:docs-example:D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF⟧
""", "yaml-config")

    c.add(R + "historian/pi_backfill.py", r'''"""Backfill feeder interval data from the head-end into the PI historian."""
import datetime as dt

import PIconnect as PI

PI_SERVER = "pi-hist01.coop-energy.local"
PI_USER = "COOPENERGY\\svc-pibackfill"
PI_PASSWORD = "⟦P:pi-historian-password⟧"
HEADEND_DSN = "postgresql://ami_ro:⟦P:postgres-uri-password⟧@headend-db.coop-energy.local:5432/ami"
TAG_PREFIX = "FDR"


def backfill(day: dt.date):
    with PI.PIServer(server=PI_SERVER, username=PI_USER, password=PI_PASSWORD, domain="COOPENERGY") as srv:
        for pt in srv.search(TAG_PREFIX + "*.KW"):
            print(pt.name, pt.current_value)


if __name__ == "__main__":
    backfill(dt.date.today() - dt.timedelta(days=1))
''', "code-python")

    c.add(R + "scada/snmpd.conf", r"""# net-snmp agent on the substation RTU gateways
sysLocation    Substation 7 control house
sysContact     scada-oncall@coop-energy.local

# v2c read-only for the NMS subnet
rocommunity ⟦P:snmp-community⟧ 10.40.0.0/16
rocommunity ⟦N:placeholder:public⟧ 127.0.0.1

# v3 users
createUser nmsro SHA-256 "⟦P:snmpv3-auth-passphrase⟧" AES "Priv-Only-Set-By-Ansible"
rouser nmsro priv

agentAddress udp:161,udp6:[::1]:161
""", "snmpd-conf")

    c.add(R + "network/sub7-rtu-sw01.cfg", r"""!
version 15.2
hostname SUB7-RTU-SW01
!
enable secret 9 ⟦N:password-hash@cisco5⟧
!
username scada privilege 15 password 0 ⟦P:cisco-plaintext-password⟧
username netops privilege 15 secret 5 ⟦N:password-hash@cisco5⟧
!
aaa new-model
tacacs server ISE1
 address ipv4 10.40.1.20
 key 7 ⟦P:cisco-type7-password⟧
!
snmp-server community ⟦P:snmp-community⟧ RO 10
snmp-server location Substation 7
!
line vty 0 4
 password 7 ⟦P:cisco-type7-password⟧
 transport input ssh
!
end
""", "cisco-ios")

    c.add(R + "mqtt/mosquitto.conf", r"""# Bridge from the substation broker to the control-center broker
listener 8883
cafile /etc/mosquitto/ca_certificates/coop-ca.crt
certfile /etc/mosquitto/certs/sub7.crt
keyfile /etc/mosquitto/certs/sub7.key
password_file /etc/mosquitto/passwd
allow_anonymous false

connection cc-bridge
address mqtt-cc.coop-energy.local:8883
topic meters/# out 1
remote_clientid sub7-bridge
remote_username sub7
remote_password ⟦P:mqtt-password⟧
bridge_cafile /etc/mosquitto/ca_certificates/coop-ca.crt
""", "mosquitto-conf")

    c.add(R + "mqtt/passwd", r"""sub7:⟦N:password-hash@sha512crypt⟧
historian:⟦N:password-hash@sha512crypt⟧
""", "credential-file")

    c.add(R + "wireguard/wg-sub7.conf", r"""[Interface]
# substation 7 cellular backhaul
Address = 10.99.7.1/24
ListenPort = 51820
PrivateKey = ⟦P:wireguard-private-key⟧

[Peer]
# control center
PublicKey = ⟦N:public-key@wgpub⟧
PresharedKey = ⟦P:wireguard-preshared-key⟧
AllowedIPs = 10.40.0.0/16
Endpoint = vpn.coop-energy.net:51820
PersistentKeepalive = 25
""", "wireguard-conf")

    c.add(R + ".env", r"""# head-end ops dashboard
INFLUX_URL=https://influx.coop-energy.local:8086
INFLUX_ORG=coop-energy
INFLUX_TOKEN=⟦P:influxdb-token⟧
GRAFANA_ADMIN_USER=admin
GRAFANA_ADMIN_PASSWORD=⟦P:generic-password⟧
GF_SECURITY_SECRET_KEY=⟦P:api-secret-generic@h32⟧
PAGERDUTY_ROUTING_KEY=⟦P:pagerduty-integration-key⟧
FEATURE_OUTAGE_MAP=⟦N:feature-flag:true⟧
BUILD_ID=⟦N:build-id@build_id⟧
""", "dotenv")


def newsroom(c):
    R = "newsroom-paywall/"
    c.repo_gen(R)
    c.add(R + ".env.production", r"""# Herald-Tribune web (prod). Do not commit. (too late)
NODE_ENV=production
SITE_URL=https://www.heraldtribune-news.com
PIANO_AID=⟦N:public-identifier:Xh4Lq2pN7w⟧
PIANO_API_TOKEN=⟦P:piano-api-token⟧
STRIPE_SECRET_KEY=⟦P:stripe-live-secret-key⟧
STRIPE_PUBLISHABLE_KEY=⟦N:public-identifier@stripe_pk⟧
STRIPE_WEBHOOK_SECRET=⟦P:stripe-webhook-secret⟧
RECAPTCHA_SITE_KEY=⟦N:public-identifier@recaptcha_site⟧
RECAPTCHA_SECRET_KEY=⟦P:recaptcha-secret-key⟧
SENTRY_DSN=⟦N:public-identifier:https://4f1c9a0b7e2d4c8f9a3b5e6d7c8f9a0b@o118273.ingest.sentry.io/5512345⟧
MAILCHIMP_API_KEY=⟦P:mailchimp-api-key⟧
AWS_ACCESS_KEY_ID=⟦P:aws-access-key-id⟧
AWS_SECRET_ACCESS_KEY=⟦P:aws-secret-access-key⟧
METER_FREE_ARTICLES=⟦N:policy-setting:5⟧
""", "dotenv")

    c.add(R + "wp-config.php", r"""<?php
/** Herald-Tribune WordPress (legacy blogs + obituaries) */
define( 'DB_NAME', 'ht_blogs' );
define( 'DB_USER', 'ht_wp' );
define( 'DB_PASSWORD', '⟦P:database-password⟧' );
define( 'DB_HOST', 'mysql-blogs.internal' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '⟦P:wordpress-auth-salt⟧' );
define( 'SECURE_AUTH_KEY',  '⟦P:wordpress-auth-salt⟧' );
define( 'LOGGED_IN_KEY',    '⟦P:wordpress-auth-salt⟧' );
define( 'NONCE_KEY',        '⟦P:wordpress-auth-salt⟧' );
define( 'AUTH_SALT',        '⟦N:placeholder:put your unique phrase here⟧' );
define( 'SECURE_AUTH_SALT', '⟦N:placeholder:put your unique phrase here⟧' );

define( 'WP_REDIS_PASSWORD', '⟦P:redis-requirepass⟧' );
define( 'WPMS_SMTP_PASS', getenv( 'SMTP_PASS' ) );

$table_prefix = 'ht_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", "code-php")

    c.add(R + "plugins/ht-ads/config.php", r"""<?php
// Ad stack settings for the Herald-Tribune ad plugin
return [
    'gam_network_code' => '21739481',
    'google_ads' => [
        'developer_token' => '⟦P:google-ads-developer-token⟧',
        'client_id'       => '⟦N:public-identifier@google_client_id⟧',
        'client_secret'   => '⟦P:google-oauth-client-secret⟧',
        'refresh_token'   => getenv('GADS_REFRESH_TOKEN'),
    ],
    'prebid' => [
        'timeout_ms' => 1200,
        'price_floor' => 0.35,
    ],
    'kevel' => [
        'network_id' => 11230,
        'api_key' => '⟦P:api-key-generic⟧',
    ],
    'placeholder_image' => '⟦N:base64-image@b64img⟧',
];
""", "code-php")

    c.add(R + "paywall/src/entitlements.ts", r"""import jwt from "jsonwebtoken";
import { createHmac } from "crypto";

// Signs the entitlement cookie read by the edge (see infra/edge.vcl)
const ENTITLEMENT_SECRET = "⟦P:jwt-signing-secret⟧";
const PIANO_WEBHOOK_SECRET = process.env.PIANO_WEBHOOK_SECRET ?? "";
const METER_SALT = "⟦N:test-fixture:not-a-secret-meter-salt⟧";

export function signEntitlement(uid: string, plan: string): string {
  return jwt.sign({ uid, plan }, ENTITLEMENT_SECRET, { expiresIn: "30d", algorithm: "HS256" });
}

export function verifyPiano(body: string, sig: string): boolean {
  const mac = createHmac("sha256", PIANO_WEBHOOK_SECRET).update(body).digest("hex");
  return mac === sig;
}

export const METER_COOKIE = "ht_m";
export const RELEASE = "⟦N:commit-sha@gitsha⟧";
""", "code-ts")

    c.add(R + "infra/edge.vcl", r"""vcl 4.1;
# Fastly edge logic for the metered paywall

sub vcl_recv {
  # origin only accepts requests carrying the shared edge token
  set req.http.X-Origin-Token = "⟦P:api-secret-generic⟧";

  if (req.url ~ "^/api/preview" && req.http.X-Preview-Key != "⟦P:api-key-generic⟧") {
    error 403 "forbidden";
  }
  if (req.http.Cookie ~ "ht_m=") {
    set req.http.X-Meter = regsub(req.http.Cookie, ".*ht_m=([^;]+).*", "\1");
  }
  set req.http.X-Request-ID = "⟦N:request-id@reqid⟧";
}
""", "vcl")

    c.add(R + "newsletters/send_digest.rb", r"""require "sendgrid-ruby"
require "gibbon"

# Morning digest: pulls top stories, builds the email, sends via SendGrid.
SENDGRID_KEY = "⟦P:sendgrid-api-key⟧"
GIBBON = Gibbon::Request.new(api_key: ENV.fetch("MAILCHIMP_API_KEY"))
LIST_ID = "⟦N:build-id:7c1e0a9f3b⟧"

def send_digest(stories)
  sg = SendGrid::API.new(api_key: SENDGRID_KEY)
  mail = SendGrid::Mail.new
  mail.from = SendGrid::Email.new(email: "digest@heraldtribune-news.com")
  sg.client.mail._("send").post(request_body: mail.to_json)
end
""", "code-ruby")


def museum(c):
    R = "museum-collections/"
    c.repo_gen(R)
    c.add(R + "setup.php", r"""<?php
# CollectiveAccess setup for the Riverside Museum of Natural History
define("__CA_BASE_DIR__", "/var/www/collections");
define("__CA_URL_ROOT__", "");
define("__CA_SITE_HOSTNAME__", "collections.riversidemuseum.org");
define("__CA_APP_NAME__", "rmnh");
define("__CA_APP_DISPLAY_NAME__", "Riverside Museum Collections");

define("__CA_DB_HOST__", "localhost");
define("__CA_DB_USER__", "ca_rmnh");
define("__CA_DB_PASSWORD__", "⟦P:database-password⟧");
define("__CA_DB_DATABASE__", "ca_rmnh");

define("__CA_ADMIN_EMAIL__", "registrar@riversidemuseum.org");
define("__CA_SMTP_SERVER__", "smtp.gmail.com");
define("__CA_SMTP_USER__", "collections@riversidemuseum.org");
define("__CA_SMTP_PASSWORD__", "⟦P:smtp-password@phrase⟧");
define("__CA_GOOGLE_MAPS_KEY__", "⟦P:google-api-key⟧");
define("__CA_CACHE_BACKEND__", "file");
define("__CA_DEFAULT_LOCALE__", "en_US");
""", "code-php")

    c.add(R + "iiif/cantaloupe.properties", r"""# Cantaloupe IIIF image server
http.enabled = true
http.port = 8182
endpoint.iiif.2.enabled = true
endpoint.iiif.3.enabled = true

endpoint.admin.enabled = true
endpoint.admin.username = admin
endpoint.admin.secret = ⟦P:generic-password⟧

source.static = S3Source
S3Source.endpoint = https://s3.us-west-2.amazonaws.com
S3Source.access_key_id = ⟦P:aws-access-key-id⟧
S3Source.secret_key = ⟦P:aws-secret-access-key⟧
S3Source.BasicLookupStrategy.bucket.name = rmnh-masters

cache.server.derivative.enabled = true
cache.server.derivative = FilesystemCache
FilesystemCache.pathname = /var/cache/cantaloupe
""", "properties")

    c.add(R + "scripts/harvest_europeana.R", r"""# Harvest partner records from Europeana and GBIF for the loans report
library(httr)
library(jsonlite)

europeana_key <- "⟦P:api-key-generic@h32⟧"
Sys.setenv(AIRTABLE_PAT = "⟦P:airtable-pat⟧")
gbif_user <- "rmnh_registrar"
gbif_pwd <- "⟦P:generic-password⟧"
gbif_pwd_env <- Sys.getenv("GBIF_PWD")

search_europeana <- function(q) {
  r <- GET("https://api.europeana.eu/record/v2/search.json",
           query = list(wskey = europeana_key, query = q, rows = 100))
  fromJSON(content(r, "text"))$items
}

download_gbif <- function(key) {
  GET(paste0("https://api.gbif.org/v1/occurrence/download/request/", key),
      authenticate(gbif_user, gbif_pwd))
}

# dataset checksum for reproducibility: ⟦N:checksum@sha256⟧
""", "code-r")

    c.add(R + "docs/api.md", r"""# Collections API

The public API is read-only and needs no key. The staff API needs a bearer token from
the admin page (Manage → Access → API tokens).

```bash
curl -H "Authorization: Bearer ⟦N:placeholder:$CA_TOKEN⟧" \
  https://collections.riversidemuseum.org/service/item/ca_objects/id/1234
```

Example response header: `X-Request-Id: ⟦N:request-id@reqid⟧`

For the loans dashboard the registrar's token was used while testing:

```bash
curl -H "Authorization: Bearer ⟦P:bearer-token⟧" \
  "https://collections.riversidemuseum.org/service/find/ca_loans?q=*"
```

Object ids are UUIDs, e.g. `⟦N:uuid-id@uuid⟧`.
""", "markdown")

    c.add(R + "web/.htpasswd", r"""registrar:⟦N:password-hash@apr1⟧
curator:⟦N:password-hash@apr1⟧
photo:⟦N:password-hash@bcrypt⟧
""", "htpasswd")


def hotel(c):
    R = "hotel-channel-manager/"
    c.repo_gen(R)
    c.add(R + "src/ChannelManager/appsettings.Production.json", r"""{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "ConnectionStrings": {
    "Inventory": "Server=tcp:lakeshore-sql.database.windows.net,1433;Database=inventory;User ID=cm_app;Password=⟦P:database-password⟧;Encrypt=True;",
    "Reporting": "Server=rpt01;Database=rpt;Integrated Security=true"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "⟦N:uuid-id@uuid⟧",
    "ClientId": "⟦N:uuid-id@uuid⟧",
    "ClientSecret": "⟦P:azure-ad-client-secret⟧"
  },
  "ServiceBus": {
    "ConnectionString": "Endpoint=sb://lakeshore-cm.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=⟦P:azure-servicebus-sas-key⟧"
  },
  "Ota": {
    "SiteMinder": { "Username": "LAKESHORE_HTL", "Password": "⟦P:channel-manager-password⟧" },
    "BookingCom": { "Username": "lakeshore-xml", "Password": "⟦P:channel-manager-password⟧" },
    "Expedia": { "Username": "EQC_lakeshore", "Password": "⟦N:secret-manager-reference:@Microsoft.KeyVault(SecretUri=https://lakeshore-kv.vault.azure.net/secrets/expedia-eqc/)⟧" }
  },
  "Storage": "DefaultEndpointsProtocol=https;AccountName=lakeshorerates;AccountKey=⟦P:azure-storage-account-key⟧;EndpointSuffix=core.windows.net"
}
""", "json")

    c.add(R + "src/ChannelManager/Web.config", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="PropertyCode" value="LKSH01" />
    <add key="OtaEndpoint" value="https://ota.pegs.com/HTNG2011B" />
    <add key="OtaUser" value="lakeshore" />
    <add key="OtaPassword" value="⟦P:channel-manager-password⟧" />
    <add key="RateShopperApiKey" value="⟦P:api-key-generic⟧" />
    <add key="PasswordMinLength" value="⟦N:policy-setting:12⟧" />
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
  <connectionStrings>
    <add name="PMS" connectionString="Data Source=opera-db;Initial Catalog=OPERA;User Id=cm_read;Password=⟦P:database-password⟧" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <machineKey
      validationKey="⟦P:aspnet-machine-key⟧"
      decryptionKey="⟦P:encryption-key-hex@uh32⟧"
      validation="HMACSHA256" decryption="AES" />
  </system.web>
</configuration>
""", "xml-dotnet", crlf=True)

    c.add(R + "src/ChannelManager/Services/RateShopperClient.cs", r"""using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace ChannelManager.Services
{
    public class RateShopperClient
    {
        private const string BaseUrl = "https://api.otainsight.com/v3/";
        private const string ApiSecret = "⟦P:api-secret-generic⟧";
        private readonly string _apiKey;

        public RateShopperClient(IConfiguration config)
        {
            _apiKey = config["RateShopperApiKey"];
        }

        public HttpClient Create()
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential("lakeshore", "⟦P:generic-password⟧")
            };
            var http = new HttpClient(handler) { BaseAddress = new System.Uri(BaseUrl) };
            http.DefaultRequestHeaders.Add("X-Api-Secret", ApiSecret);
            return http;
        }
    }
}
""", "code-csharp", crlf=True)

    c.add(R + "deploy/Setup-Site.ps1", r"""# Setup-Site.ps1 - one-time IIS setup for a property server
Import-Module WebAdministration

$poolUser = "LAKESHORE\svc-cm"
$poolPass = "⟦P:generic-password⟧"
New-WebAppPool -Name "ChannelManager"
Set-ItemProperty IIS:\AppPools\ChannelManager -Name processModel -Value @{userName=$poolUser;password=$poolPass;identitytype=3}

$certPwd = ConvertTo-SecureString -String "⟦P:keystore-password⟧" -Force -AsPlainText
Import-PfxCertificate -FilePath .\cm.lakeshorehotels.com.pfx -CertStoreLocation Cert:\LocalMachine\My -Password $certPwd

$sqlPass = Read-Host -AsSecureString "SQL password"
[Environment]::SetEnvironmentVariable("CM_SQL_PASSWORD", ⟦N:code-reference:$env:CM_SQL_PASSWORD⟧, "Machine")
""", "powershell", crlf=True)

    c.add(R + "deploy/install.bat", r"""@echo off
REM install.bat - copies the build to the property server and maps the rates share
setlocal
set TARGET=\\%1\c$\inetpub\ChannelManager
set OTA_USER=%2
set "SQLCMDPASSWORD=⟦P:database-password⟧"
net use R: \\fs01\rates /user:LAKESHORE\svc-rates ⟦P:cli-password-argument⟧ /persistent:no
net use S: \\fs01\share /user:LAKESHORE\%USERNAME% ⟦N:env-reference:%SHARE_PASSWORD%⟧
xcopy /E /Y /I build\* %TARGET%
sqlcmd -S opera-db -U cm_read -i migrate.sql
endlocal
""", "batch", crlf=True)


def drone(c):
    R = "dronefleet-telemetry/"
    c.repo_gen(R)
    c.add(R + "ground/mqtt_bridge.go", r"""package main

import (
	"log"
	"os"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

const (
	brokerURL   = "ssl://telemetry.skyline-survey.com:8883"
	mqttUser    = "gcs-bridge"
	mqttPass    = "⟦P:mqtt-password⟧"
	djiAppKey   = "⟦P:dji-app-key⟧"
	fleetID     = "⟦N:uuid-id@uuid⟧"
	buildCommit = "⟦N:commit-sha@gitsha⟧"
)

var backupPass = os.Getenv("MQTT_BACKUP_PASS")

func connect() mqtt.Client {
	opts := mqtt.NewClientOptions().AddBroker(brokerURL)
	opts.SetUsername(mqttUser)
	opts.SetPassword(mqttPass)
	opts.SetClientID("gcs-" + fleetID)
	c := mqtt.NewClient(opts)
	if t := c.Connect(); t.Wait() && t.Error() != nil {
		log.Fatal(t.Error())
	}
	return c
}

func main() {
	c := connect()
	defer c.Disconnect(250)
	select {}
}
""", "code-go")

    c.add(R + "ground/config/signing.yaml", r"""# MAVLink 2 message signing, one key per airframe (see mavproxy `signing setup`)
airframes:
  - tail: SKY-M300-04
    link_id: 4
    secret_key: ⟦P:mavlink-signing-key⟧
  - tail: SKY-M300-07
    link_id: 7
    secret_key: ⟦P:mavlink-signing-key⟧
  - tail: SIM-01
    link_id: 99
    secret_key: ⟦N:test-fixture:0000000000000000000000000000000000000000000000000000000000000000⟧
""", "yaml-config")

    c.add(R + "ground/.env", r"""MAPBOX_ACCESS_TOKEN=⟦N:public-identifier@mapbox_pk⟧
MAPBOX_UPLOAD_TOKEN=⟦P:mapbox-secret-token⟧
TELEGRAM_ALERT_BOT=⟦P:telegram-bot-token⟧
TELEGRAM_CHAT_ID=-1001822334455
AIRMAP_API_KEY=⟦P:api-key-generic@jwt⟧
LOG_LEVEL=info
""", "dotenv")

    c.add(R + "ground/config/telemetry.toml", r"""[server]
listen = "0.0.0.0:14550"
max_vehicles = 24

[influx]
url = "https://influx.skyline-survey.com"
org = "skyline"
bucket = "flight-telemetry"
token = "⟦P:influxdb-token⟧"

[tailscale]
# joins the ground station to the tailnet on first boot
authkey = "⟦P:tailscale-auth-key⟧"
hostname = "gcs-trailer-02"

[alerts]
slack_webhook = "⟦N:placeholder:https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX⟧"
""", "toml")

    c.add(R + "firmware/platformio.ini", r"""; companion computer ESP32 (telemetry relay)
[env:relay]
platform = espressif32
board = esp32dev
framework = arduino
monitor_speed = 115200
build_flags =
    -DWIFI_SSID=\"SKY-FIELD-AP\"
    -DWIFI_PSK=\"⟦P:wifi-psk⟧\"
    -DFW_BUILD=\"⟦N:build-id@build_id⟧\"
upload_protocol = espota
upload_port = 192.168.4.1
upload_flags =
    --auth=⟦P:generic-password@pwa⟧
""", "ini")

    c.add(R + "firmware/include/secrets.h", r"""#pragma once
// Field relay credentials. TODO: move to NVS provisioning before next season.
#define MQTT_HOST      "telemetry.skyline-survey.com"
#define MQTT_USER      "relay"
#define MQTT_PASS      "⟦P:mqtt-password⟧"
#define OTA_PASSWORD   "⟦P:generic-password⟧"
#define AP_FALLBACK_PW "⟦N:placeholder:CHANGE_ME⟧"
#define FW_SIGNING_PUB "⟦N:public-key@wgpub⟧"
""", "c-header")


ALL = [mirth, district, freight, ami, newsroom, museum, hotel, drone]
