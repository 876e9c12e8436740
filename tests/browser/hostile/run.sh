#!/usr/bin/env bash
# The hostile-strings browser test (issue 22; see tests/browser/README.md).
#
#   run.sh PORTAL_BINARY WORK_DIR
#
# 1. make-hostile-site.mjs copies the example site (the repository root) to
#    WORK_DIR/src with attack strings in every free-text field; portal must build
#    it (WORK_DIR/site): hostile text is content to escape, not an error.
# 2. site.json addresses that would run script (licence.url, a nav url) must be
#    refused: exit 1, an error naming site.json and the key, nothing published.
# 3. crawl.mjs serves the built site with no security headers and crawls every
#    page in Chromium with the pages' CSP bypassed, after proving on a control
#    page that its detectors catch each kind of attack.
#
# Environment: CHROMIUM (default /usr/bin/chromium), NODE (default node),
# HOSTILE_TEST_TIMEOUT (seconds for the crawl, default 420).
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 PORTAL_BINARY WORK_DIR" >&2
    exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
portal="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$2"
node_bin="${NODE:-node}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

missing=()
[[ -x "$portal" ]] || missing+=("portal binary $portal")
[[ -x "$CHROMIUM" ]] || missing+=("chromium at $CHROMIUM (apt-get install chromium)")
command -v "$node_bin" >/dev/null || missing+=("node (apt-get install nodejs)")
[[ -d "$repo/node_modules/playwright-core" ]] || missing+=("node_modules/playwright-core (run npm ci in $repo)")
if [[ ${#missing[@]} -gt 0 ]]; then
    printf 'hostile test: missing %s\n' "${missing[@]}" >&2
    echo "run scripts/bootstrap to install them" >&2
    exit 1
fi

mkdir -p "$work"
work="$(cd "$work" && pwd)"
rm -rf "$work/src" "$work/site" "$work/control" "$work/refused-src" "$work/refused-site"

# --- 1. the hostile site builds ---------------------------------------------------
"$node_bin" "$here/make-hostile-site.mjs" "$repo" "$work/src" "$work/payloads.json"
if ! "$portal" build --site "$work/src" --out "$work/site" --log "$work/redactions.txt"; then
    echo "hostile test: FAILED: portal could not build the hostile site $work/src (see the errors above;" >&2
    echo "a field portal validates belongs in make-hostile-site.mjs's skip lists, with the reason)" >&2
    exit 1
fi

# --- 2. script addresses in site.json are refused ---------------------------------
mkdir -p "$work/refused-src"
for d in site.json content data layouts assets; do cp -R "$repo/$d" "$work/refused-src/"; done
refused_failures=0
check_refused() {
    local key=$1 value=$2 out rc=0
    "$node_bin" -e '
        const fs = require("fs");
        const [file, original, key, value] = process.argv.slice(1);
        const site = JSON.parse(fs.readFileSync(original, "utf8"));
        if (key === "licence.url") site.licence.url = value;
        else site.nav[0].url = value;
        fs.writeFileSync(file, JSON.stringify(site, null, 2));
    ' "$work/refused-src/site.json" "$repo/site.json" "$key" "$value"
    out="$("$portal" build --site "$work/refused-src" --out "$work/refused-site" --log "$work/refused-redactions.txt" 2>&1)" || rc=$?
    if [[ $rc -ne 1 || "$out" != *site.json*"$key"* || -e "$work/refused-site" ]]; then
        echo "hostile test: FAILED: site.json $key $(printf '%q' "$value") was not refused (exit $rc, wanted 1 and an error naming site.json and $key):" >&2
        echo "$out" >&2
        refused_failures=$((refused_failures + 1))
    fi
}
# As a browser reads an address: case folded, spaces trimmed, tabs dropped.
for url in 'javascript:alert(1)' ' JaVaScRiPt:alert(1)' $'java\tscript:alert(1)' 'vbscript:msgbox(1)' \
           'data:text/html,<script>alert(1)</script>'; do
    check_refused licence.url "$url"
done
check_refused 'nav[0].url' 'javascript:alert(1)'
if [[ $refused_failures -gt 0 ]]; then exit 1; fi
echo "hostile test: site.json's script addresses were refused"

# --- 3. the crawl -------------------------------------------------------------------
# Stops on its own before ctest's TIMEOUT; timeout sends SIGTERM first, on which
# playwright-core closes Chromium.
rc=0
timeout --kill-after=15 "${HOSTILE_TEST_TIMEOUT:-420}" \
    "$node_bin" "$here/crawl.mjs" --site-dir "$work/site" --control-dir "$work/control" \
    --payloads "$work/payloads.json" || rc=$?
[[ $rc -eq 124 ]] && echo "hostile test: FAILED: the crawl timed out after ${HOSTILE_TEST_TIMEOUT:-420} s" >&2
exit "$rc"
