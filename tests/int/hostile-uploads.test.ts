import fs from 'node:fs/promises'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeActor, type Actor } from '../support/actors'
import { startApiServer } from '../support/api-server'
import { testPayload } from '../support/payload'

/** Uploads over REST as a signed-in writer: what the admin's upload form sends. */
describe('hostile uploads', () => {
  let api: Awaited<ReturnType<typeof startApiServer>>
  let writer: Actor

  beforeAll(async () => {
    writer = await makeActor(await testPayload(), 'writer')
    api = await startApiServer()
  })
  afterAll(async () => api.close())

  const upload = async (body: Buffer, name: string, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(body)], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'An upload under test' }))
    const response = await fetch(`${api.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${writer.token}` },
      body: form,
    })
    return { status: response.status, text: await response.text() }
  }
  const stored = async () => ({
    rows: (await (await testPayload()).count({ collection: 'media', overrideAccess: true })).totalDocs,
    files: (await fs.readdir(process.env.MEDIA_DIR!).catch(() => [])).length,
  })

  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>')
  const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
  const cases: [string, () => Promise<[Buffer, string, string]>][] = [
    ['an SVG, which can carry scripts', async () => [svg, 'chart.svg', 'image/svg+xml']],
    ['an SVG that claims to be a PNG', async () => [svg, 'chart.png', 'image/png']],
    ['an HTML page that claims to be a PNG', async () => [html, 'photo.png', 'image/png']],
    [
      'a file over the 10 MB limit',
      async () => [
        Buffer.concat([
          await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
            .png()
            .toBuffer(),
          Buffer.alloc(10 * 1024 * 1024 + 1),
        ]),
        'huge.png',
        'image/png',
      ],
    ],
  ]

  it.each(cases)('refuses %s with a 4xx that says why, and stores nothing', async (_name, make) => {
    const before = await stored()
    const result = await upload(...(await make()))
    expect(result.status, result.text).toBeGreaterThanOrEqual(400)
    expect(result.status, result.text).toBeLessThan(500)
    expect(JSON.parse(result.text)).toMatchObject({ errors: [{ message: expect.any(String) }] })
    expect(await stored()).toEqual(before)
  })

  it('takes a real PNG (the refusals above are not refusing everything)', async () => {
    const png = await sharp({ create: { width: 16, height: 9, channels: 3, background: '#1a6' } })
      .png()
      .toBuffer()
    const result = await upload(png, 'real.png', 'image/png')
    expect(result.status, result.text).toBe(201)
  })

  it('serves a stored file, answers 404 for one not on disk and nothing outside the directory', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#a61' } })
      .png()
      .toBuffer()
    const { doc } = JSON.parse((await upload(png, 'served.png', 'image/png')).text) as { doc: { filename: string } }
    const get = (name: string) => fetch(`${api.url}/api/media/file/${name}`)
    const served = await get(doc.filename)
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/png'])
    const missing = await get('never-uploaded.png')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ errors: [{ message: 'There is no such file.' }] })
    for (const name of ['..%2F..%2Fpackage.json', '%2e%2e%2f%2e%2e%2fpackage.json']) {
      const outside = await get(name)
      expect([400, 404], name).toContain(outside.status)
      expect(await outside.text(), name).not.toContain('"dependencies"')
    }
  })
})
