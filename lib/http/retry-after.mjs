// @ts-check
/**
 * How long a client should wait before asking again while the database is down, in seconds:
 * the server edge's 503s (lib/server/request-edge.mjs) and /api/health's 503 say the same.
 * The edge notices a recovery within two seconds, so this is a ceiling for crawlers and feed
 * readers, not a promise. Plain JavaScript because the server edge loads before any bundler
 * or TypeScript loader; the app imports it too.
 */
export const RETRY_AFTER_SECONDS = 30
