import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { readEnv } from "./src/lib/env"
import { MEILISEARCH_PROVIDER } from "./src/lib/search/search-providers"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readEnv(process.env)

/** Medusa's Redis-backed infrastructure modules, switched on by REDIS_URL. */
function redisModules(redisUrl: string) {
  return [
    {
      key: Modules.EVENT_BUS,
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      // The Cache Module holds what every process must share: failed-login counts, search answers.
      key: Modules.CACHE,
      resolve: "@medusajs/medusa/cache-redis",
      options: { redisUrl },
    },
  ]
}

/**
 * Medusa's Caching Module: in memory, or on Redis when REDIS_URL is set so that every process
 * shares it. It holds the store's catalogue answers (`lib/versioned-store-cache.ts`), which a
 * change to the catalogue retires through its events. Medusa's own automatic caching of
 * `query.graph` (the `caching` feature flag) stays off: it tags entries by the records they hold,
 * so an empty answer (a product list from before a listing's approval) outlived the change.
 */
const IN_MEMORY_CACHE_MAX_BYTES = 64 * 1024 * 1024

function cachingModule() {
  return {
    key: Modules.CACHING,
    resolve: "@medusajs/medusa/caching",
    options: env.REDIS_URL
      ? {
          providers: [
            {
              resolve: "@medusajs/medusa/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        }
      : { in_memory: { enable: true, maxSize: IN_MEMORY_CACHE_MAX_BYTES } },
  }
}

/** Stripe joins the always-present system provider when a key is configured. */
function paymentModule() {
  if (!env.STRIPE_API_KEY) {
    return []
  }
  return [
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/payment-stripe",
            id: "stripe",
            options: {
              apiKey: env.STRIPE_API_KEY,
              webhookSecret: env.STRIPE_WEBHOOK_SECRET,
            },
          },
        ],
      },
    },
  ]
}

/**
 * Medusa's Search Module with the Postgres provider, so search works on the embedded database
 * with nothing else running; with MEILISEARCH_HOST, Meilisearch serves the same index definitions
 * (backend/src/search). Postgres stays registered then, so switching engines lets `db:migrate`
 * drop the indexes the previous engine held.
 */
function searchModule() {
  const postgres = { resolve: "@medusajs/medusa/search-postgres", id: "postgres" }
  const common = { index_prefix: env.SEARCH_INDEX_PREFIX }
  if (!env.MEILISEARCH_HOST) {
    return { key: Modules.SEARCH, resolve: "@medusajs/medusa/search", options: { ...common, providers: [postgres] } }
  }
  return {
    key: Modules.SEARCH,
    resolve: "@medusajs/medusa/search",
    options: {
      ...common,
      default_provider: MEILISEARCH_PROVIDER,
      providers: [
        postgres,
        {
          resolve: "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch",
          id: "meilisearch",
          options: { config: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY } },
        },
      ],
    },
  }
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
    // Session cookies are Secure exactly when the backend is served over https, so the admin
    // also works on a production build served over plain http on localhost (`npm start`).
    cookieOptions: {
      secure: env.BACKEND_URL.startsWith("https://"),
      sameSite: "lax",
    },
  },
  admin: {
    disable: env.MEDUSA_DISABLE_ADMIN,
  },
  featureFlags: {
    translation: true,
  },
  modules: [
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/heritage" },
    { resolve: "./src/modules/settlement" },
    { resolve: "./src/modules/idempotency" },
    { resolve: "./src/modules/wholesale" },
    { key: Modules.TRANSLATION, resolve: "@medusajs/medusa/translation" },
    searchModule(),
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              backend_url: `${env.BACKEND_URL}/static`,
              upload_dir: env.FILE_UPLOAD_DIR,
            },
          },
        ],
      },
    },
    ...(env.REDIS_URL ? redisModules(env.REDIS_URL) : []),
    cachingModule(),
    ...paymentModule(),
  ],
})
