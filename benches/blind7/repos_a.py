"""Repositories, first half: apps (web, mobile, Java EE, IIS), Windows admin, PHP CMSs, Perl, F#/OCaml, Zig/Nim."""
import json

from secretgen import j, sha256


def gcp_sa_json(ctx, f, project, email_user, family="json"):
    """A Google service-account key file; the private_key line is the labelled one."""
    g = ctx.g
    pem = "\\n".join(g.pkcs8_pem()) + "\\n"
    f.l("{", '  "type": "service_account",', f'  "project_id": "{project}",', f'  "private_key_id": "{g.hex(40)}",')
    f.p('  "private_key": "{v}",', "gcp-service-account-key", family, pem)
    f.l(f'  "client_email": "{email_user}@{project}.iam.gserviceaccount.com",', f'  "client_id": "{g.digits(21)}",',
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '  "token_uri": "https://oauth2.googleapis.com/token",', '  "universe_domain": "googleapis.com"', "}")


# ---------------------------------------------------------------- 1. Next.js + Vercel
def nextjs(ctx):
    r, g = "nextjs-storefront", ctx.g
    f = ctx.file(r, ".env.local")
    f.l("# local overrides - do not commit (oops)", "NEXT_PUBLIC_SITE_URL=http://localhost:3000")
    f.n("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY={v}", "publishable-key", "dotenv", j("pk", "_live_", g.s("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789", 99)))
    f.p("STRIPE_SECRET_KEY={v}", "stripe-live-secret-key", "dotenv")
    f.p("STRIPE_WEBHOOK_SECRET={v}", "stripe-webhook-secret", "dotenv")
    f.p("OPENAI_API_KEY={v}", "openai-project-key", "dotenv")
    f.p("DATABASE_URL={v}", "postgres-url", "dotenv")
    f.p("NEXTAUTH_SECRET={v}", "session-secret", "dotenv", g.b64(32))
    f.p("GITHUB_SECRET={v}", "client-secret", "dotenv", g.hex(40))
    f.n("GITHUB_ID={v}", "public-identifier", "dotenv", j("Iv1.", g.hex(16)))
    f.p("MAILER_API_KEY={v}", "generic-api-key", "dotenv", g.token(32))
    f.p("KV_REST_API_TOKEN={v}", "generic-token", "dotenv", j("A", g.s(j("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), 55), "="))
    f.n("NEXT_PUBLIC_POSTHOG_KEY={v}", "publishable-key", "dotenv", j("phc_", g.s(j("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), 43)))
    f = ctx.file(r, ".env.example")
    f.l("# copy to .env.local and fill in")
    for nm, v in [("STRIPE_SECRET_KEY", j("sk", "_live_...")), ("OPENAI_API_KEY", j("sk", "-proj-xxxxxxxxxxxxxxxx")),
                  ("DATABASE_URL", "postgres://user:password@localhost:5432/storefront"), ("NEXTAUTH_SECRET", "<generate with openssl rand -base64 32>"),
                  ("STRIPE_WEBHOOK_SECRET", j("wh", "sec_...")), ("KV_REST_API_TOKEN", "")]:
        f.n(f"{nm}={{v}}", "placeholder", "dotenv", v) if v else f.l(f"{nm}=")
    f = ctx.file(r, "lib/ai.ts")
    f.l('import OpenAI from "openai";', 'import Anthropic from "@anthropic-ai/sdk";', "")
    f.n("export const openai = new OpenAI({ apiKey: {v} });", "env-reference", "code-ts", "process.env.OPENAI_API_KEY")
    f.p('const anthropic = new Anthropic({ apiKey: "{v}" }); // TODO move to env before launch', "anthropic-api-key", "code-ts")
    f.p('const groq = createGroq({ apiKey: "{v}" });', "groq-api-key", "code-ts")
    f.l("", "export async function summarize(text: string) {", "  const res = await anthropic.messages.create({",
        '    model: "claude-sonnet-4-5", max_tokens: 512,', '    messages: [{ role: "user", content: text }],', "  });",
        "  return res.content;", "}")
    f = ctx.file(r, "lib/search.ts")
    f.l('import algoliasearch from "algoliasearch";', "")
    f.n('const APP_ID = "{v}";', "public-identifier", "code-ts", g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10))
    f.n('const SEARCH_ONLY_KEY = "{v}"; // public by design, search-only', "publishable-key", "code-ts", g.hex(32))
    f.p('const ADMIN_KEY = "{v}";', "algolia-admin-key", "code-ts")
    f.l("export const client = algoliasearch(APP_ID, ADMIN_KEY);")
    f.deck("ts", 2, 3)
    f.vdeck("ts", 3)
    f = ctx.file(r, "next.config.js")
    f.l("/** @type {import('next').NextConfig} */", "module.exports = {", "  reactStrictMode: true,", "  env: {")
    f.p("    CMS_PREVIEW_TOKEN: '{v}',", "generic-token", "code-js", g.s("abcdef0123456789", 64))
    f.p("    MAPBOX_TOKEN: '{v}',", "mapbox-secret-token", "code-js")
    f.n("    MAPBOX_PUBLIC_TOKEN: '{v}',", "publishable-key", "code-js",
        j("pk", ".", g.b64url(b'{"u":"acme-maps","a":"ck0abcdefghij"}'), ".", g.s("abcdefghijklmnopqrstuvwxyzABCDEF_-", 22)))
    f.l("  },", "  images: { domains: ['cdn.shopify.com'] },", "};")
    f = ctx.file(r, "vercel.json")
    f.l("{", '  "framework": "nextjs",', '  "env": {')
    f.n('    "DATABASE_URL": "{v}",', "template-reference", "json", "@database-url")
    f.p('    "SHOPIFY_ADMIN_TOKEN": "{v}",', "shopify-access-token", "json")
    f.p('    "REVALIDATE_SECRET": "{v}"', "generic-secret", "json", g.token(32))
    f.l("  },", '  "crons": [{ "path": "/api/revalidate", "schedule": "0 * * * *" }]', "}")
    f = ctx.file(r, "app/api/checkout/route.ts")
    f.l('import Stripe from "stripe";', "")
    f.n("const stripe = new Stripe({v}, { apiVersion: \"2024-06-20\" });", "env-reference", "code-ts", "process.env.STRIPE_SECRET_KEY!")
    f.n('// test mode: "{v}" (Stripe docs sample key)', "vendor-example-key", "code-ts", j("sk", "_test_", "4eC39HqLyjWDarjtT1zdp7dc"))
    f.l("export async function POST(req: Request) {", "  const body = await req.json();",
        "  const session = await stripe.checkout.sessions.create({ line_items: body.items, mode: 'payment' });",
        "  return Response.json({ url: session.url });", "}")
    f = ctx.file(r, "package-lock.json")
    f.l("{", '  "name": "nextjs-storefront",', '  "lockfileVersion": 3,', '  "packages": {')
    for pkg in ["next", "react", "stripe", "openai"]:
        f.l(f'    "node_modules/{pkg}": {{', f'      "version": "{ctx.rng.randint(1, 15)}.{ctx.rng.randint(0, 9)}.0",')
        f.n('      "integrity": "{v}"', "lockfile-integrity", "lockfile", j("sha512-", g.b64(64)))
        f.l("    },")
    f.l('    "": {}', "  }", "}")
    f = ctx.file(r, ".npmrc")
    f.l("@acme:registry=https://npm.pkg.github.com")
    f.p("//npm.pkg.github.com/:_authToken={v}", "github-classic-pat", "credential-file")
    f.p("//registry.npmjs.org/:_authToken={v}", "npm-token", "credential-file")


# ---------------------------------------------------------------- 2. iOS Swift app
def ios(ctx):
    r, g = "ios-fieldapp", ctx.g
    f = ctx.file(r, "Config/Release.xcconfig")
    f.l("// Release configuration", "PRODUCT_BUNDLE_IDENTIFIER = com.acme.fieldapp", "API_HOST = api.acme-field.com")
    f.p("API_CLIENT_SECRET = {v}", "client-secret", "xcconfig", g.token(40))
    f.p("SENTRY_AUTH_TOKEN = {v}", "sentry-user-token", "xcconfig")
    f.p("REVENUECAT_SECRET = {v}", "generic-api-key", "xcconfig", g.token(32))
    f.n("MAPS_KEY = $(MAPS_KEY_FROM_CI)", "env-reference", "xcconfig", "$(MAPS_KEY_FROM_CI)")
    f = ctx.file(r, "Config/Debug.xcconfig")
    f.l("#include \"Release.xcconfig\"", "API_HOST = staging.acme-field.com")
    f.n("API_CLIENT_SECRET = {v}", "placeholder", "xcconfig", "REPLACE_ME")
    f = ctx.file(r, "FieldApp/Info.plist")
    f.l('<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
        '<plist version="1.0">', "<dict>", "\t<key>CFBundleName</key>", "\t<string>FieldApp</string>", "\t<key>APIClientSecret</key>")
    f.n("\t<string>{v}</string>", "template-reference", "plist", "$(API_CLIENT_SECRET)")
    f.l("\t<key>SegmentWriteKey</key>")
    f.p("\t<string>{v}</string>", "generic-api-key", "plist", g.token(32))
    f.l("\t<key>PusherSecret</key>")
    f.p("\t<string>{v}</string>", "generic-secret", "plist", g.hex(20))
    f.l("\t<key>GMSApiKey</key>")
    f.p("\t<string>{v}</string>", "google-api-key", "plist")
    f.l("\t<key>NSCameraUsageDescription</key>", "\t<string>Scan asset tags</string>", "</dict>", "</plist>")
    f = ctx.file(r, "FieldApp/Networking/APIClient.swift")
    f.l("import Foundation", "", "enum Secrets {")
    f.p('    static let backendToken = "{v}"', "generic-token", "code-swift", g.s("abcdef0123456789", 48))
    f.p('    static let openAIKey = "{v}"', "openai-project-key", "code-swift")
    f.n('    static let sentryDSN = "{v}"', "public-dsn", "code-swift", j("https://", g.hex(32), "@o", g.digits(6), ".ingest.sentry.io/", g.digits(7)))
    f.l("}", "", "final class APIClient {", "    private let session = URLSession.shared", "    func authorize(_ req: inout URLRequest) {")
    f.p('        req.setValue("Basic {v}", forHTTPHeaderField: "Authorization")', "basic-auth-header", "code-swift")
    f.l("    }", "}")
    f.deck("swift", 3, 3)
    f.vdeck("swift", 3)
    f = ctx.file(r, "FieldApp/Legacy/AnalyticsBridge.m")
    f.l('#import "AnalyticsBridge.h"', "")
    f.deck("objc", 3, 2)
    f.vdeck("objc", 3)
    f.p('static NSString *const kMixpanelAPISecret = @"{v}";', "generic-secret", "code-objc", g.hex(32))
    f = ctx.file(r, "fastlane/Appfile")
    f.l('app_identifier("com.acme.fieldapp")', 'apple_id("mobile-ci@acme-field.com")', 'team_id("8QX2ABCDE9")')
    f = ctx.file(r, "fastlane/Fastfile")
    f.l("default_platform(:ios)", "platform :ios do", "  lane :beta do")
    f.n('    api_key = app_store_connect_api_key(key_id: "D383SF739", issuer_id: "{v}", key_filepath: "./AuthKey.p8")',
        "uuid-identifier", "code-ruby", g.uuid())
    f.p('    match(type: "appstore", git_basic_authorization: "{v}")', "basic-auth-header", "code-ruby")
    f.p("    ENV['MATCH_PASSWORD'] = '{v}'", "keystore-password", "code-ruby")
    f.p('    slack(slack_url: "{v}")', "slack-webhook-url", "code-ruby")
    f.l("  end", "end")
    f = ctx.file(r, "fastlane/AuthKey_D383SF739.p8")
    f.block(g.ec_pem(), "ec-private-key", "pem-file")
    f = ctx.file(r, "fastlane/.env.default")
    f.p("FASTLANE_PASSWORD={v}", "generic-password", "dotenv")
    f.p("FASTLANE_SESSION='{v}'", "generic-token", "dotenv", g.b64(90))
    f.n("FASTLANE_USER={v}", "username", "dotenv", "mobile-ci@acme-field.com")


# ---------------------------------------------------------------- 3. Android app
def android(ctx):
    r, g = "android-courier", ctx.g
    f = ctx.file(r, "gradle.properties")
    f.l("org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8", "android.useAndroidX=true", "kotlin.code.style=official")
    f.p("mavenPassword={v}", "generic-password", "properties")
    f.p("githubPackagesToken={v}", "github-classic-pat", "properties")
    f.n("signing.keyId={v}", "public-identifier", "properties", g.hex(8).upper())
    f.p("signing.password={v}", "keystore-password", "properties")
    f.n("signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg", "file-path", "properties", "/home/ci/.gnupg/secring.gpg")
    f = ctx.file(r, "local.properties")
    f.l("## This file must *NOT* be checked into Version Control Systems,", "sdk.dir=/Users/dana/Library/Android/sdk")
    f.p("MAPS_API_KEY={v}", "google-api-key", "properties")
    f.p("courier.api.secret={v}", "generic-secret", "properties", g.token(40))
    f.p("sentry.auth.token={v}", "sentry-user-token", "properties")
    f = ctx.file(r, "keystore.properties")
    f.p("storePassword={v}", "keystore-password", "properties")
    f.p("keyPassword={v}", "keystore-password", "properties")
    f.l("keyAlias=upload", "storeFile=../keys/upload.jks")
    f = ctx.file(r, "app/build.gradle.kts")
    f.l("plugins {", '    id("com.android.application")', '    kotlin("android")', "}", "android {", "    defaultConfig {")
    f.p('        buildConfigField("String", "PAYMENTS_KEY", "\\"{v}\\"")', "stripe-restricted-key", "code-kotlin")
    f.n('        buildConfigField("String", "API_KEY", "\\"${{v}}\\"")', "env-reference", "code-kotlin", 'project.findProperty("courierApiKey")')
    f.l("    }", "    signingConfigs {", '        create("release") {')
    f.n('            storePassword = {v}', "env-reference", "code-kotlin", 'System.getenv("STORE_PASSWORD")')
    f.p('            keyPassword = "{v}"', "keystore-password", "code-kotlin")
    f.l("        }", "    }", "}")
    f = ctx.file(r, "app/src/main/java/com/acme/courier/net/ApiConfig.kt")
    f.l("package com.acme.courier.net", "", "object ApiConfig {", '    const val BASE_URL = "https://api.acme-courier.io/"')
    f.p('    const val HMAC_SECRET = "{v}"', "webhook-signing-secret", "code-kotlin")
    f.p('    private const val GEMINI_KEY = "{v}"', "google-api-key", "code-kotlin")
    f.l("}")
    f.deck("kt", 4, 3)
    f.vdeck("kt", 3)
    f = ctx.file(r, "fastlane/play-store-credentials.json")
    gcp_sa_json(ctx, f, "acme-courier-play", "fastlane-upload")
    f = ctx.file(r, "fastlane/Fastfile")
    f.l("platform :android do", "  lane :deploy do")
    f.n('    upload_to_play_store(json_key: "{v}")', "file-path", "code-ruby", "fastlane/play-store-credentials.json")
    f.p('    firebase_app_distribution(app: "1:398712640122:android:abc123", firebase_cli_token: "1//0g{v}")', "generic-token", "code-ruby", g.s(j("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"), 60))
    f.l("  end", "end")
    f = ctx.file(r, "app/src/test/java/com/acme/courier/ApiConfigTest.kt")
    f.l("class ApiConfigTest {")
    f.n('    private val fakeSecret = "{v}"', "fake-fixture", "code-kotlin", "test-secret-not-real")
    f.n('    private val fakeKey = "{v}"', "fake-fixture", "code-kotlin", j("AI", "zaFAKE_FAKE_FAKE_FAKE_FAKE_FAKE_FAKE"))
    f.l("}")


# ---------------------------------------------------------------- 4. Java EE on Tomcat / WildFly
def javaee(ctx):
    r, g = "javaee-billing", ctx.g
    f = ctx.file(r, "tomcat/conf/server.xml")
    f.l('<?xml version="1.0" encoding="UTF-8"?>', '<Server port="8005" shutdown="SHUTDOWN">', '  <Service name="Catalina">',
        '    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">',
        "      <SSLHostConfig>")
    f.p('        <Certificate certificateKeystoreFile="conf/billing.p12" certificateKeystorePassword="{v}" type="RSA" />', "keystore-password", "xml")
    f.l("      </SSLHostConfig>", "    </Connector>", "    <Engine name=\"Catalina\" defaultHost=\"localhost\">",
        '      <Realm className="org.apache.catalina.realm.JNDIRealm" connectionURL="ldap://ldap.corp.acme:389"')
    f.p('             connectionName="cn=tomcat,ou=svc,dc=acme,dc=corp" connectionPassword="{v}" />', "ldap-bind-password", "xml")
    f.l("    </Engine>", "  </Service>", "</Server>")
    f = ctx.file(r, "src/main/webapp/META-INF/context.xml")
    f.l("<Context>", '  <Resource name="jdbc/BillingDB" auth="Container" type="javax.sql.DataSource"',
        '            driverClassName="org.postgresql.Driver" url="jdbc:postgresql://pg-billing:5432/billing"')
    f.p('            username="billing" password="{v}" maxTotal="20" />', "db-password", "xml")
    f.l('  <Resource name="mail/Session" auth="Container" type="javax.mail.Session"')
    f.p('            mail.smtp.host="smtp.corp.acme" mail.smtp.user="billing" password="{v}" />', "smtp-password", "xml")
    f.l("</Context>")
    f = ctx.file(r, "tomcat/conf/tomcat-users.xml")
    f.l("<tomcat-users>", '  <role rolename="manager-gui"/>')
    f.p('  <user username="admin" password="{v}" roles="manager-gui,manager-script"/>', "admin-password", "xml")
    f.n('  <user username="deployer" password="{v}" roles="manager-script"/>', "placeholder", "xml", "<must-be-changed>")
    f.l("</tomcat-users>")
    f = ctx.file(r, "wildfly/standalone.xml")
    f.l('<server xmlns="urn:jboss:domain:20.0">', "  <profile>", '    <subsystem xmlns="urn:jboss:domain:datasources:7.0">',
        "      <datasources>", '        <datasource jndi-name="java:jboss/datasources/BillingDS" pool-name="BillingDS">',
        "          <connection-url>jdbc:oracle:thin:@ora-prod:1521/BILL</connection-url>", "          <security>",
        "            <user-name>BILL_APP</user-name>")
    f.p("            <password>{v}</password>", "db-password", "xml")
    f.l("          </security>", "        </datasource>",
        '        <datasource jndi-name="java:jboss/datasources/ReportDS" pool-name="ReportDS">', "          <security>")
    f.n("            <password>{v}</password>", "env-reference", "xml", "${env.REPORT_DB_PASSWORD}")
    f.l("          </security>", "        </datasource>", "      </datasources>", "    </subsystem>",
        '    <subsystem xmlns="urn:wildfly:elytron:18.0">', "      <credential-stores>",
        '        <credential-store name="cs" location="cs.jceks">', "          <credential-reference")
    f.p('              clear-text="{v}"/>', "keystore-password", "xml")
    f.l("        </credential-store>", "      </credential-stores>", "    </subsystem>", "  </profile>", "</server>")
    f = ctx.file(r, "src/main/java/com/acme/billing/mail/InvoiceMailer.java")
    f.l("package com.acme.billing.mail;", "", "import javax.mail.*;", "", "public class InvoiceMailer {")
    f.p('    private static final String SENDGRID_KEY = "{v}";', "sendgrid-api-key", "code-java")
    f.n('    private final String smtpPassword = {v};', "env-reference", "code-java", 'System.getenv("SMTP_PASSWORD")')
    f.deck("java", 4, 3)
    f.vdeck("java", 3)
    f.l("}")
    f = ctx.file(r, "src/main/java/com/acme/billing/psp/AdyenClientFactory.java")
    f.l("package com.acme.billing.psp;", "", "public final class AdyenClientFactory {")
    f.p('    static final String API_KEY = "{v}";', "generic-api-key", "code-java", g.token(60))
    f.p('    static final String HMAC_KEY = "{v}";', "encryption-key-hex", "code-java", g.hex(64).upper())
    f.l("}")
    f = ctx.file(r, "scripts/migrate.groovy")
    f.l("import groovy.sql.Sql", "")
    f.p("def sql = Sql.newInstance('jdbc:postgresql://pg-billing/billing', 'billing', '{v}', 'org.postgresql.Driver')", "db-password", "code-groovy")
    f.deck("groovy", 2, 2)
    f.vdeck("groovy", 3)
    f = ctx.file(r, "src/main/resources/billing.properties")
    f.l("billing.currency=EUR", "billing.retry.max=5")
    f.deck("props", 3, 4)
    f.p("sftp.bank.privateKeyPassphrase={v}", "generic-password", "properties")


# ---------------------------------------------------------------- 5. .NET Framework / IIS
def iis(ctx):
    r, g = "aspnet-intranet", ctx.g
    f = ctx.file(r, "Intranet.Web/Web.config", crlf=True)
    f.l('<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <connectionStrings>")
    f.p('    <add name="IntranetDb" connectionString="Data Source=SQL01\\PROD;Initial Catalog=Intranet;User ID=intranet_app;Password={v};" providerName="System.Data.SqlClient" />', "db-password", "xml")
    f.n('    <add name="AuditDb" connectionString="{v}" providerName="System.Data.SqlClient" />', "integrated-security", "xml", "Data Source=SQL01;Initial Catalog=Audit;Integrated Security=SSPI;")
    f.p('    <add name="Blob" connectionString="{v}" />', "azure-storage-connection-string", "xml")
    f.l("  </connectionStrings>", "  <appSettings>")
    f.deck("xmladd", 4, 4)
    f.p('    <add key="ida:ClientSecret" value="{v}" />', "azure-ad-client-secret", "xml")
    f.n('    <add key="ida:TenantId" value="{v}" />', "uuid-identifier", "xml", g.uuid())
    f.l("  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />')
    f.p('    <machineKey validationKey="{v}"', "aspnet-machinekey-validation", "xml")
    f.p('                decryptionKey="{v}" validation="HMACSHA256" decryption="AES" />', "aspnet-machinekey-decryption", "xml")
    f.l('    <authentication mode="Forms"><forms loginUrl="~/Account/Login" timeout="30" /></authentication>', "  </system.web>", "</configuration>")
    f = ctx.file(r, "Intranet.Web/Web.Release.config", crlf=True)
    f.l('<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">', "  <appSettings>")
    f.n('    <add key="SmtpPassword" value="{v}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />', "template-reference", "xml", "__SmtpPassword__")
    f.n('    <add key="ApiKey" value="{v}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />', "template-reference", "xml", "#{ApiKey}#")
    f.l("  </appSettings>", "</configuration>")
    f = ctx.file(r, "Intranet.Web/App_Code/SmtpRelay.cs", crlf=True)
    f.l("using System.Net;", "using System.Net.Mail;", "", "namespace Intranet.Web", "{", "    public static class SmtpRelay", "    {")
    f.p('        private static readonly NetworkCredential Creds = new NetworkCredential("intranet@acme.local", "{v}");', "smtp-password", "code-csharp")
    f.deck("cs", 3, 3)
    f.vdeck("cs", 3)
    f.l("    }", "}")
    f = ctx.file(r, "Intranet.Web/packages.config", crlf=True)
    f.l('<?xml version="1.0" encoding="utf-8"?>', "<packages>", '  <package id="Newtonsoft.Json" version="13.0.3" targetFramework="net48" />', "</packages>")
    f = ctx.file(r, "deploy/publish.pubxml", crlf=True)
    f.l('<Project ToolsVersion="4.0">', "  <PropertyGroup>", "    <MSDeployServiceURL>iis01.corp.acme:8172</MSDeployServiceURL>",
        "    <UserName>CORP\\svc_deploy</UserName>")
    f.p("    <Password>{v}</Password>", "generic-password", "xml")
    f.l("  </PropertyGroup>", "</Project>")


# ---------------------------------------------------------------- 6. Windows admin scripts
def winadmin(ctx):
    r, g = "windows-admin-scripts", ctx.g
    f = ctx.file(r, "dsc/FileServer.ps1", crlf=True)
    f.l("Configuration FileServer {", "    Import-DscResource -ModuleName PSDesiredStateConfiguration", "    Node 'FS01' {")
    f.p("        $pw = ConvertTo-SecureString '{v}' -AsPlainText -Force", "windows-admin-password", "powershell")
    f.l("        $cred = New-Object System.Management.Automation.PSCredential('CORP\\svc_fs', $pw)",
        "        User LocalAdmin {", "            UserName = 'fsadmin'", "            Password = $cred", "        }", "    }", "}")
    f.n("$ConfigData = @{ AllNodes = @(@{ NodeName = 'FS01'; PSDscAllowPlainTextPassword = {v} }) }", "setting", "powershell", "$true")
    f = ctx.file(r, "vmware/snapshot-cleanup.ps1", crlf=True)
    f.l("Import-Module VMware.PowerCLI")
    f.p("Connect-VIServer -Server vcsa01.corp.acme -User administrator@vsphere.local -Password '{v}'", "vcenter-password", "powershell")
    f.l("Get-VM | Get-Snapshot | Where-Object { $_.Created -lt (Get-Date).AddDays(-14) } | Remove-Snapshot -Confirm:$false")
    f.n("Connect-VIServer -Server vcsa02.corp.acme -Credential {v}", "env-reference", "powershell", "(Get-Credential)")
    f = ctx.file(r, "sql/nightly-backup.ps1", crlf=True)
    f.p("Invoke-Sqlcmd -ServerInstance SQL01 -Username sa -Password \"{v}\" -Query \"BACKUP DATABASE Intranet TO DISK='E:\\bk\\i.bak'\"", "db-password", "powershell")
    f.n("$pass = {v}", "env-reference", "powershell", "$env:SQL_BACKUP_PASSWORD")
    f.deck("ps1", 3, 4)
    f = ctx.file(r, "legacy/map-drives.bat", crlf=True)
    f.l("@echo off", "REM map shares for the finance team")
    f.p("net use Z: \\\\fs01\\finance /user:CORP\\svc_map {v} /persistent:yes", "cli-password-argument", "batch")
    f.p("psexec \\\\ws-fin-042 -u CORP\\helpdesk -p {v} cmd /c gpupdate /force", "cli-password-argument", "batch")
    f.n("net use Y: \\\\fs01\\public /user:CORP\\%USERNAME% {v}", "env-reference", "batch", "%MAP_PASSWORD%")
    f.deck("bat", 2, 3)
    f = ctx.file(r, "deploy/unattend.xml", crlf=True)
    f.l('<?xml version="1.0" encoding="utf-8"?>', '<unattend xmlns="urn:schemas-microsoft-com:unattend">',
        '  <settings pass="oobeSystem">', '    <component name="Microsoft-Windows-Shell-Setup">', "      <UserAccounts>",
        "        <AdministratorPassword>")
    f.p("          <Value>{v}</Value>", "windows-admin-password", "xml")
    f.l("          <PlainText>true</PlainText>", "        </AdministratorPassword>", "      </UserAccounts>", "      <AutoLogon>", "        <Password>")
    f.p("          <Value>{v}</Value>", "windows-admin-password", "xml")
    f.l("          <PlainText>true</PlainText>", "        </Password>", "        <Username>kiosk</Username>", "      </AutoLogon>",
        "    </component>", "  </settings>", '  <settings pass="specialize">', "    <component name=\"Microsoft-Windows-UnattendedJoin\">",
        "      <Identification><Credentials><Domain>corp.acme</Domain><Username>svc_join</Username>")
    f.p("        <Password>{v}</Password></Credentials></Identification>", "generic-password", "xml")
    f.l("    </component>", "  </settings>", "</unattend>")
    f = ctx.file(r, "tasks/CleanupTask.xml", crlf=True)
    f.l('<Task version="1.2">', "  <Principals>", '    <Principal id="Author">', "      <UserId>CORP\\svc_cleanup</UserId>",
        "      <LogonType>Password</LogonType>", "    </Principal>", "  </Principals>", "</Task>")
    f = ctx.file(r, "README.md")
    f.l("# Windows admin scripts", "", "Run `snapshot-cleanup.ps1` from the jump host. Credentials live in the vault:", "")
    f.n("- vCenter: `{v}`", "secret-manager-reference", "markdown", "op://Infra/vcsa01/password")
    f.n("- Password policy: minimum length `{v}` characters", "password-policy", "markdown", "14")


# ---------------------------------------------------------------- 7. Joomla / PrestaShop / TYPO3
def php_cms(ctx):
    r, g = "php-cms-sites", ctx.g
    f = ctx.file(r, "joomla/configuration.php")
    f.l("<?php", "class JConfig {", "\tpublic $offline = false;", "\tpublic $sitename = 'Acme Outdoor';", "\tpublic $dbtype = 'mysqli';",
        "\tpublic $host = 'localhost';", "\tpublic $user = 'joomla_acme';")
    f.p("\tpublic $password = '{v}';", "db-password", "code-php")
    f.l("\tpublic $db = 'joomla_acme';", "\tpublic $dbprefix = 'jos_';")
    f.p("\tpublic $secret = '{v}';", "joomla-secret", "code-php")
    f.l("\tpublic $mailer = 'smtp';", "\tpublic $smtpuser = 'shop@acme-outdoor.com';")
    f.p("\tpublic $smtppass = '{v}';", "smtp-password", "code-php")
    f.n("\tpublic $ftp_pass = '{v}';", "empty-value", "code-php", "")
    f.l("}")
    f = ctx.file(r, "prestashop/app/config/parameters.php")
    f.l("<?php return array (", "  'parameters' =>", "  array (", "    'database_host' => '127.0.0.1',", "    'database_user' => 'ps_shop',")
    f.p("    'database_password' => '{v}',", "db-password", "code-php")
    f.p("    'cookie_key' => '{v}',", "prestashop-cookie-key", "code-php")
    f.p("    'cookie_iv' => '{v}',", "generic-secret", "code-php", g.token(32))
    f.p("    'secret' => '{v}',", "generic-secret", "code-php", g.token(56))
    f.n("    'ps_caching' => '{v}',", "setting", "code-php", "CacheMemcache")
    f.l("  ),", ");")
    f = ctx.file(r, "prestashop/modules/acmepay/acmepay.php")
    f.l("<?php", "class AcmePay extends PaymentModule {", "    public function getConfig() {", "        return [")
    f.deck("phparr", 3, 3)
    f.vdeck("phparr", 3)
    f.p("            'stripe_sk' => '{v}',", "stripe-live-secret-key", "code-php")
    f.l("        ];", "    }", "}")
    f = ctx.file(r, "typo3/typo3conf/LocalConfiguration.php")
    f.l("<?php", "return [", "    'BE' => [")
    f.n("        'installToolPassword' => '{v}',", "password-hash", "code-php", j("$argon2i$v=19$m=65536,t=16,p=1$", g.b64(16).rstrip("="), "$", g.b64(32).rstrip("=")))
    f.l("    ],", "    'DB' => ['Connections' => ['Default' => [", "        'dbname' => 'typo3', 'host' => 'db', 'user' => 'typo3',")
    f.p("        'password' => '{v}',", "db-password", "code-php")
    f.l("    ]]],", "    'SYS' => [")
    f.p("        'encryptionKey' => '{v}',", "typo3-encryption-key", "code-php")
    f.l("    ],", "];")
    f = ctx.file(r, "deploy/.env.production")
    f.deck("env", 3, 4)
    f.p("SMTP_URL=smtp://mailer:{v}@smtp.mailgun.org:587", "smtp-password", "dotenv", g.urlpass())
    f = ctx.file(r, "joomla/htaccess.txt")
    f.l("Options +FollowSymlinks", "RewriteEngine On")
    f = ctx.file(r, "deploy/.htpasswd")
    f.n("staging:{v}", "password-hash", "credential-file", j("$2y$10$", g.s(j("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./"), 53)))


# ---------------------------------------------------------------- 8. Perl Mojolicious
def mojo(ctx):
    r, g = "mojo-ledger", ctx.g
    f = ctx.file(r, "ledger.conf")
    f.l("{", "    hypnotoad => { listen => ['http://*:8080'], workers => 4 },")
    f.p("    secrets => ['{v}'],", "session-secret", "code-perl", g.token(40))
    f.p("    pg => 'postgresql://ledger:{v}@pg01/ledger',", "db-password", "code-perl", g.urlpass())
    f.deck("plhash", 3, 3)
    f.vdeck("plhash", 3)
    f.l("};")
    f = ctx.file(r, "lib/Ledger/Bank.pm")
    f.l("package Ledger::Bank;", "use Mojo::Base -base, -signatures;", "use Mojo::UserAgent;", "")
    f.p("my $api_key = '{v}';", "generic-api-key", "code-perl", g.token(32))
    f.n("my $webhook_secret = $ENV{{v}};", "env-reference", "code-perl", "LEDGER_WEBHOOK_SECRET")
    f.deck("pl", 3, 3)
    f.vdeck("pl", 3)
    f.l("sub client ($self) {", "  my $ua = Mojo::UserAgent->new;")
    f.p("  $ua->on(start => sub ($ua, $tx) { $tx->req->headers->authorization('Bearer {v}') });", "generic-token", "code-perl", g.s("abcdef0123456789", 40))
    f.l("  return $ua;", "}", "1;")
    f = ctx.file(r, "script/import_statements")
    f.l("#!/usr/bin/env perl", "use strict; use warnings;", "use DBI;")
    f.p("my $dbh = DBI->connect('dbi:mysql:database=legacy;host=mysql01', 'import', '{v}');", "db-password", "code-perl")
    f.p("my $sftp_pass = '{v}';", "generic-password", "code-perl")
    f = ctx.file(r, "t/bank.t")
    f.l("use Test::More;")
    f.n("my $fake = '{v}';", "fake-fixture", "code-perl", "not-a-real-key-0000")
    f.l("done_testing;")


# ---------------------------------------------------------------- 9. F# and OCaml services
def fsharp_ocaml(ctx):
    r, g = "pricing-services", ctx.g
    f = ctx.file(r, "fsharp/Pricing.Api/appsettings.Production.json")
    f.l("{", '  "Logging": { "LogLevel": { "Default": "Warning" } },', '  "ConnectionStrings": {')
    f.p('    "Pricing": "Host=pg-pricing;Database=pricing;Username=pricing;Password={v}"', "db-password", "json")
    f.l("  },", '  "Pricing": {')
    f.deck("json", 3, 3)
    f.p('    "FxRatesApiKey": "{v}"', "generic-api-key", "json", g.hex(32))
    f.l("  }", "}")
    f = ctx.file(r, "fsharp/Pricing.Api/Program.fs")
    f.l("module Pricing.Program", "open System", "")
    f.deck("fs", 4, 3)
    f.vdeck("fs", 3)
    f.p('let anthropicKey = "{v}"', "anthropic-api-key", "code-fsharp")
    f = ctx.file(r, "ocaml/bin/config.ml")
    f.l("(* pricing-engine configuration *)", "")
    f.deck("ml", 4, 3)
    f.vdeck("ml", 3)
    f.p('let db_uri = Uri.of_string "{v}"', "postgres-url", "code-ocaml")
    f = ctx.file(r, "ocaml/dune-project")
    f.l("(lang dune 3.11)", "(name pricing_engine)")
    f = ctx.file(r, "ocaml/pricing_engine.opam")
    f.l('opam-version: "2.0"', 'depends: ["cohttp-lwt-unix" "caqti"]')
    f.n('url { src: "https://github.com/acme/pe/archive/v1.tar.gz" checksum: "sha256={v}" }', "lockfile-integrity", "lockfile", sha256("pe"))


# ---------------------------------------------------------------- 10. Zig and Nim CLIs
def zig_nim(ctx):
    r, g = "ops-clis", ctx.g
    f = ctx.file(r, "zig-backup/src/main.zig")
    f.l('const std = @import("std");', "")
    f.deck("zig", 4, 3)
    f.vdeck("zig", 3)
    f.p('const s3_secret = "{v}";', "aws-secret-access-key", "code-zig")
    f.p('const s3_key = "{v}";', "aws-access-key-id", "code-zig")
    f.l("pub fn main() !void {", '    std.debug.print("backup\\n", .{});', "}")
    f = ctx.file(r, "zig-backup/build.zig.zon")
    f.l(".{", '    .name = "zig-backup",', '    .version = "0.2.0",', "    .dependencies = .{", "        .s3 = .{",
        '            .url = "https://github.com/acme/zig-s3/archive/v0.3.tar.gz",')
    f.n('            .hash = "{v}",', "lockfile-integrity", "lockfile", j("1220", sha256("zig-s3")))
    f.l("        },", "    },", "}")
    f = ctx.file(r, "nim-notify/src/notify.nim")
    f.l("import httpclient, json, os", "")
    f.deck("nim", 4, 3)
    f.vdeck("nim", 3)
    f.p('const telegramToken = "{v}"', "telegram-bot-token", "code-nim")
    f.p('const discordHook = "{v}"', "discord-webhook-url", "code-nim")
    f = ctx.file(r, "nim-notify/config.nims")
    f.l('switch("define", "ssl")')
    f.p('switch("define", "pagerdutyKey={v}")', "pagerduty-integration-key", "code-nim")
    f = ctx.file(r, "go-rotator/internal/config/defaults.go")
    f.l("package config", "", "import \"os\"", "", "var (")
    f.deck("go", 4, 3)
    f.vdeck("go", 3)
    f.p('\tgrafanaAdminPassword = "{v}"', "admin-password", "code-go")
    f.l(")")
    f = ctx.file(r, "go-rotator/main.go")
    f.l("package main", "", "func main() {")
    f.p('\treq.SetBasicAuth("rotator", "{v}")', "generic-password", "code-go")
    f.p('\treq.Header.Set("Authorization", "token {v}")', "github-app-token", "code-go")
    f.n('\ttoken := viper.GetString("{v}")', "env-reference", "code-go", "vault.token")
    f.l("}")


BUILDERS = [nextjs, ios, android, javaee, iis, winadmin, php_cms, mojo, fsharp_ocaml, zig_nim]
