#!/usr/bin/env bash
# Installs what the browser tests need (Debian chromium, playwright-core) and runs them.
# Prints "browser: N passed, M failed"; exits non-zero on failure.
# Usage: tests/browser/run.sh [--screenshot PATH]   (from anywhere; PATH defaults to a temp file)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shot=""
if [[ "${1:-}" == "--screenshot" ]]; then shot="$(realpath -m "$2")"; fi

if [[ ! -x /usr/bin/chromium && -z "${STORYLINE_CHROMIUM:-}" ]]; then
  echo "installing chromium..." >&2
  SUDO=""; [[ "$(id -u)" != 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

log="$(mktemp)"
export STORYLINE_BROWSER_TESTS=1
[[ -n "$shot" ]] && export STORYLINE_SCREENSHOT="$shot"
set +e
dotnet test "$root/tests/Storyline.Tests" --filter "FullyQualifiedName~Storyline.Tests.Web.BrowserTests" --logger "console;verbosity=detailed" >"$log" 2>&1
code=$?
set -e
grep -E "^\s*(ok|FAIL)\s|^\s+at |browser: " "$log" | sed 's/^\s*//' || true
if ! grep -q "browser: " "$log"; then
  tail -40 "$log"
  echo "browser: 0 passed, 1 failed (the tests did not run)"
  exit 1
fi
exit $code
