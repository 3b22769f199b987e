// Exits 0 when the demo catalogue is in the database, 1 when not: the seed marks the store with
// `sipakam_seed_version` once it is complete (the same check as packages/stack's isSeeded).
const { Client } = require("pg")

async function main() {
  const client = new Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT metadata->>'sipakam_seed_version' AS version FROM store WHERE deleted_at IS NULL LIMIT 1"
    )
    return Boolean(rows[0] && rows[0].version)
  } finally {
    await client.end()
  }
}

main().then(
  (seeded) => process.exit(seeded ? 0 : 1),
  (error) => {
    console.error(`is-seeded: ${error.message}`)
    process.exit(2)
  }
)
