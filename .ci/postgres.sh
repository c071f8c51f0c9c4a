# Sourced by .ci/run (and usable by developers): installs PostgreSQL from Debian packages if missing,
# starts the local cluster, creates the yaowen role and database, and exports YAOWEN_TEST_PG_URL.
# Returns non-zero (without exiting the caller) when any step fails.
pg_setup() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    if [ "$(id -u)" != 0 ]; then echo "ci: not root, cannot install PostgreSQL" >&2; return 1; fi
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || return 1
  fi
  local version
  version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
  if [ -z "$(pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1==v && $2=="main"')" ]; then
    pg_createcluster "$version" main >/dev/null || return 1
  fi
  pg_ctlcluster "$version" main start 2>/dev/null || pg_lsclusters -h | grep -q online || return 1
  for _ in $(seq 1 50); do
    su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
    sleep 0.2
  done
  su postgres -c "psql -qAtc \"select 1 from pg_roles where rolname='yaowen'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"create role yaowen login password 'yaowen'\"" >/dev/null || return 1
  su postgres -c "psql -qAtc \"select 1 from pg_database where datname='yaowen'\"" | grep -q 1 \
    || su postgres -c "createdb -O yaowen yaowen" || return 1
  export YAOWEN_TEST_PG_URL="jdbc:postgresql://127.0.0.1:5432/yaowen?user=yaowen&password=yaowen"
}
pg_setup
