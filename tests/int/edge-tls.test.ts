import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEdgeAppStub, type EdgeAppStub } from '../support/edge-app-stub'
import { edgeRequest, type EdgeResponse } from '../support/edge-request'
import { hitchInstalled, hitchMissing, renderHitchConfig, startHitch, type RunningHitch } from '../support/hitch'
import { describeSuite } from '../support/suite'
import { startVarnish, varnishInstalled, varnishMissing, type RunningVarnish } from '../support/varnish'

/*
 * deploy/hitch/hitch.conf in front of deploy/varnish: TLS ends at hitch, which tells Varnish
 * the reader's address with the PROXY protocol. Readers connect from 127.0.0.3 and 127.0.0.4
 * (all of 127/8 is loopback on Linux), so their address cannot be mistaken for hitch's or
 * Varnish's own 127.0.0.1.
 */
const xCache = (response: EdgeResponse) => response.headers['x-cache']

describeSuite(
  'cluster',
  'edge TLS: hitch in front of Varnish (deploy/hitch)',
  { met: varnishInstalled() && hitchInstalled(), missing: `${varnishMissing}; ${hitchMissing}` },
  () => {
    let app: EdgeAppStub
    let varnish: RunningVarnish
    let hitch: RunningHitch
    const overTls = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
      edgeRequest(`${hitch.url}${path}`, { headers, method, ca: hitch.cert, localAddress: '127.0.0.3' })
    const plain = (path: string, headers: Record<string, string> = {}) =>
      edgeRequest(`${varnish.url}${path}`, { headers, localAddress: '127.0.0.4' })

    beforeAll(async () => {
      app = await startEdgeAppStub()
      varnish = await startVarnish({ backends: [app] })
      hitch = await startHitch({ backendPort: varnish.proxyPort })
    })
    afterAll(async () => {
      await hitch?.stop()
      await varnish?.stop()
      await app?.close()
    })

    describe('forwarded headers', () => {
      it('over TLS: the app hears https, and the reader’s address last in X-Forwarded-For', async () => {
        const path = '/api/forwarded-tls'
        const response = await overTls(path, { 'X-Forwarded-For': '203.0.113.9', 'X-Forwarded-Proto': 'http' })
        expect(response.status).toBe(200)
        const seen = app.last(path)
        expect(seen?.headers['x-forwarded-proto']).toBe('https')
        expect(seen?.headers['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.3')
        expect(seen?.headers['x-real-ip']).toBe('127.0.0.3')
        // The socket the app sees is the edge's.
        expect(seen?.remoteAddress).toBe('127.0.0.1')
      })

      it('over plain HTTP: http, whatever the client claims', async () => {
        const path = '/api/forwarded-plain'
        await plain(path, {
          'X-Forwarded-Proto': 'https',
          'X-Forwarded-Host': 'evil.example',
          'X-Middleware-Subrequest': 'middleware',
        })
        const seen = app.last(path)
        expect(seen?.headers['x-forwarded-proto']).toBe('http')
        expect(seen?.headers['x-forwarded-for']).toBe('127.0.0.4')
        expect(seen?.headers['x-forwarded-host']).toBe(new URL(varnish.url).host)
        expect(seen?.headers['x-middleware-subrequest']).toBeUndefined()
      })
    })

    it('keeps pages fetched over TLS and over plain HTTP apart', async () => {
      const path = '/articles/by-protocol'
      expect(xCache(await overTls(path))).toBe('MISS')
      expect(xCache(await plain(path))).toBe('MISS')
      expect(xCache(await overTls(path))).toBe('HIT')
      expect(app.hits(path)).toBe(2)
    })

    it('never purges from the public TLS listener', async () => {
      const path = '/articles/not-purged-over-tls'
      await overTls(path)
      const refused = await overTls('/', { 'xkey-purge': `page:${path}` }, 'PURGE')
      expect(refused.status).toBe(405)
      expect(xCache(await overTls(path))).toBe('HIT')
    })

    it('renders hitch.conf for loopback, and refuses a file that lost a line it rewrites', () => {
      const target = { listen: '127.0.0.1:8443', backend: '127.0.0.1:6086', pemFile: '/tmp/site.pem' }
      const config = renderHitchConfig(target)
      expect(config).toContain('frontend = "[127.0.0.1]:8443"')
      expect(config).toContain('backend = "[127.0.0.1]:6086"')
      expect(config).toMatch(/^write-proxy-v2 = on$/m)
      expect(config).not.toMatch(/^(user|group) = /m)
      const unprivileged = renderHitchConfig({ ...target, user: 'nobody' })
      expect(unprivileged).toMatch(/^user = "nobody"$/m)
      expect(unprivileged).not.toMatch(/^group = /m)
      expect(() => renderHitchConfig(target, 'backend = "[varnish]:8443"\n')).toThrow(/frontend/)
    })
  },
)
