#!/usr/bin/env bash
# Serves a build with Debian's nginx as a university's web server would have
# it: the stock site's `try_files $uri $uri/ =404` and nothing else but the
# one line docs/hosting.md suggests for a friendly not-found page
# (`error_page 404 …/404.html`). No rewrite rules. Runs in the foreground
# (Playwright starts and stops it) on a loopback port.
# Usage: bash tests/nginx.sh DIST PORT [BASE-PATH]
set -euo pipefail
dist=$(realpath "$1")
port=$2
base=${3:-/}
base=${base%/}/

state=$(mktemp -d /tmp/career-guide-nginx.XXXXXX)
trap 'rm -rf "$state"' EXIT
# A sub-path is a folder of the web root, as on a university's server.
if [[ $base == / ]]; then
  root=$dist
else
  root=$state/www
  mkdir -p "$root$(dirname "$base")"
  ln -s "$dist" "$root${base%/}"
fi

cat >"$state/nginx.conf" <<EOF
# As root, the one process reads the build wherever it is checked out.
$([[ $(id -u) -eq 0 ]] && echo 'user root;')
pid $state/nginx.pid;
error_log stderr warn;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    gzip on;
    client_body_temp_path $state/body;
    proxy_temp_path $state/proxy;
    fastcgi_temp_path $state/fastcgi;
    uwsgi_temp_path $state/uwsgi;
    scgi_temp_path $state/scgi;
    server {
        listen 127.0.0.1:$port;
        root $root;
        index index.html;
        location / {
            try_files \$uri \$uri/ =404;
        }
        error_page 404 ${base}404.html;
    }
}
EOF
/usr/sbin/nginx -p "$state" -c "$state/nginx.conf" -e stderr -g 'daemon off; master_process off;'
