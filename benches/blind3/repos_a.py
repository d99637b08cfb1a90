"""Repositories 1-10: game server, Phoenix, Spark, Perl CGI, Shiny, Julia/MATLAB lab, Unity, Chrome and
VS Code extensions, Electron."""


def build(c):
    gameserver(c)
    phoenix(c)
    spark(c)
    perl_cgi(c)
    shiny(c)
    lab(c)
    unity(c)
    chrome_ext(c)
    vscode_ext(c)
    electron(c)


def gameserver(c):
    r = "arena-gameserver/"
    c.add(r + "src/config.h", "code-cpp", """
        #pragma once
        // Build-time defaults for the dedicated server. server.cfg overrides most of these.
        #include <string>

        #define SERVER_PORT 27960
        #define MAX_PLAYERS 64
        #define TICK_RATE 128
        #define RCON_PASSWORD "\u00abP:rcon-password\u00bb"

        namespace arena::cfg {
        static const char* kMasterServer = "master.arena-games.net";
        static const char* kStatsDbPass = "\u00abP:db-password\u00bb";
        constexpr const char kSteamWebApiKey[] = "\u00abP:steam-web-api-key\u00bb";
        constexpr auto kPlayFabTitleId = "9E1C4";
        inline const std::string kPlayFabSecret{"\u00abP:playfab-secret-key\u00bb"};
        // anti-cheat packet signing (shared with the client build)
        constexpr char kPacketHmacKey[] =
            "\u00abP:encryption-key\u00bb";
        constexpr int kPasswordMinLength = \u00abN:policy-setting:12\u00bb;
        }  // namespace arena::cfg
        """)
    c.add(r + "src/net/stats_uploader.cpp", "code-cpp", """
        #include "stats_uploader.h"
        #include <curl/curl.h>
        #include <cstdlib>

        namespace arena {

        bool StatsUploader::Post(const std::string& body) {
            CURL* h = curl_easy_init();
            if (!h) return false;
            struct curl_slist* headers = nullptr;
            headers = curl_slist_append(headers, "Content-Type: application/json");
            headers = curl_slist_append(headers, "Authorization: Bearer \u00abP:bearer-token\u00bb");
            curl_easy_setopt(h, CURLOPT_URL, "https://stats.arena-games.net/v2/matches");
            curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
            curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.c_str());
            // legacy collector still wants basic auth
            curl_easy_setopt(h, CURLOPT_USERPWD, "collector:\u00abP:password\u00bb");
            CURLcode rc = curl_easy_perform(h);
            curl_slist_free_all(headers);
            curl_easy_cleanup(h);
            return rc == CURLE_OK;
        }

        std::string StatsUploader::DiscordToken() {
            const char* t = \u00abN:env-reference:std::getenv("DISCORD_BOT_TOKEN")\u00bb;
            return t ? t : "";
        }

        }  // namespace arena
        """)
    c.add(r + "src/db/mysql_pool.c", "code-c", """
        #include <mysql/mysql.h>
        #include <stdio.h>
        #include <stdlib.h>

        #define DB_HOST "10.0.4.20"
        #define DB_USER "gs_writer"

        static const char *db_pass = "\u00abP:db-password\u00bb";

        MYSQL *pool_connect(void)
        {
            MYSQL *conn = mysql_init(NULL);
            const char *override = \u00abN:env-reference:getenv("GS_DB_PASS")\u00bb;
            if (!mysql_real_connect(conn, DB_HOST, DB_USER, override ? override : db_pass,
                                    "gamestats", 3306, NULL, 0)) {
                fprintf(stderr, "mysql: %s\\n", mysql_error(conn));
                return NULL;
            }
            return conn;
        }

        /* replay archive on B2 */
        static const char b2_key_id[] = "0051f2a9c3e4d5f0000000007";
        static const char b2_app_key[] = "\u00abP:backblaze-app-key\u00bb";
        """)
    c.add(r + "scripts/config.lua", "code-lua", """
        -- server-side gameplay scripts configuration
        local config = {}

        config.mysql = {
          host = "127.0.0.1",
          user = "arena",
          pass = "\u00abP:db-password\u00bb",
          database = "arena_live",
        }

        config.discord = {
          webhook = "\u00abP:discord-webhook\u00bb",
          botToken = os.getenv("DISCORD_BOT_TOKEN"),
        }

        config.riot_api_key = "\u00abP:riot-api-key\u00bb"
        config.twitch = { client_id = "q6batx0epp608isickayubi39itsckt", client_secret = "\u00abP:twitch-client-secret\u00bb" }
        config.motd = "Welcome to Arena! Be nice."
        config.max_ping = 180

        return config
        """)
    c.add(r + "scripts/admin.lua", "code-lua", """
        local Admin = {}
        local ADMIN_PASSWORD = "\u00abP:admin-password\u00bb"
        local MAPLIST_SHA256 = "\u00abN:hash-named-secret=sha256\u00bb" -- checksum of the map list

        function Admin.check(player, attempt)
          if attempt == ADMIN_PASSWORD then
            player:grant("admin")
            return true
          end
          return false
        end

        return Admin
        """)
    c.add(r + "server.cfg", "conf", """
        // Arena dedicated server
        hostname "Arena EU #3"
        sv_maxclients 64
        sv_pure 1
        rcon_password "\u00abP:rcon-password\u00bb"
        sv_password ""
        set steam_webApiKey "\u00abP:steam-web-api-key\u00bb"
        set gameanalytics_secret "\u00abP:gameanalytics-secret\u00bb"
        set sv_licenseKey "\u00abP:api-key\u00bb"
        exec maps.cfg
        """)
    c.add(r + "Makefile", "makefile", """
        CXX ?= clang++
        CXXFLAGS += -O2 -std=c++20 -Wall
        STEAM_USER := arena-builds
        STEAM_PASS ?= \u00abN:env-reference:$(shell pass show steam/arena-builds)\u00bb
        UPLOAD_TOKEN := \u00abP:access-token\u00bb

        build:
        \t$(CXX) $(CXXFLAGS) -o arena src/*.cpp -lcurl -lmysqlclient

        upload: build
        \tcurl -fsS -H "X-Upload-Token: $(UPLOAD_TOKEN)" -T arena https://builds.arena-games.net/upload
        """)
    c.add(r + "README.md", "markdown", """
        # Arena dedicated server

        Copy `server.cfg.example` to `server.cfg` and set:

        | setting | example |
        |---|---|
        | `rcon_password` | `\u00abN:placeholder:<choose-a-strong-password>\u00bb` |
        | `steam_webApiKey` | `\u00abN:placeholder:YOUR_STEAM_WEB_API_KEY\u00bb` |

        Build with `make`, upload with `make upload` (needs `UPLOAD_TOKEN`).
        """)
    c.add(r + ".github/workflows/release.yml", "yaml-ci", """
        name: release
        on:
          push:
            tags: ['v*']
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@\u00abN:commit-sha=gsha\u00bb
              - run: make upload
                env:
                  UPLOAD_TOKEN: \u00abN:ci-secret-reference:${{ secrets.UPLOAD_TOKEN }}\u00bb
                  STEAM_PASS: ${{ secrets.STEAM_PASS }}
        """)


def phoenix(c):
    r = "phoenix-livechat/"
    c.add(r + "config/config.exs", "code-elixir", """
        import Config

        config :livechat,
          ecto_repos: [Livechat.Repo],
          generators: [timestamp_type: :utc_datetime]

        config :livechat, LivechatWeb.Endpoint,
          url: [host: "localhost"],
          adapter: Bandit.PhoenixAdapter,
          render_errors: [formats: [html: LivechatWeb.ErrorHTML, json: LivechatWeb.ErrorJSON], layout: false],
          pubsub_server: Livechat.PubSub,
          live_view: [signing_salt: "\u00abN:non-secret-salt:Xq3fG7aB\u00bb"]

        config :livechat, Livechat.Mailer, adapter: Swoosh.Adapters.Local

        config :logger, :console, format: "$time $metadata[$level] $message\\n"

        import_config "#{config_env()}.exs"
        """)
    c.add(r + "config/dev.exs", "code-elixir", """
        import Config

        config :livechat, Livechat.Repo,
          username: "postgres",
          password: "\u00abN:well-known-default:postgres\u00bb",
          hostname: "localhost",
          database: "livechat_dev",
          pool_size: 10

        config :livechat, LivechatWeb.Endpoint,
          http: [ip: {127, 0, 0, 1}, port: 4000],
          check_origin: false,
          debug_errors: true,
          watchers: [esbuild: {Esbuild, :install_and_run, [:livechat, ~w(--sourcemap=inline --watch)]}]
        """)
    c.add(r + "config/prod.exs", "code-elixir", """
        import Config

        config :livechat, Livechat.Repo,
          url: "\u00abP:postgres-url\u00bb",
          pool_size: 20,
          ssl: true

        config :livechat, Livechat.Mailer,
          adapter: Swoosh.Adapters.Postmark,
          api_key: "\u00abP:postmark-server-token\u00bb"

        config :livechat, Livechat.Guardian,
          issuer: "livechat",
          secret_key: "\u00abP:jwt-signing-secret\u00bb"

        config :ex_aws,
          access_key_id: "\u00abP:aws-access-key-id\u00bb",
          secret_access_key: "\u00abP:aws-secret-access-key\u00bb",
          region: "eu-central-1"

        config :livechat, :pusher, app_id: "1712034", key: "9c1f0d3e2b7a8c4d5e6f", secret: "\u00abP:pusher-secret\u00bb"
        """)
    c.add(r + "config/prod.secret.exs", "code-elixir", """
        # In this file, we load production configuration and secrets
        # from environment variables. Committed by mistake in 2021, still deployed.
        import Config

        config :livechat, LivechatWeb.Endpoint,
          http: [port: 4000],
          secret_key_base: "\u00abP:secret-key-base\u00bb"

        config :livechat, Livechat.Repo,
          username: "livechat",
          password: "\u00abP:db-password\u00bb",
          database: "livechat_prod",
          pool_size: 15
        """)
    c.add(r + "config/runtime.exs", "code-elixir", """
        import Config

        if config_env() == :prod do
          database_url =
            System.get_env("DATABASE_URL") ||
              raise \"\"\"
              environment variable DATABASE_URL is missing.
              \"\"\"

          secret_key_base = \u00abN:env-reference:System.fetch_env!("SECRET_KEY_BASE")\u00bb

          config :livechat, LivechatWeb.Endpoint,
            secret_key_base: secret_key_base,
            http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: String.to_integer(System.get_env("PORT") || "4000")]

          config :livechat, :openai, api_key: System.get_env("OPENAI_API_KEY", "\u00abP:openai-project-key\u00bb")
        end
        """)
    c.add(r + "lib/livechat/moderation.ex", "code-elixir", """
        defmodule Livechat.Moderation do
          @moduledoc "Calls the moderation endpoint before a message is broadcast."
          @endpoint "https://api.openai.com/v1/moderations"
          @api_key "\u00abP:openai-service-account-key\u00bb"
          @perspective_key "\u00abP:google-api-key\u00bb"

          def check(text) do
            Req.post!(@endpoint,
              json: %{input: text},
              headers: [{"authorization", "Bearer " <> @api_key}]
            ).body
          end
        end
        """)
    c.add(r + "lib/livechat/notifier.ex", "code-elixir", """
        defmodule Livechat.Notifier do
          @slack_webhook "\u00abP:slack-webhook\u00bb"
          @twilio_sid "AC3f9b6a2d1c8e7f4a5b0c9d8e7f6a5b4c"
          @twilio_token "\u00abP:twilio-auth-token\u00bb"

          def page(msg) do
            Req.post!(@slack_webhook, json: %{text: msg})
          end

          def sms(to, body) do
            Req.post!("https://api.twilio.com/2010-04-01/Accounts/#{@twilio_sid}/Messages.json",
              auth: {:basic, "#{@twilio_sid}:#{@twilio_token}"},
              form: [To: to, From: "+15005550006", Body: body]
            )
          end
        end
        """)
    c.add(r + "test/support/fixtures.ex", "code-elixir", """
        defmodule Livechat.Fixtures do
          def user_attrs do
            %{email: "alice@example.com", password: "\u00abN:test-fixture:hello world 123!\u00bb"}
          end

          def api_token, do: "\u00abN:test-fixture=fake_fixture_key\u00bb"
        end
        """)
    c.add(r + "mix.lock", "lockfile", """
        %{
          "bandit": {:hex, :bandit, "1.5.7", "\u00abN:lockfile-hash=sha256\u00bb", [:mix], [], "hexpm", "f2dd92c4e3e7a2c6a3f8e8f1c3b9d1e0a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0"},
          "ecto_sql": {:hex, :ecto_sql, "3.12.0", "\u00abN:lockfile-hash=sha256\u00bb", [:mix], [], "hexpm", "dc9e4d206f274f3947e96142a8fdc5f69a2a6a9abb4649ef5c882323b6d512f0"},
          "phoenix": {:hex, :phoenix, "1.7.14", "\u00abN:lockfile-hash=sha256\u00bb", [:mix], [], "hexpm", "2ef2d1b4f8e3c5a6b7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0"},
        }
        """)


def spark(c):
    r = "spark-clickstream/"
    c.add(r + "conf/spark-defaults.conf", "conf", """
        spark.master                     yarn
        spark.executor.memory            8g
        spark.sql.shuffle.partitions     400
        spark.hadoop.fs.s3a.impl         org.apache.hadoop.fs.s3a.S3AFileSystem
        spark.hadoop.fs.s3a.access.key   \u00abP:aws-access-key-id\u00bb
        spark.hadoop.fs.s3a.secret.key   \u00abP:aws-secret-access-key\u00bb
        spark.hadoop.fs.azure.account.key.clickraw.dfs.core.windows.net \u00abP:azure-cosmos-key\u00bb
        spark.eventLog.enabled           true
        """)
    c.add(r + "src/main/resources/application.conf", "hocon", """
        clickstream {
          kafka {
            bootstrap = "b-1.clicks.kafka.eu-west-1.amazonaws.com:9096"
            sasl.jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"etl\\" password=\\"\u00abP:password\u00bb\\";"
          }
          warehouse {
            url = "jdbc:postgresql://warehouse.internal:5432/analytics"
            user = "spark_etl"
            password = "\u00abP:db-password\u00bb"
            password = ${?WAREHOUSE_PASSWORD}
          }
          snowflake {
            account = "ab12345.eu-west-1"
            user = "SPARK_LOADER"
            password = \u00abN:env-reference:${SNOWFLAKE_PASSWORD}\u00bb
          }
          geoip.license-key = "\u00abP:api-key\u00bb"
        }
        """)
    c.add(r + "src/main/scala/com/acme/clicks/Sinks.scala", "code-scala", """
        package com.acme.clicks

        import org.apache.spark.sql.{DataFrame, SaveMode}

        object Sinks {
          private val EsUser = "spark_writer"
          private val EsPassword = "\u00abP:password\u00bb"
          val datadogApiKey: String = "\u00abP:datadog-api-key\u00bb"
          lazy val sfPassword: String = \u00abN:env-reference:sys.env.getOrElse("SF_PASSWORD", "")\u00bb

          def toElastic(df: DataFrame): Unit =
            df.write
              .format("org.elasticsearch.spark.sql")
              .option("es.nodes", "es.internal:9200")
              .option("es.net.http.auth.user", EsUser)
              .option("es.net.http.auth.pass", EsPassword)
              .mode(SaveMode.Append)
              .save("clicks-{ts:yyyy.MM.dd}")

          def toMongo(df: DataFrame): Unit =
            df.write.format("mongodb")
              .option("connection.uri", "\u00abP:mongodb-url\u00bb")
              .mode(SaveMode.Append).save()
        }
        """)
    c.add(r + "src/main/scala/com/acme/clicks/Enrich.scala", "code-scala", """
        package com.acme.clicks

        object Enrich {
          // ipinfo.io token for the enrichment UDF
          final val IpinfoToken = "\u00abP:access-token\u00bb"
          final val Sha = "\u00abN:hash-named-secret=gsha\u00bb" // build commit, printed in logs
          val maxmindKey = \u00abN:placeholder:"<set in application.conf>"\u00bb
        }
        """)
    c.add(r + "build.sbt", "code-scala", """
        ThisBuild / scalaVersion := "2.13.14"
        ThisBuild / organization := "com.acme"

        credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.acme.internal", "deployer", "\u00abP:password\u00bb")
        credentials += Credentials(Path.userHome / ".sbt" / ".credentials")

        lazy val root = (project in file("."))
          .settings(
            name := "spark-clickstream",
            libraryDependencies += "org.apache.spark" %% "spark-sql" % "3.5.1" % Provided
          )
        """)
    c.add(r + "notebooks/explore.ipynb", "notebook", notebook([
        ("code", ["import os\n", "from pyspark.sql import SparkSession\n",
                  "spark = SparkSession.builder.getOrCreate()\n"]),
        ("code", ["sc._jsc.hadoopConfiguration().set(\"fs.s3a.access.key\", \"\u00abP:aws-access-key-id\u00bb\")\n",
                  "sc._jsc.hadoopConfiguration().set(\"fs.s3a.secret.key\", \"\u00abP:aws-secret-access-key\u00bb\")\n"]),
        ("code", ["df = spark.read.parquet(\"s3a://acme-clicks/2025/\")\n", "df.count()\n"]),
        ("markdown", ["Token comes from `os.environ[\"WANDB_API_KEY\"]`, see README.\n"]),
    ]))


def notebook(cells):
    """A minimal .ipynb as text, one source line per JSON line so labels land on single lines."""
    out = ['{', ' "cells": [']
    for i, (typ, src) in enumerate(cells):
        out.append('  {')
        out.append(f'   "cell_type": "{typ}",')
        if typ == "code":
            out.append('   "execution_count": null,')
            out.append('   "outputs": [],')
        out.append('   "metadata": {},')
        out.append('   "source": [')
        for j, line in enumerate(src):
            esc = line.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            out.append(f'    "{esc}"' + ("," if j < len(src) - 1 else ""))
        out.append('   ]')
        out.append('  }' + ("," if i < len(cells) - 1 else ""))
    out += [' ],', ' "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},',
            ' "nbformat": 4,', ' "nbformat_minor": 5', '}']
    return "\n".join(out)


def perl_cgi(c):
    r = "intranet-cgi/"
    c.add(r + "cgi-bin/orders.pl", "code-perl", """
        #!/usr/bin/perl -w
        use strict;
        use CGI qw(:standard);
        use DBI;

        my $dsn  = "DBI:mysql:database=orders;host=db01.intra.local;port=3306";
        my $user = "webapp";
        my $pass = '\u00abP:db-password\u00bb';
        my $dbh  = DBI->connect($dsn, $user, $pass, { RaiseError => 1 }) or die $DBI::errstr;

        my $smtp_pass = \u00abN:env-reference:$ENV{'SMTP_PASSWORD'}\u00bb;
        print header('text/html');
        my $sth = $dbh->prepare("SELECT id, customer, total FROM orders WHERE status = ?");
        $sth->execute(param('status') || 'open');
        while (my @row = $sth->fetchrow_array) {
            print "<tr><td>", join("</td><td>", map { escapeHTML($_) } @row), "</td></tr>\\n";
        }
        """)
    c.add(r + "cgi-bin/lib/Config.pm", "code-perl", """
        package Intranet::Config;
        use strict;
        use warnings;

        our %SETTINGS = (
            ldap_host     => 'ldap.intra.local',
            ldap_bind_dn  => 'cn=webapp,ou=svc,dc=intra,dc=local',
            ldap_bind_pw  => '\u00abP:ldap-bind-password\u00bb',
            smtp_host     => 'mail.intra.local',
            smtp_password => "\u00abP:smtp-password\u00bb",
            session_secret => '\u00abP:session-secret\u00bb',
            upload_dir    => '/var/www/uploads',
        );

        our $MAILJET_SECRET = "\u00abP:mailjet-secret\u00bb";
        our $API_KEY = '';    # filled in by deploy
        1;
        """, crlf=True)
    c.add(r + "cgi-bin/report_mail.pl", "code-perl", """
        #!/usr/bin/perl
        use strict;
        use Net::SMTP;
        use MIME::Base64;

        my $smtp = Net::SMTP->new('smtp.office365.com', Port => 587, Timeout => 30);
        $smtp->starttls();
        $smtp->auth('reports@acme-intra.com', '\u00abP:smtp-password\u00bb');
        $smtp->mail('reports@acme-intra.com');
        $smtp->to('finance@acme-intra.com');
        $smtp->quit;
        """)
    c.add(r + "conf/httpd-intranet.conf", "conf", """
        <VirtualHost *:443>
            ServerName intranet.acme.local
            DocumentRoot /var/www/htdocs
            ScriptAlias /cgi-bin/ /var/www/cgi-bin/
            SSLCertificateFile /etc/pki/tls/certs/intranet.crt
            SSLCertificateKeyFile /etc/pki/tls/private/intranet.key
            SetEnv DB_PASSWORD "\u00abP:db-password\u00bb"
            SetEnv LEGACY_API_TOKEN \u00abP:api-key\u00bb
            <Location /admin>
                AuthType Basic
                AuthName "Admin"
                AuthUserFile /var/www/htdocs/.htpasswd
                Require valid-user
            </Location>
        </VirtualHost>
        """)
    c.add(r + "cron/nightly.crontab", "crontab", """
        # m h dom mon dow command
        MAILTO=ops@acme-intra.com
        15 2 * * * /usr/bin/mysqldump -u backup -p'\u00abP:cli-password\u00bb' orders | gzip > /backup/orders-$(date +\\%F).sql.gz
        30 2 * * * /usr/local/bin/rsync-backup.sh >> /var/log/rsync-backup.log 2>&1
        0 6 * * 1 curl -s -u reports:\u00abP:cli-password\u00bb https://intranet.acme.local/cgi-bin/weekly.pl > /dev/null
        """)


def shiny(c):
    r = "sales-shiny/"
    c.add(r + "app.R", "code-r", """
        library(shiny)
        library(DBI)
        library(RPostgres)

        con <- dbConnect(
          RPostgres::Postgres(),
          host = "analytics-db.internal",
          dbname = "sales",
          user = "shiny_ro",
          password = "\u00abP:db-password\u00bb"
        )

        mapbox_token <- "\u00abP:mapbox-secret-token\u00bb"
        Sys.setenv(OPENAI_API_KEY = "\u00abP:openai-legacy-key\u00bb")
        gmaps_key <- \u00abN:env-reference:Sys.getenv("GOOGLE_MAPS_KEY")\u00bb

        ui <- fluidPage(titlePanel("Sales by region"), plotOutput("map"))
        server <- function(input, output, session) {
          output$map <- renderPlot({
            df <- dbGetQuery(con, "select region, sum(amount) from orders group by 1")
            barplot(df$sum, names.arg = df$region)
          })
        }
        shinyApp(ui, server)
        """)
    c.add(r + ".Renviron", "dotenv", """
        R_LIBS_USER=~/R/library
        SNOWFLAKE_PWD=\u00abP:password\u00bb
        GITHUB_PAT=\u00abP:github-pat\u00bb
        CONNECT_API_KEY=\u00abP:api-key\u00bb
        """)
    c.add(r + "deploy.R", "code-r", """
        # Deploys the dashboard to shinyapps.io
        rsconnect::setAccountInfo(
          name = "acme-sales",
          token = "\u00abU:hex32up\u00bb",
          secret = "\u00abP:api-secret\u00bb"
        )
        rsconnect::deployApp(appName = "sales-dashboard", forceUpdate = TRUE)
        """)
    c.add(r + "R/mailer.R", "code-r", """
        send_digest <- function(to, html) {
          smtp <- emayili::server(
            host = "smtp.sendgrid.net", port = 587,
            username = "apikey",
            password = "\u00abP:sendgrid-api-key\u00bb"
          )
          smtp(emayili::envelope(to = to, from = "dash@acme.io", html = html))
        }
        keyring_pw <- \u00abN:keyring-reference:keyring::key_get("sales-db", "shiny_ro")\u00bb
        """)
    c.add(r + "README.Rmd", "markdown", """
        ---
        title: "Sales dashboard"
        ---

        Set credentials in `.Renviron`:

        ```
        SNOWFLAKE_PWD=\u00abN:placeholder:your_password_here\u00bb
        ```
        """)


def lab(c):
    r = "spectroscopy-lab/"
    c.add(r + "src/Acquire.jl", "code-julia", """
        module Acquire

        using HTTP, JSON3

        const INSTRUMENT_HOST = "192.168.50.12"
        const LIMS_TOKEN = "\u00abP:access-token\u00bb"
        ENV["AWS_ACCESS_KEY_ID"] = "\u00abP:aws-access-key-id\u00bb"
        ENV["AWS_SECRET_ACCESS_KEY"] = "\u00abP:aws-secret-access-key\u00bb"
        influx_token = get(ENV, "INFLUX_TOKEN", "")
        api_key = \u00abN:env-reference:ENV["HF_TOKEN"]\u00bb

        function push(result)
            HTTP.post("https://lims.lab.example.edu/api/results",
                      ["Authorization" => "Token " * LIMS_TOKEN, "Content-Type" => "application/json"],
                      JSON3.write(result))
        end

        end # module
        """)
    c.add(r + "src/plot_upload.jl", "code-julia", """
        using Plots
        const HF_TOKEN = "\u00abP:huggingface-token\u00bb"
        const WANDB_KEY = "\u00abP:wandb-api-key\u00bb"
        savefig("spectra.png")
        """)
    c.add(r + "matlab/fetch_runs.m", "code-matlab", """
        function runs = fetch_runs(since)
        %FETCH_RUNS Download run metadata from the LIMS.
        url = 'https://lims.lab.example.edu/api/runs';
        apiKey = '\u00abP:api-key\u00bb';
        opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' apiKey]}, 'Timeout', 30);
        runs = webread(url, 'since', since, opts);
        end
        """)
    c.add(r + "matlab/db_connect.m", "code-matlab", """
        % connect to the instrument database
        conn = database('spectra', 'labuser', '\u00abP:db-password\u00bb', ...
            'Vendor', 'PostgreSQL', 'Server', 'pg.lab.example.edu', 'PortNumber', 5432);
        password = getenv('LAB_DB_PASSWORD');
        data = fetch(conn, 'SELECT * FROM runs ORDER BY started DESC LIMIT 100');
        close(conn);
        """)
    c.add(r + "paper/main.tex", "latex", """
        \\documentclass{article}
        \\usepackage{hyperref}
        \\begin{document}
        \\title{Raman spectra of doped perovskites}
        \\maketitle
        Data are available at \\url{https://zenodo.org/records/1234567}.
        % overleaf git token for the sync script: \u00abP:access-token\u00bb
        % checksum of the dataset archive: \u00abN:checksum=sha256\u00bb
        \\end{document}
        """)
    c.add(r + "environment.yml", "yaml-config", """
        name: spectro
        channels:
          - conda-forge
        dependencies:
          - python=3.11
          - numpy
          - pip
          - pip:
            - --extra-index-url \u00abP:url-basic-credentials\u00bb
            - lab-instruments==2.3.1
        """)


def unity(c):
    r = "dungeon-crawler-unity/"
    c.add(r + "Assets/Scripts/Backend/BackendConfig.cs", "code-csharp", """
        using UnityEngine;

        namespace Crawler.Backend
        {
            public static class BackendConfig
            {
                public const string PlayFabTitleId = "7F3A2";
                public const string PlayFabDeveloperSecret = "\u00abP:playfab-secret-key\u00bb";
                private const string LeaderboardHmac = "\u00abP:webhook-secret\u00bb";
                internal static readonly string AnalyticsSecret = "\u00abP:gameanalytics-secret\u00bb";
                public static string SteamKey => \u00abN:env-reference:System.Environment.GetEnvironmentVariable("STEAM_KEY")\u00bb;
                public const int MinPasswordLength = 8;
            }
        }
        """)
    c.add(r + "Assets/Scripts/Backend/CloudSave.cs", "code-csharp", """
        using System.Net.Http;
        using System.Net.Http.Headers;
        using UnityEngine;

        public class CloudSave : MonoBehaviour
        {
            [SerializeField] private string bucket = "crawler-saves";
            private static readonly HttpClient Http = new HttpClient();
            private string awsSecret = "\u00abP:aws-secret-access-key\u00bb";
            private string awsKeyId = "\u00abP:aws-access-key-id\u00bb";

            void Awake()
            {
                Http.DefaultRequestHeaders.Authorization =
                    new AuthenticationHeaderValue("Bearer", "\u00abP:bearer-token\u00bb");
            }
        }
        """)
    c.add(r + "Assets/Resources/ServiceSettings.asset", "yaml-config", """
        %YAML 1.1
        %TAG !u! tag:unity3d.com,2011:
        --- !u!114 &11400000
        MonoBehaviour:
          m_ObjectHideFlags: 0
          m_Name: ServiceSettings
          titleId: 7F3A2
          developerSecretKey: \u00abP:playfab-secret-key\u00bb
          photonAppId: \u00abN:public-identifier=uuidv\u00bb
          sentryDsn: \u00abN:public-identifier=sentry_dsn\u00bb
          discordClientSecret: \u00abP:discord-client-secret\u00bb
        """)
    c.add(r + "ProjectSettings/ProjectSettings.asset", "yaml-config", """
        %YAML 1.1
        --- !u!129 &1
        PlayerSettings:
          companyName: Lantern Games
          productName: Dungeon Crawler
          AndroidKeystoreName: '{inproject}: keystore/release.keystore'
          AndroidKeyaliasName: release
          AndroidKeystorePass: \u00abP:keystore-password\u00bb
          AndroidKeyaliasPass: \u00abP:keystore-password\u00bb
          cloudProjectId: \u00abN:public-identifier=uuidv\u00bb
        """)
    c.add(r + "Packages/packages-lock.json", "lockfile", """
        {
          "dependencies": {
            "com.unity.textmeshpro": {
              "version": "3.0.6",
              "depth": 0,
              "source": "registry",
              "hash": "\u00abN:lockfile-hash=gsha\u00bb",
              "url": "https://packages.unity.com"
            }
          }
        }
        """)


def chrome_ext(c):
    r = "tabsync-extension/"
    c.add(r + "manifest.json", "json", """
        {
          "manifest_version": 3,
          "name": "TabSync",
          "version": "2.4.0",
          "permissions": ["storage", "tabs", "identity"],
          "oauth2": {
            "client_id": "\u00abN:public-identifier=google_client_id\u00bb",
            "scopes": ["https://www.googleapis.com/auth/drive.appdata"]
          },
          "key": "\u00abN:public-key-by-design=spki_b64\u00bb",
          "background": { "service_worker": "background.js" }
        }
        """)
    c.add(r + "background.js", "code-js", """
        const SYNC_API = "https://api.tabsync.app/v1";
        const FIREBASE_CONFIG = {
          apiKey: "\u00abN:public-client-key=firebase_web_key\u00bb",
          authDomain: "tabsync-prod.firebaseapp.com",
          projectId: "tabsync-prod",
        };
        // server key used to send push to other devices (should live on the server!)
        const FCM_SERVER_KEY = "\u00abP:fcm-server-key\u00bb";
        const OPENAI_KEY = '\u00abP:openai-project-key\u00bb';

        chrome.runtime.onInstalled.addListener(() => {
          chrome.storage.local.set({ installedAt: Date.now() });
        });

        async function summarize(text) {
          const res = await fetch("https://api.openai.com/v1/chat/completions", {
            method: "POST",
            headers: { Authorization: `Bearer ${OPENAI_KEY}`, "Content-Type": "application/json" },
            body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] }),
          });
          return (await res.json()).choices[0].message.content;
        }
        """)
    c.add(r + "scripts/publish.sh", "shell-script", """
        #!/usr/bin/env bash
        set -euo pipefail
        # Chrome Web Store API upload
        CLIENT_ID="\u00abN:public-identifier=google_client_id\u00bb"
        CLIENT_SECRET="\u00abP:google-oauth-client-secret\u00bb"
        REFRESH_TOKEN="\u00abP:google-oauth-refresh-token\u00bb"
        ACCESS_TOKEN=$(curl -s "https://oauth2.googleapis.com/token" -d "client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET&refresh_token=$REFRESH_TOKEN&grant_type=refresh_token" | jq -r .access_token)
        zip -r tabsync.zip manifest.json background.js popup/ icons/
        curl -H "Authorization: Bearer $ACCESS_TOKEN" -H "x-goog-api-version: 2" -X PUT -T tabsync.zip \\
          "https://www.googleapis.com/upload/chromewebstore/v1.1/items/abcdefghijklmnopabcdefghijklmnop"
        """)
    c.add(r + "popup/popup.html", "html", """
        <!doctype html>
        <html>
        <head>
          <link rel="stylesheet" href="popup.css" integrity="\u00abN:sri-hash=integrity\u00bb">
        </head>
        <body>
          <img alt="logo" src="\u00abN:base64-image=pngb64\u00bb">
          <input type="password" id="pw" placeholder="\u00abN:placeholder:Password\u00bb">
          <script src="popup.js"></script>
        </body>
        </html>
        """)
    c.add(r + "popup/popup.js", "code-js", """
        document.getElementById("save").addEventListener("click", async () => {
          const token = document.getElementById("token").value;
          await chrome.storage.sync.set({ token });
        });
        const sentryDsn = "\u00abN:public-identifier=sentry_dsn\u00bb";
        """)


def vscode_ext(c):
    r = "vscode-sqlfmt/"
    c.add(r + "package.json", "json", """
        {
          "name": "sqlfmt",
          "displayName": "SQL Formatter Pro",
          "publisher": "lanternlabs",
          "version": "1.8.2",
          "engines": { "vscode": "^1.85.0" },
          "contributes": {
            "configuration": {
              "properties": {
                "sqlfmt.apiKey": { "type": "string", "default": "", "description": "API key for the cloud formatter" },
                "sqlfmt.password": { "type": "string", "markdownDescription": "\u00abN:secret-name-only:Password for the connection (stored in SecretStorage)\u00bb" }
              }
            }
          },
          "scripts": { "publish": "vsce publish -p $VSCE_PAT && ovsx publish -p $OVSX_PAT" }
        }
        """)
    c.add(r + "src/telemetry.ts", "code-ts", """
        import * as vscode from "vscode";
        import TelemetryReporter from "@vscode/extension-telemetry";

        // Application Insights connection string is meant to ship with the extension.
        const CONNECTION = "InstrumentationKey=\u00abN:public-identifier=uuidv\u00bb;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/";
        const FORMATTER_KEY: string = "\u00abP:api-key\u00bb";
        const GROQ_KEY = "\u00abP:groq-api-key\u00bb";

        export function activate(ctx: vscode.ExtensionContext) {
          const reporter = new TelemetryReporter(CONNECTION);
          ctx.subscriptions.push(reporter);
        }

        export async function getPassword(ctx: vscode.ExtensionContext) {
          return \u00abN:secret-store-reference:ctx.secrets.get("sqlfmt.password")\u00bb;
        }
        """)
    c.add(r + ".vscode/launch.json", "json5", """
        {
          // Use IntelliSense to learn about possible attributes.
          "version": "0.2.0",
          "configurations": [
            {
              "name": "Run Extension",
              "type": "extensionHost",
              "request": "launch",
              "args": ["--extensionDevelopmentPath=${workspaceFolder}"],
              "env": {
                "SQLFMT_API_KEY": "\u00abP:api-key\u00bb",
                "SQLFMT_DB_PASSWORD": "\u00abP:db-password\u00bb",  // local docker db
              },
            },
          ],
        }
        """)
    c.add(r + "publish.env", "dotenv", """
        # vsce / ovsx tokens for the release laptop
        VSCE_PAT=\u00abP:azure-devops-pat\u00bb
        OVSX_PAT=\u00abP:open-vsx-token\u00bb
        """)
    c.add(r + "src/test/fixtures/connections.json", "json", """
        {
          "connections": [
            { "name": "local", "host": "localhost", "user": "sa", "password": "\u00abN:test-fixture:Passw0rd!Test\u00bb" },
            { "name": "ci", "host": "mssql", "user": "sa", "password": "\u00abN:env-reference:${env:MSSQL_SA_PASSWORD}\u00bb" }
          ]
        }
        """)


def electron(c):
    r = "notes-desktop/"
    c.add(r + "electron-builder.yml", "yaml-config", """
        appId: io.lantern.notes
        productName: Lantern Notes
        directories:
          output: dist
        mac:
          category: public.app-category.productivity
          hardenedRuntime: true
          notarize:
            teamId: 8XK2Q7LM3B
        publish:
          provider: github
          owner: lantern
          repo: notes-desktop
          token: \u00abP:github-pat\u00bb
        win:
          certificateFile: build/codesign.pfx
          certificatePassword: \u00abP:keystore-password\u00bb
        """)
    c.add(r + ".env.release", "dotenv", """
        APPLE_ID=releases@lantern.io
        APPLE_APP_SPECIFIC_PASSWORD=\u00abP:apple-app-specific-password\u00bb
        APPLE_TEAM_ID=8XK2Q7LM3B
        CSC_LINK=\u00abP:pkcs12-base64\u00bb
        CSC_KEY_PASSWORD=\u00abP:keystore-password\u00bb
        GH_TOKEN=\u00abP:github-fine-grained-pat\u00bb
        """)
    c.add(r + ".env.example", "dotenv", """
        APPLE_ID=
        APPLE_APP_SPECIFIC_PASSWORD=\u00abN:placeholder:xxxx-xxxx-xxxx-xxxx\u00bb
        CSC_LINK=\u00abN:placeholder:path/to/certificate.p12\u00bb
        CSC_KEY_PASSWORD=\u00abN:placeholder:changeme\u00bb
        GH_TOKEN=\u00abN:vendor-shaped-placeholder=gh_placeholder\u00bb
        """)
    c.add(r + "src/main/sync.ts", "code-ts", """
        import { app, safeStorage } from "electron";
        import Store from "electron-store";

        const store = new Store({ encryptionKey: "\u00abP:encryption-key\u00bb" });
        const DROPBOX_TOKEN = "\u00abP:dropbox-token\u00bb";
        const supabaseUrl = "https://qwertyuiopasdfghjk.supabase.co";
        const supabaseAnon = "\u00abN:public-client-key=supabase_anon\u00bb";

        export async function readToken(): Promise<string> {
          const enc = store.get("token") as string;
          return \u00abN:secret-store-reference:safeStorage.decryptString(Buffer.from(enc, "base64"))\u00bb;
        }
        """)
    c.add(r + "src/main/ai.ts", "code-ts", """
        import Anthropic from "@anthropic-ai/sdk";

        const client = new Anthropic({
          apiKey: "\u00abP:anthropic-api-key\u00bb",
        });

        export async function outline(text: string) {
          const msg = await client.messages.create({
            model: "claude-3-5-haiku-latest",
            max_tokens: 512,
            messages: [{ role: "user", content: `Outline these notes:\\n${text}` }],
          });
          return msg.content;
        }
        """)
    c.add(r + "package-lock.json", "lockfile", """
        {
          "name": "notes-desktop",
          "lockfileVersion": 3,
          "packages": {
            "node_modules/electron": {
              "version": "31.2.0",
              "resolved": "https://registry.npmjs.org/electron/-/electron-31.2.0.tgz",
              "integrity": "\u00abN:lockfile-integrity=integrity\u00bb"
            },
            "node_modules/electron-store": {
              "version": "8.2.0",
              "resolved": "https://registry.npmjs.org/electron-store/-/electron-store-8.2.0.tgz",
              "integrity": "\u00abN:lockfile-integrity=integrity\u00bb"
            },
            "node_modules/@anthropic-ai/sdk": {
              "version": "0.27.3",
              "resolved": "https://registry.npmjs.org/@anthropic-ai/sdk/-/sdk-0.27.3.tgz",
              "integrity": "\u00abN:lockfile-integrity=integrity\u00bb"
            }
          }
        }
        """)
