#!/bin/sh
# The `migrate` service of docker-compose.yml: the one-shot release task that runs before the
# server and worker start, on every `docker compose up`. Each step is safe to repeat.
#   1. Medusa's and our modules' migrations, link sync and migration scripts;
#   2. the demo catalogue, when SEED_DEMO_DATA is true (the default) and not seeded yet;
#   3. the storefront's publishable API key, written to STOREFRONT_CONFIG_FILE for its container.
set -eu
cd /app/backend

case "${SEED_DEMO_DATA:-true}" in
  true | 1) seed_demo_data=true ;;
  false | 0) seed_demo_data=false ;;
  *)
    echo "migrate: SEED_DEMO_DATA must be true or false, not '${SEED_DEMO_DATA}'" >&2
    exit 1
    ;;
esac

echo "migrate: applying migrations"
medusa db:migrate

if [ "$seed_demo_data" = true ]; then
  seeded=0
  node /app/docker/is-seeded.js || seeded=$?
  case "$seeded" in
    0) echo "migrate: demo catalogue already seeded" ;;
    1)
      echo "migrate: seeding the demo catalogue (first run only)"
      medusa exec ./src/scripts/seed.js
      ;;
    *) exit 1 ;;
  esac
else
  echo "migrate: SEED_DEMO_DATA=false: no demo catalogue"
fi

echo "migrate: writing the storefront's publishable API key"
medusa exec ./src/scripts/write-storefront-config.js
