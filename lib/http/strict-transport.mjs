// @ts-check
/**
 * HTTP Strict Transport Security, shared by next.config's header rules and the server module
 * that adds it when the public origin is https (lib/server/strict-transport-security.mjs).
 * Plain JavaScript because both load outside the TypeScript build.
 */

/** Two years, subdomains included: what browsers' preload lists ask for. */
export const HSTS_HEADER_VALUE = 'max-age=63072000; includeSubDomains'

/** @param {string | undefined} siteUrl */
export function isHttpsOrigin(siteUrl) {
  return /^https:\/\//i.test(siteUrl ?? '')
}
