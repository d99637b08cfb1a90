//! Key files whose name is the only context: the secret's line carries no keyword, only the
//! file's name (and its documented format) says what the content is. [`KEY_FILES`] is the
//! table: Rails `config/master.key`, Erlang `.erlang.cookie`, Chef `encrypted_data_bag_secret`,
//! PgBouncer `userlist.txt`, OpenVPN `auth-user-pass` files, Ansible vault password files,
//! Synapse `*.signing.key` files, properties user realms (ActiveMQ/Karaf `users.properties`,
//! Artemis `artemis-users.properties`, Jetty `realm.properties`), Ceph secret files (the CephX
//! key alone, for `mount -o secretfile=`), Checkmk `automation.secret` files, nsc's `*.nk`
//! seed files, Mosquitto password files still in plain text, Kaggle's `kaggle.json`, GLPI's
//! `glpicrypt.key`, pppd's `chap-secrets` and `pap-secrets`, Perforce's `.p4tickets`,
//! hashcat's and John the Ripper's pot files.
//!
//! The matcher sees bytes, never paths, and such content alone (32 hex digits, one word, two
//! lines) is also a digest, a version, a note. So the content test runs here, where the path is
//! known: a file judged at a path gets a match only when the path is that kind's; a git blob
//! (whose paths are learned after matching) gets one whenever its content has the shape, and
//! [`KeyFile::is_path`] then decides at each place the blob was introduced (`place_git_hits`).
//! It may import: `matcher`.

use crate::matcher::filters::is_placeholder;
use crate::matcher::Match;

/// The rule a Rails key file's content is reported under (`rules/rails.yaml`).
pub const RAILS_MASTER_KEY: &str = "rails-master-key";

/// One kind of file whose name is the context.
pub struct KeyFile {
    /// The rule its secrets are reported under (`rules/*.yaml`).
    pub rule: &'static str,
    /// Whether a path (`/`-separated, the innermost archive member's) is this kind's file.
    path: fn(&[&str]) -> bool,
    /// The spans of the secrets in a file of this kind; none when the content is not the
    /// documented format (or holds only placeholders).
    secrets: fn(&[u8]) -> Vec<(usize, usize)>,
    /// The largest file of this kind, with room to spare. A git blob is tested whatever its
    /// path, so every blob of history passes here: the bound keeps that to one comparison for
    /// nearly all of them (a history scan took 55% more CPU without it).
    max_len: usize,
}

/// Every kind of key file, with the documentation of its format.
pub static KEY_FILES: &[KeyFile] = &[
    // https://guides.rubyonrails.org/security.html#custom-credentials
    KeyFile {
        rule: RAILS_MASTER_KEY,
        path: rails_key_path,
        secrets: lone_key_spans,
        max_len: 64,
    },
    // https://www.erlang.org/doc/system/distributed.html#security: `$HOME/.erlang.cookie`.
    KeyFile {
        rule: "erlang-cookie",
        path: |p| base(p) == ".erlang.cookie",
        secrets: erlang_cookie,
        max_len: 512,
    },
    // https://docs.chef.io/data_bags/#secret-keys: `openssl rand -base64 512`, default
    // `/etc/chef/encrypted_data_bag_secret`.
    KeyFile {
        rule: "chef-encrypted-data-bag-secret",
        path: |p| base(p) == "encrypted_data_bag_secret",
        secrets: base64_key,
        max_len: 16 << 10,
    },
    // https://www.pgbouncer.org/config.html#authentication-file-format
    KeyFile {
        rule: "pgbouncer-auth-file-password",
        path: pgbouncer_auth_path,
        secrets: pgbouncer_passwords,
        max_len: 1 << 20,
    },
    // https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/ (--auth-user-pass)
    KeyFile {
        rule: "openvpn-auth-user-pass",
        path: openvpn_auth_path,
        secrets: user_and_password,
        max_len: 1024,
    },
    // https://docs.ansible.com/ansible/latest/vault_guide/vault_managing_passwords.html
    KeyFile {
        rule: "ansible-vault-password-file",
        path: ansible_vault_path,
        secrets: vault_password,
        max_len: 512,
    },
    // https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#signing_key_path:
    // `<server_name>.signing.key`, lines `ed25519 <key id> <unpadded base64 of the 32-byte seed>`.
    KeyFile {
        rule: "synapse-signing-key",
        path: |p| {
            let name = base(p);
            name == "signing.key" || (name.len() > 12 && name.ends_with(".signing.key"))
        },
        secrets: synapse_signing_keys,
        max_len: 4096,
    },
    // https://jfrog.com/help/r/jfrog-installation-setup-documentation/managing-keys:
    // `$JFROG_HOME/<product>/var/etc/security/master.key` (`openssl rand -hex 32`, or 16 for
    // 128-bit AES). Rails' `config/master.key` is the Rails kind, never this one.
    KeyFile {
        rule: "jfrog-master-key",
        path: |p| jfrog_key_path(p, "master.key"),
        secrets: hex_key,
        max_len: 80,
    },
    // The same page: `var/etc/security/join.key`, the key a node joins the platform with.
    KeyFile {
        rule: "jfrog-join-key",
        path: |p| jfrog_key_path(p, "join.key"),
        secrets: hex_key,
        max_len: 80,
    },
    // https://www.mongodb.com/docs/manual/core/security-internal-authentication/#keyfiles:
    // base64 characters (whitespace ignored), 6 to 1024 of them (`openssl rand -base64 756`).
    KeyFile {
        rule: "mongodb-keyfile",
        path: mongodb_keyfile_path,
        secrets: mongodb_key,
        max_len: 2048,
    },
    // https://varnish-cache.org/docs/trunk/reference/varnishd.html (-S secret-file): the
    // management interface's shared secret, `/etc/varnish/secret` (packages write a uuid).
    KeyFile {
        rule: "varnish-secret",
        path: |p| matches!(p, [.., "varnish", "secret"]),
        secrets: printable_line,
        max_len: 512,
    },
    // https://activemq.apache.org/components/classic/documentation/security (conf/users.properties),
    // https://activemq.apache.org/components/artemis/documentation/latest/security.html
    // (artemis-users.properties), https://jetty.org/docs/jetty/12/operations-guide/jaas/index.html
    // (realm.properties: `user: password[,role ...]`), Karaf's etc/users.properties.
    KeyFile {
        rule: "users-properties-password",
        path: users_properties_path,
        secrets: realm_passwords,
        max_len: 1 << 20,
    },
    // https://docs.ceph.com/en/latest/man/8/mount.ceph/ (secretfile=): the key alone, as
    // `ceph auth get-key client.<name>` prints it, in a file such as /etc/ceph/admin.secret.
    KeyFile {
        rule: "ceph-keyring-key",
        path: ceph_secret_path,
        secrets: cephx_key,
        max_len: 128,
    },
    // https://docs.checkmk.com/latest/en/wato_user.html#automation: the site stores an automation
    // user's secret alone in `var/check_mk/web/<user>/automation.secret`.
    KeyFile {
        rule: "checkmk-automation-secret",
        path: |p| base(p) == "automation.secret",
        secrets: printable_line,
        max_len: 512,
    },
    // https://docs.nats.io/using-nats/nats-tools/nsc/env: nsc keeps each seed alone in
    // `<keystore>/keys/<type>/<xx>/<public key>.nk`.
    KeyFile {
        rule: "nats-user-nkey-seed",
        path: |p| {
            let name = base(p);
            name.len() > 3 && name.ends_with(".nk")
        },
        secrets: nkey_seed,
        max_len: 128,
    },
    // https://mosquitto.org/man/mosquitto_passwd-1.html: `user:password` lines, plain text until
    // `mosquitto_passwd -U` hashes them (`$6$`/`$7$`, passed over).
    KeyFile {
        rule: "mosquitto-password-file-plaintext",
        path: mosquitto_passwd_path,
        secrets: realm_passwords,
        max_len: 1 << 20,
    },
    // https://www.kaggle.com/docs/api#authentication: `~/.kaggle/kaggle.json`,
    // `{"username":"<user>","key":"<32 hex digits>"}` as the account page downloads it.
    KeyFile {
        rule: "kaggle-json-key",
        path: |p| base(p) == "kaggle.json",
        secrets: kaggle_json_key,
        max_len: 1024,
    },
    // https://glpi-install.readthedocs.io/en/latest/install/index.html (files and directories
    // locations): GLPI encrypts the secrets it stores (LDAP, SMTP, inventory passwords) with the
    // sodium key in `config/glpicrypt.key`, written once by the installer.
    KeyFile {
        rule: "glpi-crypt-key",
        path: |p| base(p) == "glpicrypt.key",
        secrets: base64_key,
        max_len: 128,
    },
    // https://documentation.wazuh.com/current/user-manual/agent/agent-enrollment/security-options/using-password-authentication.html:
    // the manager's and the agents' `etc/authd.pass`, one line, the enrollment password.
    KeyFile {
        rule: "wazuh-registration-password",
        path: |p| base(p) == "authd.pass",
        secrets: vault_password,
        max_len: 512,
    },
    // https://documentation.wazuh.com/current/user-manual/reference/tools/manage-agents.html:
    // `etc/client.keys`, one line per agent, `<id> <name> <ip or any> <64 hex key>`.
    KeyFile {
        rule: "wazuh-agent-key",
        path: |p| base(p) == "client.keys",
        secrets: wazuh_client_keys,
        max_len: 16 << 20,
    },
    // https://ppp.samba.org/pppd.html (AUTHENTICATION): `/etc/ppp/chap-secrets` and
    // `pap-secrets`, lines `client server secret [addresses...]`, fields quoted or bare.
    KeyFile {
        rule: "ppp-chap-secret",
        path: |p| matches!(base(p), "chap-secrets" | "pap-secrets"),
        secrets: ppp_secrets,
        max_len: 16 << 20,
    },
    // https://help.perforce.com/helix-core/server-apps/cmdref/current/Content/CmdRef/P4TICKETS.html:
    // `~/.p4tickets` (`p4tickets.txt` on Windows), lines `server:port=user:<32 hex ticket>`.
    KeyFile {
        rule: "perforce-ticket",
        path: |p| matches!(base(p), ".p4tickets" | "p4tickets.txt"),
        secrets: perforce_tickets,
        max_len: 1 << 20,
    },
    // https://hashcat.net/wiki/doku.php?id=frequently_asked_questions#what_is_a_potfile: lines
    // `<hash>:<plain>`; John the Ripper's `john.pot` the same (https://www.openwall.com/john/doc/).
    KeyFile {
        rule: "cracked-password-potfile",
        path: |p| {
            let name = base(p);
            name == "john.pot" || (name.len() > 8 && name.ends_with(".potfile"))
        },
        secrets: potfile_passwords,
        max_len: 64 << 20,
    },
];

impl KeyFile {
    /// Whether `path` (`/` or `\` separated, possibly an archive member's `outer!inner`) is a
    /// file of this kind.
    pub fn is_path(&self, path: &str) -> bool {
        (self.path)(&PathParts::of(path).parts())
    }

    /// The matches (under rule index `rule`) in `text`; `path` is where the text was found
    /// (`None` for a git blob, decided at placement), split once for every kind
    /// ([`PathParts`]).
    pub fn matches(&self, rule: usize, text: &[u8], path: Option<&[&str]>, out: &mut Vec<Match>) {
        if text.len() > self.max_len || path.is_some_and(|p| !(self.path)(p)) {
            return;
        }
        out.extend((self.secrets)(text).into_iter().map(|(start, end)| Match {
            rule,
            start,
            end,
            decoded: None,
        }));
    }
}

/// A path as the kinds read it: `/`-separated, the innermost archive member's. Every text is
/// asked about by every kind: the path is split once for all of them, not once per kind.
pub struct PathParts(String);

impl PathParts {
    pub fn of(path: &str) -> PathParts {
        let path = path.replace('\\', "/");
        let inner = path.rsplit('!').next().unwrap_or(&path);
        PathParts(inner.to_string())
    }

    pub fn parts(&self) -> Vec<&str> {
        self.0.split('/').collect()
    }
}

/// The key-file kind reported under `rule_id`, if any.
pub fn of_rule(rule_id: &str) -> Option<&'static KeyFile> {
    KEY_FILES.iter().find(|k| k.rule == rule_id)
}

fn base<'a>(parts: &[&'a str]) -> &'a str {
    parts.last().copied().unwrap_or("")
}

/// PgBouncer reads its `auth_file` from any path; teams name theirs `userlist.txt`, often
/// with the pool or environment before it (`pgbouncer-userlist.txt`, `prod.userlist.txt`).
/// The content is checked line by line ([`pgbouncer_passwords`]), so a name is only a hint.
fn pgbouncer_auth_path(parts: &[&str]) -> bool {
    let name = base(parts);
    name == "userlist.txt"
        || name
            .strip_suffix("userlist.txt")
            .is_some_and(|lead| lead.ends_with(['-', '_', '.']))
}

fn rails_key_path(parts: &[&str]) -> bool {
    match parts {
        [.., "config", "master.key"] => true,
        [.., "config", "credentials", name] => name.len() > 4 && name.ends_with(".key"),
        _ => false,
    }
}

/// `*.auth` and the names guides give the file `auth-user-pass` names next to a `.ovpn`.
fn openvpn_auth_path(parts: &[&str]) -> bool {
    let name = base(parts);
    (name.len() > ".auth".len() && name.ends_with(".auth"))
        || matches!(
            name,
            "auth.txt" | "creds.txt" | "login.conf" | "auth-user-pass" | "auth-user-pass.txt"
        )
}

/// The names Ansible's guides give `--vault-password-file` / `vault_password_file`.
fn ansible_vault_path(parts: &[&str]) -> bool {
    matches!(
        base(parts),
        ".vault_pass"
            | ".vault_pass.txt"
            | ".vault_password"
            | ".vault_password.txt"
            | ".vault-pass"
            | ".vault-password"
            | "vault_pass.txt"
            | "vault_password.txt"
            | "vault-password.txt"
    )
}

/// JFrog's `master.key` / `join.key`: under a `security` folder (`var/etc/security/`), or
/// anywhere below an `artifactory`, `jfrog` or `xray` folder but not in a `config` folder
/// (a Rails application's `config/master.key`).
fn jfrog_key_path(parts: &[&str], name: &str) -> bool {
    let [dirs @ .., parent, base] = parts else {
        return false;
    };
    if *base != name {
        return false;
    }
    let jfrog = |d: &&str| {
        let d = d.to_ascii_lowercase();
        ["artifactory", "jfrog", "xray"]
            .iter()
            .any(|w| d.contains(w))
    };
    *parent == "security" || (*parent != "config" && (jfrog(parent) || dirs.iter().any(jfrog)))
}

/// The names MongoDB's and its deployment guides give a replica set's keyFile.
fn mongodb_keyfile_path(parts: &[&str]) -> bool {
    matches!(
        base(parts).to_ascii_lowercase().as_str(),
        "keyfile"
            | "mongodb-keyfile"
            | "mongodb.keyfile"
            | "mongo-keyfile"
            | "mongodb-keyfile.key"
            | "mongodb.key"
            | "mongo.key"
    )
}

/// The names ActiveMQ, Artemis, Jetty and Karaf give a properties file of users.
fn users_properties_path(parts: &[&str]) -> bool {
    matches!(
        base(parts),
        "users.properties"
            | "artemis-users.properties"
            | "realm.properties"
            | "jetty-realm.properties"
    )
}

/// A Ceph secret file: `*.secret` or `*.key` below a folder (or named with a word) that says
/// Ceph, or any `*.keyring`.
fn ceph_secret_path(parts: &[&str]) -> bool {
    let name = base(parts).to_ascii_lowercase();
    let ceph = parts
        .iter()
        .any(|p| p.to_ascii_lowercase().contains("ceph"));
    (name.len() > ".keyring".len() && name.ends_with(".keyring"))
        || (ceph && (name.ends_with(".secret") || name.ends_with(".key")))
}

/// One line holding a CephX key alone: `AQ`, 36 base64 characters, `==` (28 bytes).
fn cephx_key(text: &[u8]) -> Vec<(usize, usize)> {
    let Some((at, l)) = one_line(text) else {
        return Vec::new();
    };
    let l = l.trim_ascii_end();
    let b64 = |b: &u8| b.is_ascii_alphanumeric() || b"+/".contains(b);
    if l.len() == 40
        && l.starts_with(b"AQ")
        && l.ends_with(b"==")
        && l[..38].iter().all(b64)
        && !is_placeholder(l)
    {
        span(at, l)
    } else {
        Vec::new()
    }
}

/// One line holding an nkey seed alone: `S`, the key type, base32 (58 characters).
fn nkey_seed(text: &[u8]) -> Vec<(usize, usize)> {
    let Some((at, l)) = one_line(text) else {
        return Vec::new();
    };
    let l = l.trim_ascii_end();
    let b32 = |b: &u8| b.is_ascii_uppercase() || (b'2'..=b'7').contains(b);
    if l.len() == 58
        && l[0] == b'S'
        && b"UAONCXP".contains(&l[1])
        && l.iter().all(b32)
        && !is_placeholder(l)
    {
        span(at, l)
    } else {
        Vec::new()
    }
}

/// The names Mosquitto's documentation and images give `password_file`: `pwfile`,
/// `passwordfile`, `mosquitto.passwd`, or `passwd` in a folder that says Mosquitto (never
/// /etc/passwd).
fn mosquitto_passwd_path(parts: &[&str]) -> bool {
    let name = base(parts);
    let mosquitto = parts[..parts.len().saturating_sub(1)]
        .iter()
        .any(|p| p.to_ascii_lowercase().contains("mosquitto"));
    matches!(
        name,
        "pwfile" | "passwordfile" | "password_file" | "mosquitto.passwd" | "mosquitto.pwd"
    ) || (mosquitto && matches!(name, "passwd" | "passwords" | "password.txt"))
}

/// A user realm in properties syntax: `user = password`, `user=password` or `user: password,
/// role, ...` (Jetty, Karaf), `#`/`!` comments; Mosquitto's `user:password` file has the same
/// shape. The value before any role list is reported when it looks like a password (see
/// [`password_shaped`]); a hashed or masked value (`ENC(...)`, `MD5:`, `CRYPT:`, `OBF:`,
/// `{CRYPT}`, crypt's `$id$`) is not the password. A line whose key is not one word (a
/// message bundle's sentence, say) is passed over.
fn realm_passwords(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, l) in lines(text) {
        let lead = l.len() - l.trim_ascii_start().len();
        let t = &l[lead..];
        if t.is_empty() || t.starts_with(b"#") || t.starts_with(b"!") {
            continue;
        }
        let Some(sep) = t.iter().position(|&b| b == b'=' || b == b':') else {
            continue;
        };
        let user = t[..sep].trim_ascii();
        let name = |b: &u8| b.is_ascii_alphanumeric() || b"_.@-\\".contains(b);
        if user.is_empty() || !user.iter().all(name) {
            continue;
        }
        let rest = &t[sep + 1..];
        let gap = rest.len() - rest.trim_ascii_start().len();
        let value = &rest[gap..];
        let value = value
            .iter()
            .position(|&b| b == b',')
            .map_or(value, |i| &value[..i])
            .trim_ascii_end();
        let hashed = [
            b"ENC(".as_slice(),
            b"MD5:",
            b"CRYPT:",
            b"OBF:",
            b"{CRYPT}",
            b"$",
        ]
        .iter()
        .any(|p| value.starts_with(p));
        if hashed || value == user || !password_shaped(value) || is_placeholder(value) {
            continue;
        }
        let from = at + lead + sep + 1 + gap;
        out.push((from, from + value.len()));
    }
    out
}

/// Eight to 128 printable characters, no space or quote, of at least three kinds among lower
/// case, upper case, digits and symbols: what a password policy asks for, and what names,
/// numbers and sentences are not.
fn password_shaped(v: &[u8]) -> bool {
    let printable = |b: &u8| (b'!'..=b'~').contains(b) && !b"\"'`".contains(b);
    let kinds = [
        v.iter().any(u8::is_ascii_lowercase),
        v.iter().any(u8::is_ascii_uppercase),
        v.iter().any(u8::is_ascii_digit),
        v.iter().any(|b| !b.is_ascii_alphanumeric()),
    ];
    (8..=128).contains(&v.len())
        && v.iter().all(printable)
        && !v.starts_with(b"${")
        && kinds.iter().filter(|&&k| k).count() >= 3
}

/// One line of 32 or 64 hex digits (`openssl rand -hex 16` or `32`).
fn hex_key(text: &[u8]) -> Vec<(usize, usize)> {
    let Some((at, l)) = one_line(text) else {
        return Vec::new();
    };
    let l = l.trim_ascii_end();
    if matches!(l.len(), 32 | 64) && l.iter().all(u8::is_ascii_hexdigit) && !is_placeholder(l) {
        span(at, l)
    } else {
        Vec::new()
    }
}

/// A MongoDB keyFile: base64 lines (no other character; `=` only as the final padding), 6 to
/// 1024 characters in all.
fn mongodb_key(text: &[u8]) -> Vec<(usize, usize)> {
    let body = text.trim_ascii();
    let data = body
        .strip_suffix(b"==")
        .or_else(|| body.strip_suffix(b"="))
        .unwrap_or(body);
    let b64 = |b: &u8| b.is_ascii_alphanumeric() || b"+/".contains(b);
    let count = body.iter().filter(|b| !b.is_ascii_whitespace()).count();
    let lines_ok = data.split(|&b| b == b'\n').all(|l| {
        let l = l.strip_suffix(b"\r").unwrap_or(l);
        !l.is_empty() && l.iter().all(b64)
    });
    if !(6..=1024).contains(&count) || !lines_ok || is_placeholder(body) {
        return Vec::new();
    }
    let from = text.len() - text.trim_ascii_start().len();
    vec![(from, from + body.len())]
}

/// One printable line of at least 8 characters: Varnish's secret file (packages write a uuid),
/// a Checkmk automation secret.
fn printable_line(text: &[u8]) -> Vec<(usize, usize)> {
    let Some((at, l)) = one_line(text) else {
        return Vec::new();
    };
    let printable = |b: &u8| (b'!'..=b'~').contains(b);
    if (8..=256).contains(&l.len()) && l.iter().all(printable) && !is_placeholder(l) {
        span(at, l)
    } else {
        Vec::new()
    }
}

/// The agent keys of a Wazuh `client.keys`: every line `<id> <name> <ip> <key>` with a numeric
/// id and a key of 64 hex digits (blank lines aside); any other line means another format.
fn wazuh_client_keys(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, l) in lines(text) {
        if l.trim_ascii().is_empty() {
            continue;
        }
        let fields: Vec<&[u8]> = l
            .split(|b| *b == b' ' || *b == b'\t')
            .filter(|f| !f.is_empty())
            .collect();
        let [id, _name, _ip, key] = fields[..] else {
            return Vec::new();
        };
        let hex = |b: &u8| b.is_ascii_hexdigit();
        if id.is_empty()
            || !id.iter().all(u8::is_ascii_digit)
            || key.len() != 64
            || !key.iter().all(hex)
        {
            return Vec::new();
        }
        if is_placeholder(key) {
            continue;
        }
        let start = at + (key.as_ptr() as usize - l.as_ptr() as usize);
        out.push((start, start + key.len()));
    }
    out
}

/// pppd's secrets files: every line `client server secret [address ...]` (a `#` comment or a
/// blank line aside), each field bare or in double quotes. A secret that pppd reads from a file
/// (`@/path`), `*` and placeholders are no secret; a line with fewer than three fields means
/// another format, and then nothing is reported.
fn ppp_secrets(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, l) in lines(text) {
        let t = l.trim_ascii();
        if t.is_empty() || t.starts_with(b"#") {
            continue;
        }
        // Up to three fields, with their spans in `l`.
        let mut fields: Vec<(usize, usize)> = Vec::with_capacity(3);
        let mut i = 0;
        while fields.len() < 3 {
            while i < l.len() && (l[i] == b' ' || l[i] == b'\t') {
                i += 1;
            }
            if i >= l.len() || l[i] == b'#' {
                break;
            }
            if l[i] == b'"' {
                let Some(((s, e), next)) = quoted(&l[i..]) else {
                    return Vec::new();
                };
                fields.push((i + s, i + e));
                i += next;
            } else {
                let s = i;
                while i < l.len() && !l[i].is_ascii_whitespace() {
                    i += 1;
                }
                fields.push((s, i));
            }
        }
        let [_, _, (s, e)] = fields[..] else {
            return Vec::new();
        };
        let secret = &l[s..e];
        if secret.len() < 4 || secret.starts_with(b"@") || secret == b"*" || is_placeholder(secret)
        {
            continue;
        }
        out.push((at + s, at + e));
    }
    out
}

/// A Perforce tickets file: every line `[ssl:]host:port=user:<32 upper-case hex digits>` (blank
/// lines aside); any other line means another format.
fn perforce_tickets(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, l) in lines(text) {
        let t = l.trim_ascii_end();
        if t.is_empty() {
            continue;
        }
        let Some(eq) = memchr::memchr(b'=', t) else {
            return Vec::new();
        };
        let Some(colon) = memchr::memrchr(b':', &t[eq..]).map(|c| eq + c) else {
            return Vec::new();
        };
        let ticket = &t[colon + 1..];
        let upper_hex = |b: &u8| b.is_ascii_digit() || (b'A'..=b'F').contains(b);
        if colon == eq + 1 || ticket.len() != 32 || !ticket.iter().all(upper_hex) {
            return Vec::new();
        }
        if !is_placeholder(ticket) {
            out.push((at + colon + 1, at + t.len()));
        }
    }
    out
}

/// A hashcat or John pot file: every line `<hash>:<password>` (the password after the last
/// colon: salted hashes hold colons of their own), blank lines aside; a line with no colon, or
/// whose part before it is no hash (no hex run of 16 or more, no `$` crypt form), means another
/// format.
fn potfile_passwords(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, l) in lines(text) {
        let t = l.trim_ascii_end();
        if t.is_empty() {
            continue;
        }
        let Some(colon) = memchr::memrchr(b':', t) else {
            return Vec::new();
        };
        let hash = &t[..colon];
        let hex_run = hash
            .split(|b| !b.is_ascii_hexdigit())
            .any(|run| run.len() >= 16);
        if !(hex_run || hash.starts_with(b"$")) {
            return Vec::new();
        }
        let pw = &t[colon + 1..];
        if pw.len() >= 4 && !is_placeholder(pw) {
            out.push((at + colon + 1, at + t.len()));
        }
    }
    out
}

/// The file's lines with their start offsets, without line ends; a final line end adds no
/// empty line.
fn lines(text: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let body = text.strip_suffix(b"\n").unwrap_or(text);
    let mut at = 0;
    body.split(|&b| b == b'\n').map(move |l| {
        let start = at;
        at += l.len() + 1;
        (start, l.strip_suffix(b"\r").unwrap_or(l))
    })
}

/// The only line of a one-line file.
fn one_line(text: &[u8]) -> Option<(usize, &[u8])> {
    let mut ls = lines(text);
    let first = ls.next()?;
    ls.next().is_none().then_some(first)
}

fn span(at: usize, value: &[u8]) -> Vec<(usize, usize)> {
    vec![(at, at + value.len())]
}

/// The span of the key when `text` is 32 lower-case hex digits, with an optional line end: what
/// `rails credentials:edit` writes (`SecureRandom.hex(16)`).
fn lone_key(text: &[u8]) -> Option<(usize, usize)> {
    let (at, l) = one_line(text)?;
    let hex = |b: &u8| b.is_ascii_digit() || (b'a'..=b'f').contains(b);
    (l.len() == 32 && l.iter().all(hex)).then_some((at, at + 32))
}

fn lone_key_spans(text: &[u8]) -> Vec<(usize, usize)> {
    lone_key(text).into_iter().collect()
}

/// The `"key"` of a kaggle.json document: 32 hex digits in double quotes after `"key":`.
fn kaggle_json_key(text: &[u8]) -> Vec<(usize, usize)> {
    let Some(at) = text.windows(5).position(|w| w == b"\"key\"") else {
        return Vec::new();
    };
    let rest = &text[at + 5..];
    let colon = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
    if rest.get(colon) != Some(&b':') {
        return Vec::new();
    }
    let after = &rest[colon + 1..];
    let quote = colon + 1 + after.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let start = at + 5 + quote + 1;
    let value = text.get(start..start + 32);
    let closed = text.get(start + 32) == Some(&b'"');
    let hex = |b: &u8| b.is_ascii_digit() || (b'a'..=b'f').contains(b);
    match value {
        Some(v) if rest.get(quote) == Some(&b'"') && closed && v.iter().all(hex) => {
            if is_placeholder(v) {
                Vec::new()
            } else {
                span(start, v)
            }
        }
        _ => Vec::new(),
    }
}

/// One word of at least 8 atom characters (Erlang generates 20 upper-case letters).
fn erlang_cookie(text: &[u8]) -> Vec<(usize, usize)> {
    let Some((at, l)) = one_line(text) else {
        return Vec::new();
    };
    let atom = |b: &u8| b.is_ascii_alphanumeric() || b"_@.+-".contains(b);
    if (8..=255).contains(&l.len()) && l.iter().all(atom) && !is_placeholder(l) {
        span(at, l)
    } else {
        Vec::new()
    }
}

/// Base64 and nothing else (one line, or wrapped as `openssl rand -base64` writes it), at
/// least 32 characters: the whole file is the key.
fn base64_key(text: &[u8]) -> Vec<(usize, usize)> {
    let ls: Vec<_> = lines(text).collect();
    let b64 = |b: &u8| b.is_ascii_alphanumeric() || b"+/=".contains(b);
    let total: usize = ls.iter().map(|(_, l)| l.len()).sum();
    let Some(&(first, _)) = ls.first() else {
        return Vec::new();
    };
    let Some(&(last_at, last)) = ls.last() else {
        return Vec::new();
    };
    if total < 32 || ls.iter().any(|(_, l)| l.is_empty() || !l.iter().all(b64)) {
        return Vec::new();
    }
    let whole = &text[first..last_at + last.len()];
    if is_placeholder(whole) {
        return Vec::new();
    }
    vec![(first, last_at + last.len())]
}

/// Synapse's signing key file: every non-empty line `ed25519 <key id> <seed>`, the key id a
/// word (`a_` and four characters when Synapse generates it) and the seed the unpadded base64
/// of 32 bytes. The seed is the homeserver's private key: it signs every event and federation
/// request. Any other line, or a seed that is not 32 bytes, makes it not such a file.
fn synapse_signing_keys(text: &[u8]) -> Vec<(usize, usize)> {
    use base64::Engine;
    let mut out = Vec::new();
    for (at, l) in lines(text) {
        if l.is_empty() {
            continue;
        }
        let mut fields = l.split(|&b| b == b' ');
        let (Some(b"ed25519"), Some(id), Some(seed), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Vec::new();
        };
        let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
        let seed_bytes = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(seed.strip_suffix(b"=").unwrap_or(seed));
        if id.is_empty()
            || !id.iter().all(word)
            || !seed_bytes.is_ok_and(|b| b.len() == 32)
            || is_placeholder(seed)
        {
            return Vec::new();
        }
        let from = at + l.len() - seed.len();
        out.push((from, at + l.len()));
    }
    out
}

/// One `"…"` field at the start of `l` (`""` is an escaped quote): its inner span and the rest.
fn quoted(l: &[u8]) -> Option<((usize, usize), usize)> {
    if l.first() != Some(&b'"') {
        return None;
    }
    let mut i = 1;
    while i < l.len() {
        if l[i] == b'"' {
            if l.get(i + 1) == Some(&b'"') {
                i += 2;
                continue;
            }
            return Some(((1, i), i + 1));
        }
        i += 1;
    }
    None
}

/// PgBouncer's auth_file: every line `"user" "password" …` (or a `;`/`#` comment). A password
/// stored as a hash (`md5` + 32 hex digits, or a `SCRAM-SHA-256$` secret) is not reported: it is
/// not the password (see `rules/pgbouncer.yaml`). A file with any other line is not an auth file.
fn pgbouncer_passwords(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, l) in lines(text) {
        let t = l.trim_ascii();
        if t.is_empty() || t.starts_with(b";") || t.starts_with(b"#") {
            continue;
        }
        let lead = l.len() - l.trim_ascii_start().len();
        let Some((_, after_user)) = quoted(t) else {
            return Vec::new();
        };
        let rest = &t[after_user..];
        let gap = rest.len() - rest.trim_ascii_start().len();
        if gap == 0 {
            return Vec::new();
        }
        let Some(((s, e), _)) = quoted(&rest[gap..]) else {
            return Vec::new();
        };
        let pw = &rest[gap + s..gap + e];
        let is_md5 = pw.len() == 35
            && pw.starts_with(b"md5")
            && pw[3..].iter().all(|b| b.is_ascii_hexdigit());
        if pw.is_empty() || is_md5 || pw.starts_with(b"SCRAM-SHA-256$") || is_placeholder(pw) {
            continue;
        }
        let from = at + lead + after_user + gap + s;
        out.push((from, from + pw.len()));
    }
    out
}

/// OpenVPN's `auth-user-pass` file: a user name on line 1, the password on line 2, nothing
/// else. The user name is one word (an e-mail address at most), so a two-line config is not
/// taken for one.
fn user_and_password(text: &[u8]) -> Vec<(usize, usize)> {
    let ls: Vec<_> = lines(text).take(3).collect();
    let [(_, user), (at, pw)] = ls[..] else {
        return Vec::new();
    };
    let word = |b: &u8| b.is_ascii_alphanumeric() || b"@._+-\\".contains(b);
    let printable = |b: &u8| (b' '..=b'~').contains(b);
    let ok_user = (1..=128).contains(&user.len()) && user.iter().all(word);
    let ok_pw = (4..=256).contains(&pw.len())
        && pw.iter().all(printable)
        && pw.trim_ascii().len() == pw.len()
        && pw != user
        && !is_placeholder(pw);
    if ok_user && ok_pw {
        span(at, pw)
    } else {
        Vec::new()
    }
}

/// Ansible's vault password file: the password on one line. A script (`#!`, run by Ansible
/// when executable) is not a password.
fn vault_password(text: &[u8]) -> Vec<(usize, usize)> {
    let Some((at, l)) = one_line(text) else {
        return Vec::new();
    };
    let printable = |b: &u8| (b' '..=b'~').contains(b);
    if (8..=256).contains(&l.len())
        && l.iter().all(printable)
        && l.trim_ascii().len() == l.len()
        && !l.starts_with(b"#")
        && !is_placeholder(l)
    {
        span(at, l)
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(rule: &str) -> &'static KeyFile {
        of_rule(rule).unwrap_or_else(|| panic!("no key file for {rule}"))
    }

    #[test]
    fn ppp_secrets_lines() {
        let ppp = kind("ppp-chap-secret");
        assert!(ppp.is_path("etc/ppp/chap-secrets") && ppp.is_path("pap-secrets"));
        assert!(!ppp.is_path("etc/ppp/chap-secrets.md"));
        let text = b"# Secrets for authentication using CHAP\n# client server secret IP\nfl-1 * Kq7xv2Pzw9tR *\n\"fl 2\" * \"two words pw\" 10.0.0.2\nfl-3 * @/etc/ppp/fl3 *\n";
        let got: Vec<&[u8]> = ppp_secrets(text)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, [&b"Kq7xv2Pzw9tR"[..], b"two words pw"]);
        assert!(ppp_secrets(b"nameserver 10.0.0.1\n").is_empty());
        assert!(ppp_secrets(b"a b\n").is_empty());
    }

    #[test]
    fn perforce_tickets_lines() {
        let p4 = kind("perforce-ticket");
        assert!(p4.is_path("home/ci/.p4tickets") && p4.is_path("Users/ci/p4tickets.txt"));
        let text = b"ssl:p4.example.com:1666=build:2EC74D3DC77958DEE98E1E48051E19B1\np4-edge:1666=ci:B3D27BB20781849608088DE12B5D8A2A\n";
        let got: Vec<&[u8]> = perforce_tickets(text)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(
            got,
            [
                &b"2EC74D3DC77958DEE98E1E48051E19B1"[..],
                b"B3D27BB20781849608088DE12B5D8A2A"
            ]
        );
        assert!(perforce_tickets(b"host:1666=user:notaticket\n").is_empty());
        assert!(perforce_tickets(b"P4PORT=ssl:host:1666\n").is_empty());
    }

    #[test]
    fn potfile_lines() {
        let pot = kind("cracked-password-potfile");
        assert!(pot.is_path("loot/hashcat.potfile") && pot.is_path("home/.john/john.pot"));
        assert!(!pot.is_path("docs/potfile"));
        let text = b"bc1944f234484ff813fb28e8e9ce4310:cinder.Velvet.paprika46\n$6$salt$abcdefghij:Summer99\n";
        let got: Vec<&[u8]> = potfile_passwords(text)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, [&b"cinder.Velvet.paprika46"[..], b"Summer99"]);
        assert!(potfile_passwords(b"just some notes\n").is_empty());
        assert!(potfile_passwords(b"user:notahash\n").is_empty());
    }

    #[test]
    fn key_paths() {
        let rails = kind(RAILS_MASTER_KEY);
        let is_key_path = |p: &str| rails.is_path(p);
        assert!(is_key_path("config/master.key"));
        assert!(is_key_path("app/config/credentials/production.key"));
        assert!(is_key_path("C:\\app\\config\\master.key"));
        assert!(is_key_path("release.tar!app/config/master.key"));
        assert!(!is_key_path("master.key"));
        assert!(!is_key_path("config/credentials.yml.enc"));
        assert!(!is_key_path("config/credentials/production.yml.enc"));
        assert!(!is_key_path("certs/config/server.pem"));
    }

    #[test]
    fn other_paths() {
        let erl = kind("erlang-cookie");
        assert!(erl.is_path("home/rabbit/.erlang.cookie"));
        assert!(!erl.is_path("docs/.erlang.cookie.md"));
        let vpn = kind("openvpn-auth-user-pass");
        assert!(vpn.is_path("vpn/office.auth"));
        assert!(vpn.is_path("auth.txt"));
        assert!(!vpn.is_path("vpn/.auth"));
        assert!(!vpn.is_path("vpn/README.md"));
        assert!(kind("pgbouncer-auth-file-password").is_path("etc/pgbouncer/userlist.txt"));
        assert!(kind("pgbouncer-auth-file-password").is_path("db/pgbouncer-userlist.txt"));
        assert!(!kind("pgbouncer-auth-file-password").is_path("db/nouserlist.txt"));
        assert!(kind("ansible-vault-password-file").is_path("ansible/.vault_pass"));
    }

    #[test]
    fn lone_keys() {
        let k = "0123456789abcdef0123456789abcdef";
        assert_eq!(lone_key(k.as_bytes()), Some((0, 32)));
        assert_eq!(lone_key(format!("{k}\n").as_bytes()), Some((0, 32)));
        assert_eq!(lone_key(format!("{k}\r\n").as_bytes()), Some((0, 32)));
        assert_eq!(lone_key(format!("{k}\n\n").as_bytes()), None);
        assert_eq!(lone_key(k.to_uppercase().as_bytes()), None);
        assert_eq!(lone_key(&k.as_bytes()[..31]), None);
    }

    #[test]
    fn pgbouncer_lines() {
        let hash = format!("md5{}", "0123456789abcdef".repeat(2));
        let text = format!(
            ";; users\n\"app\" \"Kq7-xv2Pzw\"\n\"ro\" \"{hash}\"\n\"bi\" \"SCRAM-SHA-256$4096:c2FsdA==$a:b\"\n"
        );
        let spans = pgbouncer_passwords(text.as_bytes());
        assert_eq!(spans.len(), 1);
        let (s, e) = spans[0];
        assert_eq!(&text[s..e], "Kq7-xv2Pzw");
        assert!(pgbouncer_passwords(b"app Kq7-xv2Pzw\n").is_empty());
        assert!(pgbouncer_passwords(b"\"app\" \"Kq7-xv2Pzw\"\nnot a userlist\n").is_empty());
    }

    #[test]
    fn openvpn_two_lines() {
        assert_eq!(user_and_password(b"alice\nWq9-zt4Lm\n"), vec![(6, 15)]);
        assert!(user_and_password(b"alice\n").is_empty());
        assert!(user_and_password(b"alice\nWq9-zt4Lm\nmore\n").is_empty());
        let config = [b"user=alice\npass=".as_slice(), b"Wq9-zt4Lm\n"].concat();
        assert!(user_and_password(&config).is_empty());
    }

    #[test]
    fn realm_lines() {
        let text = "# users\nadmin=Falcon#lotus5655!\nops: Kq7-xv2Pzw9,admin,user\nguest=guest\nro = MD5:164c88b302622e17050af52c89945d44\nlabel.title=Users of the site\n";
        let found: Vec<&str> = realm_passwords(text.as_bytes())
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(found, ["Falcon#lotus5655!", "Kq7-xv2Pzw9"]);
        assert!(kind("users-properties-password").is_path("apache-activemq/conf/users.properties"));
        assert!(kind("users-properties-password").is_path("etc/realm.properties"));
        assert!(!kind("users-properties-password").is_path("conf/groups.properties"));
    }

    #[test]
    fn mosquitto_password_files() {
        let m = kind("mosquitto-password-file-plaintext");
        assert!(m.is_path("mosquitto/config/pwfile"));
        assert!(m.is_path("docker/mosquitto/passwd"));
        assert!(!m.is_path("etc/passwd"));
        let text = "sensor:Hq4n-w92Lx7\nz2m:$7$101$c2FsdA==$aGFzaA==\n";
        let found: Vec<&str> = realm_passwords(text.as_bytes())
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(found, ["Hq4n-w92Lx7"]);
    }

    #[test]
    fn ceph_secret_files() {
        let ceph = kind("ceph-keyring-key");
        assert!(ceph.is_path("etc/ceph/admin.secret"));
        assert!(ceph.is_path("deploy/ceph.client.backup.keyring"));
        assert!(!ceph.is_path("etc/app/admin.secret"));
        let k = format!("AQ{}==", "Ab3+".repeat(9));
        assert_eq!(cephx_key(format!("{k}\n").as_bytes()), vec![(0, 40)]);
        assert!(cephx_key(format!("[client.a]\n{k}\n").as_bytes()).is_empty());
        assert!(cephx_key(&k.as_bytes()[2..]).is_empty());
    }

    #[test]
    fn whole_file_secrets() {
        assert_eq!(erlang_cookie(b"HZCCOBVBWDEXGCQDSBLP\n"), vec![(0, 20)]);
        assert!(erlang_cookie(b"").is_empty());
        assert!(erlang_cookie(b"changeme_cookie\n").is_empty());
        let wrapped = format!("{}\n{}\n", "Ab3+".repeat(16), "Zx9/".repeat(4));
        assert_eq!(base64_key(wrapped.as_bytes()), vec![(0, wrapped.len() - 1)]);
        assert!(base64_key(b"not base64 at all, it has spaces\n").is_empty());
        assert!(vault_password(b"#!/bin/sh\n").is_empty());
        assert_eq!(vault_password(b"Tq8-vw3Rk9\n"), vec![(0, 10)]);
    }
}
