#!/usr/bin/env bash
# Proves the browser tests can fail: builds the fixture site, damages the output
# in known ways (mutate.mjs), runs the real suite over it and requires that it
# fails, and fails in each of the checks mutate.mjs names, on the page it names.
#
#   self-test.sh PORTAL_BINARY WORK_DIR
set -euo pipefail
if [[ $# -ne 2 ]]; then
    echo "usage: $0 PORTAL_BINARY WORK_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
browser="$(dirname "$here")"
mkdir -p "$2"
work="$(cd "$2" && pwd)"
node_bin="${NODE:-node}"

set +e
BROWSER_TEST_MUTATE="$node_bin $here/mutate.mjs" \
    "$browser/run-browser-tests.sh" "$browser/fixture-site" "$1" "$work" >"$work/self-test.log" 2>&1
rc=$?
set -e
cat "$work/self-test.log"
echo
echo "---- self-test: the suite above ran on a deliberately damaged site (exit $rc)"
if [[ $rc -eq 0 ]]; then
    echo "self-test FAILED: the browser tests passed a damaged site" >&2
    exit 1
fi
if [[ ! -f "$work/browser-report.json" ]]; then
    echo "self-test FAILED: the suite did not get as far as writing browser-report.json" >&2
    exit 1
fi
"$node_bin" --input-type=module - "$work/browser-report.json" "$here/mutate.mjs" <<'EOF'
import fs from 'node:fs';
const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const { EXPECTED, ONLY_ON_THOSE_PAGES = [] } = await import(process.argv[3]);
let missed = 0;
for (const [check, page] of EXPECTED) {
  const hit = report.results.find((r) => r.check.startsWith(check) && r.target === page && r.problems.length);
  console.log(`${hit ? 'caught' : 'MISSED'}  ${check} on ${page}${hit ? ': ' + hit.problems[0].slice(0, 110) : ''}`);
  if (!hit) missed++;
}
// A failure blamed on the wrong page would pass the loop above as long as the
// right page failed too.
let wrong = 0;
for (const check of ONLY_ON_THOSE_PAGES) {
  const damaged = new Set(EXPECTED.filter(([c]) => c === check).map(([, p]) => p));
  for (const r of report.results.filter((r) => r.check.startsWith(check) && r.problems.length && !damaged.has(r.target))) {
    console.log(`BLAMED  ${check} on ${r.target}, which was not damaged: ${r.problems[0].slice(0, 110)}`);
    wrong++;
  }
}
console.log(`${EXPECTED.length - missed} passed, ${missed + wrong} failed`);
process.exit(missed + wrong ? 1 : 0);
EOF
