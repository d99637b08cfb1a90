"""Repositories 11-20: Deno/Bun edge service, Next.js on Vercel, Astro/Svelte on Netlify, NixOS fleet,
Puppet/Chef/Salt, Pulumi, CloudFormation + Bicep/ARM, Vagrant/Packer, Airflow/dbt, MLOps."""

P = "\u00abP:"
E = "\u00bb"


def build(c):
    deno(c)
    nextjs(c)
    astro(c)
    nix(c)
    cfgmgmt(c)
    pulumi(c)
    cfn_bicep(c)
    vagrant(c)
    airflow(c)
    mlops(c)


def deno(c):
    r = "edge-functions-deno/"
    c.add(r + "deno.json", "json", """
        {
          "tasks": {
            "dev": "deno run --watch --allow-net --allow-env main.ts",
            "deploy": "deployctl deploy --project=edge-links --token=\u00abP:deno-deploy-token\u00bb main.ts"
          },
          "imports": { "hono": "jsr:@hono/hono@^4.5.0" }
        }
        """)
    c.add(r + "main.ts", "code-ts", """
        import { Hono } from "hono";

        const app = new Hono();
        const UPSTASH_URL = "https://eu1-smooth-owl-31337.upstash.io";
        const UPSTASH_TOKEN = "\u00abP:access-token\u00bb";
        const RESEND_KEY = Deno.env.get("RESEND_API_KEY") ?? "\u00abP:resend-api-key\u00bb";
        const linkSecret = \u00abN:env-reference:Deno.env.get("LINK_SIGNING_SECRET")!\u00bb;

        app.get("/:slug", async (c) => {
          const res = await fetch(`${UPSTASH_URL}/get/${c.req.param("slug")}`, {
            headers: { Authorization: `Bearer ${UPSTASH_TOKEN}` },
          });
          const { result } = await res.json();
          return result ? c.redirect(result) : c.notFound();
        });

        Deno.serve(app.fetch);
        """)
    c.add(r + "bun-worker/index.ts", "code-ts", """
        import { Database } from "bun:sqlite";
        import postgres from "postgres";

        const sql = postgres("\u00abP:postgres-url\u00bb", { max: 5 });
        const queueToken: string = process.env.QSTASH_TOKEN!;
        const signingKey = "\u00abP:webhook-secret\u00bb"; // QStash current signing key
        const openrouter = "\u00abP:openrouter-key\u00bb";

        Bun.serve({
          port: 3001,
          async fetch(req) {
            const sig = req.headers.get("upstash-signature");
            if (!sig) return new Response("unauthorized", { status: 401 });
            return new Response("ok");
          },
        });
        """)
    c.add(r + "bun-worker/bunfig.toml", "toml", """
        [install]
        registry = "https://registry.npmjs.org"

        [install.scopes]
        "@lantern" = { token = "\u00abP:npm-token\u00bb", url = "https://npm.pkg.github.com/" }
        "@internal" = { username = "ci", password = "$NPM_INTERNAL_PASSWORD", url = "https://npm.internal.example/" }
        """)
    c.add(r + "bun-worker/bun.lockb.txt", "lockfile", """
        # bun.lockb (text dump for review)
        "hono@4.5.1": integrity \u00abN:lockfile-integrity=integrity\u00bb
        "postgres@3.4.4": integrity \u00abN:lockfile-integrity=integrity\u00bb
        """)


def nextjs(c):
    r = "storefront-next/"
    c.add(r + ".env.local", "dotenv", """
        NEXT_PUBLIC_SITE_URL=http://localhost:3000
        NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=\u00abN:publishable-key=stripe_pk\u00bb
        STRIPE_SECRET_KEY=\u00abP:stripe-secret-key\u00bb
        STRIPE_WEBHOOK_SECRET=\u00abP:stripe-webhook-secret\u00bb
        NEXTAUTH_SECRET=\u00abP:session-secret\u00bb
        NEXTAUTH_URL=http://localhost:3000
        GITHUB_ID=Iv1.8a61f9b3a7aba766
        GITHUB_SECRET=\u00abP:client-secret\u00bb
        DATABASE_URL="\u00abP:postgres-url\u00bb"
        NEXT_PUBLIC_POSTHOG_KEY=\u00abN:public-client-key=posthog\u00bb
        KV_REST_API_TOKEN="\u00abP:access-token\u00bb"
        CLERK_SECRET_KEY=
        """)
    c.add(r + ".env.example", "dotenv", """
        NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=\u00abN:placeholder:pk_test_...\u00bb
        STRIPE_SECRET_KEY=\u00abN:placeholder:sk_test_...\u00bb
        STRIPE_WEBHOOK_SECRET=\u00abN:placeholder:whsec_...\u00bb
        NEXTAUTH_SECRET=\u00abN:placeholder:generate-with-openssl-rand-base64-32\u00bb
        GITHUB_SECRET=\u00abN:placeholder:<github oauth app secret>\u00bb
        DATABASE_URL=\u00abN:placeholder:postgresql://USER:PASSWORD@HOST:5432/DB\u00bb
        """)
    c.add(r + "vercel.json", "json", """
        {
          "framework": "nextjs",
          "crons": [{ "path": "/api/cron/reindex", "schedule": "0 3 * * *" }],
          "env": {
            "ALGOLIA_APP_ID": "H8K2LQ9ZTB",
            "ALGOLIA_ADMIN_KEY": "\u00abP:algolia-admin-key\u00bb",
            "REVALIDATE_TOKEN": "\u00abP:access-token\u00bb",
            "SENTRY_AUTH_TOKEN": "\u00abN:secret-manager-reference:@sentry-auth-token\u00bb"
          }
        }
        """)
    c.add(r + "lib/algolia.ts", "code-ts", """
        import algoliasearch from "algoliasearch/lite";

        // search-only key: safe to expose in the browser
        export const searchClient = algoliasearch("H8K2LQ9ZTB", "\u00abN:public-client-key=algolia_search\u00bb");
        export const adminKey = \u00abN:env-reference:process.env.ALGOLIA_ADMIN_KEY!\u00bb;
        """)
    c.add(r + "app/api/checkout/route.ts", "code-ts", """
        import Stripe from "stripe";
        import { NextResponse } from "next/server";

        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "\u00abP:stripe-restricted-key\u00bb", {
          apiVersion: "2024-06-20",
        });

        export async function POST(req: Request) {
          const { items } = await req.json();
          const session = await stripe.checkout.sessions.create({ mode: "payment", line_items: items,
            success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/thanks` });
          return NextResponse.json({ url: session.url });
        }
        """)
    c.add(r + "next.config.mjs", "code-js", """
        /** @type {import('next').NextConfig} */
        const nextConfig = {
          images: { remotePatterns: [{ protocol: "https", hostname: "res.cloudinary.com" }] },
          env: {
            CLOUDINARY_URL: "\u00abP:cloudinary-url\u00bb",
            CONTENTFUL_SPACE: "x1y2z3w4v5u6",
            CONTENTFUL_MANAGEMENT_TOKEN: "\u00abP:contentful-pat\u00bb",
          },
          async headers() {
            return [{ source: "/(.*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] }];
          },
        };
        export default nextConfig;
        """)
    c.add(r + "tests/e2e/checkout.spec.ts", "code-ts", """
        import { test, expect } from "@playwright/test";

        test("pays with a test card", async ({ page }) => {
          await page.goto("/checkout");
          await page.fill("#card", "4242 4242 4242 4242");
          await page.fill("#password", "\u00abN:test-fixture:correct-horse-battery-staple\u00bb");
          const stripeKey = "\u00abN:vendor-example-key=stripe_doc_test\u00bb";
          const pk = "\u00abN:vendor-example-key=pk_test_stripe\u00bb";
          await expect(page.locator(".paid")).toBeVisible();
        });
        """)
    c.add(r + "pnpm-lock.yaml", "lockfile", """
        lockfileVersion: '9.0'
        packages:
          next@14.2.5:
            resolution: {integrity: \u00abN:lockfile-integrity=integrity\u00bb}
          stripe@16.2.0:
            resolution: {integrity: \u00abN:lockfile-integrity=integrity\u00bb}
          algoliasearch@4.24.0:
            resolution: {integrity: \u00abN:lockfile-integrity=integrity\u00bb}
          react@18.3.1:
            resolution: {integrity: \u00abN:lockfile-integrity=integrity\u00bb}
        """)


def astro(c):
    r = "astro-docs-site/"
    c.add(r + "netlify.toml", "toml", """
        [build]
          command = "npm run build"
          publish = "dist"

        [build.environment]
          NODE_VERSION = "20"
          SANITY_TOKEN = "\u00abP:access-token\u00bb"
          ALGOLIA_WRITE_KEY = "\u00abP:api-key\u00bb"

        [[plugins]]
          package = "@netlify/plugin-lighthouse"

        [context.deploy-preview.environment]
          PREVIEW_PASSWORD = "\u00abP:password\u00bb"
        """)
    c.add(r + "scripts/deploy.sh", "shell-script", """
        #!/bin/sh
        # manual deploy when CI is down
        export NETLIFY_AUTH_TOKEN=\u00abP:netlify-token\u00bb
        export NETLIFY_SITE_ID=\u00abN:public-identifier=uuidv\u00bb
        npx netlify deploy --prod --dir=dist
        """)
    c.add(r + "src/components/Newsletter.svelte", "code-svelte", """
        <script>
          let email = "";
          const MAILCHIMP_KEY = "\u00abP:mailchimp-api-key\u00bb";
          const list = "a1b2c3d4e5";
          async function subscribe() {
            await fetch(`/api/subscribe`, { method: "POST", body: JSON.stringify({ email }) });
          }
        </script>

        <form on:submit|preventDefault={subscribe}>
          <input type="email" bind:value={email} placeholder="you@example.com" />
          <button>Subscribe</button>
        </form>
        """)
    c.add(r + "src/pages/api/subscribe.ts", "code-ts", """
        import type { APIRoute } from "astro";

        const BREVO = "\u00abP:brevo-api-key\u00bb";
        export const POST: APIRoute = async ({ request }) => {
          const { email } = await request.json();
          await fetch("https://api.brevo.com/v3/contacts", {
            method: "POST",
            headers: { "api-key": BREVO, "content-type": "application/json" },
            body: JSON.stringify({ email, listIds: [7] }),
          });
          return new Response(null, { status: 204 });
        };
        const key = \u00abN:env-reference:import.meta.env.BREVO_API_KEY\u00bb;
        """)
    c.add(r + "src/content/docs/integrations/webhooks.mdx", "markdown", """
        ---
        title: Webhooks
        ---

        Every delivery carries an `X-Signature` header. Verify it with your signing secret:

        ```js
        const secret = "\u00abN:placeholder:whsec_your_signing_secret\u00bb";
        ```

        | Header | Example |
        |---|---|
        | `X-Signature` | `t=1717000000,v1=\u00abN:docs-example-signature=sha256\u00bb` |
        | `Authorization` | `Bearer \u00abN:placeholder:<YOUR_API_TOKEN>\u00bb` |
        """)
    c.add(r + "src/content/docs/internal/staging.md", "markdown", """
        # Staging access (internal)

        The staging docs are behind basic auth: user `preview`, password `\u00abP:password\u00bb`.

        Search index admin key for reindexing by hand:

            curl -X POST -H "X-Algolia-API-Key: \u00abP:algolia-admin-key\u00bb" -H "X-Algolia-Application-Id: H8K2LQ9ZTB" \\
              https://H8K2LQ9ZTB.algolia.net/1/indexes/docs/clear
        """)


def nix(c):
    r = "nixos-fleet/"
    c.add(r + "hosts/builder/configuration.nix", "nix", """
        { config, pkgs, ... }:
        {
          imports = [ ./hardware-configuration.nix ../../modules/common.nix ];

          networking.hostName = "builder";
          users.users.ci = {
            isNormalUser = true;
            extraGroups = [ "wheel" "docker" ];
            initialPassword = "\u00abP:password\u00bb";
            openssh.authorizedKeys.keys = [ "\u00abN:public-key=ssh_pub\u00bb" ];
          };
          users.users.root.hashedPassword = "\u00abN:disabled-password-marker:!\u00bb";

          nix.settings = {
            substituters = [ "https://cache.nixos.org" "https://lantern.cachix.org" ];
            trusted-public-keys = [ "lantern.cachix.org-1:\u00abN:public-key=pub32\u00bb" ];
            access-tokens = [ "github.com=\u00abP:github-pat\u00bb" ];
          };

          services.github-runners.fleet = {
            enable = true;
            url = "https://github.com/lantern";
            tokenFile = "/run/secrets/gh-runner-token";
          };
          services.tailscale = {
            enable = true;
            authKeyFile = \u00abN:secret-file-reference:config.age.secrets.tailscale.path\u00bb;
          };
        }
        """)
    c.add(r + "hosts/gateway/wireguard.nix", "nix", """
        { ... }:
        {
          networking.wireguard.interfaces.wg0 = {
            ips = [ "10.100.0.1/24" ];
            listenPort = 51820;
            privateKey = "\u00abP:wireguard-private-key\u00bb";
            peers = [
              {
                publicKey = "\u00abN:public-key=pub32\u00bb";
                allowedIPs = [ "10.100.0.2/32" ];
              }
            ];
          };
          services.tailscale.extraUpFlags = [ "--authkey=\u00abP:tailscale-auth-key\u00bb" ];
        }
        """)
    c.add(r + "modules/common.nix", "nix", """
        { pkgs, lib, ... }:
        let
          grafanaPassword = "\u00abP:admin-password\u00bb";
          cachixToken = "\u00abP:access-token\u00bb";
        in
        {
          services.grafana.settings.security = {
            admin_user = "admin";
            admin_password = grafanaPassword;
            secret_key = "\u00abP:encryption-key\u00bb";
          };
          services.restic.backups.home = {
            passwordFile = "/etc/nixos/secrets/restic";
            repository = "s3:s3.eu-central-003.backblazeb2.com/lantern-backups";
            environmentFile = "/etc/nixos/secrets/restic.env";
          };
          security.pam.services.sshd.showMotd = true;
          environment.etc."nix/netrc".text = ''
            machine lantern.cachix.org password ${cachixToken}
          '';
        }
        """)
    c.add(r + "secrets/secrets.nix", "nix", """
        let
          admin = "\u00abN:public-key=ssh_pub\u00bb";
          builder = "\u00abN:public-key=ssh_pub\u00bb";
        in
        {
          "tailscale.age".publicKeys = [ admin builder ];
          "restic.age".publicKeys = [ admin ];
        }
        """)
    c.add(r + "secrets/cachix-signing.key", "credential-file", """
        lantern.cachix.org-1:\u00abP:cachix-signing-key\u00bb
        """)
    c.add(r + "flake.lock", "lockfile", """
        {
          "nodes": {
            "nixpkgs": {
              "locked": {
                "lastModified": 1718000000,
                "narHash": "sha256-\u00abN:lockfile-hash=go_sum\u00bb",
                "rev": "\u00abN:commit-sha=gsha\u00bb",
                "type": "github"
              }
            }
          }
        }
        """)
    c.add(r + "home/rclone.conf", "credential-file", """
        [b2]
        type = b2
        account = 0031a2b3c4d5e6f0000000001
        key = \u00abP:backblaze-app-key\u00bb

        [gdrive]
        type = drive
        client_id = \u00abN:public-identifier=google_client_id\u00bb
        client_secret = \u00abP:google-oauth-client-secret\u00bb
        token = {"access_token":"\u00abP:google-oauth-access-token\u00bb","token_type":"Bearer","expiry":"2025-03-01T10:00:00Z"}

        [nas]
        type = sftp
        host = nas.home.arpa
        user = backup
        pass = \u00abP:password\u00bb
        """)


def cfgmgmt(c):
    r = "infra-cfgmgmt/"
    c.add(r + "puppet/hieradata/common.yaml", "yaml-config", """
        ---
        profile::base::ntp_servers:
          - 0.pool.ntp.org
          - 1.pool.ntp.org
        profile::mysql::root_password: '\u00abP:db-password\u00bb'
        profile::mysql::replication_password: \u00abN:encrypted-value=eyaml\u00bb
        profile::ldap::bind_password: "\u00abP:ldap-bind-password\u00bb"
        profile::monitoring::datadog_api_key: '\u00abP:datadog-api-key\u00bb'
        profile::users::password_max_age: \u00abN:policy-setting:90\u00bb
        profile::smtp::relay_password: "\u00abN:config-reference=hiera_lookup\u00bb"
        """)
    c.add(r + "puppet/manifests/site.pp", "puppet", """
        node 'db01.prod.lantern.internal' {
          class { 'mysql::server':
            root_password           => '\u00abP:db-password\u00bb',
            remove_default_accounts => true,
          }
          mysql::db { 'billing':
            user     => 'billing',
            password => \u00abN:hiera-reference:lookup('profile::mysql::billing_password')\u00bb,
            host     => '10.%',
            grant    => ['SELECT', 'UPDATE'],
          }
        }

        node /^web\\d+/ {
          include profile::nginx
          file { '/etc/nginx/htpasswd':
            content => "ops:{PLAIN}\u00abP:password\u00bb\\n",
            mode    => '0640',
          }
        }
        """)
    c.add(r + "chef/cookbooks/app/attributes/default.rb", "code-ruby", """
        default['app']['user'] = 'deploy'
        default['app']['db']['host'] = 'pg.prod.lantern.internal'
        default['app']['db']['password'] = '\u00abP:db-password\u00bb'
        default['app']['newrelic']['license_key'] = '\u00abP:newrelic-license-key\u00bb'
        default['app']['redis_url'] = '\u00abP:redis-url\u00bb'
        default['app']['secret'] = data_bag_item('app', 'secrets')['secret_key_base']
        default['app']['bugsnag_api_key'] = \u00abN:env-reference:ENV.fetch('BUGSNAG_API_KEY')\u00bb
        """)
    c.add(r + "chef/.chef/encrypted_data_bag_secret", "credential-file", """
        \u00abP:chef-data-bag-secret\u00bb
        """)
    c.add(r + "chef/data_bags/app/secrets.json", "json", """
        {
          "id": "secrets",
          "secret_key_base": {
            "encrypted_data": "\u00abN:encrypted-value=b64_cert_chain\u00bb",
            "iv": "dGhpcyBpcyBhbiBpdg==\\n",
            "version": 1,
            "cipher": "aes-256-cbc"
          }
        }
        """)
    c.add(r + "salt/pillar/app.sls", "yaml-config", """
        app:
          db:
            user: app
            password: \u00abP:db-password\u00bb
          rabbitmq:
            url: \u00abP:amqp-url\u00bb
          slack:
            token: \u00abP:slack-bot-token\u00bb
          vault_token: \u00abN:secret-manager-reference:{{ salt['vault'].read_secret('secret/app/token') }}\u00bb
          api_password: {{ pillar.get('secrets:api_password', '') }}
        """)
    c.add(r + "salt/states/users.sls", "yaml-config", """
        deploy:
          user.present:
            - shell: /bin/bash
            - empty_password: False
        svc_backup:
          user.present:
            - password: \u00abP:password\u00bb
            - hash_password: True
        """)
    c.add(r + "docs/README.adoc", "asciidoc", """
        = Config management

        == Bootstrapping a node

        [source,shell]
        ----
        sudo salt-call state.apply
        knife bootstrap 10.0.5.23 --ssh-user ubuntu --sudo --node-name web07 --ssh-password '\u00abP:cli-password\u00bb'
        ----

        NOTE: the Puppet CA password is `\u00abN:placeholder:<see 1Password>\u00bb`.
        """)


def pulumi(c):
    r = "pulumi-platform/"
    c.add(r + "Pulumi.prod.yaml", "yaml-config", """
        config:
          aws:region: eu-west-1
          platform:dbPassword:
            secure: \u00abN:encrypted-value=pulumi_secure\u00bb
          platform:grafanaAdminPassword: \u00abP:admin-password\u00bb
          platform:cloudflareToken: \u00abP:cloudflare-api-token\u00bb
          platform:githubAppKey:
            secure: \u00abN:encrypted-value=pulumi_secure\u00bb
          platform:vpcCidr: 10.40.0.0/16
        """)
    c.add(r + "Pulumi.dev.yaml", "yaml-config", """
        config:
          aws:region: eu-west-1
          aws:accessKey: \u00abP:aws-access-key-id\u00bb
          aws:secretKey: \u00abP:aws-secret-access-key\u00bb
          platform:dbPassword: \u00abP:db-password\u00bb
          digitalocean:token: \u00abP:digitalocean-token\u00bb
        """)
    c.add(r + "index.ts", "code-ts", """
        import * as pulumi from "@pulumi/pulumi";
        import * as aws from "@pulumi/aws";
        import * as cloudflare from "@pulumi/cloudflare";

        const cfg = new pulumi.Config();
        const dbPassword = \u00abN:config-reference:cfg.requireSecret("dbPassword")\u00bb;

        const db = new aws.rds.Instance("main", {
          engine: "postgres",
          instanceClass: "db.t4g.medium",
          allocatedStorage: 50,
          username: "platform",
          password: dbPassword,
          skipFinalSnapshot: false,
        });

        const datadogKey = new aws.secretsmanager.SecretVersion("dd", {
          secretId: "\u00abN:secret-manager-reference:arn:aws:secretsmanager:eu-west-1:123456789012:secret:datadog-api-key-AbCdEf\u00bb",
          secretString: "\u00abP:datadog-api-key\u00bb",
        });

        const cf = new cloudflare.Provider("cf", { apiToken: "\u00abP:cloudflare-api-token\u00bb" });
        export const endpoint = db.endpoint;
        """)
    c.add(r + "python/__main__.py", "code-python", """
        import pulumi
        import pulumi_azure_native as azure
        import pulumi_random as random

        cfg = pulumi.Config()
        admin_pw = cfg.require_secret("sqlAdminPassword")

        rg = azure.resources.ResourceGroup("rg")
        server = azure.sql.Server(
            "sql",
            resource_group_name=rg.name,
            administrator_login="sqladmin",
            administrator_login_password="\u00abP:admin-password\u00bb",
        )
        sp_secret = "\u00abP:azure-ad-client-secret\u00bb"
        tenant_id = "\u00abN:public-identifier=uuidv\u00bb"
        pulumi.export("server", server.name)
        """)
    c.add(r + ".github/workflows/preview.yml", "yaml-ci", """
        name: preview
        on: pull_request
        jobs:
          preview:
            runs-on: ubuntu-latest
            env:
              PULUMI_ACCESS_TOKEN: \u00abP:pulumi-token\u00bb
              AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
              AWS_SECRET_ACCESS_KEY: \u00abN:ci-secret-reference:${{ secrets.AWS_SECRET_ACCESS_KEY }}\u00bb
            steps:
              - uses: actions/checkout@v4
              - uses: pulumi/actions@v5
                with:
                  command: preview
                  stack-name: lantern/platform/prod
        """)


def cfn_bicep(c):
    r = "cloud-templates/"
    c.add(r + "cloudformation/rds.yaml", "cloudformation", """
        AWSTemplateFormatVersion: '2010-09-09'
        Description: Orders database
        Parameters:
          DBPassword:
            Type: String
            NoEcho: true
            Default: \u00abP:db-password\u00bb
          DBUser:
            Type: String
            Default: orders
        Resources:
          OrdersDB:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t3.medium
              AllocatedStorage: '50'
              MasterUsername: !Ref DBUser
              MasterUserPassword: \u00abN:template-reference:!Ref DBPassword\u00bb
          ReportingDB:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              MasterUsername: reporting
              MasterUserPassword: \u00abN:secret-manager-reference:'{{resolve:secretsmanager:prod/reporting/db:SecretString:password}}'\u00bb
          AppConfig:
            Type: AWS::SSM::Parameter
            Properties:
              Name: /orders/stripe-key
              Type: String
              Value: \u00abP:stripe-secret-key\u00bb
        """)
    c.add(r + "cloudformation/lambda.json", "cloudformation", """
        {
          "Resources": {
            "Notifier": {
              "Type": "AWS::Lambda::Function",
              "Properties": {
                "Runtime": "python3.12",
                "Handler": "app.handler",
                "Role": "\u00abN:arn:arn:aws:iam::123456789012:role/notifier-lambda\u00bb",
                "Environment": {
                  "Variables": {
                    "TEAMS_WEBHOOK": "\u00abP:teams-webhook\u00bb",
                    "PAGERDUTY_ROUTING_KEY": "\u00abP:pagerduty-routing-key\u00bb",
                    "OPSGENIE_KEY": { "Fn::Sub": "{{resolve:ssm-secure:/notifier/opsgenie}}" }
                  }
                }
              }
            }
          }
        }
        """)
    c.add(r + "bicep/main.bicep", "bicep", """
        param location string = resourceGroup().location

        @secure()
        param sqlAdminPassword string = '\u00abP:admin-password\u00bb'

        @secure()
        param vmPassword string

        resource kv 'Microsoft.KeyVault/vaults@2023-02-01' existing = {
          name: 'kv-lantern-prod'
        }

        resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
          name: 'stlanternprod'
          location: location
          sku: { name: 'Standard_LRS' }
          kind: 'StorageV2'
        }

        var legacyConn = '\u00abP:azure-storage-connection-string\u00bb'
        var aoaiKey = '\u00abP:azure-openai-key\u00bb'
        output blobEndpoint string = storage.properties.primaryEndpoints.blob
        """)
    c.add(r + "bicep/main.parameters.json", "json", """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "vmPassword": {
              "value": "\u00abP:admin-password\u00bb"
            },
            "sqlAdminPassword": {
              "reference": {
                "keyVault": { "id": "/subscriptions/\u00abN:public-identifier=uuidv\u00bb/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-lantern-prod" },
                "secretName": "\u00abN:secret-name-only:sqlAdminPassword\u00bb"
              }
            },
            "serviceBusConnection": { "value": "\u00abP:azure-servicebus-connection-string\u00bb" }
          }
        }
        """)
    c.add(r + "arm/webapp.json", "json", """
        {
          "resources": [
            {
              "type": "Microsoft.Web/sites/config",
              "name": "app-lantern/appsettings",
              "apiVersion": "2022-03-01",
              "properties": {
                "WEBSITE_RUN_FROM_PACKAGE": "1",
                "BLOB_SAS": "\u00abP:azure-sas-token\u00bb",
                "COSMOS_KEY": "\u00abP:azure-cosmos-key\u00bb",
                "AAD_CLIENT_SECRET": "\u00abN:secret-manager-reference:@Microsoft.KeyVault(SecretUri=https://kv-lantern-prod.vault.azure.net/secrets/aad-client-secret/)\u00bb"
              }
            }
          ]
        }
        """)


def vagrant(c):
    r = "vagrant-packer-images/"
    c.add(r + "Vagrantfile", "code-ruby", """
        Vagrant.configure("2") do |config|
          config.vm.box = "generic/ubuntu2204"
          config.ssh.username = "vagrant"
          config.ssh.password = "\u00abN:well-known-default=vagrant_pw\u00bb"
          config.vm.provider "vmware_desktop" do |v|
            v.vmx["memsize"] = "4096"
          end
          config.vm.provision "shell", inline: <<-SHELL
            echo 'deploy:\u00abP:password\u00bb' | chpasswd
            curl -fsSL -u ci:\u00abP:cli-password\u00bb https://nexus.lantern.internal/repository/raw/bootstrap.sh | bash
          SHELL
          config.vm.provider "aws" do |aws, override|
            aws.access_key_id = "\u00abP:aws-access-key-id\u00bb"
            aws.secret_access_key = "\u00abP:aws-secret-access-key\u00bb"
            aws.session_token = ENV["AWS_SESSION_TOKEN"]
          end
        end
        """)
    c.add(r + "packer/windows.pkr.hcl", "hcl", """
        variable "winrm_password" {
          type      = string
          default   = "\u00abP:admin-password\u00bb"
          sensitive = true
        }

        variable "vsphere_password" {
          type      = string
          sensitive = true
        }

        source "vsphere-iso" "win2022" {
          vcenter_server      = "vcenter.lantern.internal"
          username            = "packer@vsphere.local"
          password            = var.vsphere_password
          communicator        = "winrm"
          winrm_username      = "Administrator"
          winrm_password      = var.winrm_password
          iso_checksum        = "\u00abN:checksum=digest\u00bb"
        }
        """)
    c.add(r + "packer/ubuntu.pkr.hcl", "hcl", """
        source "amazon-ebs" "ubuntu" {
          region        = "eu-west-1"
          instance_type = "t3.small"
          access_key    = "\u00abP:aws-temp-access-key-id\u00bb"
          secret_key    = "\u00abP:aws-secret-access-key\u00bb"
          token         = "\u00abP:aws-session-token\u00bb"
          ssh_username  = "ubuntu"
        }

        build {
          sources = ["source.amazon-ebs.ubuntu"]
          provisioner "shell" {
            environment_vars = ["HCP_CLIENT_SECRET=\u00abP:client-secret\u00bb"]
            scripts          = ["scripts/harden.sh"]
          }
        }
        """)
    c.add(r + "packer/http/autounattend.xml", "xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <unattend xmlns="urn:schemas-microsoft-com:unattend">
          <settings pass="oobeSystem">
            <component name="Microsoft-Windows-Shell-Setup">
              <UserAccounts>
                <AdministratorPassword>
                  <Value>\u00abP:admin-password\u00bb</Value>
                  <PlainText>true</PlainText>
                </AdministratorPassword>
              </UserAccounts>
              <AutoLogon>
                <Password>
                  <Value>\u00abN:encoded-empty-password:UABhAHMAcwB3AG8AcgBkAA==\u00bb</Value>
                  <PlainText>false</PlainText>
                </Password>
              </AutoLogon>
            </component>
          </settings>
        </unattend>
        """, crlf=True)
    c.add(r + "packer/http/preseed.cfg", "conf", """
        d-i passwd/root-login boolean false
        d-i passwd/user-fullname string Packer
        d-i passwd/username string packer
        d-i passwd/user-password password \u00abP:password\u00bb
        d-i passwd/user-password-again password \u00abR\u00bb
        d-i pkgsel/include string openssh-server
        """)
    c.add(r + "scripts/harden.ps1", "powershell", """
        $ErrorActionPreference = "Stop"
        $secure = ConvertTo-SecureString "\u00abP:cli-password\u00bb" -AsPlainText -Force
        $cred = New-Object System.Management.Automation.PSCredential ("LANTERN\\svc_packer", $secure)
        New-PSDrive -Name Z -PSProvider FileSystem -Root \\\\fs01\\images -Credential $cred
        $env:CHOCO_API_KEY = "\u00abP:nuget-api-key\u00bb"
        $fromVault = \u00abN:secret-store-reference:(Get-Secret -Name PackerWinRM -AsPlainText)\u00bb
        """)
    c.add(r + "scripts/join-domain.bat", "batch", """
        @echo off
        REM joins the build VM to the domain
        set DOMAIN_USER=LANTERN\\svc_join
        set "DOMAIN_PASS=\u00abP:cli-password\u00bb"
        netdom join %COMPUTERNAME% /domain:lantern.internal /userd:%DOMAIN_USER% /passwordd:%DOMAIN_PASS%
        net use \\\\fs01\\installers /user:LANTERN\\svc_join ${P:cli-password}
        set API_TOKEN=\u00abN:env-reference:%BUILD_API_TOKEN%\u00bb
        """, crlf=True)


def airflow(c):
    r = "warehouse-airflow-dbt/"
    c.add(r + "airflow/airflow.cfg", "ini", """
        [core]
        dags_folder = /opt/airflow/dags
        executor = CeleryExecutor
        fernet_key = \u00abP:fernet-key\u00bb
        load_examples = False

        [database]
        sql_alchemy_conn = \u00abP:postgres-url\u00bb

        [celery]
        broker_url = \u00abP:redis-url\u00bb
        result_backend = \u00abN:template-reference:db+postgresql://airflow:{AIRFLOW_DB_PASSWORD}@pg:5432/airflow\u00bb

        [webserver]
        secret_key = \u00abP:session-secret\u00bb
        expose_config = False

        [smtp]
        smtp_user = airflow@lantern.io
        smtp_password = \u00abP:smtp-password\u00bb
        """)
    c.add(r + "airflow/dags/sync_hubspot.py", "code-python", """
        from datetime import datetime

        from airflow import DAG
        from airflow.models import Variable
        from airflow.operators.python import PythonOperator

        HUBSPOT_TOKEN = "\u00abP:hubspot-private-app-token\u00bb"
        SNOWFLAKE_PASSWORD = \u00abN:config-reference:Variable.get("snowflake_password")\u00bb


        def pull(**ctx):
            import requests
            r = requests.get("https://api.hubapi.com/crm/v3/objects/contacts",
                             headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"}, timeout=30)
            r.raise_for_status()
            return r.json()["results"]


        with DAG("sync_hubspot", start_date=datetime(2024, 1, 1), schedule="@hourly", catchup=False) as dag:
            PythonOperator(task_id="pull", python_callable=pull)
        """)
    c.add(r + "airflow/dags/export_s3.py", "code-python", """
        from airflow import DAG
        from airflow.providers.amazon.aws.hooks.s3 import S3Hook
        import boto3

        session = boto3.Session(
            aws_access_key_id="\u00abP:aws-access-key-id\u00bb",
            aws_secret_access_key="\u00abP:aws-secret-access-key\u00bb",
        )
        # connection string for the Airflow connection (airflow connections add ...)
        CONN = "\u00abP:url-basic-credentials\u00bb"
        databricks_token = "\u00abP:databricks-token\u00bb"
        """)
    c.add(r + "airflow/docker-compose.yaml", "yaml-compose", """
        x-airflow-common: &airflow-common
          image: apache/airflow:2.9.2
          environment:
            AIRFLOW__CORE__EXECUTOR: CeleryExecutor
            AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: \u00abP:postgres-url\u00bb
            AIRFLOW__CORE__FERNET_KEY: ''
            _AIRFLOW_WWW_USER_USERNAME: ${_AIRFLOW_WWW_USER_USERNAME:-airflow}
            _AIRFLOW_WWW_USER_PASSWORD: \u00abN:env-reference:${_AIRFLOW_WWW_USER_PASSWORD:-airflow}\u00bb
        services:
          postgres:
            image: postgres:16
            environment:
              - POSTGRES_USER=airflow
              - POSTGRES_PASSWORD=\u00abP:db-password\u00bb
              - POSTGRES_DB=airflow
          redis:
            image: redis:7
            command: redis-server --requirepass \u00abP:password\u00bb
        """)
    c.add(r + "dbt/profiles.yml", "yaml-config", """
        warehouse:
          target: prod
          outputs:
            prod:
              type: snowflake
              account: ab12345.eu-west-1
              user: DBT_PROD
              password: "\u00abP:db-password\u00bb"
              role: TRANSFORMER
              warehouse: TRANSFORMING
              database: ANALYTICS
              schema: marts
            dev:
              type: snowflake
              account: ab12345.eu-west-1
              user: "{{ env_var('DBT_USER') }}"
              password: \u00abN:env-reference:"{{ env_var('DBT_PASSWORD') }}"\u00bb
              role: TRANSFORMER
            bigquery:
              type: bigquery
              method: service-account-json
              project: lantern-analytics
              keyfile_json:
                type: service_account
                project_id: lantern-analytics
                private_key_id: "\u00abN:key-identifier=gsha\u00bb"
                private_key: "\u00abP:gcp-service-account-key\u00bb"
                client_email: dbt-runner@lantern-analytics.iam.gserviceaccount.com
        """)
    c.add(r + "dbt/models/staging/stg_payments.sql", "sql", """
        -- payments from the Stripe sync; api key column is masked upstream
        with source as (
            select * from {{ source('stripe', 'charges') }}
        )
        select
            id as payment_id,
            amount / 100.0 as amount,
            md5(customer_email) as customer_hash,
            created
        from source
        """)
    c.add(r + "dbt/macros/grants.sql", "sql", """
        {% macro create_reporting_user() %}
          create user if not exists reporting_ro password = '\u00abP:db-password\u00bb' default_role = REPORTER;
          alter user looker set password = '\u00abP:password\u00bb';
          create user metabase password = '{{ env_var("METABASE_DB_PASSWORD") }}';
        {% endmacro %}
        """)
    c.add(r + "dbt/dbt_cloud.yml", "yaml-config", """
        version: "1"
        context:
          active-project: "70403103924531"
          active-host: "cloud.getdbt.com"
        projects:
          - project-id: "70403103924531"
            account-host: "cloud.getdbt.com"
            api-key: "\u00abP:dbt-cloud-token\u00bb"
        """)


def mlops(c):
    r = "mlops-pipelines/"
    c.add(r + "train/config.yaml", "yaml-config", """
        experiment: churn-v7
        mlflow:
          tracking_uri: https://mlflow.lantern.internal
          username: trainer
          password: \u00abP:password\u00bb
        wandb:
          entity: lantern-ml
          project: churn
          api_key: \u00abP:wandb-api-key\u00bb
        sagemaker:
          role: \u00abN:arn:arn:aws:iam::123456789012:role/SageMakerExecution\u00bb
          instance_type: ml.g5.2xlarge
        huggingface:
          token: \u00abP:huggingface-org-token\u00bb
          model_sha: \u00abN:commit-sha=gsha\u00bb
        seed: 42
        """)
    c.add(r + "train/train.py", "code-python", """
        import os

        import mlflow
        import wandb
        from openai import OpenAI
        from anthropic import Anthropic

        os.environ["MLFLOW_TRACKING_PASSWORD"] = "\u00abP:password\u00bb"
        os.environ.setdefault("WANDB_API_KEY", "\u00abP:wandb-api-key\u00bb")
        client = OpenAI(api_key="\u00abP:openai-project-key\u00bb")
        claude = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        judge = Anthropic(api_key="\u00abP:anthropic-api-key\u00bb")
        neptune_token = "\u00abP:neptune-api-token\u00bb"
        comet_key = "\u00abP:comet-api-key\u00bb"
        kaggle = {"username": "lantern-ml", "key": "\u00abP:kaggle-key\u00bb"}
        api_key = \u00abN:env-reference:os.getenv("COHERE_API_KEY")\u00bb


        def main():
            with mlflow.start_run():
                wandb.init(project="churn")
        """)
    c.add(r + "serving/llm_router.py", "code-python", """
        import httpx

        PROVIDERS = {
            "mistral": {"base": "https://api.mistral.ai/v1", "key": "\u00abP:mistral-api-key\u00bb"},
            "cohere": {"base": "https://api.cohere.com/v2", "key": "\u00abP:cohere-api-key\u00bb"},
            "groq": {"base": "https://api.groq.com/openai/v1", "key": "\u00abP:groq-api-key\u00bb"},
            "together": {"base": "https://api.together.xyz/v1", "key": "\u00abP:together-api-key\u00bb"},
            "perplexity": {"base": "https://api.perplexity.ai", "key": "\u00abP:perplexity-api-key\u00bb"},
            "xai": {"base": "https://api.x.ai/v1", "key": "\u00abP:xai-api-key\u00bb"},
            "gemini": {"base": "https://generativelanguage.googleapis.com", "key": "\u00abP:google-gemini-api-key\u00bb"},
            "local": {"base": "http://localhost:11434/v1", "key": "\u00abN:placeholder:ollama\u00bb"},
        }
        REPLICATE_API_TOKEN = "\u00abP:replicate-token\u00bb"
        ELEVEN = "\u00abP:elevenlabs-key\u00bb"
        DEEPGRAM_KEY = "\u00abP:deepgram-api-key\u00bb"


        def complete(provider, prompt):
            p = PROVIDERS[provider]
            return httpx.post(p["base"] + "/chat/completions", headers={"Authorization": "Bearer " + p["key"]},
                              json={"messages": [{"role": "user", "content": prompt}]}).json()
        """)
    c.add(r + "serving/rag.ipynb", "notebook", _nb([
        ("code", ["from pinecone import Pinecone\n", "pc = Pinecone(api_key=\"\u00abP:pinecone-api-key\u00bb\")\n",
                  "index = pc.Index(\"docs\")\n"]),
        ("code", ["import os\n", "os.environ[\"LANGSMITH_API_KEY\"] = \"\u00abP:langsmith-key\u00bb\"\n",
                  "os.environ[\"LANGSMITH_TRACING\"] = \"true\"\n"]),
        ("code", ["import assemblyai as aai\n", "aai.settings.api_key = \"\u00abP:assemblyai-api-key\u00bb\"\n"]),
        ("code", ["from openai import AzureOpenAI\n",
                  "az = AzureOpenAI(api_key=\"\u00abP:azure-openai-key\u00bb\", azure_endpoint=\"https://lantern-aoai.openai.azure.com\", api_version=\"2024-06-01\")\n"]),
        ("markdown", ["Embeddings are cached by `sha256(text)`, e.g. `\u00abN:hash-named-secret=sha256\u00bb`.\n"]),
    ]))
    c.add(r + "sagemaker/deploy.py", "code-python", """
        import boto3
        import sagemaker

        sess = boto3.Session(profile_name="ml-prod")
        role = "\u00abN:arn:arn:aws:iam::123456789012:role/SageMakerExecution\u00bb"
        bedrock_key = "\u00abP:aws-bedrock-api-key\u00bb"
        model = sagemaker.model.Model(image_uri="763104351884.dkr.ecr.eu-west-1.amazonaws.com/pytorch-inference:2.3",
                                      model_data="s3://lantern-models/churn/model.tar.gz", role=role)
        model.deploy(initial_instance_count=1, instance_type="ml.m5.large",
                     env={"HF_TOKEN": "\u00abP:huggingface-token\u00bb"})
        """)
    c.add(r + ".dvc/config", "ini", """
        [core]
            remote = storage
        ['remote "storage"']
            url = s3://lantern-dvc/churn
            access_key_id = \u00abP:aws-access-key-id\u00bb
            secret_access_key = \u00abP:aws-secret-access-key\u00bb
        ['remote "gcs"']
            url = gs://lantern-dvc
            credentialpath = /secrets/gcs.json
        """)
    c.add(r + "requirements.lock", "lockfile", """
        mlflow==2.14.1 \\
            --hash=sha256:\u00abN:lockfile-hash=sha256\u00bb
        wandb==0.17.4 \\
            --hash=sha256:\u00abN:lockfile-hash=sha256\u00bb
        openai==1.35.10 \\
            --hash=sha256:\u00abN:lockfile-hash=sha256\u00bb
        """)


def _nb(cells):
    from repos_a import notebook
    return notebook(cells)
