#!/usr/bin/env python3
"""Writes the blind5 secret-detection corpus: CORPUS/repos/<repo>/... and CORPUS/labels.jsonl.

    generate.py CORPUS [--seed N]

Deterministic for a seed, standard library only. Secrets are generated at run time (secrets5.py);
see README.md for how and under which independence rules this corpus was written.
"""
import argparse
import base64
import json
import os
import random
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import secrets5 as S  # noqa: E402

# ------------------------------------------------------------------ names per syntax
def words(n):
    return [w for w in re.split(r"[_\W]+", n) if w]


def snake(n):
    return "_".join(w.lower() for w in words(n))


def upper(n):
    return "_".join(w.upper() for w in words(n))


def camel(n):
    ws = [w.lower() for w in words(n)]
    return ws[0] + "".join(w.capitalize() for w in ws[1:])


def pascal(n):
    return "".join(w.lower().capitalize() for w in words(n))


def jstr(v):
    return json.dumps(v)[1:-1]


# each renderer: (rng, name, value) -> line; several variants per syntax
R = {
    "dotenv": [lambda r, n, v: f"{upper(n)}={v}", lambda r, n, v: f'{upper(n)}="{v}"', lambda r, n, v: f"{upper(n)} = '{v}'"],
    "shell": [lambda r, n, v: f'export {upper(n)}="{v}"', lambda r, n, v: f"{upper(n)}='{v}'", lambda r, n, v: f"export {upper(n)}={v}"],
    "yaml": [lambda r, n, v: f'  {snake(n)}: "{v}"', lambda r, n, v: f"  {snake(n)}: {v}", lambda r, n, v: f"  {camel(n)}: '{v}'"],
    "json": [lambda r, n, v: f'  "{camel(n)}": "{jstr(v)}",', lambda r, n, v: f'  "{upper(n)}": "{jstr(v)}",'],
    "json5": [lambda r, n, v: f"  {camel(n)}: '{v}',", lambda r, n, v: f'  "{snake(n)}": "{jstr(v)}", // prod'],
    "toml": [lambda r, n, v: f'{snake(n)} = "{v}"', lambda r, n, v: f"{snake(n)}='{v}'"],
    "ini": [lambda r, n, v: f"{snake(n)} = {v}", lambda r, n, v: f"{snake(n)}={v}"],
    "properties": [lambda r, n, v: f"app.{snake(n).replace('_', '.')}={v}", lambda r, n, v: f"{camel(n)} = {v}"],
    "xml": [lambda r, n, v: f"    <{camel(n)}>{v}</{camel(n)}>", lambda r, n, v: f'    <add key="{pascal(n)}" value="{v}" />',
            lambda r, n, v: f'    <param name="{snake(n)}" value="{v}"/>'],
    "plist": [lambda r, n, v: f"\t<key>{pascal(n)}</key><string>{v}</string>"],
    "hcl": [lambda r, n, v: f'  {snake(n)} = "{v}"', lambda r, n, v: f'  {snake(n)}="{v}"'],
    "nix": [lambda r, n, v: f'    {camel(n)} = "{v}";', lambda r, n, v: f"    {upper(n)} = ''{v}'';"],
    "python": [lambda r, n, v: f'{upper(n)} = "{v}"', lambda r, n, v: f"    \"{snake(n)}\": '{v}',", lambda r, n, v: f"    {snake(n)}='{v}',"],
    "javascript": [lambda r, n, v: f"const {camel(n)} = '{v}';", lambda r, n, v: f'  {camel(n)}: "{v}",', lambda r, n, v: f"  {upper(n)}: `{v}`,"],
    "typescript": [lambda r, n, v: f"export const {upper(n)}: string = '{v}';", lambda r, n, v: f'  {camel(n)}: "{v}",',
                   lambda r, n, v: f"  readonly {camel(n)} = '{v}';"],
    "go": [lambda r, n, v: f'\t{pascal(n)} = "{v}"', lambda r, n, v: f'\t\t{pascal(n)}: "{v}",', lambda r, n, v: f"\t{camel(n)} := `{v}`"],
    "java": [lambda r, n, v: f'    private static final String {upper(n)} = "{v}";', lambda r, n, v: f'        props.put("{snake(n).replace("_", ".")}", "{v}");'],
    "kotlin": [lambda r, n, v: f'    const val {upper(n)} = "{v}"', lambda r, n, v: f'    val {camel(n)}: String = "{v}"'],
    "scala": [lambda r, n, v: f'  val {camel(n)} = "{v}"', lambda r, n, v: f'    "{snake(n).replace("_", ".")}" -> "{v}",'],
    "rust": [lambda r, n, v: f'const {upper(n)}: &str = "{v}";', lambda r, n, v: f'    let {snake(n)} = String::from("{v}");'],
    "swift": [lambda r, n, v: f'    static let {camel(n)} = "{v}"', lambda r, n, v: f'let {camel(n)}: String = "{v}"'],
    "c": [lambda r, n, v: f'#define {upper(n)} "{v}"', lambda r, n, v: f'static const char *{snake(n)} = "{v}";'],
    "cpp": [lambda r, n, v: f'static const std::string k{pascal(n)} = "{v}";', lambda r, n, v: f'constexpr const char* k{pascal(n)} = "{v}";'],
    "objc": [lambda r, n, v: f'static NSString * const k{pascal(n)} = @"{v}";'],
    "dart": [lambda r, n, v: f"  static const {camel(n)} = '{v}';", lambda r, n, v: f'  static const String {camel(n)} = "{v}";'],
    "php": [lambda r, n, v: f"define('{upper(n)}', '{v}');", lambda r, n, v: f"    '{snake(n)}' => '{v}',", lambda r, n, v: f'${camel(n)} = "{v}";'],
    "ruby": [lambda r, n, v: f'  config.{snake(n)} = "{v}"', lambda r, n, v: f"{upper(n)} = '{v}'.freeze", lambda r, n, v: f'  {snake(n)}: "{v}",'],
    "elixir": [lambda r, n, v: f'  {snake(n)}: "{v}",', lambda r, n, v: f'  @{snake(n)} "{v}"'],
    "perl": [lambda r, n, v: f"my ${snake(n)} = '{v}';", lambda r, n, v: f"    {snake(n)} => '{v}',"],
    "lua": [lambda r, n, v: f'local {snake(n)} = "{v}"', lambda r, n, v: f'  {snake(n)} = "{v}",'],
    "r": [lambda r, n, v: f'Sys.setenv({upper(n)} = "{v}")', lambda r, n, v: f'{snake(n)} <- "{v}"'],
    "julia": [lambda r, n, v: f'const {upper(n)} = "{v}"', lambda r, n, v: f'    "{snake(n)}" => "{v}",'],
    "groovy": [lambda r, n, v: f"    {camel(n)} = '{v}'", lambda r, n, v: f'def {camel(n)} = "{v}"'],
    "csharp": [lambda r, n, v: f'        private const string {pascal(n)} = "{v}";', lambda r, n, v: f'            {pascal(n)} = "{v}",'],
    "powershell": [lambda r, n, v: f'$env:{upper(n)} = "{v}"', lambda r, n, v: f"${pascal(n)} = '{v}'"],
    "batch": [lambda r, n, v: f'set "{upper(n)}={v}"', lambda r, n, v: f"set {upper(n)}={v}"],
    "dockerfile": [lambda r, n, v: f"ENV {upper(n)}={v}", lambda r, n, v: f'ARG {upper(n)}="{v}"'],
    "compose": [lambda r, n, v: f"      - {upper(n)}={v}", lambda r, n, v: f"      {upper(n)}: {v}"],
    "makefile": [lambda r, n, v: f"{upper(n)} ?= {v}", lambda r, n, v: f"{upper(n)} := {v}"],
    "systemd": [lambda r, n, v: f'Environment="{upper(n)}={v}"', lambda r, n, v: f"Environment={upper(n)}={v}"],
    "crontab": [lambda r, n, v: f"{upper(n)}={v}", lambda r, n, v: f"*/15 * * * * {upper(n)}='{v}' /opt/bin/sync.sh >/dev/null 2>&1"],
    "markdown": [lambda r, n, v: f"| `{upper(n)}` | `{v}` | production |", lambda r, n, v: f"    {upper(n)}={v}"],
    "rst": [lambda r, n, v: f":{snake(n)}: ``{v}``", lambda r, n, v: f"   {upper(n)}={v}"],
    "asciidoc": [lambda r, n, v: f"| {upper(n)} | {v}", lambda r, n, v: f"{upper(n)}={v}"],
    "sql": [lambda r, n, v: f"INSERT INTO app_settings (name, value) VALUES ('{snake(n)}', '{v}');",
            lambda r, n, v: f"UPDATE integrations SET {snake(n)} = '{v}' WHERE id = 1;"],
    "http": [lambda r, n, v: f"X-{pascal(n)}: {v}", lambda r, n, v: f"@{camel(n)} = {v}"],
    "curl": [lambda r, n, v: f'curl -sS -H "X-Api-Key: {v}" https://api.internal.example/v1/status  # {snake(n)}',
             lambda r, n, v: f"curl -u svc-deploy:{v} https://nexus.internal.example/service/rest/v1/status  # {snake(n)}",
             lambda r, n, v: f'http POST https://hooks.internal.example/ingest "Authorization:Bearer {v}"  # {snake(n)}'],
    "ipynb": [lambda r, n, v: '    ' + json.dumps(f'{snake(n)} = "{v}"\n') + ",", lambda r, n, v: '    ' + json.dumps(f"os.environ['{upper(n)}'] = '{v}'\n") + ","],
    "nginxconf": [lambda r, n, v: f'    set ${snake(n)} "{v}";', lambda r, n, v: f'    proxy_set_header X-Api-Key "{v}";  # {snake(n)}'],
    "gdscript": [lambda r, n, v: f'const {upper(n)} := "{v}"', lambda r, n, v: f'var {snake(n)} = "{v}"'],
}

ENV_LOOKUP = {
    "python": lambda n: f'os.environ["{upper(n)}"]', "javascript": lambda n: f"process.env.{upper(n)}",
    "typescript": lambda n: f"process.env.{upper(n)}", "go": lambda n: f'os.Getenv("{upper(n)}")',
    "java": lambda n: f'System.getenv("{upper(n)}")', "kotlin": lambda n: f'System.getenv("{upper(n)}")',
    "scala": lambda n: f'sys.env("{upper(n)}")', "rust": lambda n: f'std::env::var("{upper(n)}")',
    "swift": lambda n: f'ProcessInfo.processInfo.environment["{upper(n)}"]', "c": lambda n: f'getenv("{upper(n)}")',
    "cpp": lambda n: f'std::getenv("{upper(n)}")', "csharp": lambda n: f'Environment.GetEnvironmentVariable("{upper(n)}")',
    "php": lambda n: f"getenv('{upper(n)}')", "ruby": lambda n: f'ENV.fetch("{upper(n)}")',
    "elixir": lambda n: f'System.get_env("{upper(n)}")', "perl": lambda n: f"$ENV{{{upper(n)}}}",
    "lua": lambda n: f'os.getenv("{upper(n)}")', "r": lambda n: f'Sys.getenv("{upper(n)}")', "julia": lambda n: f'ENV["{upper(n)}"]',
    "groovy": lambda n: f"System.getenv('{upper(n)}')", "dart": lambda n: f"Platform.environment['{upper(n)}']",
    "powershell": lambda n: f"$env:{upper(n)}", "gdscript": lambda n: f'OS.get_environment("{upper(n)}")',
    "objc": lambda n: f'[[NSProcessInfo processInfo] environment][@"{upper(n)}"]',
}
ENV_LINE = {
    "python": "{s} = {e}", "javascript": "const {c} = {e};", "typescript": "const {c} = {e} ?? '';", "go": "\t{c} = {e}",
    "java": "        String {c} = {e};", "kotlin": "    val {c} = {e}", "scala": "  val {c} = {e}", "rust": "    let {s} = {e}?;",
    "swift": "    let {c} = {e}", "c": "    const char *{s} = {e};", "cpp": "    auto {s} = {e};", "csharp": "            var {c} = {e};",
    "php": "${c} = {e};", "ruby": "  config.{s} = {e}", "elixir": "  {s}: {e},", "perl": "my ${s} = {e};", "lua": "local {s} = {e}",
    "r": "{s} <- {e}", "julia": "{s} = {e}", "groovy": "def {c} = {e}", "dart": "  final {c} = {e};", "powershell": "${c} = {e}",
    "gdscript": "var {s} = {e}", "objc": "    NSString *{c} = {e};",
}

HEADERS = {
    "python": ["import os", "import logging", "", "log = logging.getLogger(__name__)", ""],
    "javascript": ["'use strict';", "", "const path = require('path');", ""],
    "typescript": ["import { Injectable } from '@nestjs/common';", "", "// eslint-disable-next-line @typescript-eslint/no-unused-vars", ""],
    "go": ["package config", "", "import \"os\"", "", "var _ = os.Getenv", "", "var ("], "java": ["package com.acme.app;", "", "public final class Settings {"],
    "kotlin": ["package com.acme.shared", "", "object Secrets {"], "scala": ["package com.acme.connect", "", "object Settings {"],
    "rust": ["use std::env;", ""], "swift": ["import Foundation", "", "enum Config {"], "c": ["#include <stdio.h>", "#include <stdlib.h>", ""],
    "cpp": ["#include <string>", "#include <cstdlib>", "", "namespace cfg {"], "objc": ["#import <Foundation/Foundation.h>", ""],
    "dart": ["import 'dart:io';", "", "class Env {"], "php": ["<?php", "", "defined('ABSPATH') || exit;", ""],
    "ruby": ["# frozen_string_literal: true", "", "Rails.application.configure do"], "elixir": ["import Config", "", "config :app, App.Repo,"],
    "perl": ["#!/usr/bin/perl", "use strict;", "use warnings;", ""], "lua": ["-- plugin settings", "local M = {}", ""],
    "r": ["library(httr)", "library(jsonlite)", ""], "julia": ["using HTTP", "using JSON3", ""], "groovy": ["pipeline {", "  environment {"],
    "csharp": ["namespace Acme.Game", "{", "    public static class Keys", "    {"], "powershell": ["#Requires -Version 7", "Set-StrictMode -Version Latest", ""],
    "batch": ["@echo off", "setlocal"], "dockerfile": ["FROM python:3.12-slim", "WORKDIR /app", "COPY . ."], "compose": ["services:", "  app:", "    image: acme/app:1.4", "    environment:"],
    "makefile": [".PHONY: build deploy", ""], "systemd": ["[Unit]", "Description=Acme service", "After=network-online.target", "", "[Service]", "User=acme"],
    "crontab": ["SHELL=/bin/bash", "PATH=/usr/local/bin:/usr/bin:/bin", ""], "markdown": ["# Setup", "", "| variable | value | env |", "|---|---|---|"],
    "rst": ["Configuration", "=============", ""], "asciidoc": ["= Runbook", "", "|===", "| name | value"], "sql": ["-- seed data", "BEGIN;"],
    "http": ["### staging calls", "GET https://api.staging.example.internal/v1/health"], "curl": ["#!/usr/bin/env bash", "set -euo pipefail", ""],
    "yaml": ["# managed by the platform team", "settings:"], "json": ["{"], "json5": ["// app config (JSON5)", "{"], "toml": ["[settings]"], "ini": ["[default]"],
    "properties": ["# application settings"], "xml": ['<?xml version="1.0" encoding="UTF-8"?>', "<configuration>"], "plist": ['<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', "<dict>"],
    "hcl": ['variable "region" {', '  default = "eu-west-1"', "}", "", 'locals {'], "nix": ["{ config, pkgs, ... }:", "{", "  services.app.settings = {"],
    "dotenv": ["# local settings"], "shell": ["#!/usr/bin/env bash", "set -euo pipefail", ""], "nginxconf": ["server {", "    listen 443 ssl;", "    location /api/ {"],
    "gdscript": ["extends Node", ""],
    "ipynb": ['{', ' "cells": [', '  {', '   "cell_type": "code",', '   "metadata": {},', '   "source": ['],
}
FOOTERS = {
    "go": [")"], "java": ["}"], "kotlin": ["}"], "scala": ["}"], "swift": ["}"], "cpp": ["}  // namespace cfg"], "dart": ["}"], "ruby": ["end"],
    "elixir": ["  pool_size: 10"], "lua": ["return M"], "groovy": ["  }", "}"], "csharp": ["    }", "}"], "batch": ["endlocal"], "compose": ["    ports:", '      - "8080:8080"'],
    "systemd": ["ExecStart=/usr/local/bin/acme serve", "", "[Install]", "WantedBy=multi-user.target"], "asciidoc": ["|==="], "sql": ["COMMIT;"],
    "json": ['  "version": 3', "}"], "json5": ["  retries: 3,", "}"], "xml": ["</configuration>"], "plist": ["</dict>", "</plist>"], "hcl": ["}"], "nix": ["  };", "}"],
    "nginxconf": ["        proxy_pass http://backend;", "    }", "}"], "dockerfile": ['CMD ["python", "-m", "app"]'],
    "ipynb": ['    "print(\\"ok\\")"', '   ],', '   "outputs": [],', '   "execution_count": null', '  }', ' ],', ' "metadata": {"kernelspec": {"name": "python3"}},', ' "nbformat": 4,', ' "nbformat_minor": 5', '}'],
}
FILLER = [("timeout_seconds", "30"), ("region", "eu-west-1"), ("log_level", "info"), ("max_connections", "100"),
          ("db_host", "db.internal.acme.io"), ("port", "5432"), ("feature_flag", "beta"), ("retries", "3"),
          ("cache_ttl", "600"), ("service_name", "orders"), ("bucket", "acme-artifacts-prod"), ("user", "svc_app"),
          ("base_url", "https://api.acme.io"), ("queue_name", "events"), ("locale", "en_GB")]

# ------------------------------------------------------------------ negatives
def negatives(m):
    """kind -> list of maker(m) -> (name, value)"""
    S_ = S
    ex_aws = "AK" + "IAIOSFODNN7" + "EXAMPLE"
    ex_aws_secret = "/".join(["wJalrXUtnFEMI", "K7MDENG", "bPxRfiCY"]) + "EXAMPLE" + "KEY"
    return {
        "placeholder": lambda: (m.r.choice(["DB_PASSWORD", "API_KEY", "CLIENT_SECRET", "SMTP_PASSWORD", "STRIPE_SECRET_KEY", "GITHUB_TOKEN"]),
                                m.r.choice(["changeme", "<your-api-key>", "YOUR_API_KEY_HERE", "xxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "TODO-set-me",
                                            "<redacted>", "********", "your-secret-here", "insert-token-here", "dummy", "none"])),
        "template-reference": lambda: (m.r.choice(["DB_PASSWORD", "API_TOKEN", "JWT_SECRET", "NPM_TOKEN", "REDIS_PASSWORD"]),
                                       m.r.choice(["${DB_PASSWORD}", "{{ .Values.db.password }}", "${{ secrets.NPM_TOKEN }}", "{{ vault_api_token }}",
                                                   "%(ENV_REDIS_PASSWORD)s", "$(JWT_SECRET)", "{{ pillar['db']['password'] }}", "#{ENV['SMTP_PASSWORD']}",
                                                   "${var.db_password}", "{{ env \"CONSUL_TOKEN\" }}", "${file(\"secrets/api.key\")}"])),
        "secret-manager-reference": lambda: (m.r.choice(["DB_PASSWORD", "API_KEY", "CLIENT_SECRET"]),
                                             m.r.choice(["vault:secret/data/orders#password", "op://Production/postgres/password",
                                                         "arn:aws:secretsmanager:eu-west-1:" + m.d(12) + ":secret:prod/db-" + m.s(6),
                                                         "projects/acme-prod/secrets/api-key/versions/latest",
                                                         "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db/)",
                                                         "sm://orders/api_key", "ref+vault://secret/app#/token"])),
        "vendor-doc-example": lambda: m.r.choice([("AWS_ACCESS_KEY_ID", ex_aws), ("AWS_SECRET_ACCESS_KEY", ex_aws_secret),
                                                  ("STRIPE_KEY", "sk" + "_test_" + "4eC39HqLyjWDarjt" + "T1zdp7dc"),
                                                  ("SLACK_WEBHOOK", "https://hooks." + "slack.com/services/T00000000/B00000000/" + "X" * 24)]),
        "hash-named-like-secret": lambda: (m.r.choice(["checksum_sha256", "commit_sha", "artifact_digest", "etag", "secret_hash", "token_fingerprint"]),
                                           m.s(m.r.choice([40, 64]), S.HEX)),
        "uuid-identifier": lambda: (m.r.choice(["tenant_id", "client_id", "subscription_id", "request_id", "project_id", "api_key_id"]), m.uuid()),
        "public-key": lambda: m.r.choice([("ssh_public_key", "ssh-" + "ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + m.s(43, S.B64) + " deploy@ci"),
                                          ("STRIPE_PUBLISHABLE_KEY", "pk" + "_live_" + m.s(99)),
                                          ("RECAPTCHA_SITE_KEY", "6L" + m.s(38, S.URL)),
                                          ("ALGOLIA_SEARCH_ONLY_KEY", m.s(32, S.HEX)),
                                          ("SENTRY_DSN", "https://" + m.s(32, S.HEX) + "@o" + m.d(6) + ".ingest.sentry.io/" + m.d(7)),
                                          ("GPG_FINGERPRINT", m.s(40, S.HEX).upper())]),
        "fake-fixture": lambda: (m.r.choice(["password", "api_key", "token"]),
                                 m.r.choice(["not-a-real-password", "fake-token-for-tests", "test_api_key_123", "hunter2-example",
                                             "example-secret-do-not-use", "sk-" + "test-" + "fake" + "0" * 20])),
        "base64-image": lambda: ("logo", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + m.s(60, S.B64) + "=="),
        "lockfile-integrity": lambda: ("integrity", "sha512-" + m.b64bytes(64)),
        "password-policy": lambda: m.r.choice([("password_min_length", "12"), ("password_expiry_days", "90"), ("password_require_special", "true"),
                                               ("token_ttl_seconds", "3600"), ("secret_rotation_days", "30"), ("max_password_age", "180")]),
        "encrypted-value": lambda: m.r.choice([("db_password", "ENC[AES256_GCM,data:" + m.s(24, S.B64) + ",iv:" + m.s(43, S.B64) + "=,tag:" + m.s(22, S.B64) + "==,type:str]"),
                                               ("api_token", "ENC[AES256_GCM,data:" + m.s(40, S.B64) + "=,iv:" + m.s(43, S.B64) + "=,tag:" + m.s(22, S.B64) + "==,type:str]")]),
        "redacted-log": lambda: (m.r.choice(["api_key", "token", "password"]), m.r.choice(["sk-" + "...a1b2", "****************", "[FILTERED]", "<hidden>"])),
    }


# ------------------------------------------------------------------ corpus writer
class Corpus:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.m = S.Maker(self.r)
        self.vendor = S.vendor_kinds()
        self.ctx = S.context_kinds()
        self.negs = negatives(self.m)
        self.decks = {}
        self.files = {}      # path -> (lines, crlf)
        self.labels = []

    def deck(self, name, items):
        d = self.decks.get(name)
        if not d:
            d = list(items)
            self.r.shuffle(d)
            self.decks[name] = d
        return d.pop()

    def pos(self, ctx=None):
        if ctx is None:
            ctx = self.r.random() < 0.36
        table = self.ctx if ctx else self.vendor
        kind = self.deck("ctx" if ctx else "ven", sorted(table))
        prov, fn, names = table[kind]
        return kind, prov, fn(self.m), self.r.choice(names), ctx

    # a file made of (line, label-or-None)
    def file(self, path, syntax, slots=4, extra=None, crlf=False, neg_share=0.52, ctx=None):
        slots = slots * 2 + 3
        rows = [(h, None) for h in HEADERS.get(syntax, [])]
        fam = syntax
        main = self.r.choice(R[syntax])
        pick = lambda: main if self.r.random() < 0.75 else self.r.choice(R[syntax])
        if syntax in ("go", "java", "csharp", "ruby", "elixir"):   # the header opens a block only one form fits
            main = R[syntax][0]
        if syntax in ("go", "java", "csharp", "ruby", "elixir", "compose", "scala", "swift"):
            pick = lambda: main
        for i in range(slots):
            for _ in range(self.r.randint(1, 3)):
                fn, fv = self.r.choice(FILLER)
                rows.append((pick()(self.r, fn, fv), None))
            if self.r.random() < neg_share:
                rows.append(self.neg_row(syntax, pick()))
            else:
                kind, prov, val, name, c = self.pos(ctx)
                rows.append((pick()(self.r, name, val),
                             dict(positive=True, kind=kind, provider=prov, context_only=c, family=fam, value=val)))
        for row in extra or []:
            rows.append(row)
        rows += [(f, None) for f in FOOTERS.get(syntax, [])]
        self.put(path, rows, crlf)

    def neg_row(self, syntax, render):
        kinds = sorted(self.negs) + (["env-lookup"] * 3 if syntax in ENV_LOOKUP else [])
        k = self.deck("neg-" + ("code" if syntax in ENV_LOOKUP else "cfg"), kinds)
        if k == "env-lookup":
            n = self.r.choice(["DB_PASSWORD", "STRIPE_SECRET_KEY", "OPENAI_API_KEY", "JWT_SECRET", "SMTP_PASSWORD", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY"])
            e = ENV_LOOKUP[syntax](n)
            line = ENV_LINE[syntax].format(s=snake(n), c=camel(n), e=e)
            return (line, dict(positive=False, kind="env-lookup", provider="-", context_only=False, family=syntax, value=e))
        n, v = self.negs[k]()
        return (render(self.r, n, v), dict(positive=False, kind=k, provider="-", context_only=False, family=syntax, value=v))

    def put(self, path, rows, crlf=False):
        assert path not in self.files, path
        self.files[path] = (rows, crlf)

    def P(self, line, kind, prov, val, fam, ctx=False, check=None):
        return (line, dict(positive=True, kind=kind, provider=prov, context_only=ctx, family=fam, value=check or val))

    def N(self, line, kind, val, fam):
        return (line, dict(positive=False, kind=kind, provider="-", context_only=False, family=fam, value=val))

    def write(self, out):
        repos = os.path.join(out, "repos")
        if os.path.exists(out):
            shutil.rmtree(out)
        os.makedirs(repos)
        with open(os.path.join(out, "labels.jsonl"), "w") as lf:
            for path in sorted(self.files):
                rows, crlf = self.files[path]
                lines = []
                for text, lab in rows:
                    lines.extend(text.split("\n"))
                    if lab:
                        lineno = len(lines) - text.count("\n")
                        first = text.split("\n")[0]
                        assert lab["value"] in first, (path, lab["kind"])
                        rec = dict(path=path, line=lineno, positive=lab["positive"], kind=lab["kind"], provider=lab["provider"],
                                   context_only=lab["context_only"], family=lab["family"])
                        lf.write(json.dumps(rec) + "\n")
                        lab["_rec"] = (rec, lab["value"])
                full = os.path.join(repos, path)
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "w", newline="") as fh:
                    fh.write(("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n"))
        # self-check: read back and verify every labelled line holds its value
        n = 0
        for path, (rows, _) in self.files.items():
            text = open(os.path.join(repos, path), newline="").read().replace("\r\n", "\n").split("\n")
            for _, lab in rows:
                if lab:
                    rec, val = lab["_rec"]
                    assert val in text[rec["line"] - 1], (path, rec["line"], rec["kind"])
                    n += 1
        return n


# ------------------------------------------------------------------ special files
def pem(c, label, nbytes, lead=b""):
    head = "-----BEGIN " + label + "-----"
    body = c.m.pem_body(nbytes, lead)
    return head, "\n".join([head] + body + ["-----END " + label + "-----"])


def specials(c, repo, fam_hint=None):
    """hand-written credential shapes; returns nothing, adds files under repo"""
    m, r = c.m, c.r
    P, N = c.P, c.N
    return m, r, P, N


def build(c):
    m, r, P, N = c.m, c.r, c.P, c.N
    RK = "PRIVATE" + " KEY"

    def dburl(scheme, port, kind, fam, tmpl):
        pw = m.password(r.randint(14, 20)).replace("@", "x").replace("#", "k").replace("%", "p").replace("^", "v")
        url = f"{scheme}://app_{m.s(4, S.LO)}:{pw}@db-{m.s(5, S.LO)}.internal:{port}/main"
        return P(tmpl.format(url), kind, "generic", url, fam)

    # 1 odoo module
    c.file("odoo-helpdesk-sla/models/sla_connector.py", "python", 5)
    c.put("odoo-helpdesk-sla/odoo.conf", [("[options]", None), ("addons_path = /mnt/extra-addons", None),
          P("admin_passwd = " + (v := m.password()), "odoo-admin-passwd", "Odoo", v, "ini", True),
          ("db_host = postgres", None), ("db_user = odoo", None),
          P("db_password = " + (v := m.password()), "db-password", "generic", v, "ini", True),
          N("list_db = False", "password-policy", "list_db = False", "ini"), ("workers = 4", None)], crlf=True)
    c.file("odoo-helpdesk-sla/data/ir_config_parameter.xml", "xml", 4)
    c.file("odoo-helpdesk-sla/README.rst", "rst", 3)

    # 2 rails engine gem
    c.file("billing_engine_gem/lib/billing_engine/configuration.rb", "ruby", 5)
    c.file("billing_engine_gem/spec/dummy/config/database.yml", "yaml", 3)
    c.put("billing_engine_gem/.gem/credentials", [("---", None),
          P(":rubygems_api_key: " + (v := "rubyg" + "ems_" + m.s(48, S.HEX)), "rubygems-api-key", "RubyGems", v, "credential-file")])
    c.file("billing_engine_gem/spec/support/vcr_setup.rb", "ruby", 3, neg_share=0.7)
    c.put("billing_engine_gem/Gemfile.lock", [("GEM", None), ("  remote: https://rubygems.org/", None), ("  specs:", None),
          ("    rack (3.0.9)", None), ("CHECKSUMS", None),
          N("  rack (3.0.9) sha256=" + (v := m.s(64, S.HEX)), "lockfile-integrity", v, "lockfile")])

    # 3 hugo site
    c.file("hugo-marketing-site/config/production/params.toml", "toml", 4)
    c.file("hugo-marketing-site/content/docs/deploy.md", "markdown", 4)
    c.put("hugo-marketing-site/netlify.toml", [("[build]", None), ('  command = "hugo --gc --minify"', None), ("[build.environment]", None),
          ('  HUGO_VERSION = "0.125.4"', None), P('  NETLIFY_AUTH_TOKEN = "' + (v := c.vendor["netlify-token"][1](m)) + '"', "netlify-token", "Netlify", v, "toml"),
          P('  ALGOLIA_ADMIN_KEY = "' + (v := m.mixed(32, S.HEX)) + '"', "algolia-admin-key", "Algolia", v, "toml", True),
          N('  ALGOLIA_SEARCH_KEY = "' + (v := m.s(32, S.HEX)) + '"', "public-key", v, "toml")])
    c.file("hugo-marketing-site/layouts/partials/analytics.html.js", "javascript", 2, neg_share=0.7)

    # 4 grafana plugin
    c.file("grafana-servicenow-datasource/pkg/plugin/settings.go", "go", 5)
    c.file("grafana-servicenow-datasource/src/datasource.ts", "typescript", 4)
    c.file("grafana-servicenow-datasource/provisioning/datasources/dev.yaml", "yaml", 4)
    c.put("grafana-servicenow-datasource/provisioning/datasources/secure.yaml", [("apiVersion: 1", None), ("datasources:", None),
          ("  - name: ServiceNow", None), ("    type: acme-servicenow-datasource", None), ("    secureJsonData:", None),
          P("      basicAuthPassword: " + (v := m.password()), "service-password", "generic", v, "yaml", True),
          P("      apiToken: " + (v := m.mixed(40)), "api-key-alnum", "generic", v, "yaml", True),
          N("      clientSecret: $__env{SN_CLIENT_SECRET}", "template-reference", "$__env{SN_CLIENT_SECRET}", "yaml"),
          N("      password: $__file{/run/secrets/sn_password}", "template-reference", "$__file{/run/secrets/sn_password}", "yaml")])

    # 5 dagster pipeline
    c.file("dagster-revenue-pipeline/revenue/resources.py", "python", 5)
    c.file("dagster-revenue-pipeline/notebooks/explore_churn.ipynb", "ipynb", 4)
    c.file("dagster-revenue-pipeline/dagster_cloud.yaml", "yaml", 3)
    c.file("dagster-revenue-pipeline/analysis/forecast.R", "r", 3)
    c.file("dagster-revenue-pipeline/analysis/elasticity.jl", "julia", 3)
    gsa = {"type": "service_account", "project_id": "acme-revenue-" + m.s(4, S.DIG), "private_key_id": m.s(40, S.HEX)}
    h, body = pem(c, RK, 1190, b"\x30\x82\x04\xbc\x02\x01\x00\x30\x0d")
    lines = ["{", '  "type": "service_account",', f'  "project_id": "{gsa["project_id"]}",', f'  "private_key_id": "{gsa["private_key_id"]}",',
             '  "private_key": "' + body.replace("\n", "\\n") + '\\n",',
             f'  "client_email": "dagster@{gsa["project_id"]}.iam.gserviceaccount.com",', f'  "client_id": "{m.d(21)}",',
             '  "token_uri": "https://oauth2.googleapis.com/token"', "}"]
    c.put("dagster-revenue-pipeline/secrets/gcp-sa.json", [(l, None) for l in lines[:4]] +
          [P(lines[4], "gcp-service-account-key", "Google", h, "json")] + [(l, None) for l in lines[5:]])

    # 6 flask + sqlalchemy
    c.file("flask-inventory/app/config.py", "python", 5)
    c.file("flask-inventory/.env", "dotenv", 6)
    c.file("flask-inventory/.env.example", "dotenv", 4, neg_share=1.0)
    c.put("flask-inventory/alembic.ini", [("[alembic]", None), ("script_location = migrations", None),
          dburl("postgresql+psycopg2", 5432, "postgres-url", "ini", "sqlalchemy.url = {}"), ("[loggers]", None), ("keys = root,sqlalchemy", None)])
    c.file("flask-inventory/tests/conftest.py", "python", 3, neg_share=0.8)
    c.file("flask-inventory/docker-compose.override.yml", "compose", 2)

    # 7 nestjs api
    c.file("nestjs-bookings-api/src/config/configuration.ts", "typescript", 6)
    c.file("nestjs-bookings-api/.env.production", "dotenv", 6)
    c.file("nestjs-bookings-api/src/mail/mail.module.ts", "typescript", 3)
    c.put("nestjs-bookings-api/ormconfig.json", [("{", None), ('  "type": "mysql",', None),
          dburl("mysql", 3306, "mysql-url", "json", '  "url": "{}",'), ('  "synchronize": false', None), ("}", None)])
    c.put("nestjs-bookings-api/package-lock.json", [("{", None), ('  "packages": {', None), ('    "node_modules/@nestjs/core": {', None),
          ('      "version": "10.3.8",', None), N('      "integrity": "' + (v := "sha512-" + m.b64bytes(64)) + '"', "lockfile-integrity", v, "json"),
          ("    }", None), ("  }", None), ("}", None)])

    # 8 quarkus service
    c.file("quarkus-payments/src/main/resources/application.properties", "properties", 7)
    c.file("quarkus-payments/src/main/java/com/acme/payments/GatewayConfig.java", "java", 4)
    c.file("quarkus-payments/src/main/docker/Dockerfile.jvm", "dockerfile", 3)
    c.put("quarkus-payments/src/main/resources/application-prod.properties", [("quarkus.datasource.db-kind=postgresql", None),
          P("quarkus.datasource.jdbc.url=jdbc:postgresql://pg-prod.internal:5432/payments?user=payments&password=" + (v := m.password(16).replace("&", "x")),
            "jdbc-password", "generic", v, "properties", True),
          P("quarkus.oidc.credentials.secret=" + (v := m.mixed(36, S.URL)), "client-secret", "generic", v, "properties", True),
          N("quarkus.datasource.password=${DB_PASSWORD}", "template-reference", "${DB_PASSWORD}", "properties")])

    # 9 micronaut app (groovy/kotlin)
    c.file("micronaut-notifications/src/main/resources/application.yml", "yaml", 5)
    c.file("micronaut-notifications/src/main/kotlin/com/acme/notify/Keys.kt", "kotlin", 4)
    c.file("micronaut-notifications/Jenkinsfile", "groovy", 3)
    c.file("micronaut-notifications/build.gradle", "groovy", 2)

    # 10 godot game
    c.file("godot-starfall/scripts/leaderboard.gd", "gdscript", 4)
    c.file("godot-starfall/addons/gdnative/src/telemetry.cpp", "cpp", 4)
    c.file("godot-starfall/mono/Scripts/Keys.cs", "csharp", 4, crlf=True)
    c.put("godot-starfall/export_presets.cfg", [("[preset.0]", None), ('name="Android"', None), ('platform="Android"', None), ("[preset.0.options]", None),
          ('keystore/release="res://release.keystore"', None), ('keystore/release_user="starfall"', None),
          P('keystore/release_password="' + (v := m.password()) + '"', "keystore-password", "generic", v, "ini", True)])

    # 11 kotlin multiplatform app
    c.file("kmp-fitness/shared/src/commonMain/kotlin/BuildKonfig.kt", "kotlin", 4)
    c.file("kmp-fitness/iosApp/iosApp/Config.swift", "swift", 4)
    c.file("kmp-fitness/iosApp/iosApp/Info.plist", "plist", 3)
    c.file("kmp-fitness/iosApp/Legacy/APIKeys.m", "objc", 3)
    c.file("kmp-fitness/flutter_module/lib/env.dart", "dart", 3)
    c.put("kmp-fitness/local.properties", [("sdk.dir=/Users/dev/Library/Android/sdk", None),
          P("MAPS_API_KEY=" + (v := c.vendor["google-api-key"][1](m)), "google-api-key", "Google", v, "properties"),
          P("RELEASE_STORE_PASSWORD=" + (v := m.password()), "keystore-password", "generic", v, "properties", True),
          P("RELEASE_KEY_PASSWORD=" + (v := m.password()), "keystore-password", "generic", v, "properties", True)])

    # 12 terraform module registry
    c.file("terraform-modules/modules/rds/examples/complete/main.tf", "hcl", 4)
    c.file("terraform-modules/modules/datadog/variables.tf", "hcl", 3)
    c.file("terraform-modules/README.md", "markdown", 3, neg_share=0.7)
    c.put("terraform-modules/.terraformrc", [('credentials "app.terraform.io" {', None),
          P('  token = "' + (v := c.vendor["terraform-cloud-token"][1](m)) + '"', "terraform-cloud-token", "HashiCorp", v, "hcl"), ("}", None)])
    c.put("terraform-modules/modules/rds/.terraform.lock.hcl", [('provider "registry.terraform.io/hashicorp/aws" {', None), ('  version = "5.49.0"', None),
          ("  hashes = [", None), N('    "h1:' + (v := m.b64bytes(32)) + '",', "lockfile-integrity", v, "hcl"),
          N('    "zh:' + (v := m.s(64, S.HEX)) + '",', "lockfile-integrity", v, "hcl"), ("  ]", None), ("}", None)])

    # 13 crossplane / argocd gitops
    c.file("gitops-platform/apps/payments/values-prod.yaml", "yaml", 5)
    c.file("gitops-platform/crossplane/providerconfig-aws.yaml", "yaml", 3)
    ca = m.b64bytes(600)
    keyb64 = base64.b64encode(pem(c, "RSA " + RK, 600)[1].encode()).decode()
    tok = m.mixed(48, S.URL)
    c.put("gitops-platform/clusters/staging/kubeconfig", [("apiVersion: v1", None), ("clusters:", None), ("- cluster:", None),
          N("    certificate-authority-data: " + ca, "public-key", ca, "yaml"), ("    server: https://10.20.0.1:6443", None), ("  name: staging", None),
          ("users:", None), ("- name: admin", None), ("  user:", None), ("    client-certificate-data: " + m.b64bytes(500), None),
          P("    client-key-data: " + keyb64, "kubeconfig-client-key", "Kubernetes", keyb64, "yaml"),
          ("- name: ci", None), ("  user:", None), P("    token: " + tok, "api-token-opaque", "generic", tok, "yaml", True)])
    sv = "AgB" + m.s(300, S.B64)
    c.put("gitops-platform/apps/payments/sealed-db.yaml", [("apiVersion: bitnami.com/v1alpha1", None), ("kind: SealedSecret", None),
          ("metadata:", None), ("  name: payments-db", None), ("spec:", None), ("  encryptedData:", None),
          N("    password: " + sv, "encrypted-value", sv, "yaml")])
    pw = m.password()
    c.put("gitops-platform/apps/payments/secret-db.yaml", [("apiVersion: v1", None), ("kind: Secret", None), ("metadata:", None),
          ("  name: payments-db", None), ("type: Opaque", None), ("stringData:", None), ("  username: payments", None),
          P("  password: " + pw, "db-password", "generic", pw, "yaml", True)])
    c.file("gitops-platform/argocd/repo-creds.yaml", "yaml", 2)

    # 14 consul / nomad cluster
    c.file("consul-nomad-cluster/jobs/api.nomad.hcl", "hcl", 4)
    c.file("consul-nomad-cluster/systemd/nomad.service", "systemd", 3)
    c.file("consul-nomad-cluster/scripts/bootstrap.sh", "shell", 5)
    c.file("consul-nomad-cluster/edge/nginx.conf", "nginxconf", 3)
    basic = base64.b64encode(("ops:" + m.password()).encode()).decode()
    c.put("consul-nomad-cluster/edge/haproxy.cfg", [("global", None), ("    maxconn 4096", None), ("userlist admins", None),
          P("    user ops insecure-password " + (v := m.password()), "admin-password", "generic", v, "haproxy-conf", True),
          ("backend consul", None), P('    http-request set-header Authorization "Basic ' + basic + '"', "basic-auth-header", "generic", basic, "haproxy-conf", True),
          ("    server c1 10.0.0.11:8500 check", None)])
    c.put("consul-nomad-cluster/consul/agent.hcl", [('datacenter = "dc1"', None), ("acl {", None), ("  enabled = true", None), ("  tokens {", None),
          P('    agent = "' + (v := m.uuid()) + '"', "consul-acl-token", "HashiCorp", v, "hcl", True), ("  }", None), ("}", None),
          P('encrypt = "' + (v := m.b64bytes(32)) + '"', "encryption-key-base64", "generic", v, "hcl", True)])

    # 15 ansible galaxy role
    c.file("ansible-role-postgres/defaults/main.yml", "yaml", 4)
    c.file("ansible-role-postgres/molecule/default/converge.yml", "yaml", 3, neg_share=0.7)
    vh = [m.s(80, S.HEX) for _ in range(3)]
    c.put("ansible-role-postgres/vars/vault.yml", [N("$ANSIBLE_VAULT;1.1;AES256", "encrypted-value", "$ANSIBLE_VAULT", "yaml")] + [(x, None) for x in vh])
    c.put("ansible-role-postgres/inventory/hosts.ini", [("[db]", None),
          P("db1.acme.internal ansible_user=deploy ansible_password=" + (v := m.password()), "service-password", "generic", v, "ini", True),
          P("db2.acme.internal ansible_user=deploy ansible_become_pass=" + (v := m.password()), "admin-password", "generic", v, "ini", True)])
    c.put("ansible-role-postgres/templates/pgpass.j2", [N("{{ pg_host }}:5432:*:{{ pg_user }}:{{ pg_password }}", "template-reference", "{{ pg_password }}", "credential-file")])

    # 16 saltstack pillar + credential files
    c.file("salt-pillar/pillar/postgres/init.sls", "yaml", 4)
    c.file("salt-pillar/pillar/cron/backup.cron", "crontab", 3)
    root = "salt-pillar/files/root/"
    c.put(root + ".netrc", [P("machine artifacts.acme.io login deploy password " + (v := m.password()), "netrc-password", "generic", v, "credential-file", True),
          P("machine api.heroku.com login ops@acme.io password " + (v := m.uuid()), "heroku-api-key", "Heroku", v, "credential-file", True)])
    c.put(root + ".pgpass", [P("pg-prod.internal:5432:*:replicator:" + (v := m.password().replace(":", "x")), "pgpass-password", "generic", v, "credential-file", True)])
    c.put(root + ".my.cnf", [("[client]", None), ("user=backup", None), P("password=" + (v := m.password()), "db-password", "generic", v, "credential-file", True)])
    c.put(root + ".git-credentials", [P("https://ci-bot:" + (v := S.gh(m, "p")) + "@github.com", "github-classic-pat", "GitHub", v, "credential-file")])
    c.put(root + ".npmrc", [("registry=https://registry.npmjs.org/", None), P("//registry.npmjs.org/:_authToken=" + (v := S.npm(m)), "npm-token", "npm", v, "credential-file"),
          P("//npm.acme.io/:_password=" + (v := base64.b64encode(m.password().encode()).decode()), "registry-password", "generic", v, "credential-file", True)])
    c.put(root + ".pypirc", [("[distutils]", None), ("index-servers = pypi", None), ("[pypi]", None), ("username = __token__", None),
          P("password = " + (v := c.vendor["pypi-token"][1](m)), "pypi-token", "PyPI", v, "credential-file")])
    auth = base64.b64encode(("deploy:" + m.password()).encode()).decode()
    c.put(root + ".docker/config.json", [("{", None), ('  "auths": {', None), ('    "registry.acme.io": {', None),
          P('      "auth": "' + auth + '"', "docker-config-auth", "Docker", auth, "credential-file", True), ("    }", None), ("  }", None), ("}", None)])
    c.put(root + ".config/rclone/rclone.conf", [("[b2]", None), ("type = b2", None), ("account = " + m.s(25, S.HEX), None),
          P("key = " + (v := "K00" + m.s(28)), "backblaze-app-key", "Backblaze", v, "credential-file", True)])
    c.put(root + ".s3cfg", [("[default]", None), P("access_key = " + (v := c.vendor["aws-access-key-id"][1](m)), "aws-access-key-id", "AWS", v, "credential-file"),
          P("secret_key = " + (v := m.mixed(40, S.ALNUM + "+/")), "aws-secret-access-key", "AWS", v, "credential-file", True)])
    c.put(root + ".boto", [("[Credentials]", None), P("gs_secret_access_key = " + (v := m.mixed(40, S.ALNUM + "+/")), "gcs-hmac-secret", "Google", v, "credential-file", True)])
    c.put(root + ".wgetrc", [("user = mirror", None), P("password = " + (v := m.password()), "service-password", "generic", v, "credential-file", True)])
    c.put("salt-pillar/files/postfix/sasl_passwd", [P("[smtp.sendgrid.net]:587 apikey:" + (v := c.vendor["sendgrid-key"][1](m)), "sendgrid-key", "Twilio SendGrid", v, "postfix-conf"),
          P("[smtp.office365.com]:587 relay@acme.io:" + (v := m.password()), "smtp-password", "generic", v, "postfix-conf", True)])
    c.put("salt-pillar/files/pgbouncer/userlist.txt", [P('"app" "' + (v := m.password()) + '"', "db-password", "generic", v, "pgbouncer-conf", True),
          N('"stats" "md5' + (v := m.s(32, S.HEX)) + '"', "hash-named-like-secret", v, "pgbouncer-conf")])

    # 17 mattermost / rocket.chat bot
    c.file("chatops-bot/bot/main.go", "go", 4)
    c.file("chatops-bot/rust-relay/src/config.rs", "rust", 4)
    c.file("chatops-bot/plugins/standup.lua", "lua", 3)
    c.file("chatops-bot/rocketchat/config/runtime.exs", "elixir", 4)
    c.file("chatops-bot/docs/commands.http", "http", 3)

    # 18 woocommerce plugin + moodle plugin
    c.file("woo-shipping-bridge/includes/class-api-client.php", "php", 5)
    c.file("woo-shipping-bridge/tests/bootstrap.php", "php", 3, neg_share=0.8)
    c.file("moodle-local-sync/settings.php", "php", 3)
    c.file("moodle-local-sync/db/install_seed.sql", "sql", 4)
    c.file("moodle-local-sync/config-dist.php", "php", 3, neg_share=0.8)

    # 19 zabbix / nagios monitoring
    c.file("zabbix-nagios-config/scripts/check_backup.pl", "perl", 4)
    c.file("zabbix-nagios-config/modules/http_probe.c", "c", 4)
    c.file("zabbix-nagios-config/Makefile", "makefile", 3)
    c.file("zabbix-nagios-config/scripts/maintenance.ps1", "powershell", 4, crlf=True)
    c.file("zabbix-nagios-config/scripts/restart_agent.bat", "batch", 3, crlf=True)
    c.put("zabbix-nagios-config/nagios/resource.cfg", [("$USER1$=/usr/lib/nagios/plugins", None),
          P("$USER3$=" + (v := m.password()), "service-password", "generic", v, "nagios-conf", True),
          P("$USER5$=" + (v := m.password()), "db-password", "generic", v, "nagios-conf", True)])

    # 20 kafka connect
    c.file("kafka-connect-cdc/connectors/s3-sink.json", "json", 4)
    c.file("kafka-connect-cdc/worker.properties", "properties", 4)
    c.file("kafka-connect-cdc/streams/src/main/scala/Topology.scala", "scala", 4)
    jaas = m.password()
    c.put("kafka-connect-cdc/client.properties", [("security.protocol=SASL_SSL", None), ("sasl.mechanism=PLAIN", None),
          P('sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="' + m.s(16, S.UP + S.DIG) + '" password="' + jaas + '";',
            "sasl-password", "Apache Kafka", jaas, "properties", True)])

    # 21 splunk app
    c.file("splunk-ta-acme/default/inputs.conf", "ini", 3)
    c.file("splunk-ta-acme/bin/acme_input.py", "python", 4)
    c.file("splunk-ta-acme/README/setup.adoc", "asciidoc", 3)

    # 22 backstage portal
    c.file("backstage-portal/app-config.production.yaml", "yaml", 5)
    c.file("backstage-portal/packages/backend/src/plugins/auth.ts", "typescript", 3)
    c.file("backstage-portal/.vscode/settings.json5", "json5", 3)
    c.file("backstage-portal/docker-compose.yml", "compose", 3)
    c.file("backstage-portal/packages/app/src/legacy/tracking.js", "javascript", 3)
    h, body = pem(c, "RSA " + RK, 1190, b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00")
    c.put("backstage-portal/github-app-backstage-credentials.yaml", [("appId: " + m.d(6), None),
          ("clientId: Iv1." + m.s(16, S.HEX), None), P("clientSecret: " + (v := m.mixed(40, S.HEX)), "client-secret", "generic", v, "yaml", True),
          P("webhookSecret: " + (v := m.mixed(32)), "webhook-signing-secret", "generic", v, "yaml", True),
          ("privateKey: |", None), P("  " + body.replace("\n", "\n  "), "rsa-private-key", "generic", h, "pem")])

    # 23 supabase + edge functions
    c.file("supabase-edge-app/supabase/functions/stripe-webhook/index.ts", "typescript", 4)
    c.file("supabase-edge-app/supabase/seed.sql", "sql", 3)
    c.file("supabase-edge-app/supabase/config.toml", "toml", 3)
    c.file("supabase-edge-app/flake.nix", "nix", 3)
    c.file("supabase-edge-app/scripts/curl-examples.sh", "curl", 4)

    # 24 private keys in odd places (a keys/ folder of an internal bastion repo)
    kd = "bastion-access/"
    h, body = pem(c, "EC " + RK, 121, b"\x30\x77\x02\x01\x01\x04\x20")
    c.put(kd + "keys/monitoring-ec.pem", [P(body, "ec-private-key", "generic", h, "pem")])
    blob = m.b64bytes(380)
    oh = "-----BEGIN OPENSSH " + RK + "-----"
    obody = base64.b64encode(b"openssh-key-v1\x00" + bytes(r.getrandbits(8) for _ in range(380))).decode()
    c.put(kd + "keys/id_ed25519_deploy", [P("\n".join([oh] + [obody[i:i + 70] for i in range(0, len(obody), 70)] + ["-----END OPENSSH " + RK + "-----"]),
                                            "openssh-private-key", "generic", oh, "pem")])
    ph = "PuTTY-User-Key-File-3: ssh-ed25519"
    c.put(kd + "keys/jumphost.ppk", [P(ph, "putty-private-key", "PuTTY", ph, "putty"), ("Encryption: none", None), ("Comment: jumphost", None),
          ("Public-Lines: 2", None), (m.s(64, S.B64), None), (m.s(40, S.B64), None), ("Private-Lines: 1", None), (m.s(44, S.B64), None),
          ("Private-MAC: " + m.s(64, S.HEX), None)])
    p12 = "MIIK" + m.b64bytes(900)
    c.put(kd + "helm/values-signing.yaml", [("signing:", None), ("  enabled: true", None),
          P("  keystoreP12Base64: " + p12, "pkcs12-base64", "generic", p12, "yaml", True),
          P("  keystorePassword: " + (v := m.password()), "keystore-password", "generic", v, "yaml", True)])
    d = m.b64url(bytes(r.getrandbits(8) for _ in range(32)))
    c.put(kd + "jwks/signing-key.json", [("{", None), ('  "kty": "EC",', None), ('  "crv": "P-256",', None),
          ('  "x": "' + m.b64url(bytes(r.getrandbits(8) for _ in range(32))) + '",', None), ('  "y": "' + m.b64url(bytes(r.getrandbits(8) for _ in range(32))) + '",', None),
          P('  "d": "' + d + '",', "jwk-private-key", "generic", d, "json"), ('  "kid": "' + m.uuid() + '"', None), ("}", None)])
    pub = "-----BEGIN PUBLIC" + " KEY-----"
    c.put(kd + "keys/monitoring-ec.pub", [N(pub, "public-key", pub, "pem"), (m.s(64, S.B64), None), (m.s(24, S.B64) + "==", None), ("-----END PUBLIC KEY-----", None)])
    c.file(kd + "docs/ACCESS.md", "markdown", 3)
    c.put(kd + "history/ops.bash_history", [("ssh jump01", None),
          P("mysql -h db-prod.internal -u root -p'" + (v := m.password().replace("'", "x")) + "' orders", "db-password", "generic", v, "shell", True),
          P("sshpass -p '" + (v := m.password().replace("'", "x")) + "' ssh admin@10.2.0.5", "admin-password", "generic", v, "shell", True),
          dburl("mongodb+srv", 27017, "mongodb-url", "shell", 'mongosh "{}"'),
          dburl("redis", 6379, "redis-url", "shell", "redis-cli -u {} ping"),
          dburl("amqp", 5672, "amqp-url", "shell", "export CELERY_BROKER_URL={}"),
          ("git pull --rebase", None)])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=20261205)
    a = ap.parse_args()
    c = Corpus(a.seed)
    build(c)
    n = c.write(a.corpus)
    with open(os.path.join(a.corpus, "meta.json"), "w") as fh:
        json.dump({"seed": a.seed, "generator": "benches/blind5/generate.py"}, fh)
    labs = [json.loads(l) for l in open(os.path.join(a.corpus, "labels.jsonl"))]
    pos = [l for l in labs if l["positive"]]
    print(f"{len({l['path'].split('/')[0] for l in labs})} repos, {len(pos)} positives ({sum(l['context_only'] for l in pos)} context-only, "
          f"{len({l['kind'] for l in pos})} kinds, {len({l['family'] for l in pos})} families), {len(labs) - len(pos)} negatives; self-check {n} labels ok",
          file=sys.stderr)


if __name__ == "__main__":
    main()
