#!/usr/bin/env bash
# Real-browser tests of a site built by portal (see tests/browser/README.md).
#
#   run-browser-tests.sh SITE_DIR PORTAL_BINARY WORK_DIR
#
# Builds SITE_DIR with PORTAL_BINARY into WORK_DIR/site, serves it with a real
# web server on 127.0.0.1 (free ports) under the sub-path /community-safety/,
# and runs site.test.mjs over every page in headless Chromium. The server is
# nginx, or Apache httpd with BROWSER_TEST_SERVER=apache: councils run both, and
# docs/hosting.md gives each the configuration written here. Either gets its own
# config, pid, log and temp files under WORK_DIR/nginx or WORK_DIR/apache (the
# system's /etc/nginx and /etc/apache2 are not read), so this works as root (CI)
# and as an ordinary user, and it is stopped on every way out of this script.
#
# If SITE_DIR has no layouts/ (or assets/) of its own -- the fixture site under
# tests/browser/fixture-site -- the repository's theme is copied into a temporary
# copy of it, so the fixture always tests the current theme.
#
# Environment: BROWSER_TEST_SERVER (nginx, the default, or apache), NGINX
# (default /usr/sbin/nginx or nginx on PATH), APACHE (default /usr/sbin/apache2),
# APACHE_MODULES (default /usr/lib/apache2/modules), CHROMIUM (default
# /usr/bin/chromium), NODE (default node), BROWSER_TEST_ARGS (extra arguments
# for site.test.mjs, e.g. "--concurrency 1"), BROWSER_TEST_MUTATE (a command run
# on the built site before it is served; used by self-test.sh),
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

server="${BROWSER_TEST_SERVER:-nginx}"
case "$server" in
    nginx|apache) ;;
    *) echo "browser tests: BROWSER_TEST_SERVER must be nginx or apache, not '$server'" >&2; exit 2 ;;
esac
nginx_bin="${NGINX:-}"
if [[ -z "$nginx_bin" ]]; then
    if [[ -x /usr/sbin/nginx ]]; then nginx_bin=/usr/sbin/nginx; else nginx_bin="$(command -v nginx || true)"; fi
fi
apache_bin="${APACHE:-/usr/sbin/apache2}"
apache_modules="${APACHE_MODULES:-/usr/lib/apache2/modules}"
node_bin="${NODE:-node}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

missing=()
[[ -x "$portal" ]] || missing+=("portal binary $portal")
if [[ "$server" == nginx ]]; then
    [[ -n "$nginx_bin" && -x "$nginx_bin" ]] || missing+=("nginx (apt-get install nginx-light)")
else
    [[ -x "$apache_bin" ]] || missing+=("Apache httpd at $apache_bin (apt-get install apache2)")
    [[ -d "$apache_modules" ]] || missing+=("Apache's modules in $apache_modules (apt-get install apache2)")
fi
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
rm -rf "$work/site" "$work/site-src" "$work/nginx" "$work/apache" "$work/screenshots" "$work/chromium-profile"
mkdir -p "$work/screenshots"

server_pid=""
tests_pid=""
# Stops the web server this script started, and only that: nginx finishes
# gracefully on QUIT; Apache's parent process stops its children on TERM.
served="$work/site"  # what the server sends (a copy for Apache's workers, if they need one)
stop_server() {
    [[ -n "$server_pid" ]] || return 0
    if kill -0 "$server_pid" 2>/dev/null; then
        if [[ "$server" == nginx ]]; then kill -QUIT "$server_pid" 2>/dev/null || true
        else kill -TERM "$server_pid" 2>/dev/null || true; fi
        for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$server_pid" 2>/dev/null; then
            # Its own worker processes first: once the parent is gone they could
            # no longer be told from anyone else's.
            pkill -KILL -P "$server_pid" 2>/dev/null || true
            kill -KILL "$server_pid" 2>/dev/null || true
        fi
    fi
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
cleanup() {
    local rc=$?
    # Interrupted while the browser tests run: stop them first (playwright-core
    # closes Chromium on SIGTERM), then the web server.
    if [[ -n "$tests_pid" ]] && kill -0 "$tests_pid" 2>/dev/null; then
        kill -TERM "$tests_pid" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$tests_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$tests_pid" 2>/dev/null || true
    fi
    stop_server
    [[ "$served" == /tmp/portal-browser-site.* ]] && rm -rf "$served"
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
# The redaction log goes to WORK_DIR too: a test writes nothing into the site it tests.
if ! "$portal" build --site "$src" --out "$work/site" --log "$work/redactions.txt"; then
    echo "browser tests: FAILED: portal could not build $site_dir (see the errors above)" >&2
    exit 1
fi
# Only for self-test.sh: damage the built site to prove the checks catch it.
if [[ -n "${BROWSER_TEST_MUTATE:-}" ]]; then
    echo "browser tests: damaging the built site on purpose: $BROWSER_TEST_MUTATE $work/site"
    $BROWSER_TEST_MUTATE "$work/site"
fi

# --- 2. serve it under $prefix with nginx or Apache httpd -------------------
free_port() {
    "$node_bin" -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# The policy a council web host would send (no inline script: the site works
# under a strict Content-Security-Policy). A violation is a console error, so
# the tests catch it. docs/hosting.md gives the same header for every server.
csp="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

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
    # The site's part, as docs/hosting.md gives it to councils (the headers are
    # the first server's, below).
    cat >"$work/nginx/community-safety.conf" <<EOF
# The folder's address as people type it, without the final slash.
location = ${prefix%/} { return 301 $prefix; }
location $prefix {
    alias $work/site/;
    index index.html;
    error_page 404 ${prefix}404.html;
    # Every kind of file portal writes, and a few a theme may add: nginx's own
    # mime.types lacks .csv, .mjs and .webmanifest (the test "server: content
    # type" fails on an extension missing here).
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
        application/manifest+json webmanifest;
    }
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/css text/javascript application/json application/xml application/atom+xml text/csv text/plain image/svg+xml application/manifest+json;
}
EOF
    cat >"$conf" <<EOF
# Written by tests/browser/run-browser-tests.sh; a throwaway server for one test run.
$user_line
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 256; }
http {
    default_type application/octet-stream;
    access_log $work/nginx/access.log;
    client_body_temp_path $t/body;
$extra_temp
    sendfile on;
    server {
        listen 127.0.0.1:$port;
        server_name localhost;
        # Nothing outside the sub-path: a link that escapes it is a broken link.
        root $work/nginx/empty;
        add_header Content-Security-Policy "$csp" always;
        add_header X-Content-Type-Options nosniff always;
        # Browsers ask the host's root for /favicon.ico; the host, not the site
        # under its sub-path, answers that. Stand in for it.
        location = /favicon.ico { return 204; }
        include $work/nginx/community-safety.conf;
    }
    # The same site from a host that sends no security headers at all, as some
    # councils' servers do: the pages' own policy (a meta element) must hold.
    server {
        listen 127.0.0.1:$bare_port;
        server_name localhost;
        root $work/nginx/empty;
        location = /favicon.ico { return 204; }
        include $work/nginx/community-safety.conf;
    }
}
EOF
}

# Debian's apache2 with a config of its own: /etc/apache2 (and its a2enmod
# links, envvars and mime.types) is neither read nor changed. What a council
# would put in its VirtualHost or .htaccess is the <Directory> block and the
# Header lines; docs/hosting.md has them.
write_apache_conf() {
    local port=$1 bare_port=$2 conf="$work/apache/apache2.conf" a="$work/apache"
    local modules="" m user_lines=""
    # Debian builds unixd and log_config into the binary; other builds load them.
    for m in mpm_event authz_core mime dir alias headers unixd log_config; do
        if [[ -f "$apache_modules/mod_$m.so" ]]; then
            modules+="<IfModule !${m}_module>"$'\n'"    LoadModule ${m}_module $apache_modules/mod_$m.so"$'\n'"</IfModule>"$'\n'
        fi
    done
    # Apache refuses to serve as root (nginx's "user root" has no equivalent):
    # as root its workers run as $apache_user, who must be able to read $work.
    [[ "$(id -u)" == 0 ]] && user_lines="User $apache_user"$'\n'"Group $apache_group"
    cat >"$conf" <<EOF
# Written by tests/browser/run-browser-tests.sh; a throwaway server for one test run.
ServerRoot "$a"
$modules
$user_lines
ServerName localhost
Listen 127.0.0.1:$port
Listen 127.0.0.1:$bare_port
PidFile "$a/apache2.pid"
DefaultRuntimeDir "$a/run"
Mutex file:$a/run default
ErrorLog "$a/error.log"
LogLevel warn
LogFormat "%h %l %u %t \"%r\" %>s %b" common
CustomLog "$a/access.log" common
StartServers 1
# The built-in mime.types of a server varies (older ones lack .webmanifest,
# some .csv): every type the site needs is declared below instead.
TypesConfig "$a/mime.types"
Timeout 30

# Nothing outside the sub-path: a link that escapes it is a broken link.
DocumentRoot "$a/empty"
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory "$a/empty">
    Require all granted
</Directory>
# Browsers ask the host's root for /favicon.ico; the host, not the site under
# its sub-path, answers that. Stand in for it.
Redirect 204 /favicon.ico

# No slashes at the ends, so that the folder's address as people type it,
# without the final slash, is redirected to the folder (mod_dir).
Alias ${prefix%/} "$served"
<Directory "$served">
    Require all granted
    # Where mod_autoindex is loaded (Debian's default), a folder without
    # index.html would list its files.
    Options -Indexes
    DirectoryIndex index.html
    ErrorDocument 404 ${prefix}404.html
    AddType text/html .html
    AddType text/css .css
    AddType text/javascript .js .mjs
    AddType application/json .json
    AddType application/xml .xml
    AddType application/atom+xml .atom
    AddType text/csv .csv
    AddType text/plain .txt
    AddType image/svg+xml .svg
    AddType image/png .png
    AddType image/jpeg .jpg .jpeg
    AddType image/x-icon .ico
    AddType font/woff2 .woff2
    AddType application/manifest+json .webmanifest
    AddCharset utf-8 .html .css .js .mjs .json .xml .atom .csv .txt .svg .webmanifest
</Directory>

<VirtualHost 127.0.0.1:$port>
    ServerName localhost
    Header always set Content-Security-Policy "$csp"
    Header always set X-Content-Type-Options "nosniff"
</VirtualHost>
# The same site from a host that sends no security headers at all, as some
# councils' servers do: the pages' own policy (a meta element) must hold.
<VirtualHost 127.0.0.1:$bare_port>
    ServerName localhost
</VirtualHost>
EOF
}

start_server() {
    local port=$1 bare_port=$2
    if [[ "$server" == nginx ]]; then
        write_nginx_conf "$port" "$bare_port"
        : >"$work/nginx/error.log"
        "$nginx_bin" -e "$work/nginx/error.log" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
    else
        write_apache_conf "$port" "$bare_port"
        : >"$work/apache/error.log"
        # In the foreground, so that $! is the parent process and the trap can stop it.
        "$apache_bin" -d "$work/apache" -f "$work/apache/apache2.conf" -E "$work/apache/error.log" -DFOREGROUND &
    fi
    server_pid=$!
}

if [[ "$server" == nginx ]]; then
    mkdir -p "$work/nginx/tmp" "$work/nginx/empty"
    server_log="$work/nginx/error.log"
else
    mkdir -p "$work/apache/run" "$work/apache/empty"
    : >"$work/apache/mime.types"
    server_log="$work/apache/error.log"
    apache_user=www-data apache_group=www-data
    id -u "$apache_user" >/dev/null 2>&1 || apache_user=nobody apache_group=nogroup
    if [[ "$(id -u)" == 0 ]]; then
        # The runtime folder holds the mutex files the workers open.
        chown "$apache_user:$apache_group" "$work/apache/run"
        # Apache will not serve as root; its workers may not reach $work (a
        # clone under /root): then they serve a copy from a folder of their own.
        if ! runuser -u "$apache_user" -- test -r "$work/site/index.html"; then
            served="$(mktemp -d /tmp/portal-browser-site.XXXXXX)"
            chmod 755 "$served"
            cp -R "$work/site/." "$served/"
            chmod -R a+rX "$served"
            echo "browser tests: $apache_user cannot read $work/site; Apache serves a copy in $served"
        fi
    fi
fi
port=""
for attempt in 1 2 3 4 5; do
    port="$(free_port)"
    bare_port="$(free_port)"
    [[ "$bare_port" == "$port" ]] && bare_port=$((port + 1))
    start_server "$port" "$bare_port"
    up=""
    for _ in $(seq 50); do
        if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
        if "$node_bin" -e 'require("net").connect(+process.argv[1],"127.0.0.1").on("connect",()=>process.exit(0)).on("error",()=>process.exit(1))' "$port"; then
            up=1; break
        fi
        sleep 0.1
    done
    [[ -n "$up" ]] && break
    stop_server
    echo "browser tests: $server did not start on port $port (attempt $attempt):" >&2
    cat "$server_log" >&2 || true
done
if [[ -z "$server_pid" ]]; then
    echo "browser tests: FAILED: could not start $server" >&2
    exit 1
fi
base_url="http://127.0.0.1:$port$prefix"
bare_url="http://127.0.0.1:$bare_port$prefix"
echo "browser tests: serving $work/site at $base_url ($server pid $server_pid)"

# --- 3. the browser tests ---------------------------------------------------
cd "$repo"
# Stop on our own well before ctest's TIMEOUT (900 s), so that the trap above
# still gets to stop the web server.
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
