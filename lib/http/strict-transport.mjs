// @ts-check
/**
 * HTTP Strict Transport Security and the https checks around it. Plain JavaScript because
 * next.config.mjs's header rules (lib/http/security-headers.mjs) load outside the TypeScript
 * build.
 */

/** Two years, subdomains included: what browsers' preload lists ask for. */
export const HSTS_HEADER_VALUE = 'max-age=63072000; includeSubDomains'

/**
 * An X-Forwarded-Proto value that says the request came over https, as the `value` of a Next
 * `has` condition (a regular expression Next anchors at both ends): `https`, or a list of hops
 * (`https, http`) of which one is https, as Next reads the header itself.
 */
export const FORWARDED_OVER_HTTPS = '(?:.*,\\s*)?https(?:\\s*,.*)?'

/**
 * Whether the public origin (SITE_URL) is https: the Secure flag of the session cookie
 * (collections/Users.ts) and of the setup-token cookie (proxy.ts). Unlike HSTS, that flag is
 * not decided per request: Payload fixes its cookie settings when the config loads, and a
 * site whose address is https must never hand out a session cookie a browser would send over
 * plain http.
 * @param {string | undefined} siteUrl
 */
export function isHttpsOrigin(siteUrl) {
  return /^https:\/\//i.test(siteUrl ?? '')
}
