//! Matcher throughput (bytes/s) with every built-in rule, on synthetic but realistic text:
//! source code, minified JavaScript, a lockfile, long base64 lines, and keyword-dense config.
//!
//! Run: `cargo bench --bench matcher`. Whole-process comparisons with peer tools are in
//! `benches/compare.sh`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use leakgate::matcher::{Matcher, RegexMatcher, Scratch};
use leakgate::rules::RuleSet;
use std::sync::Arc;

/// xorshift: deterministic corpora without a dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn chars(&mut self, alphabet: &[u8], n: usize) -> String {
        (0..n)
            .map(|_| alphabet[(self.next() % alphabet.len() as u64) as usize] as char)
            .collect()
    }
}

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const SIZE: usize = 4 << 20;

fn source_code(r: &mut Rng) -> String {
    let lines = [
        "    let mut buffer = Vec::with_capacity(capacity);",
        "def handle_request(self, request, *args, **kwargs):",
        "    if (err != nil) { return fmt.Errorf(\"read config: %w\", err) }",
        "static int parse_header(struct ctx *c, const char *buf, size_t len)",
        "        return self.session.get(url, timeout=self.timeout)",
        "import { useState, useEffect } from 'react';",
        "    for (i = 0; i < n; i++) { sum += values[i] * weights[i]; }",
        "// Copyright (c) The Authors. Licensed under the Apache License 2.0.",
        "    private final Map<String, List<Integer>> index = new HashMap<>();",
        "    token = lexer.next_token()?;",
        "    const password = await prompt('Password: ');",
        "    auth_header = request.headers.get('Authorization')",
        "",
    ];
    let mut s = String::with_capacity(SIZE);
    while s.len() < SIZE {
        s.push_str(r.pick(&lines));
        s.push('\n');
    }
    s
}

fn minified_js(r: &mut Rng) -> String {
    let parts = [
        "function(e,t){return e&&t?e.concat(t):[]}",
        "var n=document.getElementById(\"app\");",
        "t.exports={key:\"value\",token:n.token,secret:void 0};",
        "if(!e.apiKey)throw new Error(\"missing api key\");",
        "for(var r=0;r<e.length;r++)o[r]=e[r]^255;",
    ];
    let mut s = String::with_capacity(SIZE);
    while s.len() < SIZE {
        s.push_str(r.pick(&parts));
    }
    s
}

fn lockfile(r: &mut Rng) -> String {
    let mut s = String::with_capacity(SIZE);
    while s.len() < SIZE {
        let name = r.chars(b"abcdefghijklmnopqrstuvwxyz", 8);
        let hash = r.chars(B64, 86);
        s.push_str(&format!(
            "    \"node_modules/{name}\": {{\n      \"version\": \"1.2.3\",\n      \"resolved\": \"https://registry.npmjs.org/{name}/-/{name}-1.2.3.tgz\",\n      \"integrity\": \"sha512-{hash}==\"\n    }},\n"
        ));
    }
    s
}

fn base64_lines(r: &mut Rng) -> String {
    let mut s = String::with_capacity(SIZE);
    while s.len() < SIZE {
        s.push_str(&r.chars(B64, 76));
        s.push('\n');
    }
    s
}

fn keyword_dense(r: &mut Rng) -> String {
    let keys = [
        "api_key",
        "token",
        "secret",
        "password",
        "access_key",
        "auth_token",
        "client_secret",
    ];
    let mut s = String::with_capacity(SIZE);
    while s.len() < SIZE {
        let k = r.pick(&keys);
        let v = r.chars(b"abcdefghijklmnopqrstuvwxyz_", 12);
        s.push_str(&format!(
            "{k}_name = get_{v}()\n{k}: ${{{}}}\n",
            k.to_uppercase()
        ));
    }
    s
}

fn bench(c: &mut Criterion) {
    let rules = Arc::new(RuleSet::builtin().expect("built-in rules load"));
    let matcher = RegexMatcher::new(rules);
    let mut r = Rng(0x5eed);
    let corpora = [
        ("source", source_code(&mut r)),
        ("minified-js", minified_js(&mut r)),
        ("lockfile", lockfile(&mut r)),
        ("base64", base64_lines(&mut r)),
        ("keyword-dense", keyword_dense(&mut r)),
    ];
    let mut group = c.benchmark_group("matcher");
    group.sample_size(10);
    for (name, text) in &corpora {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            let mut scratch = Scratch::default();
            let mut out = Vec::new();
            b.iter(|| {
                out.clear();
                matcher.find(text.as_bytes(), &mut scratch, &mut out);
                out.len()
            })
        });
    }
    group.finish();

    // One 8 MB line packed with key-shaped tokens: matching and locating (line, column, snippet,
    // inline allow) must stay linear whatever the line structure (it was quadratic in locating).
    let mut line = String::with_capacity(8 << 20);
    while line.len() < 8 << 20 {
        line.push_str("token=ghp_");
        line.push_str(&r.chars(
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
            36,
        ));
        line.push(' ');
    }
    let rules = RuleSet::builtin().expect("built-in rules load");
    let mut group = c.benchmark_group("one-line");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(line.len() as u64));
    group.bench_function("8MB-line-of-tokens", |b| {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        let mut hits = Vec::new();
        b.iter(|| {
            out.clear();
            hits.clear();
            matcher.find(line.as_bytes(), &mut scratch, &mut out);
            leakgate::finding::locate(
                rules.rules(),
                line.as_bytes(),
                None,
                &out,
                Default::default(),
                &|_| Vec::new(),
                &mut hits,
            );
            hits.len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
