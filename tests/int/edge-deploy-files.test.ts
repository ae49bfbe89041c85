import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, it } from 'vitest'

import { describeSuite } from '../support/suite'
import { checkVcl, varnishInstalled, varnishMissing } from '../support/varnish'

/*
 * The compose half of the edge, which no other test runs (there is no Docker here): its
 * backends.vcl compiles with the VCL, and the addresses and ports that docker-compose.yml,
 * backends.vcl and hitch.conf name for one another agree.
 */
const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
const compose = read('docker-compose.yml')
const backends = read('deploy/varnish/backends.vcl')
const hitch = read('deploy/hitch/hitch.conf')

/** The text of one top-level compose service (up to the next one). */
function service(name: string): string {
  const match = new RegExp(`^  ${name}:\\n((?:    .*\\n|\\s*\\n|  #.*\\n)*)`, 'm').exec(compose)
  if (!match?.[1]) throw new Error(`docker-compose.yml has no service ${name}`)
  return match[1]
}

const pinnedAddress = (name: string) => /ipv4_address: (\S+)/.exec(service(name))?.[1]

function inRange(address: string, range: string): boolean {
  const [base, bits] = range.split('/')
  const toNumber = (ip: string) => ip.split('.').reduce((sum, part) => sum * 256 + Number(part), 0)
  const size = 2 ** (32 - Number(bits))
  return Math.floor(toNumber(address) / size) === Math.floor(toNumber(base ?? '') / size)
}

describeSuite('cluster', 'edge deployment files agree', { met: varnishInstalled(), missing: varnishMissing }, () => {
  it('deploy/varnish/backends.vcl compiles with summit-wire.vcl (its hostnames as loopback)', async () => {
    const { ok, output } = await checkVcl(backends.replace(/\.host = "[^"]+"/g, '.host = "127.0.0.1"'))
    expect(output).toBe('')
    expect(ok).toBe(true)
  })

  it('fails the compile check when the VCL is broken, so the check above means something', async () => {
    const { ok, output } = await checkVcl('backend app1 { .host = "127.0.0.1"; }\n')
    expect(ok).toBe(false)
    expect(output).toMatch(/app_nodes|purgers|edge_soft_purge_bound/)
  })

  it('lets the app purge: its pinned address is inside the purgers ACL, and it purges the plain listener', () => {
    const app = pinnedAddress('app')
    const acl = /acl purgers \{\s*"([\d.]+)"\/(\d+);\s*\}/.exec(backends)
    expect(app).toBeDefined()
    expect(acl).not.toBeNull()
    expect(inRange(app ?? '', `${acl?.[1]}/${acl?.[2]}`)).toBe(true)
    // …and nothing else that connects to Varnish is: not the gateway (published ports), nor a
    // container without a pinned address (hitch, redis, postgres).
    const range = `${acl?.[1]}/${acl?.[2]}`
    const gateway = /gateway: (\S+)/.exec(compose)?.[1] ?? ''
    const dynamic = /ip_range: ([\d.]+)\/(\d+)/.exec(compose)
    expect(inRange(gateway, range)).toBe(false)
    expect(dynamic).not.toBeNull()
    expect(inRange(dynamic?.[1] ?? '', range) || inRange(acl?.[1] ?? '', `${dynamic?.[1]}/${dynamic?.[2]}`)).toBe(false)
    expect(service('app')).toMatch(/EDGE_PURGE_URLS: http:\/\/varnish:80\//)
    expect(service('varnish')).toMatch(/- http=:80,HTTP/)
  })

  it('names Varnish’s pinned address as the app’s trusted proxy, and points the backend at the app', () => {
    expect(service('app')).toContain(`TRUSTED_PROXIES: ${pinnedAddress('varnish')}`)
    expect(backends).toMatch(/\.host = "app";\s*\.port = "3000";/)
    expect(service('app')).toMatch(/PORT: 3000/)
  })

  it('sends hitch to the PROXY listener the VCL marks as TLS', () => {
    const port = /^backend = "\[varnish\]:(\d+)"$/m.exec(hitch)?.[1]
    expect(port).toBeDefined()
    expect(service('varnish')).toContain(`- tls=:${port},PROXY`)
    expect(service('hitch')).toMatch(/- '443:443'/)
  })
})
