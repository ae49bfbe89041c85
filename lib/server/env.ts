/**
 * Runtime configuration. Everything here is read when called, never at import, so one
 * build serves any environment (the Docker image is built once and configured at start).
 */

const MIN_SECRET_LENGTH = 32

export function port(): number {
  const raw = process.env.PORT
  const parsed = raw ? Number.parseInt(raw, 10) : 3000
  return Number.isInteger(parsed) && parsed > 0 && parsed < 65536 ? parsed : 3000
}

/** The public origin used for every absolute URL (canonical links, feeds, sitemaps). */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim()
  if (!raw) return `http://localhost:${port()}`
  return new URL(raw).origin
}

/** Where code running outside a Next request (seeds, scripts) reaches this app's own server. */
export function internalUrl(): string {
  const raw = process.env.INTERNAL_URL?.trim()
  return raw ? new URL(raw).origin : `http://127.0.0.1:${port()}`
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production'
}

/** Returns a problem with PAYLOAD_SECRET in one sentence, or null when it is usable. */
export function payloadSecretProblem(secret: string | undefined): string | null {
  if (!secret) return 'PAYLOAD_SECRET is not set: set it to a random string of at least 32 characters (e.g. `openssl rand -hex 32`).'
  if (secret.length < MIN_SECRET_LENGTH) {
    return `PAYLOAD_SECRET is ${secret.length} characters long: use a random string of at least ${MIN_SECRET_LENGTH}.`
  }
  return null
}

/** How many of the latest articles each feed carries (FEED_ITEM_LIMIT, 1–500, default 50). */
export function feedItemLimit(): number {
  const parsed = Number.parseInt(process.env.FEED_ITEM_LIMIT ?? '', 10)
  return Number.isInteger(parsed) && parsed >= 1 && parsed <= 500 ? parsed : 50
}
