#!/usr/bin/env bash
# Browser tests (the fairness HTML report, the browser anonymizer) drive Debian's Chromium through
# playwright-core. Packages that download their own browser cannot work here, so the test command installs
# Debian's `chromium` when it is missing and this process may do so (root with apt-get). Otherwise the
# browser tests skip with a visible message; nothing else depends on it.
set -u
if [ -n "${INCONTRO_CHROMIUM:-}" ] && [ -x "${INCONTRO_CHROMIUM}" ]; then exit 0; fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -x "$candidate" ]; then exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium for the browser tests (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1; then
    echo "ensure-chromium: chromium installed." >&2
    exit 0
  fi
  echo "ensure-chromium: could not install chromium; browser tests will be skipped." >&2
  exit 0
fi
echo "ensure-chromium: no Chromium found and cannot install it here; browser tests will be skipped (set INCONTRO_CHROMIUM to a Chromium binary to run them)." >&2
exit 0
