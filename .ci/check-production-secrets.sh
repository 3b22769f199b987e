#!/usr/bin/env bash
# The production build must refuse to start with missing or default secrets, naming them.
set -euo pipefail
cd "$(dirname "$0")/../backend/.medusa/server"

expect_refusal() { # description, then env assignments
  local what=$1; shift
  local out
  if out=$(env "$@" NODE_ENV=production DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres PORT=9099 \
    timeout 120 npx medusa start 2>&1); then
    echo "production started with $what"; return 1
  fi
  echo "$out" | grep -q "Refusing to start in production: JWT_SECRET and COOKIE_SECRET" \
    || { echo "no clear refusal for $what:"; echo "$out" | tail -20; return 1; }
  echo "refused: $what"
}

expect_refusal "no secrets" -u JWT_SECRET -u COOKIE_SECRET
expect_refusal "default secrets" JWT_SECRET=supersecret COOKIE_SECRET=supersecret
