#!/bin/sh
# A throwaway PostgreSQL cluster for the tests and benchmarks:
#   cluster.sh start DIR [durable]
#                          initdb in DIR/data, a server on a Unix socket in
#                          DIR (no TCP port, no system service), superuser
#                          "pykala" trusted on that socket; with fsync off
#                          for the tests' speed, or with "durable" (the
#                          benchmark's) PostgreSQL's own durable defaults:
#                          fsync, synchronous commits, full page writes;
#   cluster.sh start DIR tls PORT
#                          as above, and listening on 127.0.0.1:PORT for TLS
#                          only: a CA of its own (DIR/tls/ca.crt, ca.key)
#                          issues the server's certificate for "localhost";
#                          passwords are checked by SCRAM-SHA-256, and the
#                          role "kortti" signs in by its client certificate
#                          (the sign-in tests);
#   cluster.sh stop DIR    stops it and removes DIR.
# initdb refuses to run as root: as root the cluster belongs to, and runs as,
# the unprivileged user "nobody". A cluster left in DIR by an interrupted run
# is stopped and removed before a new one starts.
set -eu

usage="usage: cluster.sh start DIR [durable | tls PORT] | stop DIR"
command=${1:?$usage}
dir=${2:?$usage}
durability=${3:-}
case $durability in
'')
    # Durability is the store's own tests' business on SQLite and the
    # benchmark's on a server that syncs: fsync off keeps the suite fast on
    # a small machine.
    settings="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    ;;
durable)
    settings=""
    ;;
tls)
    port=${4:?$usage}
    settings="-c fsync=off -c synchronous_commit=off -c listen_addresses=127.0.0.1 -c port=$port -c ssl=on \
-c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key -c password_encryption=scram-sha-256"
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "cluster.sh: PostgreSQL's server is not installed (initdb not found under /usr/lib/postgresql)." >&2
    echo "cluster.sh: 'make test' installs it; by hand: apt-get install postgresql-15" >&2
    exit 1
fi

# Anywhere "nobody" may be: PostgreSQL's programs change back into the
# folder they were started in (a build tree under /root is not theirs).
cd /

owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case $command in
start)
    stop
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown nobody "$dir"
    fi
    if ! owner "$bindir/initdb" -D "$dir/data" -U pykala -A trust -E UTF8 --locale=C.UTF-8 \
            >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    listen="-c listen_addresses="
    if [ "$durability" = tls ]; then
        listen=""
        mkdir "$dir/tls"
        (
            cd "$dir/tls"
            openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Pykala test CA" \
                -keyout ca.key -out ca.crt 2>/dev/null
            openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
            printf 'subjectAltName=DNS:localhost\n' >server.ext
            openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
                -extfile server.ext -out server.crt 2>/dev/null
            chmod 600 server.key
        )
        if [ "$(id -u)" = 0 ]; then
            chown -R nobody "$dir/tls"
        fi
        # The socket stays trusted for setting up; over TCP, TLS only.
        printf '%s\n' "local    all  all                   trust" \
            "hostssl  all  kortti  127.0.0.1/32  cert" \
            "hostssl  all  all     127.0.0.1/32  scram-sha-256" >"$dir/data/pg_hba.conf"
        settings="$settings -c ssl_ca_file=$dir/tls/ca.crt"
    fi
    # Only the socket, unless TLS is asked for.
    if ! owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-k $dir $listen $settings -c max_connections=200" \
            start >/dev/null; then
        cat "$dir/server.log" >&2
        exit 1
    fi
    # The socket is reached by whoever runs the tests (root reads any folder).
    echo "PostgreSQL ${durability:+$durability }test cluster on $dir"
    ;;
stop)
    stop
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac
