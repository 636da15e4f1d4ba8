// One timed job in its own process, so peak RSS is the job's own. Prints one JSON line: {ms, rows, maxRssMB}.
// Usage: node bench/child.mjs xdmap-json|xdmap-parquet|duckdb-json|duckdb-parquet CSV OUTDIR [profile|events]
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const [job, csv, out, shape = 'profile'] = process.argv.slice(2)
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const here = new URL('..', import.meta.url).pathname
// XDMAP_ROOT: another checkout's build (bench --base); the mappings and schemas stay this checkout's
const root = process.env.XDMAP_ROOT ?? here
const t0 = performance.now()
let rows = 0

if (job === 'xdmap-json' || job === 'xdmap-parquet') {
  const { run } = await import(join(root, 'dist', 'index.js'))
  const threads = process.env.XDMAP_THREADS !== undefined ? Number(process.env.XDMAP_THREADS) : undefined
  const schema = join(here, 'schemas', shape === 'events' ? 'order-event.schema.json' : 'profile.schema.json')
  const mapping = join(here, 'bench', shape === 'events' ? 'events.mapping.json' : 'profile.mapping.json')
  const report = await run({ input: csv, schema, mapping, out, maxErrors: '100%', format: job === 'xdmap-json' ? 'json' : 'parquet', ...(threads !== undefined ? { threads } : {}) })
  rows = report.counts.read
} else if (job === 'duckdb-json' || job === 'duckdb-parquet') {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  // JSON: ISO strings as xdmap writes them; Parquet: native DATE and TIMESTAMP columns, as xdmap writes them
  const iso = (e) => (job === 'duckdb-json' ? `strftime(${e}, '%Y-%m-%dT%H:%M:%S.%g') || 'Z'` : e)
  const day = (e) => (job === 'duckdb-json' ? `strftime(${e}, '%Y-%m-%d')` : e)
  const csvPath = csv.replace(/'/g, "''")
  const select = shape === 'events' ? `
      SELECT
        event_id AS _id,
        ${iso(`CASE WHEN regexp_matches(ts, '^-?[0-9]+$') THEN make_timestamp(TRY_CAST(ts AS BIGINT) * 1000) ELSE timezone('UTC', TRY_CAST(ts AS TIMESTAMPTZ)) END`)} AS timestamp,
        'commerce.purchases' AS eventType,
        MAP {'Email': [struct_pack(id := email, "primary" := true)]} AS identityMap,
        struct_pack("order" := struct_pack(purchaseID := order_id, priceTotal := TRY_CAST(total AS DOUBLE), currencyCode := currency)) AS commerce,
        list_filter([struct_pack(SKU := sku, name := product, quantity := TRY_CAST(qty AS INTEGER), priceTotal := TRY_CAST(price AS DOUBLE)),
                     CASE WHEN sku2 IS NOT NULL THEN struct_pack(SKU := sku2, name := NULL::VARCHAR, quantity := TRY_CAST(qty2 AS INTEGER), priceTotal := NULL::DOUBLE) END], x -> x IS NOT NULL) AS productListItems,
        struct_pack(webPageDetails := struct_pack(URL := page_url, name := page_name)) AS web,
        struct_pack(channel := channel, couponCode := NULLIF(coupon, ''), giftWrap := lower(gift) IN ('y', 'yes', 'on', 'true'), loyaltyPointsEarned := TRY_CAST(points AS BIGINT)) AS _acme
      FROM read_csv('${csvPath}', header = true, all_varchar = true, quote = '"', escape = '"')` : `
      SELECT
        customer_id AS _id,
        struct_pack(
          name := struct_pack(courtesyTitle := NULLIF(title, ''), firstName := first_name, lastName := last_name),
          gender := gender, birthDate := ${day('TRY_CAST(birth_date AS DATE)')}, birthYear := TRY_CAST(birth_year AS SMALLINT)
        ) AS person,
        struct_pack(address := email) AS personalEmail,
        struct_pack(number := mobile) AS mobilePhone,
        struct_pack(street1 := street, city := city, stateProvince := state, postalCode := zip, countryCode := country_code,
          _schema := struct_pack(latitude := TRY_CAST(lat AS DOUBLE), longitude := TRY_CAST(lon AS DOUBLE))) AS homeAddress,
        MAP {'CRMID': [struct_pack(id := customer_id, "primary" := true)], 'Email': [struct_pack(id := email, "primary" := NULL::BOOLEAN)]} AS identityMap,
        struct_pack(loyalty := struct_pack(
          memberId := loyalty_id, tier := tier, points := TRY_CAST(points AS INTEGER),
          memberSince := ${iso("timezone('UTC', TRY_CAST(member_since AS TIMESTAMPTZ))")},
          lastActivity := ${iso('make_timestamp(TRY_CAST(last_seen_ms AS BIGINT) * 1000)')},
          optIn := CASE WHEN lower(opt_in) IN ('y', 'yes', 'on', 'true') THEN true WHEN lower(opt_in) IN ('n', 'no', 'off', 'false') THEN false END,
          lifetimeValue := TRY_CAST(ltv AS DOUBLE), storeVisits := TRY_CAST(visits_30d AS TINYINT))) AS _acme
      FROM read_csv('${csvPath}', header = true, all_varchar = true, quote = '"', escape = '"')`
  const sql = `COPY (${select}) TO '${join(out, job === 'duckdb-json' ? 'part.json' : 'part.parquet').replace(/'/g, "''")}' (FORMAT ${job === 'duckdb-json' ? 'JSON' : "PARQUET, COMPRESSION 'snappy'"})`
  await con.run("SET timezone = 'UTC'")
  if (process.env.DUCKDB_THREADS) await con.run(`SET threads = ${Number(process.env.DUCKDB_THREADS)}`)
  const r = await con.runAndReadAll(sql)
  rows = Number(r.getRows()[0]?.[0] ?? 0)
} else {
  throw new Error(`unknown job ${job}`)
}
const ms = performance.now() - t0
const ru = process.resourceUsage()
// cpuMs: user + system CPU time of the whole process (all threads); steadier than wall time on a shared machine
console.log(JSON.stringify({ job, ms, rows, maxRssMB: ru.maxRSS / 1024, cpuMs: (ru.userCPUTime + ru.systemCPUTime) / 1000 }))
