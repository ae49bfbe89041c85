// @ts-check
/**
 * Which address a request came from, believing X-Forwarded-For only from the proxies we run
 * (TRUSTED_PROXIES): walking the header from its end, each hop a trusted proxy added is passed
 * over, and the first address a trusted proxy did not vouch for is the client. A client that
 * writes its own X-Forwarded-For only adds entries before the ones our proxies append, which
 * are never reached; a request straight to the node is known by its socket's address.
 */
import net from 'node:net'

/** The header the server edge sets (over any a client sent) for the app to read. */
export const CLIENT_ADDRESS_HEADER = 'x-client-address'

/** An address without IPv4-in-IPv6 wrapping or brackets, or null when it is not one. @param {string | undefined} value */
export function plainAddress(value) {
  const address = (value ?? '')
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  return net.isIP(address) ? address : null
}

/**
 * The trusted proxies as a BlockList, from addresses and CIDR ranges; an entry that is neither
 * is an error at start, not a proxy silently distrusted.
 * @param {readonly string[]} entries
 */
export function trustedProxyList(entries) {
  const list = new net.BlockList()
  for (const entry of entries) {
    const [base, bits, ...rest] = entry.split('/')
    const address = plainAddress(base)
    const prefix = bits === undefined ? undefined : Number(bits)
    const family = address && net.isIPv6(address) ? 'ipv6' : 'ipv4'
    const maxBits = family === 'ipv6' ? 128 : 32
    if (
      !address ||
      rest.length > 0 ||
      (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxBits))
    )
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range.`)
    if (prefix === undefined) list.addAddress(address, family)
    else list.addSubnet(address, prefix, family)
  }
  return list
}

/**
 * The client's address.
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s)
 * @param {net.BlockList} trusted
 */
export function clientAddress(peer, forwardedFor, trusted) {
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  let address = plainAddress(peer)
  while (address && trusted.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4') && hops.length > 0) {
    const next = plainAddress(hops.pop())
    if (!next) break
    address = next
  }
  return address ?? 'unknown'
}
