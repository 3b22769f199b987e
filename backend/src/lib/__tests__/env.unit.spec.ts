import { DEFAULT_SECRETS, readEnv } from "../env"

const strongSecret = "a".repeat(64)

describe("readEnv", () => {
  it("needs nothing in development", () => {
    const env = readEnv({})
    expect(env.NODE_ENV).toBe("development")
    expect(env.PORT).toBe(9000)
    expect(env.JWT_SECRET).toBeTruthy()
    expect(env.DATABASE_URL).toBeUndefined()
  })

  it("never runs with a secret written in the source: outside production it generates one and says so", () => {
    const warnings: string[] = []
    // A fresh copy of the module: a process that has not generated its secrets yet.
    let freshReadEnv: typeof readEnv = readEnv
    jest.isolateModules(() => {
      freshReadEnv = jest.requireActual<{ readEnv: typeof readEnv }>("../env").readEnv
    })
    const env = freshReadEnv({}, (message) => warnings.push(message))
    for (const secret of [env.JWT_SECRET, env.COOKIE_SECRET]) {
      expect(secret).toMatch(/^[0-9a-f]{64}$/)
      expect(DEFAULT_SECRETS).not.toContain(secret)
    }
    expect(env.JWT_SECRET).not.toEqual(env.COOKIE_SECRET)
    expect(warnings.join("\n")).toMatch(/JWT_SECRET is not set.*random secret generated for this process/)
    expect(warnings.join("\n")).toMatch(/COOKIE_SECRET is not set/)
    // Once per process: every reader of the environment gets the same secret.
    expect(freshReadEnv({}, () => undefined).JWT_SECRET).toEqual(env.JWT_SECRET)
    expect(warnings).toHaveLength(2)
    // A published default counts as unset.
    expect(freshReadEnv({ JWT_SECRET: "supersecret" }, () => undefined).JWT_SECRET).toEqual(env.JWT_SECRET)
    expect(freshReadEnv({ JWT_SECRET: strongSecret }).JWT_SECRET).toEqual(strongSecret)
  })

  it("names the variable that is malformed", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a URL starting with postgres:\/\//)
    expect(() => readEnv({ REDIS_URL: "localhost:6379" })).toThrow(/REDIS_URL/)
    expect(() => readEnv({ PORT: "nine thousand" })).toThrow(/PORT/)
    expect(() => readEnv({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
    expect(() => readEnv({ TRUSTED_PROXIES: "10.0.0.0/8, the balancer" })).toThrow(/TRUSTED_PROXIES/)
  })

  it("trusts no proxy unless told which", () => {
    expect(readEnv({}).TRUSTED_PROXIES).toEqual([])
    expect(readEnv({ TRUSTED_PROXIES: " loopback, 10.0.0.0/8 ," }).TRUSTED_PROXIES).toEqual(["loopback", "10.0.0.0/8"])
  })

  it("refuses production without secrets, naming both", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET and COOKIE_SECRET/)
  })

  it("refuses production with a default secret, naming it", () => {
    expect(() =>
      readEnv({ NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: strongSecret })
    ).toThrow(/Refusing to start in production: JWT_SECRET is/)
  })

  it("accepts production with long random secrets", () => {
    const env = readEnv({ NODE_ENV: "production", JWT_SECRET: strongSecret, COOKIE_SECRET: `${strongSecret}b` })
    expect(env.JWT_SECRET).toBe(strongSecret)
  })

  it("refuses production with Stripe but no webhook secret", () => {
    const secrets = { JWT_SECRET: strongSecret, COOKIE_SECRET: `${strongSecret}b` }
    expect(() => readEnv({ NODE_ENV: "production", ...secrets, STRIPE_API_KEY: "sk_live_x" })).toThrow(
      /STRIPE_WEBHOOK_SECRET: required in production/
    )
    const env = readEnv({ NODE_ENV: "production", ...secrets, STRIPE_API_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })
    expect(env.STRIPE_WEBHOOK_SECRET).toBe("whsec_x")
  })

  it("treats empty optional values as unset", () => {
    const env = readEnv({ REDIS_URL: "", MEILISEARCH_HOST: "", STRIPE_API_KEY: "" })
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.MEILISEARCH_HOST).toBeUndefined()
    expect(env.STRIPE_API_KEY).toBeUndefined()
  })
})
