// @ts-check
/**
 * Configuration, read in one place. Every environment variable the project reads is declared
 * in VARIABLES, with when it matters; everything is read when called, never at import, so one
 * build serves any environment (the Docker image is built once and configured at start).
 * README's configuration table lists exactly the variables meant for people (a test compares
 * the two), and ESLint forbids `process.env` anywhere else outside the tests.
 *
 * Plain JavaScript (type-checked through JSDoc) because the server edge, loaded with
 * `node --import` before any TypeScript loader, and next.config.mjs read it too.
 */

/**
 * When a variable matters:
 * - `run`: read by the app, the launcher or the scripts when they run;
 * - `build`: read by `next build` only (changing it needs a new build);
 * - `compose`: read by docker-compose.yml only;
 * - `tooling`: the tests, the bench and Lighthouse;
 * - `internal`: set by our own code for a child process or a library, never by a person.
 * @typedef {'run' | 'build' | 'compose' | 'tooling' | 'internal'} When
 */

export const VARIABLES = /** @type {const} */ ({
  DATABASE_URL: 'run',
  DATABASE_REPLICA_URLS: 'run',
  REPLICA_WAIT_SECONDS: 'run',
  PAYLOAD_SECRET: 'run',
  PORT: 'run',
  SITE_URL: 'run',
  SITE_TIMEZONE: 'run',
  ADMIN_EMAIL: 'run',
  ADMIN_PASSWORD: 'run',
  INTERNAL_URL: 'run',
  JOBS_AUTORUN: 'run',
  CRON_SECRET: 'run',
  FEED_ITEM_LIMIT: 'run',
  CACHE_STALE_SECONDS: 'run',
  PAGE_CACHE_MB: 'run',
  REDIS_URL: 'run',
  EDGE_PURGE_URLS: 'run',
  TRUSTED_PROXIES: 'run',
  HOT_PATHS_FILE: 'run',
  WARM_UP_SECONDS: 'run',
  SEED_DEMO: 'run',
  MEDIA_DIR: 'run',
  S3_ENDPOINT: 'run',
  S3_BUCKET: 'run',
  S3_REGION: 'run',
  S3_ACCESS_KEY_ID: 'run',
  S3_SECRET_ACCESS_KEY: 'run',
  EMBEDDED_DATA_DIR: 'run',
  SERVICE_DIR: 'run',
  NODE_ENV: 'run',
  NODE_OPTIONS: 'run',
  NEXT_TELEMETRY_DISABLED: 'run',
  NEXT_OUTPUT: 'build',
  HTTP_PORT: 'compose',
  APP_PORT: 'compose',
  POSTGRES_PASSWORD: 'compose',
  POSTGRES_REPLICATION_PASSWORD: 'compose',
  SKIP_SUITES: 'tooling',
  NGINX_BINARY: 'tooling',
  E2E_PORT: 'tooling',
  CHROME_PATH: 'tooling',
  LIGHTHOUSE_PORT: 'tooling',
  LIGHTHOUSE_RUNS: 'tooling',
  BENCH_PORT: 'tooling',
  BENCH_SECONDS: 'tooling',
  SQL_COUNT_LOG: 'tooling',
  // The cluster test lengthens the bus's fallback poll, so an expiry that arrives must have come by message.
  EXPIRY_POLL_SECONDS: 'tooling',
  // Set by the bench for the SQL counter it preloads into the server.
  SQL_COUNT_PORT: 'internal',
  // Set by Next itself: which runtime and phase a module is evaluated in.
  NEXT_RUNTIME: 'internal',
  NEXT_PHASE: 'internal',
  // Set by the server edge: Next leaves SIGTERM to our clean shutdown (graceful-shutdown.mjs).
  NEXT_MANUAL_SIG_HANDLE: 'internal',
  // Set for fontconfig, which the Open Graph cards' text rendering reads.
  FONTCONFIG_FILE: 'internal',
})

/** @typedef {keyof typeof VARIABLES} Variable */

/**
 * The raw value of a declared variable, trimmed; undefined when unset or blank.
 * @param {Variable} name
 * @returns {string | undefined}
 */
export function readEnv(name) {
  const value = process.env[name]?.trim()
  return value ? value : undefined
}

/**
 * Sets a variable a library reads (fontconfig's FONTCONFIG_FILE), for this process and its children.
 * @param {Variable} name
 * @param {string} value
 */
export function setEnv(name, value) {
  // NODE_ENV is typed read-only for code Next compiles; the others are plain strings.
  ;/** @type {Record<string, string | undefined>} */ (process.env)[name] = value
}

/**
 * This process's environment with some values replaced: what a child process we start gets.
 * @param {Record<string, string | undefined>} [overrides]
 * @returns {NodeJS.ProcessEnv}
 */
export function childEnv(overrides = {}) {
  return { ...process.env, ...overrides }
}

/**
 * A whole number from a variable, or the fallback when unset or not a number in range.
 * @param {Variable} name
 * @param {number} fallback
 * @param {number} [min]
 * @param {number} [max]
 */
export function numberEnv(name, fallback, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  const parsed = Number.parseInt(readEnv(name) ?? '', 10)
  return Number.isInteger(parsed) && parsed >= min && parsed <= max ? parsed : fallback
}

const MIN_SECRET_LENGTH = 32

export function port() {
  return numberEnv('PORT', 3000, 1, 65535)
}

/** The public origin used for every absolute URL (canonical links, feeds, sitemaps). */
export function siteUrl() {
  const raw = readEnv('SITE_URL')
  return raw ? new URL(raw).origin : `http://localhost:${port()}`
}

/** Where code running outside a Next request (seeds, scripts) reaches this app's own server. */
export function internalUrl() {
  const raw = readEnv('INTERNAL_URL')
  return raw ? new URL(raw).origin : `http://127.0.0.1:${port()}`
}

export function isProduction() {
  return readEnv('NODE_ENV') === 'production'
}

/** The database, or undefined: the launcher then starts the embedded one. */
export function databaseUrl() {
  return readEnv('DATABASE_URL')
}

/**
 * Streaming replicas of DATABASE_URL that reader pages read from (comma- or space-separated
 * postgres:// URLs); none by default. A value that is not such a URL stops the server at start.
 * @returns {string[]}
 */
export function databaseReplicaUrls() {
  const urls = (readEnv('DATABASE_REPLICA_URLS') ?? '').split(/[\s,]+/).filter(Boolean)
  for (const url of urls) requireUrl('DATABASE_REPLICA_URLS', url, /^postgres(ql)?:$/, 'a postgres:// URL')
  return urls
}

/**
 * The replicas this process reads from: the Next server's (NEXT_RUNTIME is set by Next) only.
 * Scripts and the worker read what they then write (the jobs queue claims jobs it has just
 * read): they stay on the primary.
 * @returns {string[]}
 */
export function readReplicaUrls() {
  return readEnv('NEXT_RUNTIME') ? databaseReplicaUrls() : []
}

/**
 * How long a change's expiries wait for the replicas to replay it before they go to the other
 * nodes and the edge anyway (whose reads then stay on the primary until the replicas have it).
 */
export function replicaWaitMs() {
  return numberEnv('REPLICA_WAIT_SECONDS', 2, 0, 60) * 1000
}

export function payloadSecret() {
  return readEnv('PAYLOAD_SECRET') ?? ''
}

/**
 * A problem with PAYLOAD_SECRET in one sentence, or null when it is usable.
 * @param {string | undefined} secret
 * @returns {string | null}
 */
export function payloadSecretProblem(secret) {
  if (!secret)
    return 'PAYLOAD_SECRET is not set: set it to a random string of at least 32 characters (e.g. `openssl rand -hex 32`).'
  if (secret.length < MIN_SECRET_LENGTH) {
    return `PAYLOAD_SECRET is ${secret.length} characters long: use a random string of at least ${MIN_SECRET_LENGTH}.`
  }
  return null
}

/** How many of the latest articles each feed carries (FEED_ITEM_LIMIT, 1–500, default 50). */
export function feedItemLimit() {
  return numberEnv('FEED_ITEM_LIMIT', 50, 1, 500)
}

/**
 * How long a page made before a bounded change (related coverage, later archive pages, search)
 * may still be served while it is re-rendered behind the reader (CACHE_STALE_SECONDS, 1–86400,
 * default 300). Exact changes do not wait.
 */
export function staleBoundSeconds() {
  return numberEnv('CACHE_STALE_SECONDS', 300, 1, 86_400)
}

/** Megabytes of pages, feeds and data reads each server keeps in memory (PAGE_CACHE_MB, 16–8192, default 192). */
export function pageCacheBytes() {
  return numberEnv('PAGE_CACHE_MB', 192, 16, 8192) * 1024 * 1024
}

/** The IANA zone the newsroom's times are shown in. */
export function siteTimezone() {
  return readEnv('SITE_TIMEZONE') ?? 'UTC'
}

/** The first admin to create at start: ADMIN_EMAIL, and ADMIN_PASSWORD exactly as given. */
export function adminCredentials() {
  return { email: readEnv('ADMIN_EMAIL'), password: process.env.ADMIN_PASSWORD || undefined }
}

/** Whether this process runs the jobs queue (JOBS_AUTORUN=off turns it off). */
export function runsJobs() {
  return readEnv('JOBS_AUTORUN') !== 'off'
}

export function cronSecret() {
  return readEnv('CRON_SECRET')
}

/** Whether to load the demo newsroom at start in production too. */
export function seedDemoRequested() {
  return readEnv('SEED_DEMO') === '1'
}

/** Folder of the embedded PostgreSQL cluster, its credentials and development files. */
export function embeddedDataDir() {
  return readEnv('EMBEDDED_DATA_DIR') ?? '.data'
}

/** Where uploads are stored (relative to the working folder unless absolute). */
export function mediaDirSetting() {
  return readEnv('MEDIA_DIR') ?? `${embeddedDataDir()}/media`
}

/** As root: where servers that refuse root keep what a private folder would hide. */
export function serviceDirSetting() {
  return readEnv('SERVICE_DIR') ?? '/var/lib/summit-wire'
}

/** Whether Next builds its standalone server (set in the Dockerfile's build stage). */
export function buildsStandalone() {
  return readEnv('NEXT_OUTPUT') === 'standalone'
}

/**
 * The Redis (or Valkey) that carries cache expiries between nodes, when there are several
 * (`redis://host:6379`). Unset: one node, whose expiries stay in its own memory.
 */
export function redisUrl() {
  return readEnv('REDIS_URL')
}

/**
 * The edges (Varnish with xkey) that cache reader pages and take purges by surrogate key:
 * comma- or space-separated http(s) URLs, each an address a `PURGE` can be sent to. A value
 * that is not such a URL is an error at start, not a purge that silently goes nowhere.
 * @returns {string[]}
 */
export function edgePurgeUrls() {
  const urls = (readEnv('EDGE_PURGE_URLS') ?? '').split(/[\s,]+/).filter(Boolean)
  for (const url of urls) requireUrl('EDGE_PURGE_URLS', url, /^https?:$/)
  return urls
}

/**
 * Throws, naming the variable, unless `value` is a URL whose protocol matches.
 * @param {Variable} name
 * @param {string} value
 * @param {RegExp} protocols
 * @param {string} [kind] what such a URL is called, for the message
 */
function requireUrl(name, value, protocols, kind = 'an http(s) URL') {
  let parsed
  try {
    parsed = new URL(value)
  } catch {
    parsed = null
  }
  if (!parsed || !protocols.test(parsed.protocol)) throw new Error(`${name}: "${value}" is not ${kind}.`)
}

/** Whether a change's expiries must leave this process: other nodes (Redis) or an edge to purge. */
export function deliversExpiriesAfield() {
  return Boolean(redisUrl()) || edgePurgeUrls().length > 0
}

/**
 * The proxies whose X-Forwarded-For this server believes (addresses or CIDR ranges, comma- or
 * space-separated): the TLS terminator, the edge, a load balancer. Loopback by default, where
 * the reference nginx and the tests' proxies run.
 * @returns {string[]}
 */
export function trustedProxies() {
  return (readEnv('TRUSTED_PROXIES') ?? '127.0.0.1/8, ::1').split(/[\s,]+/).filter(Boolean)
}

/**
 * Where a node without Redis keeps the list of what its readers read most, to warm after a
 * restart (lib/server/hot-paths.mjs).
 */
export function hotPathsFile() {
  return readEnv('HOT_PATHS_FILE') ?? `${embeddedDataDir()}/hot-paths.json`
}

/**
 * How long a starting node may spend warming the pages its readers read most before it says it
 * is ready (on top of the home page, the summits, the feeds and the latest stories). 0: none.
 */
export function warmUpSeconds() {
  return numberEnv('WARM_UP_SECONDS', 60, 0, 600)
}

/** How often a node checks the bus for expiries it missed (expiry-bus.mjs), in milliseconds. */
export function expiryPollMs() {
  return numberEnv('EXPIRY_POLL_SECONDS', 5, 1, 3600) * 1000
}

/** Whether uploads live in object storage (S3_BUCKET set); objectStorageSettings() checks the rest. */
export function usesObjectStorage() {
  return Boolean(readEnv('S3_BUCKET'))
}

/**
 * Where uploads go when not to local disk: an S3-compatible bucket, on when S3_BUCKET is set.
 * S3_ENDPOINT names a server other than AWS (SeaweedFS, Garage, MinIO), addressed by path;
 * without keys the SDK's own chain (instance role, AWS_* variables) applies. Half a key pair is
 * an error at start, not uploads that fail one by one.
 * @returns {{ bucket: string, endpoint?: string, region: string, accessKeyId?: string, secretAccessKey?: string } | null}
 */
export function objectStorageSettings() {
  const bucket = readEnv('S3_BUCKET')
  const endpoint = readEnv('S3_ENDPOINT')
  const accessKeyId = readEnv('S3_ACCESS_KEY_ID')
  const secretAccessKey = readEnv('S3_SECRET_ACCESS_KEY')
  if (!bucket) {
    if (endpoint || accessKeyId || secretAccessKey)
      throw new Error('S3_BUCKET: object storage is configured (S3_ENDPOINT or keys are set) but no bucket is named.')
    return null
  }
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither.')
  if (endpoint) requireUrl('S3_ENDPOINT', endpoint, /^https?:$/)
  return { bucket, endpoint, region: readEnv('S3_REGION') ?? 'us-east-1', accessKeyId, secretAccessKey }
}
