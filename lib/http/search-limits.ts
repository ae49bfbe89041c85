/**
 * Searches per client, as the edge allows them (deploy/varnish/summit-wire.vcl: 20 in 4 s):
 * generous enough that a person paging through results never meets it, tight enough that one
 * client cannot keep the database busy with invented queries. Counted across nodes
 * (lib/server/client-limits.ts).
 */
export const SEARCHES_PER_CLIENT = 20
export const SEARCH_WINDOW_MS = 4_000

/**
 * Whether a client address is this machine itself: the warm-up, health checks, the bench.
 * A proxy on this machine names the reader in X-Forwarded-For (lib/http/client-address.mjs),
 * so loopback here is never a reader behind it.
 */
export function isLocalClient(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address)
}
