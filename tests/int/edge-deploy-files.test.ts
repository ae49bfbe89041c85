import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, it } from 'vitest'
import { parse } from 'yaml'

import { describeSuite } from '../support/suite'
import { checkVcl, varnishInstalled, varnishMissing } from '../support/varnish'

/*
 * The compose half of the edge, which no other test runs (there is no Docker here): its
 * backends.vcl compiles with the VCL, and the addresses and ports that docker-compose.yml,
 * backends.vcl and hitch.conf name for one another agree.
 */
const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
// With its anchors merged, as a compose tool reads it.
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, ComposeService>
  networks: { default: { ipam: { config: { subnet: string; ip_range: string; gateway: string }[] } } }
}
const backends = read('deploy/varnish/backends.vcl')
const hitch = read('deploy/hitch/hitch.conf')

interface ComposeService {
  environment?: Record<string, string | number>
  command?: string[]
  ports?: string[]
  image?: string
  build?: unknown
  networks?: { default?: { ipv4_address?: string } }
}

function service(name: string): ComposeService {
  const found = compose.services[name]
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`)
  return found
}

const pinnedAddress = (name: string) => service(name).networks?.default?.ipv4_address
const APP_NODES = ['app', 'app2']

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

  it('lets the nodes purge: their pinned addresses are inside the purgers ACL, and they purge the plain listener', () => {
    const acl = /acl purgers \{\s*"([\d.]+)"\/(\d+);\s*\}/.exec(backends)
    expect(acl).not.toBeNull()
    const range = `${acl?.[1]}/${acl?.[2]}`
    for (const node of APP_NODES) {
      expect(pinnedAddress(node), node).toBeDefined()
      expect(inRange(pinnedAddress(node) ?? '', range), node).toBe(true)
      expect(service(node).environment?.EDGE_PURGE_URLS).toBe('http://varnish:80/')
    }
    // …and nothing else that connects to Varnish is: not the gateway (published ports), nor a
    // container without a pinned address (hitch, redis, postgres).
    const { gateway, ip_range: dynamic } = compose.networks.default.ipam.config[0]!
    expect(inRange(gateway, range)).toBe(false)
    const [dynamicBase] = dynamic.split('/')
    expect(inRange(dynamicBase ?? '', range) || inRange(acl?.[1] ?? '', dynamic)).toBe(false)
    expect(service('varnish').command).toContain('http=:80,HTTP')
  })

  it('names Varnish’s pinned address as the nodes’ trusted proxy, and a backend for each node', () => {
    for (const node of APP_NODES) {
      expect(service(node).environment?.TRUSTED_PROXIES).toBe(pinnedAddress('varnish'))
      expect(service(node).environment?.PORT).toBe(3000)
      expect(backends).toMatch(new RegExp(`\\.host = "${node}";\\s*\\.port = "3000";`))
    }
    expect(backends.match(/app_nodes\.add_backend\(/g)).toHaveLength(APP_NODES.length)
  })

  it('runs both nodes from one image with one environment, and gives the worker the same', () => {
    expect(service('app').build).toBeDefined()
    expect(service('app2').build).toBeUndefined()
    expect(service('app2').image).toBe(service('app').image)
    expect(service('app2').environment).toEqual(service('app').environment)
    expect(service('worker').environment).toEqual(service('app').environment)
    expect(service('app').environment?.S3_ENDPOINT).toBe('http://object-storage:8333')
  })

  it('sends hitch to the PROXY listener the VCL marks as TLS', () => {
    const port = /^backend = "\[varnish\]:(\d+)"$/m.exec(hitch)?.[1]
    expect(port).toBeDefined()
    expect(service('varnish').command).toContain(`tls=:${port},PROXY`)
    expect(service('hitch').ports).toContain('443:443')
  })
})
