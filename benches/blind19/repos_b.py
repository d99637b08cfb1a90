"""Repositories 9-16: home lab, mail server, Ansible, Salt/Puppet/Chef, CI migration, monitoring,
Terraform multi-cloud, Kubernetes GitOps."""
import base64

from core import MARK as M
from shapes import J


def homelab(c):
    S, R = c.S, "homelab"
    f = c.file(R, "proxmox/backup-to-nas.sh", "shell-script")
    f.t("#!/bin/sh\n# nightly vzdump trigger through the Proxmox API (token has PVEVMAdmin on /vms)\nPVE=https://pve01.home.arpa:8006/api2/json")
    f.p(f'curl -sk -H "Authorization: PVEAPIToken=automation@pve!backup={M}" -X POST "$PVE/nodes/pve01/vzdump" -d "all=1&storage=nas-backups"', S.uuid(), "proxmox-api-token-secret", "proxmox")

    f = c.file(R, "proxmox/storage.cfg", "proxmox-cfg")
    f.t("dir: local\n\tpath /var/lib/vz\n\tcontent iso,vztmpl,backup\n\ncifs: nas-backups\n\tpath /mnt/pve/nas-backups\n\tserver 192.168.10.5\n\tshare pve\n\tusername proxmox")
    f.p(f"\tpassword {M}", S.password(), "cifs-password")
    f.t("\tcontent backup\n\npbs: pbs01\n\tserver 192.168.10.6\n\tdatastore main\n\tusername root@pam")
    f.n(f"\tfingerprint {M}", ":".join(S.HEXU(2) for _ in range(32)), "certificate-fingerprint")

    f = c.file(R, "traefik/dynamic/middlewares.yml", "yaml-config")
    f.t("http:\n  middlewares:\n    lan-only:\n      ipAllowList:\n        sourceRange: [\"192.168.0.0/16\"]\n    dash-auth:\n      basicAuth:\n        users:")
    f.n(f'          - "admin:{M}"', S.apr1(), "htpasswd-hash")
    f.t("    cf-dns:\n      # (dns challenge provider env lives in compose)\n      headers:\n        stsSeconds: 31536000")

    f = c.file(R, "traefik/docker-compose.yml", "yaml-compose")
    f.t("services:\n  traefik:\n    image: traefik:v3.0\n    environment:")
    f.p(f"      CF_DNS_API_TOKEN: {M}", S.cloudflare_token(), "cloudflare-api-token", "cloudflare")
    f.t("      CF_API_EMAIL: me@home.example")
    f.n(f"    image_digest: sha256:{M}", S.sha256(), "docker-image-digest")

    f = c.file(R, "authelia/configuration.yml", "yaml-config")
    f.t("theme: dark\nserver:\n  address: 'tcp://:9091'\nidentity_validation:\n  reset_password:")
    f.p(f"    jwt_secret: '{M}'", S.an(64), "authelia-jwt-secret", "authelia")
    f.t("authentication_backend:\n  file:\n    path: /config/users_database.yml\nsession:")
    f.p(f"  secret: '{M}'", S.an(64), "session-secret")
    f.t("  cookies:\n    - domain: 'home.example'\n      authelia_url: 'https://auth.home.example'\nstorage:")
    f.p(f"  encryption_key: '{M}'", S.an(64), "encryption-key")
    f.t("  local:\n    path: /config/db.sqlite3\nnotifier:\n  smtp:\n    address: 'submission://smtp.fastmail.com:587'\n    username: me@home.example")
    f.p(f"    password: '{M}'", S.s("abcdefghijklmnopqrstuvwxyz0123456789", 16), "smtp-password")

    f = c.file(R, "authelia/users_database.yml", "yaml-config")
    f.t("users:\n  me:\n    displayname: 'Me'")
    f.n(f"    password: '{M}'", S.argon2(), "password-hash")
    f.t("    email: me@home.example\n    groups: [admins]")

    f = c.file(R, "vaultwarden/.env", "dotenv")
    f.t("DOMAIN=https://vault.home.example\nSIGNUPS_ALLOWED=false\n# argon2 hash generated with `vaultwarden hash`")
    f.n(f"ADMIN_TOKEN='{M}'", S.argon2(), "password-hash")
    f.t("SMTP_HOST=smtp.fastmail.com\nSMTP_FROM=vault@home.example\nSMTP_USERNAME=me@home.example")
    f.p(f"SMTP_PASSWORD={M}", S.s("abcdefghijklmnopqrstuvwxyz0123456789", 16), "smtp-password")
    f.n(f"PUSH_INSTALLATION_ID={M}", S.uuid(), "uuid-id")
    f.p(f"PUSH_INSTALLATION_KEY={M}", S.an(20), "bitwarden-push-installation-key", "bitwarden")

    f = c.file(R, "nextcloud/config/config.php", "nextcloud-php")
    f.t("<?php\n$CONFIG = array (")
    f.n(f"  'instanceid' => '{M}',", "oc" + S.s("abcdefghijklmnopqrstuvwxyz0123456789", 10), "public-id")
    f.p(f"  'passwordsalt' => '{M}',", S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/", 30), "nextcloud-passwordsalt", "nextcloud")
    f.p(f"  'secret' => '{M}',", S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/", 48), "nextcloud-secret", "nextcloud")
    f.t("  'trusted_domains' =>\n  array (\n    0 => 'cloud.home.example',\n  ),\n  'dbtype' => 'pgsql',\n  'dbhost' => 'db',\n  'dbuser' => 'oc_admin',")
    f.p(f"  'dbpassword' => '{M}',", S.an(30), "db-password")
    f.t("  'mail_smtpmode' => 'smtp',\n  'mail_smtpauth' => 1,")
    f.p(f"  'mail_smtppassword' => '{M}',", S.password(), "smtp-password")
    f.t("  'maintenance' => false,\n);")

    f = c.file(R, "pihole/etc-pihole/setupVars.conf", "ini")
    f.t("PIHOLE_INTERFACE=eth0\nQUERY_LOGGING=true\nINSTALL_WEB_SERVER=true")
    f.n(f"WEBPASSWORD={M}", S.sha256(), "password-hash")
    f.t("BLOCKING_ENABLED=true\nDNSMASQ_LISTENING=local")

    f = c.file(R, "pihole/docker-compose.yml", "yaml-compose")
    f.t("services:\n  pihole:\n    image: pihole/pihole:latest\n    environment:\n      TZ: 'Europe/Berlin'")
    f.p(f"      FTLCONF_webserver_api_password: '{M}'", S.password().replace("'", "x"), "admin-password")
    f.t("    volumes:\n      - ./etc-pihole:/etc/pihole")

    f = c.file(R, "truenas/scripts/replication-check.py", "code-python")
    f.t("import requests\n")
    f.p(f'TRUENAS_API_KEY = "{M}"', S.truenas(), "truenas-api-key", "truenas")
    f.t('r = requests.get("https://nas.home.arpa/api/v2.0/replication", headers={"Authorization": f"Bearer {TRUENAS_API_KEY}"}, verify=False)')

    f = c.file(R, "cloudflared/credentials.json", "json")
    f.n('{"AccountTag":"' + M + '",', S.hex(32), "account-id")
    f.p(f' "TunnelSecret":"{M}",', S.b64bytes(32), "cloudflare-tunnel-secret", "cloudflare")
    f.n(f' "TunnelID":"{M}"}}', S.uuid(), "uuid-id")

    f = c.file(R, "network/system-connections/IoT-VLAN.nmconnection", "nmconnection")
    f.t("[connection]\nid=IoT-VLAN\nuuid=" + S.uuid() + "\ntype=wifi\n\n[wifi]\nmode=infrastructure\nssid=casa-iot\n\n[wifi-security]\nkey-mgmt=wpa-psk")
    f.p(f"psk={M}", S.password(), "wifi-psk")
    f.t("\n[ipv4]\nmethod=auto")

    f = c.file(R, "network/wpa_supplicant.conf", "wpa-supplicant")
    f.t("ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n\nnetwork={\n    ssid=\"casa-main\"")
    f.p(f'    psk="{M}"', S.password(), "wifi-psk")
    f.t("}\n\nnetwork={\n    ssid=\"casa-guest\"")
    f.n(f"    psk={M}", S.hex(64), "wifi-psk-derived-hash")
    f.t("}")

    f = c.file(R, "wireguard/wg0.conf", "wireguard-conf")
    f.t("[Interface]\nAddress = 10.8.0.1/24\nListenPort = 51820")
    f.p(f"PrivateKey = {M}", S.b64bytes(32), "wireguard-private-key", "wireguard")
    f.t("\n[Peer]\n# phone")
    f.n(f"PublicKey = {M}", S.b64bytes(32), "public-key")
    f.p(f"PresharedKey = {M}", S.b64bytes(32), "wireguard-preshared-key", "wireguard")
    f.t("AllowedIPs = 10.8.0.2/32")

    f = c.file(R, "homeassistant/secrets.yaml", "yaml-config")
    f.t("# Use this file to store secrets like usernames and passwords.\nlatitude_home: 52.52\nlongitude_home: 13.40")
    f.deck("yaml", 4, 3)

    f = c.file(R, "systemd/restic-backup.service", "systemd-unit")
    f.t("[Unit]\nDescription=restic backup to B2\n\n[Service]\nType=oneshot\nEnvironment=\"RESTIC_REPOSITORY=b2:homelab-backups:/restic\"")
    f.p(f'Environment="RESTIC_PASSWORD={M}"', S.password(), "restic-repository-password", "restic")
    f.n(f'Environment="B2_ACCOUNT_ID={M}"', "00" + S.hex(10), "account-id")
    f.p(f'Environment="B2_ACCOUNT_KEY={M}"', "K00" + S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/", 28), "backblaze-b2-application-key", "backblaze", False)
    f.deck("systemd", 1, 2)
    f.t("ExecStart=/usr/bin/restic backup /srv --exclude-caches")


def mailhost(c):
    S, R = c.S, "mailhost"
    f = c.file(R, "postfix/sasl_passwd", "postfix-map")
    f.t("# relay through the ISP smarthost and the transactional provider; postmap after editing")
    f.p(f"[smtp.isp-mail.example]:587    mail@familie-berger.example:{M}", S.password().replace(":", "x"), "smtp-relay-password")
    f.p(f"[smtp.sparkpostmail.com]:587    SMTP_Injection:{M}", S.hex(40), "sparkpost-api-key", "sparkpost")

    f = c.file(R, "postfix/main.cf", "postfix-conf")
    f.t("myhostname = mx1.familie-berger.example\nsmtpd_tls_cert_file = /etc/letsencrypt/live/mx1/fullchain.pem\nsmtpd_tls_key_file = /etc/letsencrypt/live/mx1/privkey.pem\nsmtp_sasl_auth_enable = yes")
    f.n(f"smtp_sasl_password_maps = {M}", "hash:/etc/postfix/sasl_passwd", "file-reference")
    f.n(f"smtp_sasl_security_options = {M}", "noanonymous", "crypto-setting")
    f.t("relayhost = [smtp.isp-mail.example]:587")

    f = c.file(R, "dovecot/users", "passwd-file")
    for u in ["anna", "jonas", "postmaster"]:
        f.n(f"{u}@familie-berger.example:{{SHA512-CRYPT}}{M}::::::", S.sha512crypt(), "password-hash")

    f = c.file(R, "dovecot/dovecot-sql.conf.ext", "dovecot-conf")
    f.t("driver = pgsql")
    f.p(f"connect = host=127.0.0.1 dbname=mail user=dovecot password={M}", S.an(24), "db-password")
    f.n(f"default_pass_scheme = {M}", "SHA512-CRYPT", "crypto-setting")
    f.t("password_query = SELECT username AS user, password FROM mailbox WHERE username = '%u' AND active = true")

    f = c.file(R, "rspamd/local.d/worker-controller.inc", "rspamd-conf")
    f.t("# generated with `rspamadm pw`")
    f.n(f'password = "{M}";', J("$2", "$") + S.s("abcdefghijklmnopqrstuvwxyz0123456789", 32) + "$" + S.s("abcdefghijklmnopqrstuvwxyz0123456789", 52), "password-hash")
    f.p(f'enable_password = "{M}";', S.password(), "rspamd-enable-password", "rspamd")

    f = c.file(R, "rspamd/local.d/redis.conf", "rspamd-conf")
    f.t('servers = "127.0.0.1:6379";')
    f.p(f'password = "{M}";', S.an(32), "redis-password")

    f = c.file(R, "dkim/familie-berger.example/mail2024.private", "pem-file")
    f.pem("RSA PRIVATE KEY", "dkim-private-key", lines=15)

    f = c.file(R, "dkim/familie-berger.example/mail2024.txt", "dns-zone")
    f.n(f'mail2024._domainkey IN TXT ( "v=DKIM1; h=sha256; k=rsa; " "p={M}" )', S.b64bytes(162), "public-key")

    f = c.file(R, "fetchmail/.fetchmailrc", "fetchmailrc")
    f.t("set daemon 300\nset logfile /var/log/fetchmail.log\n")
    f.p(f'poll imap.gmx.net protocol IMAP user "anna.berger@gmx.example" password "{M}" is anna here ssl', S.password().replace('"', "x"), "imap-password")

    f = c.file(R, "msmtp/msmtprc", "msmtprc")
    f.t("defaults\nauth on\ntls on\n\naccount cron\nhost mx1.familie-berger.example\nport 587\nfrom cron@familie-berger.example\nuser cron@familie-berger.example")
    f.p(f"password {M}", S.password(), "smtp-password")
    f.t("\naccount default : cron")

    f = c.file(R, "roundcube/config.inc.php", "code-php")
    f.t("<?php\n$config = [];")
    f.p(f"$config['db_dsnw'] = 'pgsql://roundcube:{M}@localhost/roundcube';", S.an(22), "db-url-password")
    f.p(f"$config['des_key'] = '{M}';", S.an(24), "roundcube-des-key", "roundcube")
    f.n(f"$config['smtp_pass'] = '{M}';", "%p", "template-variable")
    f.t("$config['plugins'] = ['archive', 'zipdownload', 'managesieve'];")


def ansible(c):
    S, R = c.S, "infra-ansible"
    f = c.file(R, "inventory/production.ini", "ini")
    f.t("[web]\nweb01.prod.internal\nweb02.prod.internal\n\n[db]")
    f.p(f"db01.prod.internal ansible_user=deploy ansible_password={M}", S.password().replace(" ", "x"), "ansible-password", "ansible")
    f.t("\n[windows]")
    f.p(f"win-build01 ansible_host=10.0.4.20 ansible_user=Administrator ansible_password='{M}' ansible_connection=winrm", S.password().replace("'", "x"), "ansible-password", "ansible")
    f.t("\n[all:vars]\nansible_python_interpreter=/usr/bin/python3")
    f.p(f"ansible_become_pass={M}", S.password(), "ansible-become-password", "ansible")

    f = c.file(R, "group_vars/all/vault.yml", "ansible-vault")
    f.t("$ANSIBLE_VAULT;1.1;AES256")
    f.n(M, S.hex(80), "ansible-vault")
    for _ in range(8):
        f.t(S.hex(80))

    f = c.file(R, "group_vars/db.yml", "yaml-ansible")
    f.t("postgresql_version: 15\npostgresql_databases:\n  - name: billing\npostgresql_users:\n  - name: billing")
    f.p(f"    password: {M}", S.an(24), "db-password")
    f.t("  - name: replicator")
    f.n(f'    password: "{M}"', "{{ vault_replicator_password }}", "template-reference")
    f.t("pgbackrest_repo1_s3_bucket: prod-pgbackrest")
    f.p(f"pgbackrest_repo1_s3_key_secret: {M}", S.aws_secret(), "aws-secret-access-key", "aws")
    f.p(f"pgbackrest_repo1_s3_key: {M}", S.aws_akid(), "aws-access-key-id", "aws", False)

    f = c.file(R, "host_vars/web01.prod.internal.yml", "yaml-ansible")
    f.t("nginx_worker_processes: 4\napp_env: production")
    f.deck("yaml", 3, 4)

    f = c.file(R, "roles/app/templates/env.j2", "jinja-template")
    f.t("# {{ ansible_managed }}\nAPP_ENV={{ app_env }}")
    f.n(f"DATABASE_PASSWORD={M}", "{{ app_db_password }}", "template-reference")
    f.n(f"SECRET_KEY_BASE={M}", "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/app:secret_key_base') }}", "vault-reference")

    f = c.file(R, "roles/app/defaults/main.yml", "yaml-ansible")
    f.t("app_user: app\napp_port: 8080")
    f.n(f'app_db_password: "{M}"', "CHANGE_ME", "placeholder")
    f.n(f"app_password_min_length: {M}", "14", "password-policy")
    f.n(f'app_secret_key_base: "{M}"', "", "empty-value")

    f = c.file(R, "playbooks/rotate-mysql.yml", "yaml-ansible")
    f.t("- hosts: db\n  become: true\n  tasks:\n    - name: set root password\n      community.mysql.mysql_user:\n        name: root")
    f.p(f'        password: "{M}"', S.password(), "db-password")
    f.t("        login_unix_socket: /run/mysqld/mysqld.sock")


def config_mgmt(c):
    S, R = c.S, "config-mgmt"
    f = c.file(R, "salt/pillar/postgres.sls", "salt-pillar")
    f.t("postgres:\n  version: 14\n  users:\n    app:\n      ensure: present")
    f.p(f"      password: '{M}'", S.password().replace("'", "x"), "db-password")
    f.t("      createdb: False\n    monitoring:")
    f.p(f"      password: {M}", S.an(20), "db-password")

    f = c.file(R, "salt/pillar/smtp.sls", "salt-pillar")
    f.t("#!yaml|gpg\nsmtp:\n  host: smtp.corp.example\n  password: |")
    f.n(f"    {M}", "-----BEGIN PGP MESSAGE-----", "gpg-encrypted")
    for _ in range(6):
        f.t("    " + S.b64bytes(48))
    f.t("    -----END PGP MESSAGE-----")

    f = c.file(R, "salt/pillar/api.sls", "salt-pillar")
    f.t("api:")
    f.deck("yaml", 3, 3, indent="  ")

    f = c.file(R, "puppet/data/common.yaml", "hiera-yaml")
    f.t("---\nprofile::base::ntp_servers:\n  - 0.pool.ntp.org\nprofile::db::root_password: >")
    f.n(f"  {M}", "ENC[PKCS7," + S.b64bytes(200) + "]", "eyaml-encrypted")
    f.p(f"profile::monitoring::nrpe_password: '{M}'", S.password().replace("'", "x"), "nrpe-password")
    f.p(f"profile::backup::borg_passphrase: '{M}'", S.password().replace("'", "x"), "borg-passphrase", "borg")
    f.n(f"profile::web::tls_cert_fingerprint: '{M}'", S.sha256(), "certificate-fingerprint")

    f = c.file(R, "puppet/manifests/site.pp", "puppet-dsl")
    f.t("node 'db01.corp.example' {\n  class { 'mysql::server':")
    f.p(f"    root_password           => '{M}',", S.password().replace("'", "x"), "db-password")
    f.t("    remove_default_accounts => true,\n  }\n  mysql::db { 'wiki':\n    user     => 'wiki',")
    f.p(f"    password => '{M}',", S.an(18), "db-password")
    f.t("    host     => 'localhost',\n  }\n}\nnode 'ci01.corp.example' {\n  jenkins::user { 'deployer':")
    f.n(f"    password => Sensitive(lookup('{M}')),", "profile::ci::deployer_password", "template-reference")
    f.t("  }\n}")

    f = c.file(R, "chef/data_bags/aws/backup_user.json", "chef-databag")
    f.t('{\n  "id": "backup_user",')
    f.p(f'  "aws_access_key_id": "{M}",', S.aws_akid(), "aws-access-key-id", "aws", False)
    f.p(f'  "aws_secret_access_key": "{M}",', S.aws_secret(), "aws-secret-access-key", "aws")
    f.t('  "region": "eu-central-1"\n}')

    f = c.file(R, "chef/data_bags/secrets/ldap.json", "chef-databag")
    f.t('{\n  "id": "ldap",\n  "bind_password": {')
    f.n(f'    "encrypted_data": "{M}",', S.b64bytes(60), "chef-encrypted-databag")
    f.n(f'    "iv": "{M}",', S.b64bytes(12), "chef-encrypted-databag")
    f.n(f'    "auth_tag": "{M}",', S.b64bytes(16), "chef-encrypted-databag")
    f.t('    "version": 3,\n    "cipher": "aes-256-gcm"\n  }\n}')

    f = c.file(R, "chef/cookbooks/wiki/attributes/default.rb", "code-ruby")
    f.t("default['wiki']['version'] = '1.41.1'\ndefault['wiki']['db_user'] = 'wiki'")
    f.p(f"default['wiki']['db_password'] = '{M}'", S.password().replace("'", "x"), "db-password")
    f.p(f"default['wiki']['secret_key'] = '{M}'", S.hex(64), "mediawiki-secret-key", "mediawiki")
    f.n(f"default['wiki']['upgrade_key'] = '{M}'", "", "empty-value")

    f = c.file(R, "chef/.chef/config.rb", "code-ruby")
    f.t("current_dir = File.dirname(__FILE__)\nnode_name 'ops-admin'\nchef_server_url 'https://chef.corp.example/organizations/corp'")
    f.n(f"client_key \"{M}\"", "#{current_dir}/ops-admin.pem", "file-reference")
    f.n(f"knife[:secret_file] = '{M}'", "~/.chef/encrypted_data_bag_secret", "file-reference")


def ci_migration(c):
    S, R = c.S, "ci-migration"
    f = c.file(R, "Jenkinsfile", "jenkinsfile")
    f.t("pipeline {\n  agent { label 'docker' }\n  environment {")
    f.n(f"    REGISTRY_CREDS = credentials('{M}')", "nexus-deploy", "jenkins-credentials-ref")
    f.p(f"    SONAR_LOGIN    = '{M}'", S.sonar(), "sonarqube-user-token", "sonarsource", False)
    f.p(f"    NEXUS_PASSWORD = '{M}'", S.password().replace("'", "x"), "nexus-password")
    f.t("  }\n  stages {\n    stage('Build') { steps { sh './gradlew build' } }\n    stage('Publish') {\n      steps {")
    f.n(f"        withCredentials([string(credentialsId: '{M}', variable: 'TOKEN')]) {{", "artifactory-token", "jenkins-credentials-ref")
    f.t("          sh 'curl -H \"Authorization: Bearer $TOKEN\" -T build/libs/app.jar https://artifactory.corp.example/libs-release/'\n        }\n      }\n    }\n    stage('Notify') {\n      steps {")
    f.p(f"        sh \"curl -X POST -H 'Content-Type: application/json' -d '{{\\\"text\\\":\\\"built\\\"}}' {M}\"", S.slack_webhook(), "slack-webhook", "slack", False)
    f.t("      }\n    }\n  }\n}")

    f = c.file(R, ".gitlab-ci.yml", "yaml-ci")
    f.t("stages: [build, deploy]\nvariables:\n  DOCKER_DRIVER: overlay2")
    f.n(f'  DEPLOY_TOKEN: "{M}"', "$CI_DEPLOY_PASSWORD", "ci-variable-reference")
    f.p(f'  SENTRY_AUTH_TOKEN: "{M}"', S.sentry_user(), "sentry-user-token", "sentry", False)
    f.p(f'  HELM_REPO_PASSWORD: "{M}"', S.an(24), "helm-repo-password")
    f.t("build:\n  stage: build\n  script:")
    f.n(f'    - docker login -u gitlab-ci-token -p {M} $CI_REGISTRY', "$CI_JOB_TOKEN", "ci-variable-reference")
    f.t("deploy:\n  stage: deploy\n  script:")
    f.p(f"    - git push https://oauth2:{M}@gitlab.corp.example/ops/manifests.git HEAD:main", S.gitlab_pat(), "gitlab-pat", "gitlab", False)

    f = c.file(R, "azure-pipelines.yml", "yaml-ci")
    f.t("trigger: [main]\npool:\n  vmImage: ubuntu-latest\nvariables:\n  - group: prod-secrets")
    f.n(f"  - name: sqlPassword\n    value: {M}", "$(SqlAdminPassword)", "ci-variable-reference")
    f.t("steps:\n  - script: dotnet test\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: prod-connection\n      scriptType: bash\n      inlineScript: |")
    f.p(f"        az login --service-principal -u {S.uuid()} -p '{M}' --tenant {S.uuid()}", S.azure_client_secret(), "azure-ad-client-secret", "azure", False)
    f.p(f"        curl -u :{M} https://dev.azure.com/corp/_apis/projects", S.azure_devops_pat(), "azure-devops-pat", "azure")

    f = c.file(R, "bitbucket-pipelines.yml", "yaml-ci")
    f.t("image: node:20\npipelines:\n  branches:\n    main:\n      - step:\n          name: Build and push\n          services: [docker]\n          script:")
    f.n(f"            - docker login -u $DOCKER_USER -p {M}", "$DOCKER_PASSWORD", "ci-variable-reference")
    f.p(f"            - docker login -u corpbuild -p '{M}' registry.corp.example", S.password().replace("'", "x"), "docker-registry-password")
    f.p(f"            - curl -u ci-bot:{M} https://api.bitbucket.org/2.0/repositories/corp", S.bitbucket_app_pw(), "bitbucket-app-password", "atlassian", False)

    f = c.file(R, ".circleci/config.yml", "yaml-ci")
    f.t("version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/python:3.12\n        auth:\n          username: corpbuild")
    f.n(f"          password: {M}", "$DOCKERHUB_PASSWORD", "ci-variable-reference")
    f.t("    environment:")
    f.deck("yaml-env", 3, 2, indent="      ")
    f.t("    steps: [checkout, { run: pytest }]")

    f = c.file(R, ".teamcity/settings.kts", "teamcity-kotlin")
    f.t('import jetbrains.buildServer.configs.kotlin.*\n\nversion = "2024.03"\n\nproject {\n    params {')
    f.n(f'        password("env.DEPLOY_KEY", "{M}")', "credentialsJSON:" + S.uuid(), "teamcity-credentials-ref")
    f.deck("teamcity", 3, 2, indent="        ")
    f.t("    }\n}")

    f = c.file(R, ".github/workflows/release.yml", "yaml-ci")
    f.t("name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@" + S.sha1() + "\n      - run: npm publish\n        env:")
    f.n(f"          NODE_AUTH_TOKEN: {M}", "${{ secrets.NPM_TOKEN }}", "ci-secret-reference")
    f.n(f"          SLACK_WEBHOOK_URL: {M}", "${{ secrets.SLACK_WEBHOOK }}", "ci-secret-reference")
    f.n(f"      - uses: docker/login-action@{M}", S.sha1(), "git-commit-sha")

    f = c.file(R, "scripts/migrate-secrets.ps1", "powershell")
    f.t("# one-off: copy Jenkins credentials into Azure DevOps variable groups\n$org = 'https://dev.azure.com/corp'")
    f.p(f'$pat = "{M}"', S.azure_devops_pat(), "azure-devops-pat", "azure")
    f.p(f'$jenkinsPass = ConvertTo-SecureString "{M}" -AsPlainText -Force', S.password().replace('"', "x").replace("$", "x"), "jenkins-password")
    f.n(f'$vaultPass = Get-Secret -Name {M} -AsPlainText', "JenkinsAdmin", "code-getenv")
    f.deck("powershell", 2, 2)


def observability(c):
    S, R = c.S, "observability"
    f = c.file(R, "alertmanager/alertmanager.yml", "yaml-config")
    f.t("global:\n  resolve_timeout: 5m\n  smtp_smarthost: 'smtp.office365.com:587'\n  smtp_from: 'alerts@corp.example'\n  smtp_auth_username: 'alerts@corp.example'")
    f.p(f"  smtp_auth_password: '{M}'", S.password().replace("'", "x"), "smtp-password")
    f.p(f"  slack_api_url: '{M}'", S.slack_webhook(), "slack-webhook", "slack", False)
    f.t("route:\n  receiver: oncall\nreceivers:\n  - name: oncall\n    pagerduty_configs:")
    f.p(f"      - routing_key: {M}", S.hex(32), "pagerduty-integration-key", "pagerduty")
    f.t("    opsgenie_configs:")
    f.p(f"      - api_key: {M}", S.uuid(), "opsgenie-api-key", "opsgenie")
    f.t("  - name: chatops\n    telegram_configs:")
    f.p(f"      - bot_token: '{M}'", S.telegram_bot(), "telegram-bot-token", "telegram", False)
    f.t("        chat_id: -1001234567890\n    webhook_configs:")
    f.p(f"      - url: 'https://hooks.corp-chat.example/hooks/alerts?token={M}'", S.an(32), "webhook-url-token")
    f.t("  - name: teams\n    msteams_configs:")
    f.n(f"      - webhook_url_file: {M}", "/etc/alertmanager/secrets/teams-webhook", "file-reference")

    f = c.file(R, "prometheus/prometheus.yml", "yaml-config")
    f.t("global:\n  scrape_interval: 30s\nremote_write:\n  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push\n    basic_auth:\n      username: 1184422")
    f.p(f"      password: {M}", J("gl", "c_") + base64.b64encode(('{"o":"' + S.digits(6) + '","n":"stack-push","k":"' + S.an(24) + '","m":{"r":"prod-eu-west-2"}}').encode()).decode(), "grafana-cloud-token", "grafana", False)
    f.t("scrape_configs:\n  - job_name: traefik\n    static_configs: [{ targets: ['traefik:8082'] }]\n  - job_name: proxmox\n    metrics_path: /pve\n    basic_auth:\n      username: prometheus@pve")
    f.p(f"      password: '{M}'", S.password().replace("'", "x"), "basic-auth-password")
    f.t("  - job_name: k8s-api\n    scheme: https")
    f.p(f"    bearer_token: {M}", S.an(40), "bearer-token")
    f.t("  - job_name: node\n    basic_auth:\n      username: scrape")
    f.n(f"      password_file: {M}", "/etc/prometheus/scrape.pass", "file-reference")

    f = c.file(R, "grafana/provisioning/datasources/datasources.yaml", "yaml-config")
    f.t("apiVersion: 1\ndatasources:\n  - name: Postgres-Billing\n    type: postgres\n    url: billing-db.internal:5432\n    user: grafana_ro\n    secureJsonData:")
    f.p(f"      password: '{M}'", S.password().replace("'", "x"), "db-password")
    f.t("  - name: Elasticsearch\n    type: elasticsearch\n    basicAuth: true\n    basicAuthUser: grafana\n    secureJsonData:")
    f.n(f"      basicAuthPassword: {M}", "$ES_PASSWORD", "env-reference")
    f.t("  - name: Loki\n    type: loki\n    uid: " + S.s("abcdefghijklmnopqrstuvwxyz0123456789", 14))

    f = c.file(R, "grafana/grafana.ini", "ini")
    f.t("[server]\nroot_url = https://grafana.corp.example\n\n[security]\nadmin_user = admin")
    f.p(f"admin_password = {M}", S.password(), "admin-password")
    f.p(f"secret_key = {M}", S.an(32), "grafana-secret-key", "grafana")
    f.t("\n[auth.generic_oauth]\nenabled = true")
    f.n(f"client_id = {M}", S.uuid(), "uuid-id")
    f.p(f"client_secret = {M}", S.an(40), "oauth-client-secret")
    f.t("\n[smtp]\nenabled = true")
    f.n(f"password = {M}", "$__file{/run/secrets/smtp_password}", "file-reference")

    f = c.file(R, "promtail/config.yml", "yaml-config")
    f.t("clients:\n  - url: https://logs-prod-012.grafana.net/loki/api/v1/push\n    basic_auth:\n      username: 804455")
    f.n(f"      password: {M}", "${GRAFANA_CLOUD_LOGS_KEY}", "env-reference")

    f = c.file(R, "exporters/.env", "dotenv")
    f.deck("dotenv", 4, 3)

    f = c.file(R, "blackbox/blackbox.yml", "yaml-config")
    f.t("modules:\n  http_api:\n    prober: http\n    http:\n      headers:")
    f.p(f"        Authorization: Bearer {M}", S.an(40), "bearer-token")
    f.n(f"        X-Request-Id: {M}", S.uuid(), "request-id")


def terraform(c):
    S, R = c.S, "terraform-multicloud"
    f = c.file(R, "envs/prod/terraform.tfvars", "terraform")
    f.t('environment = "prod"\nregion      = "eu-west-1"\n')
    f.p(f'cloudflare_api_token = "{M}"', S.cloudflare_token(), "cloudflare-api-token", "cloudflare")
    f.p(f'datadog_api_key      = "{M}"', S.hex(32), "datadog-api-key", "datadog")
    f.p(f'datadog_app_key      = "{M}"', S.hex(40), "datadog-app-key", "datadog")
    f.p(f'pagerduty_token      = "{M}"', S.s("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789-_+", 20), "pagerduty-api-token", "pagerduty")
    f.p(f'db_master_password   = "{M}"', S.password().replace('"', "x"), "db-password")
    f.n(f'db_snapshot_id       = "{M}"', "rds:prod-billing-2024-05-01-03-10", "public-id")
    f.deck("hcl", 3, 4)

    f = c.file(R, "envs/prod/backend.hcl", "terraform")
    f.t('resource_group_name  = "tfstate-rg"\nstorage_account_name = "corptfstateprod"\ncontainer_name       = "tfstate"\nkey                  = "prod.terraform.tfstate"')
    f.p(f'access_key           = "{M}"', S.azure_storage_key(), "azure-storage-account-key", "azure")

    f = c.file(R, "modules/aws-base/providers.tf", "terraform")
    f.t('provider "aws" {\n  region     = var.region')
    f.p(f'  access_key = "{M}"', S.aws_akid(), "aws-access-key-id", "aws", False)
    f.p(f'  secret_key = "{M}"', S.aws_secret(), "aws-secret-access-key", "aws")
    f.t('}\n\nprovider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = var.datadog_app_key\n}')

    f = c.file(R, "modules/aws-base/variables.tf", "terraform")
    f.t('variable "datadog_api_key" {\n  type      = string\n  sensitive = true\n}\n\nvariable "db_master_password" {\n  type      = string\n  sensitive = true')
    f.n(f'  default   = {M}', "null", "empty-value")
    f.t('}\n\nvariable "db_password_secret_arn" {\n  type    = string')
    f.n(f'  default = "{M}"', "arn:aws:secretsmanager:eu-west-1:" + S.digits(12) + ":secret:prod/billing/db-" + S.an(6), "aws-secretsmanager-arn")
    f.t("}")

    f = c.file(R, "modules/gcp-data/main.tf", "terraform")
    f.t('resource "google_secret_manager_secret_version" "dbt" {\n  secret      = google_secret_manager_secret.dbt.id')
    f.p(f'  secret_data = "{M}"', S.password().replace('"', "x"), "db-password")
    f.t('}\n\ndata "google_secret_manager_secret_version" "api" {')
    f.n(f'  secret = "{M}"', "projects/corp-data/secrets/partner-api-key", "gcp-secret-reference")
    f.t("}")

    f = c.file(R, "modules/gcp-data/sa-terraform.json", "json")
    f.t('{\n  "type": "service_account",\n  "project_id": "corp-data",')
    f.n(f'  "private_key_id": "{M}",', S.hex(40), "key-id")
    pk = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(S.b64bytes(48) for _ in range(6)) + "\\n-----END PRIVATE KEY-----\\n"
    f.p(f'  "private_key": "{M}",', pk, "gcp-service-account-private-key", "google", False)
    f.t('  "client_email": "terraform@corp-data.iam.gserviceaccount.com",')
    f.n(f'  "client_id": "{M}",', S.digits(21), "public-client-id")
    f.t('  "token_uri": "https://oauth2.googleapis.com/token"\n}')

    f = c.file(R, ".terraform.lock.hcl", "lockfile")
    f.t('# This file is maintained automatically by "terraform init".\nprovider "registry.terraform.io/hashicorp/aws" {\n  version = "5.46.0"\n  hashes = [')
    f.n(f'    "h1:{M}",', base64.b64encode(bytes(S.r.randrange(256) for _ in range(32))).decode(), "lockfile-hash")
    f.n(f'    "zh:{M}",', S.sha256(), "lockfile-hash")
    f.n(f'    "zh:{M}",', S.sha256(), "lockfile-hash")
    f.t("  ]\n}")

    f = c.file(R, "modules/azure-app/main.tf", "terraform")
    f.t('resource "azurerm_linux_web_app" "portal" {\n  name = "corp-portal"\n  app_settings = {')
    f.n(f'    "DB_PASSWORD" = "{M}"', "@Microsoft.KeyVault(SecretUri=https://corp-kv.vault.azure.net/secrets/db-password/)", "keyvault-reference")
    f.p(f'    "SENDGRID_KEY" = "{M}"', S.sendgrid(), "sendgrid-api-key", "sendgrid", False)
    f.n(f'    "TENANT_ID" = "{M}"', S.uuid(), "uuid-id")
    f.t("  }\n}")


def gitops(c):
    S, R = c.S, "gitops-cluster"
    b64 = lambda s: base64.b64encode(s.encode()).decode()
    f = c.file(R, "apps/billing/secret.yaml", "yaml-k8s")
    f.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-env\n  namespace: billing\ntype: Opaque\ndata:")
    f.p(f"  DB_PASSWORD: {M}", b64(S.password()), "k8s-secret-base64", "kubernetes")
    f.p(f"  STRIPE_KEY: {M}", b64(S.stripe_live("rk")), "k8s-secret-base64", "kubernetes")
    f.n(f"  DB_HOST: {M}", b64("billing-db.billing.svc"), "base64-non-secret")
    f.t("stringData:")
    f.p(f"  REDIS_URL: redis://:{M}@redis-master.billing:6379/0", S.an(28), "redis-url-password")
    f.deck("yaml-env", 2, 2, indent="  ")

    f = c.file(R, "apps/billing/external-secret.yaml", "yaml-k8s")
    f.t("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: billing-api\nspec:\n  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }\n  data:\n    - secretKey: PARTNER_API_KEY\n      remoteRef:")
    f.n(f"        key: {M}", "prod/billing/partner-api-key", "secret-manager-reference")
    f.t("        property: value")

    f = c.file(R, "apps/billing/sealed-secret.yaml", "yaml-k8s")
    f.t("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: billing-webhooks\n  namespace: billing\nspec:\n  encryptedData:")
    f.n(f"    STRIPE_WEBHOOK_SECRET: {M}", "Ag" + S.b64bytes(300).rstrip("="), "sealed-secret")

    f = c.file(R, "apps/billing/deployment.yaml", "yaml-k8s")
    f.t("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\nspec:\n  template:\n    spec:\n      containers:\n        - name: api")
    f.n(f"          image: ghcr.io/corp/billing@sha256:{M}", S.sha256(), "docker-image-digest")
    f.t("          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:")
    f.n(f"                  name: {M}", "billing-env", "k8s-secret-reference")
    f.t("                  key: DB_PASSWORD\n            - name: FEATURE_FLAGS_SDK_KEY")
    f.p(f"              value: \"{M}\"", "server-" + S.an(32), "feature-flag-server-key")
    f.t("            - name: OTEL_EXPORTER_OTLP_HEADERS")
    f.p(f"              value: \"x-honeycomb-team={M}\"", S.an(22), "honeycomb-api-key", "honeycomb")

    f = c.file(R, "infra/argocd/repo-secret.yaml", "yaml-k8s")
    f.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: repo-manifests\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repository\nstringData:\n  type: git\n  url: https://github.com/corp/manifests\n  username: corp-argocd")
    f.p(f"  password: {M}", S.github("p"), "github-pat-classic", "github", False)

    f = c.file(R, "infra/flux/git-credentials.yaml", "yaml-k8s")
    f.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: flux-system\n  namespace: flux-system\nstringData:\n  identity: |")
    f.pem("OPENSSH PRIVATE KEY", "ssh-private-key", indent="    ", lines=6)
    f.n(f"  known_hosts: github.com ecdsa-sha2-nistp256 {M}", "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + S.b64bytes(64), "public-key")

    f = c.file(R, "charts/billing/values.yaml", "yaml-helm")
    f.t("replicaCount: 2\nimage:\n  repository: ghcr.io/corp/billing\n  tag: 3.4.1\npostgresql:\n  enabled: true\n  auth:\n    username: billing")
    f.p(f"    password: {M}", S.an(24), "db-password")
    f.p(f"    postgresPassword: {M}", S.an(24), "db-password")
    f.n(f"    existingSecret: \"{M}\"", "", "empty-value")
    f.t("redis:\n  auth:")
    f.p(f"    password: \"{M}\"", S.an(32), "redis-password")
    f.t("ingress:\n  enabled: true")

    f = c.file(R, "charts/billing/templates/secret.yaml", "yaml-helm")
    f.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include \"billing.fullname\" . }}\nstringData:")
    f.n(f"  DB_PASSWORD: {M}", "{{ .Values.postgresql.auth.password | quote }}", "helm-template-reference")
    f.n(f"  API_TOKEN: {M}", "{{ required \"apiToken is required\" .Values.apiToken | quote }}", "helm-template-reference")

    f = c.file(R, "clusters/prod/secrets.enc.yaml", "yaml-sops")
    f.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: platform-tokens\nstringData:")
    f.n(f"  GRAFANA_TOKEN: {M}", "ENC[AES256_GCM,data:" + S.b64bytes(40) + ",iv:" + S.b64bytes(32) + ",tag:" + S.b64bytes(16) + ",type:str]", "sops-encrypted")
    f.n(f"  CF_TOKEN: {M}", "ENC[AES256_GCM,data:" + S.b64bytes(30) + ",iv:" + S.b64bytes(32) + ",tag:" + S.b64bytes(16) + ",type:str]", "sops-encrypted")
    f.t("sops:\n  age:\n    - recipient: age1" + S.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))
    f.n(f"  mac: {M}", "ENC[AES256_GCM,data:" + S.b64bytes(64) + ",iv:" + S.b64bytes(32) + ",tag:" + S.b64bytes(16) + ",type:str]", "sops-encrypted")
    f.t("  version: 3.8.1")

    f = c.file(R, "apps/reporting/kustomization.yaml", "yaml-k8s")
    f.t("resources: [deployment.yaml]\nsecretGenerator:\n  - name: reporting-env\n    literals:")
    f.p(f"      - SNOWFLAKE_PASSWORD={M}", S.password().replace(" ", "x"), "snowflake-password", "snowflake")
    f.p(f"      - METABASE_EMBED_SECRET={M}", S.hex(64), "metabase-embedding-secret", "metabase")
    f.n(f"      - SNOWFLAKE_ACCOUNT={M}", "xy12345.eu-central-1", "account-id")
