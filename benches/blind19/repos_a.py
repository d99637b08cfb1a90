"""Repositories 1-8: agency sites, newsroom scrapers, a browser extension, an Electron app, a mobile
app, an indie game, a Shopify app and a bot collection."""
import base64

from core import MARK as M
from shapes import J


def agency_sites(c):
    S, R = c.S, "agency-sites"
    f = c.file(R, "clients/bright-dental/wp-config.php", "code-php")
    f.t("""
        <?php
        /**
         * Bright Dental - production config. Managed by the agency, do not edit on the server.
         */
        define( 'DB_NAME', 'brightdental_wp' );
        define( 'DB_USER', 'bd_wp' );""")
    f.p(f"define( 'DB_PASSWORD', '{M}' );", S.password(), "db-password")
    f.t("""
        define( 'DB_HOST', 'mysql-02.agencyhost.internal' );
        define( 'DB_CHARSET', 'utf8mb4' );

        /* Authentication unique keys and salts (regenerated 2023-03) */""")
    for k in ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]:
        v = S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-.:;<=>?@[]^_{|}~", 64)
        f.p(f"define( '{k}',{' ' * (17 - len(k))}'{M}' );", v, "wordpress-salt")
    f.t("""
        $table_prefix = 'bd_';
        define( 'WP_DEBUG', false );""")
    f.p(f"define( 'WP_MAIL_SMTP_PASS', '{M}' );", S.password(), "smtp-password")
    f.t("""
        if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
        require_once ABSPATH . 'wp-settings.php';""")

    f = c.file(R, "clients/bright-dental/wp-config-sample.php", "code-php")
    f.t("<?php\n// ** Database settings - You can get this info from your web host ** //\ndefine( 'DB_NAME', 'database_name_here' );\ndefine( 'DB_USER', 'username_here' );")
    f.n(f"define( 'DB_PASSWORD', '{M}' );", "password_here", "placeholder")
    f.n(f"define( 'AUTH_KEY',         '{M}' );", "put your unique phrase here", "placeholder")
    f.n(f"define( 'NONCE_SALT',       '{M}' );", "put your unique phrase here", "placeholder")

    f = c.file(R, "ads/google-ads.yaml", "yaml-config")
    f.t("""
        # google-ads-python client config for the reporting cron (MCC 'Agency Main')
        # https://developers.google.com/google-ads/api/docs/client-libs/python/configuration""")
    f.p(f"developer_token: {M}", S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 22), "google-ads-developer-token", "google")
    f.n(f"client_id: {M}", S.google_client_id(), "public-client-id")
    f.p(f"client_secret: {M}", S.google_oauth_secret(), "google-oauth-client-secret", "google", False)
    f.p(f"refresh_token: {M}", S.google_refresh(), "google-oauth-refresh-token", "google", False)
    f.n(f"login_customer_id: {M}", S.digits(10), "account-id")
    f.t("use_proto_plus: True")

    f = c.file(R, "ads/meta_ads_sync.py", "code-python")
    f.t("""
        \"\"\"Pull yesterday's Meta Ads insights for every client ad account into BigQuery.\"\"\"
        import datetime
        from facebook_business.api import FacebookAdsApi
        from facebook_business.adobjects.adaccount import AdAccount
        """)
    f.n(f'APP_ID = "{M}"', S.digits(15), "public-client-id")
    f.p(f'APP_SECRET = "{M}"', S.hex(32), "meta-app-secret", "meta")
    f.p(f'ACCESS_TOKEN = "{M}"  # system user "reporting-bot", never expires', S.meta_token(), "meta-access-token", "meta", False)
    f.n(f'ACCOUNTS = ["act_{M}", "act_1180034455002211"]', S.digits(15), "account-id")
    f.t("""

        def main():
            FacebookAdsApi.init(APP_ID, APP_SECRET, ACCESS_TOKEN)
            since = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
            for acc in ACCOUNTS:
                rows = AdAccount(acc).get_insights(params={"time_range": {"since": since, "until": since}})
                print(acc, len(rows))
        """)

    f = c.file(R, "integrations/hubspot/sync-contacts.js", "code-js")
    f.t("""
        // Nightly: push Webflow form submissions into HubSpot as contacts.
        const hubspot = require('@hubspot/api-client');
        """)
    f.p(f"const hubspotClient = new hubspot.Client({{ accessToken: '{M}' }});", S.hubspot(), "hubspot-private-app-token", "hubspot", False)
    f.n(f"const PORTAL_ID = '{M}';", S.digits(8), "account-id")
    f.t("""
        async function upsert(contact) {
          return hubspotClient.crm.contacts.basicApi.create({ properties: contact });
        }
        module.exports = { upsert };""")

    f = c.file(R, "integrations/webflow/.env", "dotenv")
    f.t("# Webflow CMS sync (site: northwind-cafe)")
    f.p(f"WEBFLOW_API_TOKEN={M}", S.hex(64), "webflow-api-token", "webflow")
    f.n(f"WEBFLOW_SITE_ID={M}", S.hex(24), "hex-build-id")
    f.n(f"WEBFLOW_COLLECTION_ID={M}", S.hex(24), "hex-build-id")
    f.deck("dotenv", 3, 3)

    f = c.file(R, "clients/northwind-cafe/newsletter.php", "code-php")
    f.t("<?php\nrequire 'vendor/autoload.php';\n$mc = new \\MailchimpMarketing\\ApiClient();")
    f.p(f"$mc->setConfig(['apiKey' => '{M}', 'server' => 'us6']);", S.mailchimp(), "mailchimp-api-key", "mailchimp", False)
    f.n(f"$listId = '{M}';", S.hex(10), "hex-build-id")
    f.t("$mc->lists->addListMember($listId, ['email_address' => $_POST['email'], 'status' => 'subscribed']);")

    f = c.file(R, "deploy/config.php", "code-php")
    f.t("<?php\n// shared agency deploy settings (deployer.org)\nreturn [")
    f.deck("php-array", 4, 4, indent="    ")
    f.t("];")


def newsroom_scrapers(c):
    S, R = c.S, "newsroom-scrapers"
    f = c.file(R, "config/credentials.ini", "ini")
    f.t("""
        ; credentials for the election-night scrapers. DO NOT COMMIT (ha)
        [twitter]""")
    f.n(f"consumer_key = {M}", S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 25), "public-client-id")
    f.p(f"consumer_secret = {M}", S.an(50), "twitter-consumer-secret", "twitter")
    f.p(f"bearer_token = {M}", S.twitter_bearer(), "twitter-bearer-token", "twitter", False)
    f.p(f"access_token_secret = {M}", S.an(45), "twitter-access-token-secret", "twitter")
    f.t("\n[youtube]")
    f.p(f"api_key = {M}", S.google_api(), "google-api-key", "google", False)
    f.t("\n[proxy]\nrotate_every = 25")
    f.p(f"url = http://nr-scrape:{M}@gate.residential-proxy.net:7777", S.password().replace("@", "x").replace(":", "x").replace("/", "x"), "proxy-url-password")
    f.t("\n[postgres]\nhost = 10.20.0.15\nuser = newsroom")
    f.p(f"password = {M}", S.password(), "db-password")

    f = c.file(R, "reddit/praw.ini", "ini")
    f.t("[DEFAULT]\ncheck_for_updates=False\n\n[newsbot]")
    f.n(f"client_id={M}", S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", 14), "public-client-id")
    f.p(f"client_secret={M}", S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", 27), "reddit-client-secret", "reddit")
    f.t("username=nr_datadesk")
    f.p(f"password={M}", S.password(), "reddit-password", "reddit")
    f.t("user_agent=newsroom-scraper/0.4 by u/nr_datadesk")

    f = c.file(R, "scrapers/youtube_comments.py", "code-python")
    f.t("""
        import os
        import requests
        """)
    f.n(f'API_KEY = os.getenv("{M}")', "YOUTUBE_API_KEY", "code-getenv")
    f.t("""
        BASE = "https://www.googleapis.com/youtube/v3/commentThreads"

        def fetch(video_id, key=API_KEY):
            return requests.get(BASE, params={"videoId": video_id, "key": key, "part": "snippet"}).json()
        """)
    f.n(f'# sample video used in tests: {M}', "dQw4w9WgXcQ", "public-id")

    f = c.file(R, "scrapers/court_records.py", "code-python")
    f.t("""
        \"\"\"PACER-style court docket scraper. Logs in with the desk's shared account.\"\"\"
        import requests
        session = requests.Session()""")
    f.p(f'session.post("https://ecf.courts.example.gov/login", data={{"user": "nrdesk", "pass": "{M}"}})', S.password(), "login-password")
    f.p(f'session.headers["Authorization"] = "Bearer {M}"', S.an(48), "bearer-token")
    f.n(f'DOCKET_CACHE = "/tmp/dockets-{M}.json"', S.hex(16), "cache-key")

    f = c.file(R, "crontab.txt", "crontab")
    f.t("# m h dom mon dow command  (installed on scraper-01 with `crontab crontab.txt`)\nMAILTO=datadesk@newsroom.example\nSHELL=/bin/bash")
    f.p(f"SCRAPER_DB_URL=postgresql://newsroom:{M}@10.20.0.15:5432/scrapes", S.an(20), "db-url-password")
    f.t("*/10 * * * * cd /srv/scrapers && ./venv/bin/python scrapers/court_records.py >> /var/log/court.log 2>&1")
    f.p(f'0 6 * * * curl -s -X POST -H "X-Api-Key: {M}" https://api.datawrapper.de/v3/charts/abc12/publish', S.an(64), "datawrapper-api-token", "datawrapper")

    f = c.file(R, "requirements.txt", "lockfile")
    f.t("# generated by pip-compile --generate-hashes")
    for pkg in ["requests==2.31.0", "praw==7.7.1", "tweepy==4.14.0"]:
        f.t(pkg + " \\")
        f.n(f"    --hash=sha256:{M}", S.sha256(), "lockfile-hash")

    f = c.file(R, ".env.example", "dotenv")
    f.t("# copy to .env")
    f.deck("dotenv", 0, 5)

    f = c.file(R, "notes/SETUP.md", "markdown")
    f.t("# Scraper box setup\n\n1. `python3 -m venv venv && . venv/bin/activate`\n2. Export the shared keys (in the desk vault):\n\n```bash")
    f.deck("export", 3, 2)
    f.t("```\n")


def browser_extension(c):
    S, R = c.S, "tabtamer-extension"
    f = c.file(R, "manifest.json", "json")
    f.t("""
        {
          "manifest_version": 3,
          "name": "TabTamer",
          "version": "2.3.1",""")
    f.n(f'  "key": "{M}",', S.b64bytes(294), "public-key")
    f.t("""
          "permissions": ["tabs", "storage", "identity"],
          "oauth2": {""")
    f.n(f'    "client_id": "{M}",', S.google_client_id(), "public-client-id")
    f.t("""
            "scopes": ["https://www.googleapis.com/auth/drive.appdata"]
          },
          "background": { "service_worker": "background.js" }
        }""")

    f = c.file(R, "src/background.js", "code-js")
    f.t("""
        // Service worker: syncs tab groups and fetches favicons + page summaries.
        import { summarize } from './summarize.js';
        """)
    f.p(f"const SUMMARY_API_KEY = '{M}';  // TODO move server-side before 3.0", S.an(40), "generic-api-key")
    f.n(f"const FAVICON_CACHE_KEY = 'favicons-{M}';", S.hex(12), "cache-key")
    f.p(f"const SENTRY_AUTH = 'Bearer {M}';", S.sentry_user(), "sentry-user-token", "sentry", False)
    f.t("""
        chrome.runtime.onInstalled.addListener(() => chrome.storage.local.set({ groups: [] }));
        """)

    f = c.file(R, "src/summarize.js", "code-js")
    f.t("export async function summarize(text) {\n  const res = await fetch('https://api.openai.com/v1/chat/completions', {\n    method: 'POST',\n    headers: {")
    f.p(f"      'Authorization': 'Bearer {M}',", S.openai_proj(), "openai-project-key", "openai", False)
    f.t("      'Content-Type': 'application/json',\n    },\n    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] }),\n  });\n  return (await res.json()).choices[0].message.content;\n}")

    f = c.file(R, ".env.submit", "dotenv")
    f.t("# chrome-webstore-upload-cli + web-ext sign (release.sh sources this)")
    f.n(f"EXTENSION_ID={M}", S.s("abcdefghijklmnop", 32), "public-id")
    f.n(f"CLIENT_ID={M}", S.google_client_id(), "public-client-id")
    f.p(f"CLIENT_SECRET={M}", S.google_oauth_secret(), "google-oauth-client-secret", "google", False)
    f.p(f"REFRESH_TOKEN={M}", S.google_refresh(), "google-oauth-refresh-token", "google", False)
    f.n(f"WEB_EXT_API_KEY={M}", f"user:{S.digits(8)}:{S.r.randrange(100, 999)}", "public-id")
    f.p(f"WEB_EXT_API_SECRET={M}", S.hex(64), "amo-jwt-secret", "mozilla")

    f = c.file(R, "package-lock.json", "lockfile")
    f.t('{\n  "name": "tabtamer",\n  "lockfileVersion": 3,\n  "packages": {')
    for pkg in ["webextension-polyfill", "esbuild", "zod"]:
        f.t(f'    "node_modules/{pkg}": {{\n      "version": "1.{S.r.randrange(0, 20)}.0",')
        f.n(f'      "integrity": "sha512-{M}"', S.sha512_b64(), "lockfile-integrity")
        f.t("    },")
    f.t('    "": {}\n  }\n}')

    f = c.file(R, "test/fixtures/settings.json", "json")
    f.t('{\n  "_comment": "fake values for unit tests",')
    f.n(f'  "summaryApiKey": "{M}",', "fake-summary-key-000000000000000000000", "test-fixture-fake")
    f.n(f'  "syncToken": "{M}",', "test-token", "test-fixture-fake")
    f.t('  "groups": []\n}')


def electron_app(c):
    S, R = c.S, "ledgerly-desktop"
    f = c.file(R, "electron-builder.yml", "yaml-config")
    f.t("""
        appId: app.ledgerly.desktop
        productName: Ledgerly
        mac:
          category: public.app-category.finance
          hardenedRuntime: true
        win:
          certificateFile: build/certs/ledgerly-ev.pfx""")
    f.p(f"  certificatePassword: {M}", S.password().replace("#", "x"), "code-signing-password")
    f.t("publish:\n  - provider: github\n    owner: ledgerly\n    repo: desktop-releases")
    f.p(f"    token: {M}", S.github("p"), "github-pat-classic", "github", False)
    f.t("  - provider: s3\n    bucket: ledgerly-updates")

    f = c.file(R, "scripts/notarize.js", "code-js")
    f.t("const { notarize } = require('@electron/notarize');\n\nexports.default = async function notarizing(context) {\n  if (context.electronPlatformName !== 'darwin') return;\n  await notarize({\n    appPath: `${context.appOutDir}/Ledgerly.app`,\n    appleId: 'release@ledgerly.app',")
    f.p(f"    appleIdPassword: '{M}',", S.apple_app_pw(), "apple-app-specific-password", "apple")
    f.n(f"    teamId: '{M}',", S.s("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10), "account-id")
    f.t("  });\n};")

    f = c.file(R, ".env.production", "dotenv")
    f.t("# read by electron-vite at build time; VITE_ vars end up in the renderer bundle")
    f.n(f"VITE_POSTHOG_KEY={M}", "phc_" + S.an(43), "public-client-id")
    f.p(f"CSC_KEY_PASSWORD={M}", S.password(), "code-signing-password")
    f.p(f"GH_TOKEN={M}", S.github_fine(), "github-pat-fine-grained", "github", False)
    f.deck("dotenv", 3, 3)

    f = c.file(R, "src/main/license.ts", "code-ts")
    f.t("import crypto from 'node:crypto';\n\n// Offline licence check: licences are HMAC-signed by the store backend.")
    f.p(f"const LICENSE_HMAC_SECRET = '{M}';", S.b64bytes(32), "hmac-secret")
    f.n(f"const LICENSE_PUBLIC_KEY_ID = '{M}';", S.uuid(), "uuid-id")
    f.t("\nexport function verify(body: string, sig: string): boolean {\n  const mac = crypto.createHmac('sha256', LICENSE_HMAC_SECRET).update(body).digest('hex');\n  return crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(sig));\n}")

    f = c.file(R, "src/main/sync.ts", "code-ts")
    f.t("// Bank feed sync via Plaid (sandbox in dev, production in release builds)\nexport const plaidConfig = {")
    f.n(f"  clientId: '{M}',", S.hex(24), "public-client-id")
    f.p(f"  secret: '{M}',", S.hex(30), "plaid-secret", "plaid")
    f.n(f"  env: '{M}',", "production", "crypto-setting")
    f.t("};")
    f.n(f"const SENTRY_RELEASE = 'ledgerly@4.2.0+{M}';", S.sha1(), "git-commit-sha")


def mobile_app(c):
    S, R = c.S, "fieldnotes-mobile"
    f = c.file(R, "ios/FieldNotes/Info.plist", "plist")
    f.t("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
        	<key>CFBundleIdentifier</key>
        	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
        	<key>GIDClientID</key>""")
    f.n(f"\t<string>{M}</string>", S.google_client_id(), "public-client-id")
    f.t("\t<key>RevenueCatSecretKey</key>")
    f.p(f"\t<string>{M}</string>", J("sk", "_") + S.an(32), "revenuecat-secret-key", "revenuecat", True)
    f.t("\t<key>MapTilerAPIKey</key>")
    f.p(f"\t<string>{M}</string>", S.an(20), "maptiler-api-key", "maptiler")
    f.t("\t<key>BackendSharedSecret</key>")
    f.p(f"\t<string>{M}</string>", S.hex(64), "shared-secret")
    f.t("\t<key>NSCameraUsageDescription</key>\n\t<string>Attach photos to notes</string>\n</dict>\n</plist>")

    f = c.file(R, "ios/GoogleService-Info.plist", "plist")
    f.t('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>API_KEY</key>')
    f.n(f"\t<string>{M}</string>", S.google_api(), "firebase-client-config-key")
    f.t("\t<key>GCM_SENDER_ID</key>")
    f.n(f"\t<string>{M}</string>", S.digits(12), "account-id")
    f.t("\t<key>PROJECT_ID</key>\n\t<string>fieldnotes-prod</string>\n</dict>\n</plist>")

    f = c.file(R, "ios/FieldNotes.xcodeproj/xcshareddata/xcschemes/FieldNotes-Staging.xcscheme", "xcscheme")
    f.t("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Scheme LastUpgradeVersion = "1500" version = "1.7">
           <LaunchAction buildConfiguration = "Debug" selectedDebuggerIdentifier = "Xcode.DebuggerFoundation.Debugger.LLDB">
              <EnvironmentVariables>
                 <EnvironmentVariable""")
    f.t('            key = "STAGING_API_TOKEN"')
    f.p(f'            value = "{M}"', S.an(40), "generic-api-token")
    f.t('            isEnabled = "YES">\n         </EnvironmentVariable>\n         <EnvironmentVariable\n            key = "OS_ACTIVITY_MODE"\n            value = "disable"\n            isEnabled = "YES">\n         </EnvironmentVariable>\n         <EnvironmentVariable\n            key = "SENTRY_DSN_OVERRIDE"')
    f.n(f'            value = "{M}"', "$(SENTRY_DSN)", "build-variable-reference")
    f.t('            isEnabled = "NO">\n         </EnvironmentVariable>\n      </EnvironmentVariables>\n   </LaunchAction>\n</Scheme>')

    f = c.file(R, "android/app/google-services.json", "json")
    f.t('{\n  "project_info": {\n    "project_number": "' + S.digits(12) + '",\n    "project_id": "fieldnotes-prod"\n  },\n  "client": [{\n    "api_key": [')
    f.n(f'      {{ "current_key": "{M}" }}', S.google_api(), "firebase-client-config-key")
    f.t('    ]\n  }]\n}')

    f = c.file(R, "android/gradle.properties", "properties")
    f.t("org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\n# release signing (CI overrides these from env)\nRELEASE_STORE_FILE=../keystores/fieldnotes-release.jks")
    f.p(f"RELEASE_STORE_PASSWORD={M}", S.password(), "keystore-password")
    f.t("RELEASE_KEY_ALIAS=fieldnotes")
    f.p(f"RELEASE_KEY_PASSWORD={M}", S.password(), "keystore-password")
    f.n(f"BUILD_CACHE_KEY={M}", S.hex(32), "cache-key")
    f.deck("properties", 2, 3)

    f = c.file(R, "fastlane/.env.default", "dotenv")
    f.t("# fastlane match + pilot")
    f.t("MATCH_GIT_URL=git@github.com:fieldnotes/certificates.git")
    f.p(f"MATCH_PASSWORD={M}", S.password(), "fastlane-match-password", "fastlane")
    f.p(f"FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={M}", S.apple_app_pw(), "apple-app-specific-password", "apple")
    f.n(f"FASTLANE_TEAM_ID={M}", S.s("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10), "account-id")

    f = c.file(R, "fastlane/AuthKey_" + S.s("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10) + ".p8", "pem-file")
    f.pem("PRIVATE KEY", "apple-app-store-connect-key", "apple", lines=3)


def indie_game(c):
    S, R = c.S, "starforge-game"
    f = c.file(R, "Assets/PlayFabSdk/Shared/Public/Resources/PlayFabSharedSettings.asset", "unity-asset")
    f.t("""
        %YAML 1.1
        %TAG !u! tag:unity3d.com,2011:
        --- !u!114 &11400000
        MonoBehaviour:
          m_ObjectHideFlags: 0
          m_Enabled: 1
          m_Name: PlayFabSharedSettings""")
    f.n(f"  TitleId: {M}", S.s("ABCDEF0123456789", 5), "public-id")
    f.p(f"  DeveloperSecretKey: {M}", S.playfab_secret(), "playfab-secret-key", "playfab")
    f.t("  RequestType: 0\n  RequestTimeout: 2000\n  RequestKeepAlive: 1")

    f = c.file(R, "Assets/GameAnalytics/Resources/GameAnalytics/Settings.asset", "unity-asset")
    f.t("%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: Settings\n  gameKey:")
    f.n(f"  - {M}", S.hex(32), "public-client-id")
    f.t("  secretKey:")
    f.p(f"  - {M}", S.hex(40), "gameanalytics-secret-key", "gameanalytics")
    f.t("  Build:\n  - 0.9.3\n  UsePlayerSettingsBuildNumber: 0")

    f = c.file(R, "Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset", "unity-asset")
    f.t("%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: PhotonServerSettings\n  AppSettings:")
    f.n(f"    AppIdRealtime: {M}", S.uuid(), "uuid-id")
    f.t("    AppIdChat: \n    FixedRegion: eu\n    Protocol: 0")

    f = c.file(R, "Assets/Scripts/Online/EpicConfig.cs", "code-csharp")
    f.t("namespace Starforge.Online\n{\n    public static class EpicConfig\n    {")
    f.n(f'        public const string ProductId = "{M}";', S.hex(32), "public-id")
    f.n(f'        public const string ClientId = "{M}";', "xyza" + S.s("abcdefghijklmnopqrstuvwxyz0123456789", 28), "public-client-id")
    f.p(f'        public const string ClientSecret = "{M}";', S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/", 43), "epic-client-secret", "epic")
    f.n(f'        public const string DeploymentId = "{M}";', S.hex(32), "public-id")
    f.p(f'        public const string EncryptionKey = "{M}";', S.hex(64), "encryption-key")
    f.t("    }\n}")

    f = c.file(R, "tools/steam/upload_build.sh", "shell-script")
    f.t("#!/usr/bin/env bash\n# Upload a build to the beta branch. Run from tools/steam.\nset -euo pipefail\nBUILD_DIR=${1:-../../Builds/Win64}")
    f.p(f'steamcmd +login starforge_builder "{M}" +run_app_build "$PWD/app_build_1840220.vdf" +quit', S.password(), "steam-builder-password", "steam")
    f.n(f'echo "uploaded $(git rev-parse HEAD) = {M}"', S.sha1(), "git-commit-sha")

    f = c.file(R, "tools/leaderboard_export.py", "code-python")
    f.t("import requests\n")
    f.p(f'STEAM_WEB_API_KEY = "{M}"', S.steam_key(), "steam-web-api-key", "steam")
    f.n(f'APP_ID = {M}', "1840220", "public-id")
    f.t('\nr = requests.get("https://partner.steam-api.com/ISteamLeaderboards/GetLeaderboardsForGame/v2/",\n                 params={"key": STEAM_WEB_API_KEY, "appid": APP_ID})\nprint(r.json())')

    f = c.file(R, "godot-prototype/export_presets.cfg", "godot-cfg")
    f.t('[preset.0]\n\nname="Android"\nplatform="Android"\nrunnable=true\nexport_path="../Builds/starforge.apk"\n\n[preset.0.options]\n\nkeystore/release="res://keys/release.keystore"\nkeystore/release_user="starforge"')
    f.p(f'keystore/release_password="{M}"', S.password(), "keystore-password")
    f.t('keystore/debug_user="androiddebugkey"')
    f.n(f'keystore/debug_password="{M}"', "android", "vendor-example-key")
    f.t('package/unique_name="com.starforge.game"')

    f = c.file(R, "godot-prototype/addons/backend/config.gd", "code-gdscript")
    f.t('extends Node\n\nconst NAKAMA_HOST := "play.starforge.gg"\nconst NAKAMA_PORT := 7350')
    f.n(f'const NAKAMA_SERVER_KEY := "{M}"', "defaultkey", "vendor-example-key")
    f.p(f'const NAKAMA_HTTP_KEY := "{M}"', S.an(32), "nakama-http-key", "heroic-labs")

    f = c.file(R, "Config/DefaultEngine.ini", "ini")
    f.t("[/Script/OnlineSubsystemUtils.IpNetDriver]\nMaxClientRate=15000\n\n[OnlineSubsystemSteam]\nbEnabled=true\nSteamDevAppId=1840220\n\n[/Script/Starforge.BackendSettings]")
    f.deck("ini", 3, 3)


def shopify_app(c):
    S, R = c.S, "bundle-builder-shopify"
    f = c.file(R, ".env", "dotenv")
    f.t("# shopify app dev writes most of these")
    f.n(f"SHOPIFY_API_KEY={M}", S.hex(32), "public-client-id")
    f.p(f"SHOPIFY_API_SECRET={M}", S.hex(32), "shopify-api-secret", "shopify")
    f.t("SCOPES=write_products,read_orders\nHOST=https://bundle-builder.fly.dev")
    f.p(f"DATABASE_URL=postgres://bundle:{M}@bundle-db.flycast:5432/bundle", S.an(24), "db-url-password")
    f.deck("dotenv", 3, 2)

    f = c.file(R, "shopify.app.toml", "toml")
    f.t('# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration\n')
    f.n(f'client_id = "{M}"', S.hex(32), "public-client-id")
    f.t('name = "Bundle Builder"\napplication_url = "https://bundle-builder.fly.dev"\nembedded = true\n\n[access_scopes]\nscopes = "write_products,read_orders"')

    f = c.file(R, "scripts/backfill_bundles.rb", "code-ruby")
    f.t("require 'shopify_api'\n\n# one-off backfill for the Harbor & Pine store (private install)\nShopifyAPI::Context.setup(")
    f.t("  api_key: ENV['SHOPIFY_API_KEY'],")
    f.n(f"  api_secret_key: ENV['{M}'],", "SHOPIFY_API_SECRET", "env-reference")
    f.t("  host: 'https://bundle-builder.fly.dev',\n  scope: 'write_products',\n  is_embedded: false,\n  api_version: '2024-04',\n  is_private: true,\n)")
    f.p(f"session = ShopifyAPI::Auth::Session.new(shop: 'harbor-and-pine.myshopify.com', access_token: '{M}')", S.shopify("at"), "shopify-admin-token", "shopify", False)
    f.p(f"LEGACY_SHARED_SECRET = '{M}'", S.shopify("ss"), "shopify-shared-secret", "shopify", False)

    f = c.file(R, "web/app/shopify.server.js", "code-js")
    f.t('import { shopifyApp } from "@shopify/shopify-app-remix/server";\n\nconst shopify = shopifyApp({\n  apiKey: process.env.SHOPIFY_API_KEY,')
    f.n(f'  apiSecretKey: process.env.{M} || "",', "SHOPIFY_API_SECRET", "env-reference")
    f.t('  apiVersion: "2024-04",\n  scopes: process.env.SCOPES?.split(","),\n});\nexport default shopify;')

    f = c.file(R, "theme/config/settings_data.json", "json")
    f.t('{\n  "current": {\n    "colors_accent_1": "#b5651d",\n    "type_header_font": "assistant_n4",')
    f.n(f'    "favicon": "data:image/png;base64,{M}",', base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(S.r.randrange(256) for _ in range(90))).decode(), "base64-image")
    f.n(f'    "announcement_bar_id": "{M}",', S.uuid(), "uuid-id")
    f.t('    "sections": {}\n  }\n}')

    f = c.file(R, "theme/layout/theme.liquid", "liquid")
    f.t('<!doctype html>\n<html lang="{{ request.locale.iso_code }}">\n<head>\n  {{ content_for_header }}')
    f.n(f'  <script src="https://cdn.example-reviews.io/widget.js" integrity="sha384-{M}" crossorigin="anonymous"></script>', base64.b64encode(bytes(S.r.randrange(256) for _ in range(48))).decode(), "sri-hash")
    f.p(f'  <script>window.REVIEWS_PRIVATE_TOKEN = "{M}";</script>', S.an(32), "generic-api-token")
    f.t("</head>")


def bots(c):
    S, R = c.S, "botyard"
    f = c.file(R, "discord/modbot/bot.py", "code-python")
    f.t("import discord\nfrom discord.ext import commands\n\nintents = discord.Intents.default()\nintents.message_content = True\nbot = commands.Bot(command_prefix='!', intents=intents)\n")
    f.n(f"GUILD_ID = {M}", S.digits(18), "public-id")
    f.p(f"ALERT_WEBHOOK = '{M}'", S.discord_webhook(), "discord-webhook", "discord", False)
    f.t("\n@bot.command()\nasync def ping(ctx):\n    await ctx.send('pong')\n")
    f.p(f"bot.run('{M}')", S.discord_bot(), "discord-bot-token", "discord", False)

    f = c.file(R, "slack/standup/app.js", "code-js")
    f.t("const { App } = require('@slack/bolt');\n\nconst app = new App({")
    f.p(f"  token: '{M}',", S.slack_bot(), "slack-bot-token", "slack", False)
    f.p(f"  signingSecret: '{M}',", S.hex(32), "slack-signing-secret", "slack")
    f.p(f"  appToken: '{M}',", S.slack_app(), "slack-app-token", "slack", False)
    f.t("  socketMode: true,\n});\n\n(async () => { await app.start(); console.log('standup bot up'); })();")

    f = c.file(R, "telegram/notifier/main.go", "code-go")
    f.t('package main\n\nimport (\n\t"log"\n\ttgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"\n)\n\nconst (')
    f.p(f'\tbotToken = "{M}"', S.telegram_bot(), "telegram-bot-token", "telegram", False)
    f.n(f'\tchatID   = {M}', "-100" + S.digits(10), "public-id")
    f.t(')\n\nfunc main() {\n\tbot, err := tgbotapi.NewBotAPI(botToken)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tbot.Send(tgbotapi.NewMessage(chatID, "deploy finished"))\n}')

    f = c.file(R, "matrix/config.yaml", "yaml-config")
    f.t("homeserver: https://matrix.botyard.chat\nuser_id: '@ops-bot:botyard.chat'")
    f.p(f"access_token: {M}", J("sy", "t_") + base64.b64encode(b"ops-bot").decode().rstrip("=") + "_" + S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 20) + "_" + S.an(6), "matrix-access-token", "matrix", False)
    f.n(f"device_id: {M}", S.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10), "public-id")
    f.t("rooms:\n  - '!alerts:botyard.chat'")

    f = c.file(R, "twitch/clipbot/config.toml", "toml")
    f.t('[twitch]\nchannel = "starforge_dev"')
    f.n(f'client_id = "{M}"', S.s("abcdefghijklmnopqrstuvwxyz0123456789", 30), "public-client-id")
    f.p(f'client_secret = "{M}"', S.s("abcdefghijklmnopqrstuvwxyz0123456789", 30), "twitch-client-secret", "twitch")
    f.p(f'oauth_token = "oauth:{M}"', S.s("abcdefghijklmnopqrstuvwxyz0123456789", 30), "twitch-oauth-token", "twitch")

    f = c.file(R, "docker-compose.yml", "yaml-compose")
    f.t("services:\n  modbot:\n    build: ./discord/modbot\n    restart: unless-stopped\n    environment:")
    f.deck("yaml-env", 3, 3, indent="      ")
    f.t("  standup:\n    build: ./slack/standup\n    env_file: slack/standup/.env")

    f = c.file(R, "slack/standup/.env", "dotenv")
    f.deck("dotenv", 3, 3)
