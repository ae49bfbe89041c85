// @ts-check
/**
 * The security headers of every response, as rules for next.config.mjs `headers()` (Next
 * applies them to cached and rendered responses alike). Plain JavaScript because the config
 * imports it.
 *
 * Reader pages get a Content-Security-Policy that allows the site's own resources only. Its
 * `script-src` still admits inline scripts, because three kinds of response carry Next's
 * inline bootstrap: the one render that fills the cache, previews (draft mode), and Next's error
 * document (the error page, whose content exists only in those scripts). Nonces would make
 * every page dynamic, and those scripts differ on every render, so hashes cannot name them.
 * The page every other reader gets comes from the cache without any script, and the cache
 * handler adds a second policy to it (`scriptlessPagePolicy`) that forbids inline scripts
 * outright; a browser enforces both. Escaping, tested for every field, is the first defence.
 */

import { FORWARDED_OVER_HTTPS, HSTS_HEADER_VALUE } from './strict-transport.mjs'

/** @typedef {{ type: 'header' | 'cookie' | 'query', key: string, value?: string }} RequestCondition */
/**
 * @typedef {{ source: string, has?: RequestCondition[], missing?: RequestCondition[], headers: { key: string, value: string }[] }} HeaderRule
 */

/** Every path but the admin's and the API's (and their sub-paths), for Next's path matcher. */
const READER_PATHS = '/:path((?!(?:admin|api)(?:/|$)).*)'

/** @param {Record<string, string[]>} directives */
const policy = (directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')

const READER_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // The admin's live preview shows reader pages in a frame of its own origin.
  'frame-ancestors': ["'self'"],
}
export const READER_PAGE_POLICY = policy(READER_DIRECTIVES)

/** Search results: the reader policy, with no script at all. */
export const SEARCH_RESULTS_POLICY = policy({ ...READER_DIRECTIVES, 'script-src': ["'none'"] })

/**
 * The second policy of a page served from the cache, which has no script: none may run, and
 * only the inline styles it was stored with (by their SHA-256, base64) may apply.
 * @param {string[]} styleHashes
 */
export function scriptlessPagePolicy(styleHashes) {
  return policy({
    'script-src': ["'none'"],
    'style-src': ["'self'", ...styleHashes.map((hash) => `'sha256-${hash}'`)],
  })
}

/** Payload's admin runs its own scripts; it may not be framed elsewhere or load plugins. */
export const ADMIN_POLICY = policy({
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'self'"],
})

/** JSON, feeds of the API and uploaded files: nothing in them may run or be framed. */
export const API_POLICY = policy({
  'default-src': ["'none'"],
  'img-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  sandbox: [],
})

/** @returns {HeaderRule[]} */
export function securityHeaderRules() {
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        {
          key: 'Permissions-Policy',
          value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
        },
      ],
    },
    // HSTS, on responses to requests that came over https. Next speaks plain http, so https
    // ends at a TLS-terminating proxy (nginx, a load balancer), which says so in
    // X-Forwarded-Proto; FORWARDED_OVER_HTTPS also matches a list of hops, as Next's own
    // reading of the header does. Browsers ignore HSTS received over plain http (RFC 6797,
    // 8.1), so SITE_URL being https adds nothing: it names the public origin, not how this
    // request arrived, and a client that sends the header itself over http gains nothing.
    {
      source: '/:path*',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: FORWARDED_OVER_HTTPS }],
      headers: [{ key: 'Strict-Transport-Security', value: HSTS_HEADER_VALUE }],
    },
    { source: READER_PATHS, headers: [{ key: 'Content-Security-Policy', value: READER_PAGE_POLICY }] },
    // Search results (app/(site)/search/results/route.ts) never carry a script. A route's own
    // headers cannot replace these rules' (Next keeps the first value), so the rule says it.
    {
      source: '/search',
      has: [{ type: 'query', key: 'q' }],
      headers: [{ key: 'Content-Security-Policy', value: SEARCH_RESULTS_POLICY }],
    },
    { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: ADMIN_POLICY }] },
    { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_POLICY }] },
  ]
}
