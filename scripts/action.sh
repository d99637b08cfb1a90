#!/usr/bin/env bash
# The logic of leakgate's GitHub Action (action.yml), kept here so it runs and is tested outside
# GitHub. It works out what to scan from the event, makes sure the history it needs is present,
# runs `leakgate git`, writes SARIF, a Markdown summary and `::error` annotations.
#
# Ranges: push: before..after; a new branch, or a force push whose `before` commit is gone even
# after fetching: what the default branch lacks (origin/<default>..after), or all history of
# `after` when there is no default branch to compare with; pull_request: base..head; else the full
# history. The summary lists each finding (rule, severity, file:line linked to its commit,
# redacted secret, remediation) and a count by rule.
#
# Inputs (environment):
#   INPUT_PATH        repository to scan (default .)
#   INPUT_MODE        auto | push | pull_request | full   (auto: from GITHUB_EVENT_NAME)
#   INPUT_ARGS        extra arguments for `leakgate git` (split on whitespace)
#   INPUT_FAIL        true: exit 1 when something is found (default true)
#   INPUT_DEFER_FAILURE  true: exit 0 on findings and leave failing to a later step (the action
#                     uploads SARIF first); findings are still in the `findings` output
#   INPUT_SARIF_FILE  where SARIF goes (default: $RUNNER_TEMP or /tmp, leakgate.sarif)
#   LEAKGATE          the binary (default: leakgate on PATH)
#   GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_SERVER_URL,
#   GITHUB_REPOSITORY as GitHub sets them (the last two make the summary's links).
# Outputs (to GITHUB_OUTPUT): range, findings, exit-code, sarif.
# Exit: 0 clean (or deferred), 1 findings, 2 error (unreadable event, missing history, ...).
set -euo pipefail

leakgate=${LEAKGATE:-leakgate}
repo=${INPUT_PATH:-.}
mode=${INPUT_MODE:-auto}
fail=${INPUT_FAIL:-true}
defer=${INPUT_DEFER_FAILURE:-false}
sarif=${INPUT_SARIF_FILE:-${RUNNER_TEMP:-/tmp}/leakgate.sarif}
event=${GITHUB_EVENT_NAME:-}
event_path=${GITHUB_EVENT_PATH:-}
summary=${GITHUB_STEP_SUMMARY:-/dev/null}
output=${GITHUB_OUTPUT:-/dev/null}
zero=0000000000000000000000000000000000000000

die() {
    echo "::error title=leakgate::$1"
    echo "leakgate action: error: $1" >&2
    echo "exit-code=2" >>"$output"
    exit 2
}
note() { echo "leakgate action: $1" >&2; }

command -v jq >/dev/null || die "jq is required (it is preinstalled on GitHub's runners)"
command -v "$leakgate" >/dev/null || die "leakgate binary '$leakgate' not found"
git -C "$repo" rev-parse --git-dir >/dev/null 2>&1 || die "$repo is not a git repository (run actions/checkout first)"

ev() {
    [ -n "$event_path" ] && [ -f "$event_path" ] || die "GITHUB_EVENT_PATH is not set or missing; cannot work out the $mode range"
    jq -r "$1 // empty" "$event_path"
}

if [ "$mode" = auto ]; then
    case "$event" in
        push) mode=push ;;
        pull_request | pull_request_target | merge_group) mode=pull_request ;;
        schedule | workflow_dispatch | "") mode=full ;;
        *) note "event '$event' has no range; scanning the full history"; mode=full ;;
    esac
fi

# Makes sure commit $1 is here, fetching it from origin if needed.
have_commit() { git -C "$repo" cat-file -e "$1^{commit}" 2>/dev/null; }
want_commit() {
    have_commit "$1" && return 0
    git -C "$repo" fetch -q --no-tags origin "$1" 2>/dev/null || true
    have_commit "$1"
}
need_commit() {
    want_commit "$1" || die "commit $1 is not in the checkout and cannot be fetched from origin; use actions/checkout with fetch-depth: 0"
}

# Sets range to what the default branch lacks of $1: origin/<default>..$1, or all history of $1
# when there is no default branch to compare with (none in the event, it cannot be fetched, or the
# push is to the default branch itself, whose remote-tracking ref is the pushed commit by now).
fallback_range() {
    local default ref
    default=$(ev .repository.default_branch)
    ref=$(ev .ref)
    if [ -n "$default" ] && [ "$ref" != "refs/heads/$default" ] &&
        git -C "$repo" fetch -q --no-tags origin "+refs/heads/$default:refs/remotes/origin/$default" 2>/dev/null; then
        range="refs/remotes/origin/$default..$1"
        fallback="what \`$default\` lacks (the commits reachable from \`${1:0:12}\` but not from \`origin/$default\`)"
    else
        note "nothing to compare against: scanning all history of $1"
        range="..$1"
        fallback="the full history of \`${1:0:12}\`"
    fi
}

# History scans need the whole history (a range needs at least its base's ancestry).
if [ "$(git -C "$repo" rev-parse --is-shallow-repository)" = true ]; then
    note "shallow checkout: fetching the full history"
    git -C "$repo" fetch -q --unshallow --no-tags origin 2>/dev/null ||
        die "the checkout is shallow and its history cannot be fetched; set fetch-depth: 0 on actions/checkout"
fi

range=""
forced=""   # why the range is a fallback (force push), for the summary
fallback=""
case "$mode" in
    push)
        before=$(ev .before)
        after=$(ev .after)
        [ -n "$after" ] || die "push event without 'after'; cannot work out the pushed range"
        need_commit "$after"
        if [ -z "$before" ] || [ "$before" = "$zero" ]; then
            # A new branch: what the default branch does not have already.
            fallback_range "$after"
        elif want_commit "$before"; then
            range="$before..$after"
        else
            # A force push: the old tip was rewritten away and no fetch brings it back. Like the
            # pre-push gate, scan what the default branch lacks instead.
            forced="the push rewrote history: its previous tip \`${before:0:12}\` is gone from origin, so the pushed range cannot be worked out"
            note "before commit $before cannot be found or fetched (force push)"
            fallback_range "$after"
        fi
        ;;
    pull_request)
        base=$(ev .pull_request.base.sha)
        head=$(ev .pull_request.head.sha)
        [ -n "$base" ] && [ -n "$head" ] || die "pull_request event without base and head; cannot work out the range"
        need_commit "$base"
        need_commit "$head"
        range="$base..$head"
        ;;
    full) ;;
    *) die "unknown mode '$mode' (auto, push, pull_request or full)" ;;
esac

args=(git "$repo" --format sarif --output "$sarif")
case "$range" in
    "") note "scanning the full history" ;;
    ..*) args+=(--branch "${range#..}") ;;
    *) args+=(--range "$range") ;;
esac
# shellcheck disable=SC2206 # extra arguments are split on whitespace on purpose
[ -n "${INPUT_ARGS:-}" ] && args+=(${INPUT_ARGS})
note "leakgate ${args[*]}"
set +e
"$leakgate" "${args[@]}"
rc=$?
set -e
[ "$rc" -le 1 ] && [ -s "$sarif" ] || die "leakgate failed (exit code $rc)"

# Annotations and the step summary, from the SARIF: each unsuppressed result with its rule's name
# and remediation (from tool.driver.rules), severity, and a link to the line at its commit.
esc() { sed -e 's/%/%25/g' -e 's/\r/%0D/g' | sed -e ':a;N;$!ba;s/\n/%0A/g'; }
escp() { esc | sed -e 's/:/%3A/g' -e 's/,/%2C/g'; }
blob_base=""
if [ -n "${GITHUB_SERVER_URL:-}" ] && [ -n "${GITHUB_REPOSITORY:-}" ]; then
    blob_base="${GITHUB_SERVER_URL%/}/$GITHUB_REPOSITORY/blob"
fi
read -r -d '' results_jq <<'JQ' || true
# SARIF URIs percent-encode every byte but unreserved ones (so they are ASCII): decode to the path.
def hexv: ascii_upcase | explode | map(if . >= 65 then . - 55 else . - 48 end) | .[0] * 16 + .[1];
def utf8dec: . as $b | reduce range(0; $b | length) as $i ({cps: [], need: 0, cp: 0};
    $b[$i] as $x
    | if .need > 0 then .cp = .cp * 64 + ($x % 64) | .need -= 1
        | if .need == 0 then .cps += [.cp] else . end
      elif $x < 128 then .cps += [$x]
      elif $x >= 240 then .cp = $x % 8 | .need = 3
      elif $x >= 224 then .cp = $x % 16 | .need = 2
      else .cp = $x % 32 | .need = 1 end) | .cps | implode;
def urid: [scan("%[0-9A-Fa-f]{2}|[^%]+|%")
    | if test("^%[0-9A-Fa-f]{2}$") then (.[1:] | hexv) else explode[] end] | utf8dec;
def para($prefix): [split("\n\n")[] | select(startswith($prefix)) | ltrimstr($prefix)] | first // "";
[.runs[] | (.tool.driver.rules // []) as $rules
 | ($rules | map({key: .id, value: .}) | from_entries) as $byid
 | .results[]? | select((.suppressions // []) | length == 0)
 | ($byid[.ruleId] // {}) as $r
 | (.locations[0].physicalLocation.artifactLocation.uri // "") as $uri
 | { rule: .ruleId,
     name: (($r.shortDescription.text // .ruleId) | rtrimstr(".")),
     severity: (.properties.severity // .level // ""),
     remediation: (($r.help.text // "") | para("Revoke and rotate: ")),
     uri: $uri,
     file: ($uri | urid),
     line: (.locations[0].physicalLocation.region.startLine // 1),
     col: (.locations[0].physicalLocation.region.startColumn // 1),
     snippet: (.locations[0].physicalLocation.region.snippet.text // ""),
     commit: (.properties.commit // ""),
     part: (.properties.part // ""),
     message: (.message.text // "") }]
JQ
results=$(jq -c "$results_jq" "$sarif")
count=$(jq 'length' <<<"$results")

while IFS= read -r r; do
    [ -n "$r" ] || continue
    file=$(jq -r .file <<<"$r" | escp)
    line=$(jq -r .line <<<"$r")
    col=$(jq -r .col <<<"$r")
    title=$(jq -r .rule <<<"$r" | escp)
    msg=$(jq -r .message <<<"$r" | esc)
    echo "::error file=$file,line=$line,col=$col,title=$title::$msg"
done < <(jq -c '.[]' <<<"$results")

read -r -d '' table_jq <<'JQ' || true
def cell: gsub("\\|"; "\\|") | gsub("[\r\n]+"; " ");
def code: "`" + (gsub("`"; "'") | cell) + "`";
def location: . as $f | "\(.file | gsub("(?<c>[\\[\\]])"; "\\\(.c)") | cell):\(.line)"
    | if $base != "" and $f.commit != "" and $f.part == ""
      then "[\(.)](\($base)/\($f.commit)/\($f.uri)#L\($f.line))" else . end;
.[] | "| \(.name | cell) (\(.rule | code)) | \(.severity) | \(location) | \(if .commit == "" then "" else (.commit[0:12] | code) end) | \(.snippet | code) | \(.remediation | cell) |"
JQ
{
    echo "## leakgate"
    echo
    case "$range" in
        "") echo "Scanned the full history." ;;
        ..*) echo "Scanned the history of \`${range#..}\`." ;;
        *) echo "Scanned \`$range\`." ;;
    esac
    echo
    if [ -n "$forced" ]; then
        echo "> [!WARNING]"
        echo "> Force push: $forced. Scanned $fallback instead, as the pre-push gate does."
        echo
    fi
    if [ "$count" -eq 0 ]; then
        echo "No secrets found."
    else
        echo "**$count secret(s) found.** Remove them from the history and revoke each key at its provider."
        echo
        echo "| Rule | Severity | Location | Commit | Secret (redacted) | Remediation |"
        echo "| --- | --- | --- | --- | --- | --- |"
        jq -r --arg base "$blob_base" "$table_jq" <<<"$results"
        echo
        echo "### Findings by rule"
        echo
        echo "| Rule | Findings |"
        echo "| --- | --- |"
        jq -r 'group_by(.rule) | map({rule: .[0].rule, n: length}) | sort_by(-.n, .rule) | .[]
            | "| `\(.rule)` | \(.n) |"' <<<"$results"
    fi
} >>"$summary"

{
    echo "range=$range"
    echo "findings=$count"
    echo "exit-code=$rc"
    echo "sarif=$sarif"
} >>"$output"

if [ "$count" -gt 0 ] && [ "$fail" = true ] && [ "$defer" != true ]; then
    exit 1
fi
exit 0
