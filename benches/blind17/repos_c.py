"""blind17 repositories, part C: headless CMS sites, data warehouse, PBX, legacy Perl/ColdFusion
intranet, Windows admin share, network configs, HPC lab; then the platform files every team keeps
(CI, containers, infrastructure, lockfiles, credential files), spread over all repositories."""
import base64
import json


def jl(s):
    return json.dumps(s)[1:-1]


# ------------------------------------------------------------------------------------------------
def cms_sites(c):
    v, R = c.v, "cms-sites/"
    f = c.f(R + "bakery-site/.env.local", "dotenv")
    f.a("# Contentful space for the bakery marketing site", "CONTENTFUL_SPACE_ID=" + v.low(12))
    f.p("CONTENTFUL_DELIVERY_TOKEN=@@", v.url(43), "contentful-delivery-token", "Contentful", ctx=True)
    f.p("CONTENTFUL_PREVIEW_TOKEN=@@", v.url(43), "contentful-preview-token", "Contentful", ctx=True)
    f.p("CONTENTFUL_MANAGEMENT_TOKEN=@@", v.contentful_pat(), "contentful-pat", "Contentful")
    f.p("REVALIDATE_SECRET=@@", v.hex(32), "webhook-secret", ctx=True)
    f.n("NEXT_PUBLIC_SITE_URL=@@", "https://bakery.example.com", "harmless-setting")

    f = c.f(R + "bakery-site/lib/contentful.js", "code-js")
    f.a("import { createClient } from 'contentful';", "", "// the docs' demo space, used by the storybook stories")
    f.n("export const demo = createClient({ space: 'cfexampleapi', accessToken: '@@' });", "b4c0n73n7" + "fu1", "vendor-example-key")
    f.n("export const client = createClient({ space: process.env.CONTENTFUL_SPACE_ID, accessToken: @@ });", "process.env.CONTENTFUL_DELIVERY_TOKEN", "env-reference")

    f = c.f(R + "parish-news/sanity.cli.ts", "code-ts")
    f.a("import { defineCliConfig } from 'sanity/cli';", "", "export default defineCliConfig({", "  api: { projectId: '" + v.low(8) + "', dataset: 'production' },")
    f.a("});", "", "// used by scripts/import.ts")
    f.p("export const SANITY_WRITE_TOKEN = '@@';", v.sanity(), "sanity-api-token", "Sanity")

    f = c.f(R + "parish-news/netlify.toml", "toml")
    f.a("[build]", '  command = "npm run build"', '  publish = "dist"', "", "[build.environment]", '  NODE_VERSION = "20"')
    f.p('  NETLIFY_AUTH_TOKEN = "@@"', v.netlify(), "netlify-pat", "Netlify")
    f.p('  STORYBLOK_PREVIEW_TOKEN = "@@"', v.al(22) + "tt", "storyblok-token", "Storyblok", ctx=True)

    f = c.f(R + "museum-strapi/config/admin.js", "code-js")
    f.a("module.exports = ({ env }) => ({", "  auth: {")
    f.p("    secret: env('ADMIN_JWT_SECRET', '@@'),", v.b64(16), "jwt-signing-key", ctx=True)
    f.a("  },", "  apiToken: {")
    f.n("    salt: @@,", "env('API_TOKEN_SALT')", "env-reference")
    f.a("  },", "});")

    f = c.f(R + "museum-strapi/scripts/import_collection.py", "code-python")
    f.a("import requests", "", 'STRAPI = "https://cms.citymuseum.org/api"')
    f.p('TOKEN = "@@"', v.hex(256), "strapi-api-token", "Strapi", ctx=True)
    f.p('DATOCMS_TOKEN = "@@"', v.hex(30), "datocms-api-token", "DatoCMS", ctx=True)
    f.n('ALGOLIA_SEARCH_ONLY_KEY = "@@"  # public, used in the browser', v.hex(32), "public-key")
    f.p('ALGOLIA_ADMIN_KEY = "@@"', v.hex(32), "algolia-admin-key", "Algolia", ctx=True)
    f.a("", "def post(item):", '    return requests.post(f"{STRAPI}/artworks", json={"data": item}, headers={"Authorization": f"Bearer {TOKEN}"})')

    f = c.f(R + "museum-strapi/.env", "dotenv")
    f.a("HOST=0.0.0.0", "PORT=1337")
    f.p("APP_KEYS=@@", ",".join(v.b64(16) for _ in range(4)), "strapi-app-keys", "Strapi", ctx=True)
    f.p("TRANSFER_TOKEN_SALT=@@", v.b64(16), "token-salt", ctx=True)
    f.n("DATABASE_PASSWORD=@@", "op://Museum/strapi-db/password", "secret-manager-reference")
    f.p("VERCEL_TOKEN=@@", v.al(24), "vercel-token", "Vercel", ctx=True)


# ------------------------------------------------------------------------------------------------
def warehouse_dbt(c):
    v, R = c.v, "warehouse-dbt/"
    f = c.f(R + "profiles.yml", "yaml-config")
    f.a("analytics:", "  target: prod", "  outputs:", "    prod:", "      type: snowflake", "      account: ab12345.eu-central-1", "      user: DBT_PROD")
    f.p("      password: @@", v.pw(), "snowflake-password", "Snowflake", ctx=True)
    f.a("      role: TRANSFORMER", "      warehouse: TRANSFORMING", "      database: ANALYTICS", "      schema: dbt_prod", "    ci:", "      type: snowflake")
    f.n("      password: @@", "\"{{ env_var('DBT_CI_PASSWORD') }}\"", "template-reference")
    f.a("      private_key_path: /secrets/rsa_key.p8")
    f.p("      private_key_passphrase: @@", v.pw(), "private-key-passphrase", ctx=True)
    f.a("    bq:", "      type: bigquery", "      method: service-account-json", "      project: acme-analytics", "      keyfile_json:", "        type: service_account")
    f.n("        private_key_id: @@", v.hex(40), "public-identifier")
    f.p("        private_key: \"@@\"", jl(v.pkcs8_pem()), "private-key", "Google")
    f.a("        client_email: dbt@acme-analytics.iam.gserviceaccount.com")

    f = c.f(R + "airflow/airflow.cfg", "ini")
    f.a("[core]", "dags_folder = /opt/airflow/dags", "executor = CeleryExecutor")
    f.p("fernet_key = @@", base64.urlsafe_b64encode(bytes(v.r.getrandbits(8) for _ in range(32))).decode(), "airflow-fernet-key", "Apache Airflow", ctx=True)
    f.a("[database]")
    pw = v.pw(url_safe=True)
    f.p("sql_alchemy_conn = @@", f"postgresql+psycopg2://airflow:{pw}@pg-airflow:5432/airflow", "postgres-url-password")
    f.a("[webserver]")
    f.p("secret_key = @@", v.hex(32), "flask-secret-key", ctx=True)
    f.a("[celery]")
    f.p("broker_url = @@", f"redis://:{v.pw(url_safe=True)}@redis:6379/0", "redis-url-password")
    f.n("result_backend = @@", "db+postgresql://airflow:${AIRFLOW_DB_PASSWORD}@pg-airflow/airflow", "env-reference")

    f = c.f(R + "airflow/.env", "dotenv")
    f.p("AIRFLOW_CONN_WAREHOUSE=@@", f"snowflake://DBT_PROD:{v.pw(url_safe=True)}@/ANALYTICS?account=ab12345&warehouse=LOADING", "snowflake-url-password", "Snowflake")
    f.p("AIRFLOW_CONN_SFTP_VENDOR=@@", f"sftp://acme:{v.pw(url_safe=True)}@sftp.vendor.com:22", "sftp-url-password")
    f.n("AIRFLOW__SECRETS__BACKEND=@@", "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend", "harmless-setting")
    f.n("AIRFLOW_CONN_S3=@@", "aws://?role_arn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fairflow", "harmless-setting")

    f = c.f(R + "airflow/dags/export_to_partner.py", "code-python")
    f.a("from airflow import DAG", "from airflow.providers.amazon.aws.hooks.s3 import S3Hook", "import boto3", "")
    f.p('ACCESS_KEY = "@@"', v.aws_id(), "aws-access-key-id", "AWS")
    f.p('SECRET_KEY = "@@"', v.aws_secret(), "aws-secret-access-key", "AWS", ctx=True)
    f.n('EXAMPLE_ID = "@@"  # from the AWS docs, for the unit test', "AKIAIOSFODNN7" + "EXAMPLE", "vendor-example-key")
    f.n('ROLE = "@@"', "arn:aws:secretsmanager:eu-central-1:123456789012:secret:airflow/partner-export-Xy12Ab", "secret-manager-reference")
    f.a('s3 = boto3.client("s3", aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)')
    f.p('DBT_CLOUD_TOKEN = "@@"', v.dbt_cloud(), "dbt-cloud-token", "dbt Labs")
    f.p('DATABRICKS_TOKEN = "@@"', v.databricks(), "databricks-token", "Databricks")

    f = c.f(R + "infra/fivetran.tf", "terraform")
    f.a('terraform {', '  required_providers {', '    fivetran = { source = "fivetran/fivetran" }', '  }', '}', "", 'provider "fivetran" {')
    f.p('  api_key    = "@@"', v.al(16), "fivetran-api-key", "Fivetran", ctx=True)
    f.p('  api_secret = "@@"', v.al(32), "fivetran-api-secret", "Fivetran", ctx=True)
    f.a("}", "", 'resource "fivetran_connector" "salesforce" {', '  service = "salesforce"')
    f.n('  auth { client_secret = @@ }', "var.salesforce_client_secret", "variable-reference")
    f.a("}", "", 'resource "snowflake_user" "loader" {', '  name = "FIVETRAN_LOADER"')
    f.n("  password = @@", "random_password.loader.result", "variable-reference")
    f.a("}")

    f = c.f(R + "sql/grants.sql", "sql")
    f.a("USE ROLE SECURITYADMIN;", "CREATE USER IF NOT EXISTS LOOKER_SVC")
    f.p("  PASSWORD = '@@'", v.pw(), "snowflake-password", "Snowflake", ctx=True)
    f.a("  DEFAULT_ROLE = REPORTER MUST_CHANGE_PASSWORD = FALSE;")
    f.n("ALTER ACCOUNT SET PASSWORD_POLICY = @@;", "security.policies.pw_min_14", "password-policy")
    f.p("ALTER USER METABASE_SVC SET PASSWORD = '@@';", v.pw(), "snowflake-password", "Snowflake", ctx=True)
    f.n("ALTER USER DBT_PROD SET RSA_PUBLIC_KEY = '@@';", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + v.b64(40), "public-key")


# ------------------------------------------------------------------------------------------------
def asterisk_pbx(c):
    v, R = c.v, "asterisk-pbx/"
    f = c.f(R + "etc/asterisk/sip.conf", "asterisk-conf")
    f.a("[general]", "context=default", "allowguest=no", "srvlookup=yes", "", "[trunk-voipco]", "type=peer", "host=sip.voipco.net",
        "username=" + v.dig(8), "fromuser=" + v.dig(8))
    f.p("secret=@@", v.al(16), "sip-secret", ctx=True)
    f.a("insecure=port,invite", "", "[1001]", "type=friend", "host=dynamic", "context=office")
    f.p("secret=@@", v.pw(), "sip-secret", ctx=True)
    f.a("", "[1002](!)")
    f.n("secret=@@", "${SIP_1002_SECRET}", "env-reference")

    f = c.f(R + "etc/asterisk/pjsip.conf", "asterisk-conf")
    f.a("[transport-udp]", "type=transport", "protocol=udp", "bind=0.0.0.0", "", "[twilio-trunk-auth]", "type=auth", "auth_type=userpass",
        "username=pbx-office")
    f.p("password=@@", v.pw(), "sip-trunk-password", ctx=True)
    f.a("", "[2001]", "type=auth", "auth_type=userpass", "username=2001")
    f.p("password=@@", v.pin(8) + v.al(4), "sip-secret", ctx=True)
    f.a("", "[2002]", "type=auth", "auth_type=md5", "username=2002")
    f.n("md5_cred=@@", v.hex(32), "password-hash")

    f = c.f(R + "etc/asterisk/manager.conf", "asterisk-conf")
    f.a("[general]", "enabled = yes", "port = 5038", "bindaddr = 127.0.0.1", "", "[crm-click2call]")
    f.p("secret = @@", v.pw(), "asterisk-ami-secret", ctx=True)
    f.a("deny=0.0.0.0/0.0.0.0", "permit=10.1.0.15/255.255.255.255", "read = call", "write = originate")

    f = c.f(R + "etc/asterisk/extensions.conf", "asterisk-conf")
    f.a("[office]", "exten => _1XXX,1,Dial(PJSIP/${EXTEN},30)", " same => n,VoiceMail(${EXTEN}@default,u)",
        "exten => 9999,1,Authenticate(${ADMIN_PIN})")
    f.n("exten => _9.,1,Set(CDR(userfield)=@@)", "${SIPCALLID}", "variable-reference")
    f.n("exten => s,1,Set(TOKEN=@@)", "${SHELL(cat /etc/asterisk/.crm_token)}", "file-reference")

    f = c.f(R + "provisioning/y000000000044.cfg", "phone-provisioning")
    f.a("#!version:1.0.0.1", "account.1.enable = 1", "account.1.label = Reception", "account.1.auth_name = 1001", "account.1.user_name = 1001")
    f.p("account.1.password = @@", v.pw(), "sip-secret", ctx=True)
    f.a("account.1.sip_server.1.address = pbx.office.local")
    f.p("static.security.user_password = admin:@@", v.pw(), "phone-admin-password", ctx=True)
    f.n("static.auto_provision.server.url = @@", "https://pbx.office.local/prov/", "harmless-setting")

    f = c.f(R + "scripts/click2call.py", "code-python")
    f.a("import socket", "", 'AMI_HOST, AMI_PORT = "127.0.0.1", 5038')
    f.n('AMI_SECRET = @@', 'open("/etc/asterisk/.ami").read().strip()', "file-reference")
    f.p('TWILIO_SIP_PASSWORD = "@@"', v.pw(), "sip-trunk-password", ctx=True)


# ------------------------------------------------------------------------------------------------
def legacy_intranet(c):
    v, R = c.v, "legacy-intranet/"
    f = c.f(R + "cgi-bin/timesheet_report.pl", "code-perl")
    f.a("#!/usr/bin/perl -w", "use strict;", "use DBI;", "use CGI qw(:standard);", "", "my $dsn = 'DBI:mysql:database=intranet;host=db01';")
    f.p("my $dbh = DBI->connect($dsn, 'intranet_rw', '@@', { RaiseError => 1 });", v.pw(), "mysql-password", ctx=True)
    f.n("my $ldap_pw = @@;", "$ENV{'LDAP_BIND_PW'}", "env-reference")
    f.p("my %smtp = (host => 'mail.corp.local', user => 'intranet', pass => '@@');", v.pw(), "smtp-password", ctx=True)
    f.a("print header('text/html');")

    f = c.f(R + "lib/Intranet/Config.pm", "code-perl")
    f.a("package Intranet::Config;", "use strict;", "our %CFG = (", "    ldap_host   => 'ldap://dc01.corp.local',", "    ldap_bind   => 'CN=svc_intranet,OU=Service,DC=corp,DC=local',")
    f.p("    ldap_pass   => '@@',", v.pw(), "ldap-bind-password", ctx=True)
    f.p("    session_key => '@@',", v.hex(32), "session-secret", ctx=True)
    f.n("    pw_min_len  => @@,", "8", "password-policy")
    f.a(");", "1;")

    f = c.f(R + "cf/Application.cfc", "coldfusion")
    f.a("<cfcomponent>", '  <cfset this.name = "CorpIntranet">', '  <cfset this.datasource = "intranet">', '  <cfset this.sessionManagement = true>')
    f.p('  <cfset this.encryptionKey = "@@">', v.b64(16), "encryption-key", ctx=True)
    f.a('  <cfset this.datasources["hr"] = {', '    class: "com.microsoft.sqlserver.jdbc.SQLServerDriver",', '    connectionString: "jdbc:sqlserver://hr-sql01:1433;databaseName=HR",', '    username: "cf_hr",')
    f.p('    password: "@@"', v.pw(), "sqlserver-password", ctx=True)
    f.a("  }>", "</cfcomponent>")

    f = c.f(R + "cf/admin/sync_payroll.cfm", "coldfusion")
    f.a('<cfhttp url="https://payroll.vendor.com/api/export" method="get" result="res">')
    f.p('  <cfhttpparam type="header" name="X-Api-Key" value="@@">', v.al(32), "payroll-api-key", ctx=True)
    f.a("</cfhttp>")
    f.p('<cfftp action="open" server="ftp.bank.example" username="corp_ach" password="@@" connection="bank">', v.pw(), "ftp-password", ctx=True)
    f.n('<cfset hashed = hash(form.password & "@@", "SHA-256")>', "#application.pepper#", "variable-reference")

    f = c.f(R + "conf/intranet-vhost.conf", "apache-conf")
    f.a("<VirtualHost *:443>", "  ServerName intranet.corp.local", "  DocumentRoot /var/www/intranet", "  SSLEngine on")
    f.p("  SetEnv INTRANET_DB_PASS @@", v.pw(), "mysql-password", ctx=True)
    f.a('  <Location "/admin">', "    AuthType Basic", '    AuthName "Admin"', "    AuthUserFile /etc/apache2/.htpasswd", "    Require valid-user", "  </Location>",
        "</VirtualHost>")

    f = c.f(R + "conf/.htpasswd", "htpasswd")
    for u in ("admin", "hr_lead", "it_ops"):
        f.n(u + ":@@", v.apr1(), "password-hash")


# ------------------------------------------------------------------------------------------------
def winadmin_share(c):
    v, R = c.v, "winadmin-share/"
    f = c.f(R + "scripts/Deploy-Agents.ps1", "powershell", crlf=True)
    f.a("<#", ".SYNOPSIS", "  Pushes the monitoring agent to all servers in the OU.", "#>", "Import-Module ActiveDirectory")
    f.p("$pw = ConvertTo-SecureString -String '@@' -AsPlainText -Force", v.pw(), "windows-service-password", ctx=True)
    f.a("$cred = [pscredential]::new('CORP\\svc_deploy', $pw)")
    f.p('$env:DD_API_KEY = "@@"', v.hex(32), "datadog-api-key", "Datadog", ctx=True)
    f.n("$key = @@", "(Get-Content C:\\secure\\agent.key)", "file-reference")
    f.n("$cred2 = @@", "Get-Credential -Message 'Domain admin'", "interactive-prompt")
    f.a("Get-ADComputer -SearchBase 'OU=Servers,DC=corp,DC=local' -Filter * | ForEach-Object {",
        "  Invoke-Command -ComputerName $_.Name -Credential $cred -ScriptBlock { msiexec /i \\\\fs01\\sw\\agent.msi /qn }", "}")

    f = c.f(R + "scripts/map_drives.bat", "batch", crlf=True)
    f.a("@echo off", "REM map shares for the front desk PCs")
    f.p("net use S: \\\\fs01\\shared /user:CORP\\frontdesk @@ /persistent:yes", v.pw(), "windows-account-password", ctx=True)
    f.n("net use P: \\\\fs01\\payroll /user:CORP\\%USERNAME% @@", "*", "interactive-prompt")
    f.p('set "SQLPASS=@@"', v.pw(), "sqlserver-password", ctx=True)
    f.a('sqlcmd -S sql01 -U backup_op -P "%SQLPASS%" -i backup.sql')
    f.n('set "SQLPASS2=@@"', "%SQL_BACKUP_PASSWORD%", "env-reference")

    f = c.f(R + "registry/kiosk-autologon.reg", "windows-registry", crlf=True)
    f.a("Windows Registry Editor Version 5.00", "", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]", '"AutoAdminLogon"="1"',
        '"DefaultUserName"="kiosk"', '"DefaultDomainName"="CORP"')
    f.p('"DefaultPassword"="@@"', v.pw(), "windows-autologon-password", ctx=True)
    f.n('"LegalNoticeText"="@@"', "Authorized use only", "harmless-setting")

    f = c.f(R + "imaging/unattend.xml", "unattend-xml", crlf=True)
    f.a('<?xml version="1.0" encoding="utf-8"?>', '<unattend xmlns="urn:schemas-microsoft-com:unattend">', '  <settings pass="oobeSystem">',
        '    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">', "      <UserAccounts>", "        <AdministratorPassword>")
    f.p("          <Value>@@</Value>", v.pw(), "windows-admin-password", ctx=True)
    f.a("          <PlainText>true</PlainText>", "        </AdministratorPassword>", "        <LocalAccounts>", '          <LocalAccount wcm:action="add">', "            <Password>")
    f.p("              <Value>@@</Value>", base64.b64encode((v.pw() + "Password").encode("utf-16-le")).decode(), "windows-admin-password", ctx=True)
    f.a("              <PlainText>false</PlainText>", "            </Password>", "            <Name>support</Name>", "          </LocalAccount>", "        </LocalAccounts>",
        "      </UserAccounts>", "      <AutoLogon>", "        <Password>")
    f.n("          <Value>@@</Value>", "*SENSITIVE*DATA*DELETED*", "redacted-value")
    f.a("        </Password>", "      </AutoLogon>")
    f.n("      <ProductKey>@@</ProductKey>", "W269N-WFGWX-YVC9B-4J6C9-T83GX", "vendor-example-key")
    f.a("    </component>", "  </settings>", "</unattend>")

    f = c.f(R + "gpo/Groups.xml", "xml", crlf=True)
    f.a('<?xml version="1.0" encoding="utf-8"?>', '<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">',
        '  <User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="LocalAdmin" changed="2016-03-02 11:42:17">')
    f.p('    <Properties action="U" newName="" fullName="" cpassword="@@" userName="LocalAdmin"/>', v.b64(32).rstrip("="), "gpp-cpassword", "Microsoft", ctx=True)
    f.a("  </User>", "</Groups>")

    f = c.f(R + "tasks/NightlyBackup.xml", "xml", crlf=True)
    f.a('<?xml version="1.0" encoding="UTF-16"?>', '<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">', "  <Principals>", '    <Principal id="Author">')
    f.n("      <UserId>@@</UserId>", "S-1-5-21-" + v.dig(10) + "-" + v.dig(10) + "-" + v.dig(9) + "-1104", "public-identifier")
    f.a("      <LogonType>Password</LogonType>", "    </Principal>", "  </Principals>", "  <Actions>", "    <Exec>", "      <Command>robocopy.exe</Command>")
    f.p("      <Arguments>/c net use Z: \\\\nas01\\backup @@ /user:NAS\\backup &amp;&amp; robocopy D:\\Data Z:\\ /MIR</Arguments>", v.pw(), "windows-account-password", ctx=True)
    f.a("    </Exec>", "  </Actions>", "</Task>")

    f = c.f(R + "scripts/create_task.cmd", "batch", crlf=True)
    f.p('schtasks /Create /TN "NightlyBackup" /XML NightlyBackup.xml /RU CORP\\svc_backup /RP "@@"', v.pw(), "windows-service-password", ctx=True)
    f.n('schtasks /Create /TN "Cleanup" /TR cleanup.cmd /SC DAILY /RU SYSTEM /RP @@', '""', "empty-value")


# ------------------------------------------------------------------------------------------------
def netops_configs(c):
    v, R = c.v, "netops-configs/"
    f = c.f(R + "cisco/core-sw01.cfg", "cisco-ios")
    f.a("hostname core-sw01", "!", "service password-encryption")
    f.n("enable secret 9 @@", v.cisco9(), "password-hash")
    f.p("username netadmin privilege 15 password 7 @@", v.cisco7(), "cisco-type7-password", "Cisco", ctx=True)
    f.n("username backup privilege 1 secret 5 @@", v.md5crypt(), "password-hash")
    f.p("snmp-server community @@ RO 10", v.al(12), "snmp-community", ctx=True)
    f.p("tacacs-server key 7 @@", v.cisco7(), "tacacs-key", "Cisco", ctx=True)
    f.a("!", "crypto isakmp policy 10", " encr aes 256", " authentication pre-share", " group 14")
    f.p("crypto isakmp key @@ address 203.0.113.10", v.pw(), "ipsec-psk", ctx=True)
    f.a("!", "interface Vlan10", " description USERS", " ip address 10.10.0.1 255.255.255.0", "!", "line vty 0 4", " login local", "end")

    f = c.f(R + "juniper/edge-fw01.conf", "junos")
    f.a("system {", "    host-name edge-fw01;", "    login {", "        user ops {", "            class super-user;", "            authentication {")
    f.n('                encrypted-password "@@";', v.sha512crypt(), "password-hash")
    f.a("            }", "        }", "    }", "    radius-server {", "        10.0.0.20 {")
    f.p('            secret "@@";', v.juniper9(), "juniper-type9-secret", "Juniper", ctx=True)
    f.a("        }", "    }", "}", "security {", "    ike {", "        policy branch-ike {", "            mode main;")
    f.p('            pre-shared-key ascii-text "@@";', v.pw(), "ipsec-psk", ctx=True)
    f.a("        }", "    }", "}")

    f = c.f(R + "fortigate/branch-vpn.conf", "fortios")
    f.a("config vpn ipsec phase1-interface", '    edit "to-hq"', '        set interface "wan1"', "        set peertype any", '        set remote-gw 198.51.100.7')
    f.p("        set psksecret @@", v.pw(), "ipsec-psk", ctx=True)
    f.a("    next", "end", "config system admin", '    edit "netops"')
    f.p("        set password @@", v.pw(), "router-admin-password", ctx=True)
    f.a("    next", "end")

    f = c.f(R + "wireguard/wg0.conf", "wireguard")
    f.a("[Interface]", "Address = 10.99.0.1/24", "ListenPort = 51820")
    f.p("PrivateKey = @@", v.wg_key(), "wireguard-private-key", ctx=True)
    f.a("", "[Peer]", "# laptop-mk")
    f.n("PublicKey = @@", v.wg_key(), "public-key")
    f.p("PresharedKey = @@", v.wg_key(), "wireguard-preshared-key", ctx=True)
    f.a("AllowedIPs = 10.99.0.2/32", "", "[Peer]", "# laptop-js")
    f.n("PublicKey = @@", v.wg_key(), "public-key")
    f.a("AllowedIPs = 10.99.0.3/32")

    f = c.f(R + "oxidized/config", "yaml-config")
    f.a("---", "interval: 3600", "use_syslog: false", "username: oxidized")
    f.p("password: @@", v.pw(), "network-device-password", ctx=True)
    f.a("model: ios", "output:", "  default: git", "  git:", "    repo: /var/lib/oxidized/configs.git")
    f.n("rest: @@", "127.0.0.1:8888", "harmless-setting")

    f = c.f(R + "oxidized/.ssh/id_ed25519", "pem-file")
    f.p("@@", v.openssh_pem(), "private-key")
    f = c.f(R + "oxidized/.ssh/id_ed25519.pub", "public-key-file")
    f.n("@@ oxidized@nms01", v.ssh_pub(), "public-key")
    f = c.f(R + "ansible/.sops/age-keys.txt", "age-key-file")
    f.a("# created: 2024-05-02T09:14:55+02:00")
    f.n("# public key: @@", "age1" + v.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "public-key")
    f.p("@@", v.age(), "age-secret-key", "age")

    f = c.f(R + "netbox/configuration.py", "code-python")
    f.a("ALLOWED_HOSTS = ['netbox.corp.local']", "DATABASE = {", "    'NAME': 'netbox',", "    'USER': 'netbox',")
    f.p("    'PASSWORD': '@@',", v.pw(), "postgres-password", ctx=True)
    f.a("    'HOST': 'localhost',", "}")
    f.p("SECRET_KEY = '@@'", v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*(-_=+)", 50), "django-secret-key", "Django", ctx=True)
    f.p("NAPALM_PASSWORD = '@@'", v.pw(), "network-device-password", ctx=True)
    f.n("NAPALM_USERNAME = '@@'", "netbox-napalm", "harmless-setting")

    f = c.f(R + "ansible/group_vars/routers/vault.yml", "yaml-config")
    f.n("@@", v.vault_block(), "encrypted-value")
    for _ in range(3):
        f.a(v.hex(80))
    f = c.f(R + "ansible/group_vars/routers/vars.yml", "yaml-config")
    f.a("ansible_network_os: ios", "ansible_connection: network_cli", "ansible_user: netadmin")
    f.n("ansible_password: @@", '"{{ vault_ansible_password }}"', "template-reference")
    f.n("ansible_become_password: @@", '"{{ vault_enable_password }}"', "template-reference")


# ------------------------------------------------------------------------------------------------
def hpc_lab(c):
    v, R = c.v, "hpc-lab/"
    f = c.f(R + "jobs/finetune_llama.sbatch", "slurm-batch")
    f.a("#!/bin/bash", "#SBATCH --job-name=ft-llama", "#SBATCH --partition=gpu", "#SBATCH --gres=gpu:a100:4", "#SBATCH --time=48:00:00",
        "#SBATCH --output=logs/%x-%j.out", "", "module load cuda/12.2 python/3.11")
    f.p("export HF_TOKEN=@@", v.hf(), "huggingface-token", "Hugging Face")
    f.p("export WANDB_API_KEY=@@", v.hex(40), "wandb-api-key", "Weights & Biases", ctx=True)
    f.n("export WANDB_RUN_ID=@@", "$SLURM_JOB_ID", "env-reference")
    f.a("srun python train.py --config configs/llama3-8b.yaml")

    f = c.f(R + "slurm/slurmdbd.conf", "slurm-conf")
    f.a("AuthType=auth/munge", "DbdHost=hpc-head01", "StorageType=accounting_storage/mysql", "StorageHost=hpc-db01", "StorageUser=slurm")
    f.p("StoragePass=@@", v.pw(), "mysql-password", ctx=True)
    f.a("LogFile=/var/log/slurm/slurmdbd.log")

    f = c.f(R + "transfer/globus_sync.py", "code-python")
    f.a("import globus_sdk", "")
    f.n('CLIENT_ID = "@@"', v.uuid(), "uuid-identifier")
    f.p('CLIENT_SECRET = "@@"', v.b64(32), "globus-client-secret", "Globus", ctx=True)
    f.n('SRC_ENDPOINT = "@@"', v.uuid(), "uuid-identifier")
    f.a("auth = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)")

    f = c.f(R + "home/.s3cfg", "s3cfg")
    f.a("[default]")
    f.p("access_key = @@", v.aws_id(), "aws-access-key-id", "AWS")
    f.p("secret_key = @@", v.aws_secret(), "aws-secret-access-key", "AWS", ctx=True)
    f.a("host_base = s3.eu-west-1.amazonaws.com", "use_https = True")
    f.n("@@", "gpg_passphrase =", "empty-value")

    f = c.f(R + "home/.config/rclone/rclone.conf", "ini")
    f.a("[lab-gdrive]", "type = drive", "scope = drive")
    f.p("token = @@", json.dumps({"access_token": "ya29." + v.url(120), "token_type": "Bearer", "refresh_token": "1//" + v.url(90), "expiry": "2026-11-02T10:11:12Z"}), "google-oauth-token", "Google")
    f.a("", "[archive-sftp]", "type = sftp", "host = archive.uni.example", "user = labarchive")
    f.p("pass = @@", v.url(60), "rclone-obscured-password", "rclone", ctx=True)

    f = c.f(R + "containers/pytorch.def", "apptainer-def")
    f.a("Bootstrap: docker", "From: nvcr.io/nvidia/pytorch:24.05-py3", "", "%environment", "    export LC_ALL=C")
    f.p("    export NGC_API_KEY=@@", v.b64(63).rstrip("="), "nvidia-ngc-api-key", "NVIDIA", ctx=True)
    f.a("", "%post", "    pip install --no-cache-dir lightning wandb")
    f.n("    pip install --index-url @@ labtools", "https://${PIP_USER}:${PIP_TOKEN}@pypi.lab.internal/simple", "env-reference")

    f = c.f(R + "home/.bashrc", "shell-export")
    f.a("# .bashrc for the shared lab account", "[ -f /etc/bashrc ] && . /etc/bashrc", "module use /opt/modulefiles", "alias sq='squeue -u $USER'")
    f.p("export OPENAI_API_KEY=@@", v.openai(), "openai-project-key", "OpenAI")
    f.p('export ANTHROPIC_API_KEY="@@"', v.anthropic(), "anthropic-api-key", "Anthropic")
    f.p("export SLURM_DB_PASS='@@'", v.pw(), "mysql-password", ctx=True)
    f.n("export GITHUB_TOKEN=@@", "$(gh auth token)", "command-reference")
    f.n("export HISTSIZE=@@", "100000", "harmless-setting")

    f = c.f(R + "home/.pypirc", "credential-file")
    f.a("[distutils]", "index-servers = pypi testpypi", "", "[pypi]", "username = __token__")
    f.p("password = @@", v.pypi(), "pypi-token", "PyPI")
    f.a("", "[testpypi]", "username = __token__")
    f.n("password = @@", "pypi-" + "<your test token>", "vendor-shaped-placeholder")

    f = c.f(R + "README.md", "markdown")
    f.a("# Lab cluster notes", "", "Submit with `sbatch jobs/finetune_llama.sbatch`. Accounts:", "")
    f.a("| system | user | secret |", "|---|---|---|")
    f.p("| JupyterHub shared | `labguest` | `@@` |", v.pw(), "jupyterhub-password", ctx=True)
    f.n("| Grafana | `admin` | `@@` |", "see Vault: `kv/hpc/grafana`", "secret-manager-reference")
    f.n("| munge key sha256 | - | `@@` |", v.sha256(), "checksum")


# ------------------------------------------------------------------------------------------------
# Platform files: CI, containers, infrastructure, lockfiles and credential files, one small set per
# repository, drawn from the seeded RNG so that every syntax meets several domains.
REPOS = ["ai-sidequest", "harbor-ais", "lex-discovery", "pawsdental-pms", "campus-lms", "gracefund-donors", "fiberline-billing",
         "telco-oss", "fragforge-hosting", "casa-automation", "esp32-sensor-fw", "mobile-release", "ml-experiments",
         "payments-globalsouth", "coinbot", "newsletter-sms", "cms-sites", "warehouse-dbt", "asterisk-pbx", "legacy-intranet",
         "winadmin-share", "netops-configs", "hpc-lab"]


def gha(c, R):
    v = c.v
    f = c.f(R + ".github/workflows/deploy.yml", "yaml-ci")
    f.a("name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:")
    f.n("      REGISTRY_PASSWORD: @@", "${{ secrets.REGISTRY_PASSWORD }}", "ci-secret-reference")
    f.n("      SSH_KEY: @@", "${{ secrets.DEPLOY_SSH_KEY }}", "ci-secret-reference")
    f.p("      SLACK_WEBHOOK: @@", v.slack_webhook(), "slack-webhook", "Slack")
    f.a("    steps:")
    f.n("      - uses: actions/checkout@@@", v.sha1(), "commit-sha")
    f.a("      - name: login")
    f.p("        run: echo \"@@\" | docker login ghcr.io -u deploy-bot --password-stdin", v.github_pat(), "github-pat", "GitHub", family="shell-cli")
    f.a("      - name: ship", "        run: ./deploy.sh")


def gitlab(c, R):
    v = c.v
    f = c.f(R + ".gitlab-ci.yml", "yaml-ci")
    f.a("stages: [test, deploy]", "variables:", "  DOCKER_DRIVER: overlay2")
    f.n("  DB_PASSWORD: @@", "$CI_DB_PASSWORD", "env-reference")
    f.p("  SONAR_TOKEN: @@", "sqp_" + v.hex(40), "sonarqube-token", "SonarSource")
    f.a("deploy:", "  stage: deploy", "  script:")
    f.p("    - git clone https://oauth2:@@@gitlab.com/ops/deploy-config.git", v.gitlab_pat(), "gitlab-pat", "GitLab", family="shell-cli")
    f.n("    - ansible-vault view --vault-password-file @@ secrets.yml", "$VAULT_PASS_FILE", "env-reference")


def jenkins(c, R):
    v = c.v
    f = c.f(R + "Jenkinsfile", "groovy")
    f.a("pipeline {", "  agent any", "  environment {")
    f.n("    NEXUS = @@", "credentials('nexus-deploy')", "secret-manager-reference")
    f.p("    SENTRY_TOKEN = '@@'", v.sentry_user(), "sentry-auth-token", "Sentry")
    f.a("  }", "  stages {", "    stage('deploy') {", "      steps {")
    f.p("        sh 'sshpass -p \"@@\" scp build.tgz deploy@app01:/srv/'", v.pw(), "ssh-password", ctx=True, family="shell-cli")
    f.a("      }", "    }", "  }", "}")


def dockerfile(c, R):
    v = c.v
    f = c.f(R + "Dockerfile", "dockerfile")
    f.n("FROM python:3.12-slim@sha256:@@", v.sha256(), "image-digest")
    f.a("WORKDIR /app")
    f.p("ARG PIP_INDEX_URL=https://build:@@@nexus.internal/repository/pypi/simple", v.pw(url_safe=True), "package-index-password", ctx=True)
    f.a("COPY requirements.txt .", "RUN pip install -r requirements.txt")
    f.n("ENV APP_SECRET_FILE=@@", "/run/secrets/app_secret", "file-reference")
    f.p("ENV SENDGRID_API_KEY=@@", v.sendgrid(), "sendgrid-api-key", "SendGrid")
    f.a("COPY . .", 'CMD ["python", "-m", "app"]')


def terraform(c, R):
    v = c.v
    f = c.f(R + "infra/main.tf", "terraform")
    f.a('provider "aws" {', '  region = "eu-west-1"')
    f.p('  access_key = "@@"', v.aws_id(), "aws-access-key-id", "AWS")
    f.p('  secret_key = "@@"', v.aws_secret(), "aws-secret-access-key", "AWS", ctx=True)
    f.a("}", "", 'resource "aws_db_instance" "main" {', '  engine = "postgres"', '  username = "app"')
    f.n("  password = @@", "data.aws_secretsmanager_secret_version.db.secret_string", "secret-manager-reference")
    f.a("}", "", 'variable "datadog_api_key" {', "  type      = string", "  sensitive = true")
    f.p('  default   = "@@"', v.hex(32), "datadog-api-key", "Datadog", ctx=True)
    f.a("}")
    f = c.f(R + "infra/.terraform.lock.hcl", "lockfile")
    f.a('provider "registry.terraform.io/hashicorp/aws" {', '  version = "5.54.1"', "  hashes = [")
    for _ in range(3):
        f.n('    "@@",', "h1:" + v.b64(32), "lockfile-hash")
    f.n('    "@@",', "zh:" + v.sha256(), "lockfile-hash")
    f.a("  ]", "}")


def npm_bits(c, R):
    v = c.v
    f = c.f(R + ".npmrc", "credential-file")
    f.a("registry=https://registry.npmjs.org/", "@" + R.split("/")[0].split("-")[0] + ":registry=https://npm.pkg.github.com/")
    f.p("//registry.npmjs.org/:_authToken=@@", v.npm(), "npm-token", "npm")
    f.n("//npm.pkg.github.com/:_authToken=@@", "${GITHUB_TOKEN}", "env-reference")
    f = c.f(R + "package-lock.json", "lockfile")
    f.a("{", '  "name": "' + R.strip("/") + '",', '  "lockfileVersion": 3,', '  "packages": {')
    for pkg in ("axios", "dotenv", "zod"):
        f.a(f'    "node_modules/{pkg}": {{', f'      "version": "{v.r.randint(1, 9)}.{v.r.randint(0, 20)}.{v.r.randint(0, 9)}",')
        f.n('      "integrity": "@@"', v.integrity(), "lockfile-hash")
        f.a("    },")
    f.a('    "": {}', "  }", "}")


def cred_home(c, R):
    v = c.v
    f = c.f(R + "ops/home/.git-credentials", "credential-file")
    f.p("@@", f"https://deploy-bot:{v.github_pat()}@github.com", "git-credentials-url", "GitHub")
    f = c.f(R + "ops/home/.docker/config.json", "json")
    f.a("{", '  "auths": {', '    "registry.gitlab.com": {')
    f.p('      "auth": "@@"', v.basic("ci-push", v.gitlab_pat()), "docker-auth", ctx=True)
    f.a("    },", '    "https://index.docker.io/v1/": {}', "  },", '  "credsStore": "desktop"', "}")
    f = c.f(R + "ops/home/.aws/credentials", "credential-file")
    f.a("[default]")
    f.p("aws_access_key_id = @@", v.aws_id(), "aws-access-key-id", "AWS")
    f.p("aws_secret_access_key = @@", v.aws_secret(), "aws-secret-access-key", "AWS", ctx=True)
    f.a("", "[docs-example]")
    f.n("aws_secret_access_key = @@", "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY", "vendor-example-key")


def kube(c, R):
    v = c.v
    f = c.f(R + "ops/kubeconfig.yaml", "kubeconfig")
    f.a("apiVersion: v1", "kind: Config", "clusters:", "- cluster:")
    f.n("    certificate-authority-data: @@", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + v.b64(60), "certificate")
    f.a("    server: https://10.0.0.1:6443", "  name: prod", "users:", "- name: ci", "  user:")
    f.p("    token: @@", v.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "sub": "system:serviceaccount:ci:deployer"}), "kubernetes-sa-token", "Kubernetes")
    f = c.f(R + "ops/k8s/secret.yaml", "yaml-k8s")
    f.a("apiVersion: v1", "kind: Secret", "metadata:", "  name: app-secrets", "type: Opaque", "data:")
    f.p("  DB_PASSWORD: @@", base64.b64encode(v.pw().encode()).decode(), "kubernetes-secret-data", ctx=True)
    f.p("  API_TOKEN: @@", base64.b64encode(v.al(32).encode()).decode(), "kubernetes-secret-data", ctx=True)
    f = c.f(R + "ops/k8s/secret.enc.yaml", "yaml-k8s")
    f.a("apiVersion: v1", "kind: Secret", "metadata:", "  name: app-secrets", "stringData:")
    f.n("  DB_PASSWORD: @@", v.sops(), "encrypted-value")
    f.a("sops:", "  kms:", "  - arn: arn:aws:kms:eu-west-1:123456789012:key/" + v.uuid())
    f.n("  mac: @@", v.sops(), "encrypted-value")


def systemd(c, R):
    v = c.v
    f = c.f(R + "ops/systemd/worker.service", "systemd-unit")
    f.a("[Unit]", "Description=background worker", "After=network-online.target", "", "[Service]", "User=app")
    f.p("Environment=DATABASE_URL=@@", f"postgres://app:{v.pw(url_safe=True)}@db01:5432/app", "postgres-url-password")
    f.n("EnvironmentFile=@@", "/etc/app/worker.env", "file-reference")
    f.n("Environment=LOG_TOKEN_HEADER=@@", "X-Request-Id", "harmless-setting")
    f.a("ExecStart=/opt/app/bin/worker", "", "[Install]", "WantedBy=multi-user.target")


def nginx(c, R):
    v = c.v
    f = c.f(R + "ops/nginx/site.conf", "nginx-conf")
    f.a("server {", "  listen 443 ssl;", "  server_name app.internal;", "  location /metrics/ {", "    proxy_pass http://127.0.0.1:9100/;")
    f.p('    proxy_set_header Authorization "Basic @@";', v.basic("prom", v.pw()), "basic-auth-header", ctx=True)
    f.a("  }", "  location /api/ {", "    proxy_pass http://127.0.0.1:8000/;")
    f.n("    proxy_set_header X-Upstream-Token @@;", "$http_x_upstream_token", "variable-reference")
    f.a("  }", "}")


def httpfile(c, R):
    v = c.v
    f = c.f(R + "api-tests/smoke.http", "http-file")
    f.a("### health", "GET https://api.internal/health", "", "### login as the smoke user", "POST https://api.internal/v1/login", "Content-Type: application/json", "")
    f.p('{"username": "smoke", "password": "@@"}', v.pw(), "generic-password", ctx=True)
    f.a("", "### list", "GET https://api.internal/v1/items")
    f.p("Authorization: Bearer @@", v.jwt({"sub": "smoke", "scope": "items:read", "exp": 2041379200}), "jwt")
    f.a("", "### with the env token", "GET https://api.internal/v1/items")
    f.n("Authorization: Bearer @@", "{{token}}", "template-reference")


def httpie(c, R):
    v = c.v
    f = c.f(R + "ops/notes/api_calls.sh", "shell-history")
    f.p("http POST https://api.partner.example/v2/orders X-API-Key:@@ < order.json", v.al(40), "partner-api-key", ctx=True, family="shell-cli")
    f.p("mysql -h db01 -u report -p'@@' -e 'select count(*) from orders'", v.pw(), "mysql-password", ctx=True, family="shell-cli")
    f.n("export API_KEY=@@", "$(pass show partner/api-key)", "command-reference", family="shell-cli")
    f.n("gpg --verify release.tar.gz.asc # key @@", v.HEX(40), "public-fingerprint")
    f.p("sshpass -p '@@' ssh admin@10.0.5.12", v.pw(), "ssh-password", ctx=True, family="shell-cli")


def fixtures(c, R):
    v = c.v
    f = c.f(R + "tests/fixtures/config.yaml", "yaml-config")
    f.a("# test fixtures -- not real credentials")
    f.n("api_key: @@", "test-api-key-do-not-use", "test-fixture")
    f.n("password: @@", "hunter2-fake", "test-fixture")
    f.n("user_id: @@", v.uuid(), "uuid-identifier")
    f.n("commit: @@", v.sha1(), "commit-sha")
    f.n("avatar: @@", v.png_b64(), "base64-image")
    f.n("password_hash: @@", v.bcrypt(), "password-hash")
    f.n("token: @@", "x" * 40, "placeholder")
    f.n("dsn: @@", "postgres://user:password@localhost:5432/test", "placeholder")


def gosum(c, R):
    v = c.v
    f = c.f(R + "tools/go.sum", "lockfile")
    for mod in ("github.com/spf13/cobra v1.8.0", "golang.org/x/crypto v0.24.0", "github.com/eclipse/paho.mqtt.golang v1.4.3"):
        f.n(mod + " @@", "h1:" + v.b64(32), "lockfile-hash")


def compose_env(c, R):
    v = c.v
    f = c.f(R + "ops/compose.override.yml", "yaml-compose")
    f.a("services:", "  app:", "    environment:")
    f.n("      SECRET_KEY: @@", "${SECRET_KEY:-changeme}", "placeholder")
    f.p("      SMTP_PASSWORD: @@", v.pw(), "smtp-password", ctx=True)
    f.n("      VAULT_ADDR: @@", "https://vault.internal:8200", "harmless-setting")
    f.n("      DB_PASSWORD_FILE: @@", "/run/secrets/db_password", "file-reference")
    f.a("  grafana:", "    image: grafana/grafana:11.0.0", "    environment:")
    f.p("      GF_SECURITY_ADMIN_PASSWORD: @@", v.pw(), "grafana-admin-password", "Grafana", ctx=True)
    f.n("      GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET: @@", "$__file{/run/secrets/oauth}", "file-reference")


def csharp(c, R):
    v = c.v
    f = c.f(R + "tools/ReportUploader/Program.cs", "code-csharp")
    f.a("using System.Net.Http;", "", "namespace ReportUploader;", "", "internal static class Settings", "{")
    f.p('    public const string SftpPassword = "@@";', v.pw(), "sftp-password", ctx=True)
    f.n("    public static string ApiKey => @@;", 'Environment.GetEnvironmentVariable("REPORT_API_KEY")', "env-reference")
    f.p('    public const string ServiceBus = "Endpoint=sb://reports-ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=@@";', v.b64(32), "azure-sas-key", "Microsoft", ctx=True)
    f.n('    public const string TenantId = "@@";', v.uuid(), "uuid-identifier")
    f.a("}")


def java_props(c, R):
    v = c.v
    f = c.f(R + "services/notifier/src/main/resources/application-prod.properties", "properties")
    f.a("server.port=8080", "spring.datasource.url=jdbc:postgresql://db01:5432/notifier", "spring.datasource.username=notifier")
    f.n("spring.datasource.password=@@", "${DB_PASSWORD:}", "env-reference")
    f.p("spring.mail.password=@@", v.pw(), "smtp-password", ctx=True)
    f.p("app.jwt.secret=@@", v.b64(48), "jwt-signing-key", ctx=True)
    f.n("app.jwt.expiration-ms=@@", "3600000", "harmless-setting")
    f.n("management.endpoint.health.show-details=@@", "when-authorized", "harmless-setting")


EXTRAS = [gha, gitlab, jenkins, dockerfile, terraform, npm_bits, cred_home, kube, systemd, nginx, httpfile, httpie, fixtures, gosum,
          compose_env, csharp, java_props]


def platform(c):
    # every extra lands in several repositories; order and choice come from the seeded RNG
    deck = []
    for i, repo in enumerate(REPOS):
        picks = c.rng.sample(EXTRAS, 5)
        for fn in picks:
            deck.append((repo, fn))
    seen = set()
    for repo, fn in deck:
        if (repo, fn.__name__) in seen:
            continue
        seen.add((repo, fn.__name__))
        fn(c, repo + "/")


ALL = [cms_sites, warehouse_dbt, asterisk_pbx, legacy_intranet, winadmin_share, netops_configs, hpc_lab, platform]
