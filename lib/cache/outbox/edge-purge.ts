/**
 * A purge by surrogate key at one edge (Varnish with xkey, deploy/varnish/): `PURGE` with the
 * exact tags in `xkey-purge` (gone at once) and the bounded ones in `xkey-softpurge` (served
 * stale while refetched, within the bound). Tags are split over several requests so that no
 * header passes what Varnish accepts (http_req_hdr_len, 8 KB by default).
 */
const MAX_HEADER_BYTES = 6_000
const TIMEOUT_MS = 3_000

/** Lists of tags, space-joined, none longer than `maxBytes`. */
export function keyHeaders(tags: readonly string[], maxBytes = MAX_HEADER_BYTES): string[] {
  const headers: string[] = []
  let current = ''
  for (const tag of tags) {
    if (current && current.length + 1 + tag.length > maxBytes) {
      headers.push(current)
      current = ''
    }
    current = current ? `${current} ${tag}` : tag
  }
  if (current) headers.push(current)
  return headers
}

/** Purges `exact` hard and `bounded` soft at the edge `url`; throws unless every request answered 2xx. */
export async function purgeAtEdge(
  url: string,
  { exact, bounded }: { exact: string[]; bounded: string[] },
): Promise<void> {
  const requests = [
    ...keyHeaders(exact).map((keys) => ({ 'xkey-purge': keys })),
    ...keyHeaders(bounded.filter((tag) => !exact.includes(tag))).map((keys) => ({ 'xkey-softpurge': keys })),
  ]
  for (const headers of requests) {
    const response = await fetch(url, { method: 'PURGE', headers, signal: AbortSignal.timeout(TIMEOUT_MS) })
    await response.body?.cancel()
    if (!response.ok) throw new Error(`the edge at ${url} answered the purge with ${response.status}`)
  }
}
