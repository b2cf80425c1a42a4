#!/usr/bin/env bash
# Set up everything on a fresh machine and run the whole test suite.
# Used by the README's test command and by .ci/run. Idempotent: rerunning reuses .venv.
# System services the tests need (PostgreSQL, Chromium) are installed and started by
# scripts/services.sh when it exists and we are root; without them those tests skip.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e '.[test]'
if [ -f scripts/services.sh ]; then
  # shellcheck disable=SC1091
  source scripts/services.sh
fi
set +e
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "test.sh: pytest collected no tests" >&2
  exit 1
fi
exit "$rc"
