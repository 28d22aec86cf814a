#!/usr/bin/env bash
# Starts (creating it on first use) a PostgreSQL cluster owned by the `postgres` user, never root.
# Usage: deploy/postgres.sh DATA_DIR PORT [stop]   (prints nothing else; exits non-zero on failure)
set -euo pipefail
dir=$(realpath -m "$1")
port=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "PostgreSQL server binaries are missing: apt-get install -y postgresql" >&2
  exit 1
fi
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}
if [ "${3:-}" = stop ]; then
  if [ -s "$dir/data/postmaster.pid" ]; then as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null; fi
  exit 0
fi
mkdir -p "$dir"
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  # postgres must be able to reach the folder through the checkout's parents.
  d=$dir; while [ "$d" != / ]; do d=$(dirname "$d"); chmod o+x "$d" 2>/dev/null || true; done
fi
if [ ! -s "$dir/data/PG_VERSION" ]; then
  # Byte-order collation: the same order C.UTF-8 gives (code points), but keys compare with memcmp and sorts use
  # abbreviated keys, where C.UTF-8 goes through strcoll: index builds and sorts of text keys 2-3 times faster.
  as_postgres "$bin/initdb" -D "$dir/data" -A trust -U saas -E UTF8 --locale=C.UTF-8 --lc-collate=C >"$dir/initdb.log"
  # A quarter of the memory (PostgreSQL's usual advice), within 512 MB-8 GB. With less, an import's checkpoints
  # evict dirty pages so fast that backends write them out themselves (gigabytes per million orders).
  buffers_mb=$(awk '/MemTotal/ { mb = int($2 / 4096); print (mb < 512 ? 512 : (mb > 8192 ? 8192 : mb)) }' /proc/meminfo)
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
shared_buffers = ${buffers_mb}MB
# Bulk ingestion writes WAL fast; fewer forced checkpoints keep its speed even.
max_wal_size = 4GB
fsync = on
synchronous_commit = on
CONF
fi
# Shared memory in 2 MB pages (huge_pages = try, the default, takes them when the kernel has them): with 4 kB pages,
# every backend faults on each buffer it touches for the first time, millions of faults in a large import.
# Reserving them needs root; without, PostgreSQL runs on normal pages.
reserve_huge_pages() {
  [ "$(id -u)" = 0 ] && [ -w /proc/sys/vm/nr_hugepages ] || return 0
  local need free total
  need=$(as_postgres "$bin/postgres" -D "$dir/data" -C shared_memory_size_in_huge_pages 2>/dev/null) || return 0
  free=$(awk '/HugePages_Free/ { print $2 }' /proc/meminfo)
  total=$(cat /proc/sys/vm/nr_hugepages)
  if [ "${need:-0}" -gt "${free:-0}" ]; then echo $((total + need - free)) >/proc/sys/vm/nr_hugepages 2>/dev/null || true; fi
}
if ! as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  reserve_huge_pages
  # Backends keep the memory a statement freed (up to 128 MB) instead of handing it back to the kernel and faulting
  # it in again on the next statement: checkpoints bind megabytes of array parameters each.
  as_postgres env GLIBC_TUNABLES=glibc.malloc.trim_threshold=134217728:glibc.malloc.mmap_threshold=33554432 \
    "$bin/pg_ctl" -D "$dir/data" -o "-p $port" -l "$dir/log" -w start >/dev/null
fi
for _ in $(seq 1 50); do
  "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q && exit 0
  sleep 0.2
done
echo "PostgreSQL did not become ready on port $port; see $dir/log" >&2
exit 1
