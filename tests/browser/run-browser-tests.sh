#!/usr/bin/env bash
# Real-browser tests of a site built by portal (see tests/browser/README.md).
#
#   run-browser-tests.sh SITE_DIR PORTAL_BINARY WORK_DIR
#
# Builds SITE_DIR with PORTAL_BINARY into WORK_DIR/site, serves it with a real
# nginx on 127.0.0.1 (a free port) under the sub-path /community-safety/, and
# runs site.test.mjs over every page in headless Chromium. nginx gets its own
# config, pid, log and temp files under WORK_DIR/nginx, so this works as root
# (CI) and as an ordinary user, and it is stopped on every way out of this script.
#
# If SITE_DIR has no layouts/ (or assets/) of its own -- the fixture site under
# tests/browser/fixture-site -- the repository's theme is copied into a temporary
# copy of it, so the fixture always tests the current theme.
#
# Environment: NGINX (default /usr/sbin/nginx or nginx on PATH), CHROMIUM
# (default /usr/bin/chromium), NODE (default node), BROWSER_TEST_ARGS (extra
# arguments for site.test.mjs, e.g. "--concurrency 1"), BROWSER_TEST_MUTATE
# (a command run on the built site before it is served; used by self-test.sh),
# BROWSER_TEST_TIMEOUT (seconds for the browser part, default 840),
# BROWSER_SEARCH_TEST=1 (then search.test.mjs runs too: the example site's).
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 SITE_DIR PORTAL_BINARY WORK_DIR" >&2
    exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
site_dir="$(cd "$1" && pwd)"
portal="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
work="$3"
prefix="/community-safety/"

nginx_bin="${NGINX:-}"
if [[ -z "$nginx_bin" ]]; then
    if [[ -x /usr/sbin/nginx ]]; then nginx_bin=/usr/sbin/nginx; else nginx_bin="$(command -v nginx || true)"; fi
fi
node_bin="${NODE:-node}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

missing=()
[[ -x "$portal" ]] || missing+=("portal binary $portal")
[[ -n "$nginx_bin" && -x "$nginx_bin" ]] || missing+=("nginx (apt-get install nginx-light)")
[[ -x "$CHROMIUM" ]] || missing+=("chromium at $CHROMIUM (apt-get install chromium)")
command -v "$node_bin" >/dev/null || missing+=("node (apt-get install nodejs)")
for m in playwright-core axe-core html-validate; do
    [[ -d "$repo/node_modules/$m" ]] || missing+=("node_modules/$m (run npm ci in $repo)")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    printf 'browser tests: missing %s\n' "${missing[@]}" >&2
    echo "run scripts/bootstrap to install them" >&2
    exit 1
fi

mkdir -p "$work"
work="$(cd "$work" && pwd)"
rm -rf "$work/site" "$work/site-src" "$work/nginx" "$work/screenshots" "$work/chromium-profile"
mkdir -p "$work/nginx/tmp" "$work/screenshots"

nginx_pid=""
tests_pid=""
cleanup() {
    local rc=$?
    # Interrupted while the browser tests run: stop them first (playwright-core
    # closes Chromium on SIGTERM), then nginx.
    if [[ -n "$tests_pid" ]] && kill -0 "$tests_pid" 2>/dev/null; then
        kill -TERM "$tests_pid" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$tests_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$tests_pid" 2>/dev/null || true
    fi
    if [[ -n "$nginx_pid" ]] && kill -0 "$nginx_pid" 2>/dev/null; then
        kill -QUIT "$nginx_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$nginx_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. build the site ------------------------------------------------------
src="$site_dir"
if [[ ! -d "$site_dir/layouts" || ! -d "$site_dir/assets" ]]; then
    src="$work/site-src"
    cp -R "$site_dir" "$src"
    [[ -d "$src/layouts" ]] || cp -R "$repo/layouts" "$src/layouts"
    [[ -d "$src/assets" ]] || cp -R "$repo/assets" "$src/assets"
    echo "browser tests: $site_dir has no theme of its own; testing it with $repo/layouts and $repo/assets"
fi
echo "browser tests: building $src"
if ! "$portal" build --site "$src" --out "$work/site"; then
    echo "browser tests: FAILED: portal could not build $site_dir (see the errors above)" >&2
    exit 1
fi
# Only for self-test.sh: damage the built site to prove the checks catch it.
if [[ -n "${BROWSER_TEST_MUTATE:-}" ]]; then
    echo "browser tests: damaging the built site on purpose: $BROWSER_TEST_MUTATE $work/site"
    $BROWSER_TEST_MUTATE "$work/site"
fi

# --- 2. serve it with nginx under $prefix -----------------------------------
free_port() {
    "$node_bin" -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

write_nginx_conf() {
    local port=$1 bare_port=$2 conf="$work/nginx/nginx.conf" t="$work/nginx/tmp"
    local user_line="" extra_temp=""
    # As root the workers would switch to "nobody", who may not read $work.
    [[ "$(id -u)" == 0 ]] && user_line="user root;"
    # Temp paths default to /var/lib/nginx, which an ordinary user cannot write;
    # name only those of modules this nginx has.
    local v; v="$("$nginx_bin" -V 2>&1)"
    [[ "$v" == *without-http_fastcgi_module* ]] || extra_temp+="    fastcgi_temp_path $t/fastcgi;"$'\n'
    [[ "$v" == *without-http_uwsgi_module* ]] || extra_temp+="    uwsgi_temp_path $t/uwsgi;"$'\n'
    [[ "$v" == *without-http_scgi_module* ]] || extra_temp+="    scgi_temp_path $t/scgi;"$'\n'
    [[ "$v" == *without-http_proxy_module* ]] || extra_temp+="    proxy_temp_path $t/proxy;"$'\n'
    cat >"$conf" <<EOF
# Written by tests/browser/run-browser-tests.sh; a throwaway server for one test run.
$user_line
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 256; }
http {
    types {
        text/html html;
        text/css css;
        text/javascript js mjs;
        application/json json;
        application/xml xml;
        application/atom+xml atom;
        text/csv csv;
        text/plain txt;
        image/svg+xml svg;
        image/png png;
        image/jpeg jpg jpeg;
        image/x-icon ico;
        font/woff2 woff2;
    }
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/css text/javascript application/json application/xml text/csv text/plain image/svg+xml;
    access_log $work/nginx/access.log;
    client_body_temp_path $t/body;
$extra_temp
    sendfile on;
    server {
        listen 127.0.0.1:$port;
        server_name localhost;
        # Nothing outside the sub-path: a link that escapes it is a broken link.
        root $work/nginx/empty;
        # The policy a council web host would send (no inline script:
        # the site works under a strict Content-Security-Policy). A violation is
        # a console error, so the tests catch it.
        add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'" always;
        add_header X-Content-Type-Options nosniff always;
        # Browsers ask the host's root for /favicon.ico; the host, not the site
        # under its sub-path, answers that. Stand in for it.
        location = /favicon.ico { return 204; }
        location $prefix {
            alias $work/site/;
            index index.html;
            error_page 404 ${prefix}404.html;
        }
    }
    # The same site from a host that sends no security headers at all, as some
    # councils' servers do: the pages' own policy (a meta element) must hold.
    server {
        listen 127.0.0.1:$bare_port;
        server_name localhost;
        root $work/nginx/empty;
        location = /favicon.ico { return 204; }
        location $prefix {
            alias $work/site/;
            index index.html;
            error_page 404 ${prefix}404.html;
        }
    }
}
EOF
}

mkdir -p "$work/nginx/empty"
port=""
for attempt in 1 2 3 4 5; do
    port="$(free_port)"
    bare_port="$(free_port)"
    [[ "$bare_port" == "$port" ]] && bare_port=$((port + 1))
    write_nginx_conf "$port" "$bare_port"
    : >"$work/nginx/error.log"
    "$nginx_bin" -e "$work/nginx/error.log" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
    nginx_pid=$!
    up=""
    for _ in $(seq 50); do
        if ! kill -0 "$nginx_pid" 2>/dev/null; then break; fi
        if "$node_bin" -e 'require("net").connect(+process.argv[1],"127.0.0.1").on("connect",()=>process.exit(0)).on("error",()=>process.exit(1))' "$port"; then
            up=1; break
        fi
        sleep 0.1
    done
    [[ -n "$up" ]] && break
    kill -KILL "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
    nginx_pid=""
    echo "browser tests: nginx did not start on port $port (attempt $attempt):" >&2
    cat "$work/nginx/error.log" >&2 || true
done
if [[ -z "$nginx_pid" ]]; then
    echo "browser tests: FAILED: could not start nginx" >&2
    exit 1
fi
base_url="http://127.0.0.1:$port$prefix"
bare_url="http://127.0.0.1:$bare_port$prefix"
echo "browser tests: serving $work/site at $base_url (nginx pid $nginx_pid)"

# --- 3. the browser tests ---------------------------------------------------
cd "$repo"
# Stop on our own well before ctest's TIMEOUT (900 s), so that the trap above
# still gets to stop nginx.
# In the background and waited for, so that a signal reaches the trap at once.
# shellcheck disable=SC2086
timeout --kill-after=15 "${BROWSER_TEST_TIMEOUT:-840}" \
    "$node_bin" "$here/site.test.mjs" --base-url "$base_url" --bare-url "$bare_url" --site-dir "$work/site" --work-dir "$work" ${BROWSER_TEST_ARGS:-} &
tests_pid=$!
rc=0
wait "$tests_pid" || rc=$?
tests_pid=""
[[ $rc -eq 124 ]] && echo "browser tests: FAILED: timed out after ${BROWSER_TEST_TIMEOUT:-840} s" >&2
# The search, on a site whose words the test knows (the example's).
if [[ "${BROWSER_SEARCH_TEST:-0}" == 1 ]]; then
    echo "browser tests: the search (search.test.mjs)"
    timeout --kill-after=15 300 "$node_bin" "$here/search.test.mjs" --base-url "$base_url" --site-dir "$work/site" &
    tests_pid=$!
    search_rc=0
    wait "$tests_pid" || search_rc=$?
    tests_pid=""
    [[ $search_rc -ne 0 && $rc -eq 0 ]] && rc=$search_rc
fi
exit "$rc"
