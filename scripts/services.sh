# Sourced by scripts/test.sh (set -euo pipefail is on): install and start the system
# services some tests use, when we are root on Debian. Each service sits in its own
# function; one that cannot be set up prints a warning and its tests skip.

# --- PostgreSQL: the store's second backend (tests read MARSAD_TEST_PG) ----------
marsad_postgres() {
  if [ -n "${MARSAD_TEST_PG:-}" ]; then
    return 0  # already given by the caller
  fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "services.sh: not root on Debian: PostgreSQL tests will skip (set MARSAD_TEST_PG to run them)" >&2
    return 0
  fi
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "services.sh: installing PostgreSQL from Debian's packages" >&2
    apt-get update -qq >/dev/null || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  local ver name port
  if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
    ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster "$ver" main >/dev/null || return 1
  fi
  read -r ver name port _ < <(pg_lsclusters -h | head -n 1)
  pg_ctlcluster "$ver" "$name" start >/dev/null 2>&1 || true  # already running is fine
  local i
  for i in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 0.5
  done
  pg_isready -q -h 127.0.0.1 -p "$port" || return 1
  su postgres -c "psql -q -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'marsad'\"" | grep -q 1 ||
    su postgres -c "psql -q -p $port -c \"CREATE ROLE marsad LOGIN PASSWORD 'marsad'\"" >/dev/null || return 1
  su postgres -c "psql -q -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname = 'marsad_test'\"" | grep -q 1 ||
    su postgres -c "createdb -p $port -O marsad marsad_test" || return 1
  su postgres -c "psql -q -p $port -c 'ALTER DATABASE marsad_test OWNER TO marsad'" >/dev/null || return 1
  su postgres -c "psql -q -p $port -d marsad_test -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'" >/dev/null 2>&1 || true
  export MARSAD_TEST_PG="postgresql://marsad:marsad@127.0.0.1:$port/marsad_test"
  echo "services.sh: PostgreSQL $ver ready: MARSAD_TEST_PG=$MARSAD_TEST_PG" >&2
}
marsad_postgres || echo "services.sh: PostgreSQL could not be set up: its tests will skip" >&2

# --- Chromium: the browser tests (tests/web/test_browser.py) drive Debian's build ------
# Playwright's own browser download cannot work here; the tests launch /usr/bin/chromium.
# fonts-noto-core gives the screenshots Arabic glyphs.
marsad_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return 0
  fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "services.sh: not root on Debian: browser tests will skip (no /usr/bin/chromium)" >&2
    return 0
  fi
  echo "services.sh: installing Chromium from Debian's packages" >&2
  apt-get update -qq >/dev/null || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null || return 1
}
marsad_chromium || echo "services.sh: Chromium could not be installed: browser tests will skip" >&2
