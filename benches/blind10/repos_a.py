"""Repositories 1-7: identity, gateways, forges, wikis, helpdesks, webmail, ERP."""
import json

from corpus import deck_pos, deck_neg, render, P
from keys import LO, UP, DIG, ALNUM, sha256_hex


def idp_authelia(C):
    g = C.g
    R = C.repo("idp-authelia")
    f = R.f("config/configuration.yml", "yaml-config")
    f.add("---", "# Authelia 4.38 -- sso.corp.example", "theme: auto", "default_2fa_method: totp", "",
          "server:", "  address: tcp://0.0.0.0:9091", "", "log:", "  level: info", "",
          "identity_validation:", "  reset_password:")
    f.pos("    jwt_secret: '{V}'", "jwt-signing-secret")
    f.add("", "totp:", "  issuer: corp.example", "  period: 30", "",
          "authentication_backend:", "  password_reset:", "    disable: false", "  ldap:",
          "    implementation: activedirectory", "    address: ldaps://dc01.corp.example:636",
          "    base_dn: DC=corp,DC=example", "    user: CN=svc-authelia,OU=Service Accounts,DC=corp,DC=example")
    f.pos("    password: {V}", "ldap-bind-password")
    f.add("", "password_policy:", "  standard:", "    enabled: true")
    f.neg("    min_length: {V}", "password-policy", "12")
    f.neg("    max_length: {V}", "password-policy", "64")
    f.add("    require_uppercase: true", "", "session:", "  name: authelia_session")
    f.pos("  secret: {V}", "session-secret")
    f.add("  expiration: 1h", "  inactivity: 5m", "  cookies:", "    - domain: corp.example",
          "      authelia_url: https://sso.corp.example", "  redis:", "    host: redis.auth.svc", "    port: 6379")
    f.pos("    password: \"{V}\"", "redis-password")
    f.add("", "storage:")
    f.pos("  encryption_key: {V}", "encryption-key-hex")
    f.add("  postgres:", "    address: tcp://pg-auth.corp.example:5432", "    database: authelia", "    username: authelia")
    f.neg("    password: {V}", "env-reference", "${AUTHELIA_STORAGE_POSTGRES_PASSWORD}")
    f.add("", "notifier:", "  smtp:", "    address: submission://smtp.office365.com:587", "    username: noreply@corp.example")
    f.pos("    password: '{V}'", "smtp-password")
    f.add("    sender: Authelia <noreply@corp.example>", "", "identity_providers:", "  oidc:")
    f.pos("    hmac_secret: {V}", "generic-secret")
    f.add("    jwks:", "      - key_id: main", "        algorithm: RS256", "        use: sig", "        key: |")
    f.block(g.rsa_pkcs1(), "rsa-private-key", indent="          ")
    f.add("    clients:", "      - client_id: grafana", "        client_name: Grafana")
    f.neg("        client_secret: '{V}'", "password-hash",
          "$pbkdf2-sha512$310000$" + g.b64(16).rstrip("=") + "$" + g.b64(64).rstrip("="))
    f.add("        redirect_uris:", "          - https://grafana.corp.example/login/generic_oauth",
          "      - client_id: gitea")
    f.pos("        client_secret: '{V}'", "oauth-client-secret")
    f.add("        public: false")

    u = R.f("config/users_database.yml", "yaml-config")
    u.add("users:")
    for name in ("jdoe", "asmith", "mkumar"):
        u.add("  " + name + ":", "    displayname: \"" + name.upper() + "\"")
        u.neg("    password: \"{V}\"", "password-hash",
              "$argon2id$v=19$m=65536,t=3,p=4$" + g.b64(16).rstrip("=") + "$" + g.b64(32).rstrip("="))
        u.add("    email: " + name + "@corp.example", "    groups:", "      - dev")

    e = R.f(".env", "dotenv")
    e.add("# local compose overrides -- DO NOT COMMIT (too late)", "TZ=Europe/Berlin")
    e.pos("AUTHELIA_IDENTITY_VALIDATION_RESET_PASSWORD_JWT_SECRET={V}", "jwt-signing-secret")
    e.pos("AUTHELIA_STORAGE_POSTGRES_PASSWORD={V}", "db-password")
    e.neg("AUTHELIA_NOTIFIER_SMTP_PASSWORD_FILE={V}", "secret-file-path", "/run/secrets/smtp_password")
    deck_pos(C, e, "env", 3)
    deck_neg(C, e, "env", 3)

    d = R.f("docker-compose.yml", "yaml-compose")
    d.add("services:", "  authelia:", "    image: authelia/authelia:4.38", "    environment:")
    d.neg("      AUTHELIA_SESSION_SECRET_FILE: {V}", "secret-file-path", "/secrets/session")
    d.add("    volumes:", "      - ./config:/config", "  redis:", "    image: redis:7-alpine")
    d.pos("    command: [\"redis-server\", \"--requirepass\", \"{V}\"]", "redis-password")
    d.add("  postgres:", "    image: postgres:16", "    environment:")
    d.pos("      - POSTGRES_PASSWORD={V}", "db-password")
    d.add("      - POSTGRES_USER=authelia")


def sso_dex(C):
    g = C.g
    R = C.repo("sso-dex-oauth2proxy")
    f = R.f("dex/config.yaml", "yaml-config")
    f.add("issuer: https://dex.platform.example/dex", "storage:", "  type: kubernetes", "  config:",
          "    inCluster: true", "web:", "  http: 0.0.0.0:5556", "connectors:", "- type: github", "  id: github",
          "  name: GitHub", "  config:")
    f.neg("    clientID: {V}", "public-identifier", "Iv1." + g.hex(16))
    f.pos("    clientSecret: {V}", "oauth-client-secret", g.hex(40))
    f.add("    redirectURI: https://dex.platform.example/dex/callback", "    orgs:", "    - name: platform-eng",
          "- type: ldap", "  id: ad", "  name: ActiveDirectory", "  config:", "    host: ldap.corp.example:636",
          "    bindDN: cn=dex,ou=svc,dc=corp,dc=example")
    f.pos("    bindPW: {V}", "ldap-bind-password")
    f.add("staticClients:", "- id: argo-cd", "  name: Argo CD", "  redirectURIs:",
          "  - https://argocd.platform.example/auth/callback")
    f.pos("  secret: {V}", "oauth-client-secret")
    f.add("- id: kubectl", "  name: kubelogin", "  public: true", "- id: oauth2-proxy")
    f.neg("  secretEnv: {V}", "env-reference", "OAUTH2_PROXY_CLIENT_SECRET")
    f.add("enablePasswordDB: true", "staticPasswords:", "- email: admin@platform.example")
    f.neg("  hash: \"{V}\"", "password-hash", "$2y$10$" + g.s(53, ALNUM + "./"))
    f.add("  username: admin", "  userID: " + g.uuid())

    o = R.f("oauth2-proxy/oauth2-proxy.cfg", "toml")
    o.add("## oauth2-proxy in front of the internal tools", 'http_address = "0.0.0.0:4180"', 'provider = "oidc"',
          'oidc_issuer_url = "https://dex.platform.example/dex"', 'client_id = "oauth2-proxy"')
    o.pos('client_secret = "{V}"', "oauth-client-secret")
    o.pos('cookie_secret = "{V}"', "cookie-secret")
    o.add('cookie_secure = true', 'email_domains = ["platform.example"]', 'upstreams = ["http://127.0.0.1:8080/"]')
    o.neg('cookie_name = "{V}"', "secret-name-only", "_oauth2_proxy")

    k = R.f("deploy/oauth2-proxy-secret.yaml", "yaml-k8s")
    cs = g.s(32)
    import base64
    k.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: oauth2-proxy", "  namespace: auth", "type: Opaque", "data:")
    k.pos("  client-secret: {V}", "k8s-secret-data", base64.b64encode(cs.encode()).decode())
    k.pos("  cookie-secret: {V}", "k8s-secret-data", base64.b64encode(g.b64url(32).encode()).decode())
    k.add("---", "apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: dex-ldap",
          "spec:", "  encryptedData:")
    k.neg("    bindPW: {V}", "encrypted-value", "AgB" + g.b64(180).replace("=", ""))

    h = R.f("charts/dex/values-prod.yaml", "yaml-helm")
    h.add("replicaCount: 2", "image:", "  tag: v2.41.1", "config:", "  connectors:", "    - type: oidc",
          "      id: google", "      config:")
    h.neg("        clientID: {V}", "public-identifier", g.digits(12) + "-" + g.s(32, LO + DIG) + ".apps.googleusercontent.com")
    h.pos("        clientSecret: {V}", "google-oauth-client-secret")
    h.neg("        issuer: {V}", "template-reference", "{{ .Values.google.issuer }}")
    h.add("envVars:", "  - name: DEX_LDAP_PASSWORD")
    h.neg("    value: {V}", "template-reference", "{{ .Values.ldap.password | quote }}")
    h.add("  - name: GOOGLE_SA_JSON_B64")
    h.neg("    valueFrom: {V}", "template-reference", "{secretKeyRef: {name: dex-google, key: sa.json}}")

    kc = R.f("ops/kubeconfig-ci.yaml", "kubeconfig")
    kc.add("apiVersion: v1", "kind: Config", "clusters:", "- cluster:")
    kc.neg("    certificate-authority-data: {V}", "public-certificate", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + g.b64(300))
    kc.add("    server: https://k8s-api.platform.example:6443", "  name: prod", "contexts:", "- context:",
           "    cluster: prod", "    user: ci-deployer", "  name: prod", "current-context: prod", "users:",
           "- name: ci-deployer", "  user:")
    kc.pos("    token: {V}", "jwt", g.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                                          "sub": "system:serviceaccount:ci:deployer"}, alg="RS256"))


def gateways(C):
    g = C.g
    R = C.repo("api-gateways")
    k = R.f("kong/kong.yml", "yaml-config")
    k.add("_format_version: \"3.0\"", "_transform: true", "services:", "- name: orders", "  url: http://orders.svc:8080",
          "  routes:", "  - name: orders-route", "    paths: [/orders]", "  plugins:", "  - name: key-auth",
          "consumers:", "- username: mobile-app", "  keyauth_credentials:")
    k.pos("  - key: {V}", "kong-key-auth-key")
    k.add("- username: partner-acme", "  keyauth_credentials:")
    k.pos("  - key: \"{V}\"", "kong-key-auth-key")
    k.add("  jwt_secrets:", "  - key: acme-issuer", "    algorithm: HS256")
    k.pos("    secret: {V}", "jwt-signing-secret")
    k.add("- username: billing", "  basicauth_credentials:", "  - username: billing")
    k.pos("    password: {V}", "generic-password")
    k.add("plugins:", "- name: openid-connect", "  config:", "    issuer: https://sso.corp.example/.well-known/openid-configuration",
          "    client_id: [kong]")
    k.pos("    client_secret: [{V}]", "oauth-client-secret")
    k.neg("    session_secret: {V}", "env-reference", "{vault://env/kong-session-secret}")

    a = R.f("apisix/conf/config.yaml", "yaml-config")
    a.add("deployment:", "  role: traditional", "  role_traditional:", "    config_provider: etcd", "  admin:",
          "    admin_key_required: true", "    admin_key:", "      - name: admin", "        role: admin")
    a.pos("        key: {V}", "apisix-admin-key")
    a.add("      - name: viewer", "        role: viewer")
    a.pos("        key: '{V}'", "apisix-admin-key")
    a.add("  etcd:", "    host:", "      - \"https://etcd-0.gw.svc:2379\"", "    user: apisix")
    a.pos("    password: \"{V}\"", "generic-password")

    lua = R.f("apisix/plugins/hmac-upstream.lua", "code-lua")
    lua.add("local core = require(\"apisix.core\")", "local hmac = require(\"resty.hmac\")", "",
            "-- upstream expects a signed header; the secret is shared with the billing team")
    lua.pos("local signing_secret = \"{V}\"", "webhook-secret")
    lua.neg("local fallback_secret = {V}", "env-reference", "os.getenv(\"UPSTREAM_HMAC_SECRET\")")
    lua.add("", "local _M = { version = 0.1, priority = 2500, name = \"hmac-upstream\" }", "",
            "function _M.rewrite(conf, ctx)", "    local now = ngx.time()",
            "    local sig = ngx.encode_base64(hmac:new(signing_secret, hmac.ALGOS.SHA256):final(now .. ctx.var.uri))",
            "    core.request.set_header(ctx, \"X-Signature\", sig)", "end", "", "return _M")
    deck_pos(C, lua, "lua", 2)
    deck_neg(C, lua, "lua", 2)

    e = R.f("envoy/envoy.yaml", "yaml-config")
    e.add("static_resources:", "  listeners:", "  - name: ingress", "    address:", "      socket_address: { address: 0.0.0.0, port_value: 10000 }",
          "  clusters:", "  - name: ext_authz", "    type: STRICT_DNS", "    transport_socket:", "      name: envoy.transport_sockets.tls",
          "      typed_config:", "        \"@type\": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext",
          "        common_tls_context:", "          tls_certificates:", "          - certificate_chain: { filename: /etc/envoy/client.crt }",
          "            private_key:", "              inline_string: |")
    e.block(g.ec(), "ec-private-key", indent="                ")
    e.add("  - name: backend", "    type: LOGICAL_DNS", "    http_protocol_options: {}", "    request_headers_to_add:",
          "    - header:", "        key: Authorization")
    import base64 as _b
    cred = "gateway:" + g.password()
    e.pos("        value: \"Basic {V}\"", "basic-auth-b64", _b.b64encode(cred.encode()).decode())

    s = R.f("squid/squid.conf", "conf")
    s.add("http_port 3128", "acl localnet src 10.0.0.0/8", "auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwd",
          "auth_param basic realm proxy", "acl authenticated proxy_auth REQUIRED", "http_access allow authenticated",
          "# parent proxy at the datacenter edge")
    s.pos("cache_peer proxy-dc2.corp.example parent 8080 0 no-query default login=squid-fwd:{V}", "generic-password")
    s.neg("# cache_peer proxy-dc3.corp.example parent 8080 0 no-query login=PASSTHRU{V}", "placeholder", "")
    s.add("never_direct allow all", "coredump_dir /var/spool/squid")

    tyk = R.f("tyk/tyk.conf", "json")
    tyk.add("{", '  "listen_port": 8080,')
    tyk.pos('  "secret": "{V}",', "tyk-secret")
    tyk.pos('  "node_secret": "{V}",', "tyk-secret")
    tyk.add('  "template_path": "/opt/tyk-gateway/templates",', '  "storage": {', '    "type": "redis",',
            '    "host": "tyk-redis",', '    "port": 6379,')
    tyk.pos('    "password": "{V}"', "redis-password")
    tyk.add("  },", '  "enable_analytics": true', "}")


def forge(C):
    g = C.g
    R = C.repo("forge-gitea")
    a = R.f("custom/conf/app.ini", "ini")
    a.add("APP_NAME = Corp Git", "RUN_MODE = prod", "RUN_USER = git", "", "[database]", "DB_TYPE  = postgres",
          "HOST     = pg-git.corp.example:5432", "NAME     = gitea", "USER     = gitea")
    a.pos("PASSWD   = `{V}`", "db-password")
    a.add("SSL_MODE = require", "", "[server]", "DOMAIN           = git.corp.example", "ROOT_URL         = https://git.corp.example/",
          "LFS_START_SERVER = true")
    a.pos("LFS_JWT_SECRET   = {V}", "gitea-lfs-jwt-secret")
    a.add("", "[security]", "INSTALL_LOCK   = true")
    a.pos("SECRET_KEY     = {V}", "gitea-secret-key")
    a.pos("INTERNAL_TOKEN = {V}", "jwt", g.jwt({"nbf": 1700000000}))
    a.neg("PASSWORD_COMPLEXITY = {V}", "password-policy", "lower,upper,digit")
    a.neg("MIN_PASSWORD_LENGTH = {V}", "password-policy", "10")
    a.add("", "[oauth2]")
    a.pos("JWT_SECRET = {V}", "gitea-lfs-jwt-secret")
    a.add("", "[mailer]", "ENABLED = true", "SMTP_ADDR = smtp.corp.example", "SMTP_PORT = 465", "USER = git@corp.example")
    a.pos("PASSWD = {V}", "smtp-password")
    a.add("", "[storage]", "STORAGE_TYPE = minio", "MINIO_ENDPOINT = s3.eu-central-1.amazonaws.com")
    a.pos("MINIO_ACCESS_KEY_ID = {V}", "aws-access-key-id")
    a.pos("MINIO_SECRET_ACCESS_KEY = {V}", "aws-secret-access-key")
    a.add("MINIO_BUCKET = corp-gitea-lfs")

    r = R.f("runner/config.yaml", "yaml-config")
    r.add("log:", "  level: info", "runner:", "  file: .runner", "  capacity: 2", "  envs:")
    r.pos("    NPM_TOKEN: {V}", "npm-token")
    r.pos("    GITHUB_MIRROR_TOKEN: {V}", "github-classic-pat")
    r.neg("    REGISTRY_PASSWORD: {V}", "template-reference", "${{ secrets.REGISTRY_PASSWORD }}")
    r.add("  labels:", "    - ubuntu-latest:docker://node:20-bookworm")

    rn = R.f("runner/.runner", "json")
    rn.add("{", '  "WARNING": "This file is automatically generated by act-runner. Do not edit it manually unless you know what you are doing.",',
           '  "id": 3,', '  "uuid": "' + g.uuid() + '",', '  "name": "runner-01",')
    rn.pos('  "token": "{V}",', "gitea-runner-token")
    rn.add('  "address": "https://git.corp.example",', '  "labels": ["ubuntu-latest:docker://node:20-bookworm"]', "}")

    j5 = R.f("renovate.json5", "json5")
    j5.add("{", "  // Renovate bot for Gitea", "  $schema: 'https://docs.renovatebot.com/renovate-schema.json',",
           "  platform: 'gitea',", "  endpoint: 'https://git.corp.example/api/v1',", "  hostRules: [", "    {",
           "      matchHost: 'npm.pkg.github.com',")
    j5.pos("      token: '{V}',", "github-classic-pat")
    j5.add("    },", "    {", "      matchHost: 'registry.corp.example',", "      username: 'renovate',")
    j5.pos("      password: '{V}', // TODO rotate", "generic-password")
    j5.add("    },", "    {", "      matchHost: 'docker.io',", "      username: 'corpci',")
    j5.neg("      password: '{V}',", "template-reference", "{{ secrets.DOCKERHUB_TOKEN }}")
    j5.add("    },", "  ],", "  encrypted: {")
    j5.neg("    npmToken: '{V}',", "encrypted-value", "wcFMA" + g.b64(200).replace("=", ""))
    j5.add("  },", "  packageRules: [{ matchUpdateTypes: ['minor', 'patch'], automerge: true }],", "}")

    s = R.f("gerrit/etc/secure.config", "ini")
    s.add("[auth]")
    s.pos("\tregisterEmailPrivateKey = {V}", "generic-secret", g.b64(32))
    s.add("[database]")
    s.pos("\tpassword = {V}", "db-password")
    s.add("[ldap]")
    s.pos("\tpassword = {V}", "ldap-bind-password")
    s.add("[remote \"github-mirror\"]")
    s.pos("\tpassword = {V}", "github-classic-pat")
    s.add("[plugin \"its-jira\"]")
    s.pos("\tpassword = {V}", "atlassian-api-token")

    gv = R.f("gerrit/plugins/hooks/ReplicationHook.groovy", "code-groovy")
    gv.add("import com.google.gerrit.extensions.annotations.Listen", "import groovy.json.JsonOutput", "",
           "@Listen", "class ReplicationHook implements com.google.gerrit.extensions.events.GitReferenceUpdatedListener {")
    gv.pos("  static final String CHAT_HOOK = '{V}'", "slack-webhook-url")
    gv.neg("  static final String TOKEN = {V}", "env-reference", "System.getenv('GERRIT_HOOK_TOKEN')")
    gv.add("  void onGitReferenceUpdated(Event e) {", "    def body = JsonOutput.toJson([text: \"${e.projectName} ${e.refName}\"])",
           "    new URL(CHAT_HOOK).openConnection().with { doOutput = true; outputStream << body; inputStream.text }", "  }", "}")
    deck_pos(C, gv, "groovy", 2)

    u = R.f("deploy/gitea.service", "systemd")
    u.add("[Unit]", "Description=Gitea", "After=network.target postgresql.service", "", "[Service]", "User=git",
          "WorkingDirectory=/var/lib/gitea", "ExecStart=/usr/local/bin/gitea web -c /etc/gitea/app.ini")
    u.pos("Environment=\"GITEA__database__PASSWD={V}\"", "db-password")
    u.neg("LoadCredential={V}", "secret-file-path", "smtp:/etc/credstore/gitea-smtp")
    u.add("Restart=always", "", "[Install]", "WantedBy=multi-user.target")

    c = R.f("deploy/backup.cron", "crontab")
    c.add("SHELL=/bin/bash", "MAILTO=ops@corp.example")
    c.pos("15 2 * * * git /usr/local/bin/gitea dump -c /etc/gitea/app.ini && RESTIC_PASSWORD='{V}' restic -r s3:s3.amazonaws.com/corp-backup backup /var/lib/gitea", "generic-password")
    c.neg("45 3 * * 0 git restic -r s3:s3.amazonaws.com/corp-backup forget --keep-weekly 8 --password-file {V}", "secret-file-path", "/etc/restic/pass")


def wikis(C):
    g = C.g
    R = C.repo("wiki-farm")
    m = R.f("mediawiki/LocalSettings.php", "code-php")
    m.add("<?php", "# Generated by the MediaWiki installer, then hand-edited", "if ( !defined( 'MEDIAWIKI' ) ) {", "\texit;", "}",
          '$wgSitename = "Engineering Wiki";', '$wgServer = "https://wiki.corp.example";', '$wgDBtype = "mysql";',
          '$wgDBserver = "mariadb.wiki.svc";', '$wgDBname = "wikidb";', '$wgDBuser = "wikiuser";')
    m.pos('$wgDBpassword = "{V}";', "db-password")
    m.pos('$wgSecretKey = "{V}";', "mediawiki-secret-key")
    m.pos('$wgUpgradeKey = "{V}";', "mediawiki-upgrade-key")
    m.add('$wgSMTP = [', "\t'host' => 'ssl://smtp.gmail.com',", "\t'IDHost' => 'corp.example',", "\t'port' => 465,",
          "\t'auth' => true,", "\t'username' => 'wiki-notify@corp.example',")
    m.pos("\t'password' => '{V}'", "smtp-password")
    m.add("];", '$wgLDAPProxyAgent = [ "CORP" => "cn=wikiproxy,ou=svc,dc=corp,dc=example" ];')
    m.pos('$wgLDAPProxyAgentPassword = [ "CORP" => "{V}" ];', "ldap-bind-password")
    m.neg('$wgPasswordPolicy[\'policies\'][\'default\'][\'MinimalPasswordLength\'] = {V};', "password-policy", "10")
    m.neg('$wgAuthenticationTokenVersion = "{V}";', "version-string", "1")
    m.pos('$wgReCaptchaSecretKey = "{V}";', "generic-secret", "6L" + g.s(38, ALNUM + "-_"))
    m.neg('$wgReCaptchaSiteKey = "{V}";', "public-identifier", "6L" + g.s(38, ALNUM + "-_"))

    dk = R.f("dokuwiki/conf/local.php", "code-php")
    dk.add("<?php", "$conf['title'] = 'Ops Handbook';", "$conf['authtype'] = 'authldap';",
           "$conf['plugin']['authldap']['server'] = 'ldaps://dc01.corp.example';",
           "$conf['plugin']['authldap']['binddn'] = 'cn=dokuwiki,ou=svc,dc=corp,dc=example';")
    dk.pos("$conf['plugin']['authldap']['bindpw'] = '{V}';", "ldap-bind-password")
    dk.neg("$conf['plugin']['authldap']['bindpw_enc'] = '{V}';", "encrypted-value", "<b>" + g.b64(40))
    dk.add("$conf['useacl'] = 1;")

    b = R.f("bookstack/.env", "dotenv")
    b.add("APP_URL=https://docs.corp.example")
    b.pos("APP_KEY=base64:{V}", "encryption-key-base64")
    b.add("DB_HOST=mysql", "DB_DATABASE=bookstack", "DB_USERNAME=bookstack")
    b.pos("DB_PASSWORD={V}", "db-password")
    b.add("MAIL_DRIVER=smtp", "MAIL_HOST=email-smtp.eu-west-1.amazonaws.com")
    b.pos("MAIL_USERNAME={V}", "aws-access-key-id")
    b.pos("MAIL_PASSWORD={V}", "smtp-password", "B" + g.s(43, ALNUM + "+/"))
    b.add("AUTH_METHOD=saml2", "STORAGE_TYPE=s3")
    b.pos("STORAGE_S3_KEY={V}", "aws-access-key-id")
    b.pos("STORAGE_S3_SECRET={V}", "aws-secret-access-key")
    b.neg("STORAGE_S3_BUCKET={V}", "not-a-secret", "bookstack-uploads")
    deck_neg(C, b, "env", 2)

    w = R.f("wikijs/config.yml", "yaml-config")
    w.add("port: 3000", "db:", "  type: postgres", "  host: wikijs-db", "  port: 5432", "  user: wikijs")
    w.pos("  pass: {V}", "db-password")
    w.add("  db: wiki", "  ssl: false", "ssl:", "  enabled: false", "bindIP: 0.0.0.0", "logLevel: info", "ha: false",
          "dataPath: ./data")
    w.neg("# pass: {V}", "placeholder", "wikijsrocks")

    rd = R.f("README.md", "markdown")
    rd.add("# wiki-farm", "", "Configs for the four wikis we run (yes, four).", "", "| wiki | admin login | password |",
           "|---|---|---|")
    rd.pos("| MediaWiki | `WikiSysop` | `{V}` |", "admin-password")
    rd.pos("| BookStack | `admin@admin.com` | `{V}` |", "admin-password")
    rd.neg("| Wiki.js | `admin@corp.example` | {V} |", "placeholder", "see 1Password")
    rd.add("", "Rotate via:", "", "```bash")
    rd.pos("mysql -u root -p'{V}' wikidb < maintenance/rotate.sql", "db-password", family="markdown")
    rd.add("```")


def helpdesk(C):
    g = C.g
    R = C.repo("helpdesk-suite")
    o = R.f("osticket/include/ost-config.php", "code-php")
    o.add("<?php", "if(!strcasecmp(basename($_SERVER['SCRIPT_NAME']),basename(__FILE__)) || !defined('INCLUDE_DIR'))",
          "    die('kwaheri rafiki!');", "define('OSTINSTALLED',TRUE);")
    o.pos("define('SECRET_SALT','{V}');", "osticket-secret-salt")
    o.add("define('ADMIN_EMAIL','helpdesk@corp.example');", "define('DBTYPE','mysql');", "define('DBHOST','localhost');",
          "define('DBNAME','osticket');", "define('DBUSER','osticket');")
    o.pos("define('DBPASS','{V}');", "db-password")
    o.add("define('TABLE_PREFIX','ost_');")

    z = R.f("zammad/config/database.yml", "yaml-config")
    z.add("production:", "  adapter: postgresql", "  database: zammad_production", "  pool: 50", "  timeout: 5000",
          "  encoding: utf8", "  username: zammad")
    z.pos("  password: {V}", "db-password")
    z.add("  host: localhost", "", "development:", "  adapter: postgresql", "  database: zammad_development")
    z.neg("  password: {V}", "placeholder", "zammad")

    zr = R.f("zammad/lib/import/legacy_otrs.rb", "code-ruby")
    zr.add("# frozen_string_literal: true", "require 'net/http'", "", "module Import", "  module LegacyOtrs")
    zr.pos("    API_KEY = '{V}'", "generic-api-key")
    zr.neg("    ENDPOINT = ENV.fetch('{V}')", "env-reference", "OTRS_ENDPOINT")
    zr.add("    def self.fetch(id)", "      uri = URI(\"#{ENDPOINT}/ticket/#{id}\")", "      req = Net::HTTP::Get.new(uri)",
           "      req['X-OTRS-Key'] = API_KEY", "      Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }",
           "    end", "  end", "end")
    deck_pos(C, zr, "ruby", 2)
    deck_neg(C, zr, "ruby", 2)

    gl = R.f("glpi/config/config_db.php", "code-php")
    gl.add("<?php", "class DB extends DBmysql {", "   public $dbhost = 'db-glpi.corp.example';", "   public $dbuser = 'glpi';")
    gl.pos("   public $dbpassword = '{V}';", "db-password")
    gl.add("   public $dbdefault = 'glpi';", "   public $use_utf8mb4 = true;", "}")
    gl2 = R.f("glpi/config/glpicrypt.key", "key-file")
    gl2.pos("{V}", "encryption-key-base64")

    ot = R.f("otrs/Kernel/Config.pm", "code-perl")
    ot.add("package Kernel::Config;", "use strict;", "use warnings;", "use utf8;", "sub Load {", "    my $Self = shift;",
           "    $Self->{DatabaseHost} = 'localhost';", "    $Self->{Database} = 'otrs';", "    $Self->{DatabaseUser} = 'otrs';")
    ot.pos("    $Self->{DatabasePw} = '{V}';", "db-password")
    ot.add("    $Self->{'AuthModule::LDAP::SearchUserDN'} = 'cn=otrs,ou=svc,dc=corp,dc=example';")
    ot.pos("    $Self->{'AuthModule::LDAP::SearchUserPw'} = '{V}';", "ldap-bind-password")
    ot.add("    $Self->{'SendmailModule'} = 'Kernel::System::Email::SMTPS';", "    $Self->{'SendmailModule::AuthUser'} = 'otrs@corp.example';")
    ot.pos("    $Self->{'SendmailModule::AuthPassword'} = '{V}';", "smtp-password")
    ot.neg("    $Self->{'PreferencesGroups'}->{Password}->{PasswordMinSize} = {V};", "password-policy", "12")
    ot.add("    return 1;", "}", "1;")

    pl = R.f("otrs/bin/sync_tickets.pl", "code-perl")
    pl.add("#!/usr/bin/perl", "use strict;", "use LWP::UserAgent;", "use JSON::PP;")
    deck_pos(C, pl, "perl", 2)
    pl.pos("my %headers = ('Authorization' => 'Bearer {V}');", "jwt")
    pl.neg("my $pw = {V};", "env-reference", "$ENV{OTRS_SYNC_PASSWORD}")
    pl.add("my $ua = LWP::UserAgent->new(timeout => 30);", "my $res = $ua->get('https://zammad.corp.example/api/v1/tickets', %headers);",
           "print decode_json($res->decoded_content)->[0]{title}, \"\\n\";")


def webmail(C):
    g = C.g
    R = C.repo("webmail-groupware")
    rc = R.f("roundcube/config/config.inc.php", "code-php")
    rc.add("<?php", "$config = [];")
    rc.pos("$config['db_dsnw'] = 'mysql://roundcube:{V}@localhost/roundcubemail';", "db-password")
    rc.add("$config['imap_host'] = 'ssl://imap.corp.example:993';", "$config['smtp_host'] = 'tls://smtp.corp.example:587';",
           "$config['smtp_user'] = '%u';", "$config['smtp_pass'] = '%p';", "$config['support_url'] = '';")
    rc.pos("$config['des_key'] = '{V}';", "roundcube-des-key")
    rc.add("$config['plugins'] = ['archive', 'zipdownload', 'managesieve', 'password'];")
    rc.pos("$config['password_db_dsn'] = 'pgsql://postfixadmin:{V}@pg-mail/postfix';", "db-password")
    rc.neg("$config['password_minimum_length'] = {V};", "password-policy", "12")
    rc.neg("$config['password_algorithm'] = '{V}';", "not-a-secret", "dovecot")
    rc.add("$config['managesieve_host'] = 'localhost';")

    so = R.f("sogo/sogo.conf", "plist")
    so.add("{")
    pw = g.password().replace("@", "x").replace("/", "y").replace(":", "z")
    so.pos('  SOGoProfileURL = "postgresql://sogo:{V}@pg-mail:5432/sogo/sogo_user_profile";', "db-password", pw)
    so.add("  SOGoUserSources = (", "    {", "      type = ldap;", "      CNFieldName = cn;", "      IDFieldName = uid;",
           "      baseDN = \"ou=people,dc=corp,dc=example\";", "      bindDN = \"cn=sogo,ou=svc,dc=corp,dc=example\";")
    so.pos("      bindPassword = \"{V}\";", "ldap-bind-password")
    so.add("      canAuthenticate = YES;", "      hostname = \"ldaps://ldap.corp.example\";", "    }", "  );",
           "  SOGoMailDomain = corp.example;", "  SOGoTimeZone = Europe/Berlin;")
    so.neg("  SOGoPasswordChangeEnabled = {V};", "not-a-secret", "YES")
    so.add("}")

    zb = R.f("zimbra/localconfig.xml", "xml")
    zb.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<localconfig>", "  <key name=\"zimbra_server_hostname\">",
           "    <value>mail.corp.example</value>", "  </key>", "  <key name=\"zimbra_mysql_password\">")
    zb.pos("    <value>{V}</value>", "db-password")
    zb.add("  </key>", "  <key name=\"zimbra_ldap_password\">")
    zb.pos("    <value>{V}</value>", "ldap-bind-password")
    zb.add("  </key>", "  <key name=\"ldap_amavis_password\">")
    zb.pos("    <value>{V}</value>", "generic-password")
    zb.add("  </key>", "  <key name=\"mailboxd_keystore_password\">")
    zb.pos("    <value>{V}</value>", "generic-password")
    zb.add("  </key>", "  <key name=\"zimbra_uid\">")
    zb.neg("    <value>{V}</value>", "not-a-secret", "997")
    zb.add("  </key>", "  <key name=\"ssl_allow_untrusted_certs\">", "    <value>false</value>", "  </key>", "</localconfig>")

    ho = R.f("horde/config/conf.php", "code-php")
    ho.add("<?php", "/* CONFIG START. DO NOT CHANGE ANYTHING IN OR AFTER THIS LINE. */", "$conf['sql']['username'] = 'horde';")
    ho.pos("$conf['sql']['password'] = '{V}';", "db-password")
    ho.add("$conf['sql']['hostspec'] = 'localhost';", "$conf['auth']['driver'] = 'imap';")
    ho.pos("$conf['secret_key'] = '{V}';", "generic-secret", g.s(36, LO + DIG + "-"))
    ho.neg("$conf['auth']['params']['password_min_length'] = {V};", "password-policy", "8")
    ho.add("/* CONFIG END. DO NOT CHANGE ANYTHING IN OR BEFORE THIS LINE. */")

    pf = R.f("postfix/sasl_passwd", "credential-file", crlf=False)
    pf.pos("[email-smtp.eu-west-1.amazonaws.com]:587 " + "{V}", "smtp-password",
           g.aws_akid() + ":" + "B" + g.s(43, ALNUM + "+/"))
    pf.pos("[smtp.sendgrid.net]:587 apikey:{V}", "sendgrid-api-key")

    ps = R.f("ops/rotate-mailbox-pw.ps1", "powershell", crlf=True)
    ps.add("# Exchange hybrid: reset the journaling mailbox password", "Import-Module ExchangeOnlineManagement")
    ps.pos("$plain = '{V}'", "admin-password")
    ps.add("$secure = ConvertTo-SecureString $plain -AsPlainText -Force")
    ps.pos("$cred = New-Object System.Management.Automation.PSCredential('svc-journal@corp.example', (ConvertTo-SecureString '{V}' -AsPlainText -Force))", "generic-password")
    ps.neg("$vaultPw = {V}", "env-reference", "Get-Secret -Name JournalPw -Vault CorpVault -AsPlainText")
    ps.add("Set-Mailbox -Identity journal -Password $secure")
    deck_pos(C, ps, "ps1", 2)
    deck_neg(C, ps, "ps1", 2)


def erp(C):
    g = C.g
    R = C.repo("erp-integrations")
    s = R.f("frappe-bench/sites/erp.corp.example/site_config.json", "json")
    s.add("{")
    s.add(' "db_name": "_' + g.hex(16) + '",')
    s.pos(' "db_password": "{V}",', "db-password", g.s(16))
    s.add(' "db_type": "mariadb",')
    s.pos(' "encryption_key": "{V}",', "fernet-key")
    s.add(' "host_name": "https://erp.corp.example",', ' "mail_server": "smtp.corp.example",', ' "mail_login": "erp@corp.example",')
    s.pos(' "mail_password": "{V}",', "smtp-password")
    s.pos(' "admin_password": "{V}",', "admin-password")
    s.neg(' "limits": {V},', "not-a-secret", '{"space_usage": {"database_size": 12}}')
    s.add(' "developer_mode": 0', "}")

    py = R.f("integrations/erpnext_sync.py", "code-python")
    py.add("\"\"\"Nightly sync of sales orders from ERPNext into the data warehouse.\"\"\"", "import os", "import requests", "",
           "ERP_URL = \"https://erp.corp.example\"")
    py.pos("API_KEY = \"{V}\"", "generic-api-key", g.s(15, LO + DIG))
    py.pos("API_SECRET = \"{V}\"", "frappe-api-secret")
    py.neg("WAREHOUSE_DSN = {V}", "env-reference", "os.environ[\"WAREHOUSE_DSN\"]")
    py.add("", "", "def orders(since):", "    r = requests.get(", "        f\"{ERP_URL}/api/resource/Sales Order\",",
           "        headers={\"Authorization\": f\"token {API_KEY}:{API_SECRET}\"},",
           "        params={\"filters\": f'[[\"modified\", \">\", \"{since}\"]]'},", "        timeout=60,", "    )",
           "    r.raise_for_status()", "    return r.json()[\"data\"]", "")
    py.add("", "def snowflake_conn():", "    import snowflake.connector", "    return snowflake.connector.connect(",
           "        account=\"corp-eu1\",", "        user=\"ERP_LOADER\",")
    py.pos("        password=\"{V}\",", "db-password")
    py.neg("        private_key_file_pwd={V},", "env-reference", "os.getenv(\"SF_KEY_PASSPHRASE\")")
    py.add("    )")
    deck_pos(C, py, "py", 3)
    deck_neg(C, py, "py", 3)

    d = R.f("dolibarr/htdocs/conf/conf.php", "code-php")
    d.add("<?php", "$dolibarr_main_url_root='https://crm.corp.example';", "$dolibarr_main_document_root='/var/www/dolibarr/htdocs';",
          "$dolibarr_main_db_host='localhost';", "$dolibarr_main_db_name='dolibarr';", "$dolibarr_main_db_user='dolibarr';")
    d.pos("$dolibarr_main_db_pass='{V}';", "db-password")
    d.neg("$dolibarr_main_db_pass_crypted='{V}';", "encrypted-value", "dolcrypt:AES-256-CTR:" + g.hex(16) + ":" + g.b64(24))
    d.pos("$dolibarr_main_instance_unique_id='{V}';", "dolibarr-instance-id")
    d.add("$dolibarr_main_authentication='dolibarr';", "$dolibarr_main_prod='1';")

    t = R.f("tryton/trytond.conf", "ini")
    t.add("[web]", "listen = 0.0.0.0:8000", "root = /var/lib/trytond/www", "", "[database]")
    t.pos("uri = postgresql://tryton:{V}@pg-erp:5432/", "db-password", g.s(20))
    t.add("path = /var/lib/trytond/db", "", "[session]")
    t.neg("super_pwd = {V}", "password-hash", "$6$" + g.s(16, ALNUM + "./") + "$" + g.s(86, ALNUM + "./"))
    t.add("", "[email]")
    t.pos("uri = smtps://erp%40corp.example:{V}@smtp.corp.example:465", "smtp-password", g.s(18))
    t.add("", "[password]")
    t.neg("length = {V}", "password-policy", "10")
    t.neg("entropy = {V}", "password-policy", "0.75")

    ns = R.f("netsuite-bridge/src/main/resources/application.properties", "properties")
    ns.add("spring.application.name=netsuite-bridge", "server.port=8085",
           "spring.datasource.url=jdbc:sqlserver://sql-erp.corp.example:1433;databaseName=bridge",
           "spring.datasource.username=bridge_app")
    ns.pos("spring.datasource.password={V}", "db-password")
    ns.pos("netsuite.consumer-secret={V}", "oauth-client-secret", g.hex(64))
    ns.pos("netsuite.token-secret={V}", "generic-secret", g.hex(64))
    ns.neg("netsuite.consumer-key={V}", "placeholder", "${NETSUITE_CONSUMER_KEY:changeme}")
    deck_pos(C, ns, "props", 2)
    deck_neg(C, ns, "props", 2)


REPOS = [idp_authelia, sso_dex, gateways, forge, wikis, helpdesk, webmail, erp]
