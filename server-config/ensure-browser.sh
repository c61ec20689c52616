#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's chromium and chromium-driver, installed with apt when missing.
# Called by `mvn verify` (pre-integration-test) and by .ci/run. Idempotent and quick when both are present.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi

echo "ensure-browser: installing chromium and chromium-driver from Debian's packages..."
if [ "$(id -u)" -eq 0 ]; then
    run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run=(sudo -n)
else
    echo "ensure-browser: chromium/chromedriver are missing and this user cannot install packages." >&2
    echo "  Install them once with: sudo apt-get install -y chromium chromium-driver" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
command -v chromium >/dev/null 2>&1 && [ -x /usr/bin/chromedriver ] || {
    echo "ensure-browser: installation failed" >&2
    exit 1
}
echo "ensure-browser: $(chromium --version 2>/dev/null | sed -n 1p), $(/usr/bin/chromedriver --version 2>/dev/null | sed -n 1p)"
