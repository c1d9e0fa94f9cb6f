#!/usr/bin/env bash
# Fails on high or critical advisories in runtime dependencies. When the registry in use offers no
# audit service (some mirrors answer 405), says so and passes: there is nothing to check against.
set -uo pipefail
output=$(npm audit --omit=dev --audit-level=high 2>&1)
status=$?
if [ $status -eq 0 ]; then
  echo "$output" | tail -n 3
  exit 0
fi
if echo "$output" | grep -qE 'audit endpoint returned an error|ENOAUDIT|405 Method Not Allowed'; then
  echo "Dependency audit skipped: the package registry in use has no audit service."
  exit 0
fi
echo "$output"
exit 1
