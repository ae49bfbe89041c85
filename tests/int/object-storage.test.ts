import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type * as HeroFile from '../../lib/content/hero-file'
import { anyDependencyOut } from '../../lib/server/dependency-outages.mjs'
import { createEmptyDatabase } from '../support/empty-database'
import { runScript } from '../support/run-script'
import { startTestS3, type TestS3 } from '../support/s3-server'

/*
 * Media in an S3-compatible bucket (s3rver on loopback). payload.config.ts and Media.ts read
 * S3_* when they are imported, so everything that loads them is imported after the variables
 * are set; this file runs in a process of its own (Vitest isolates files).
 */

const BUCKET = 'newsroom-media'
const md5 = (bytes: Buffer | Uint8Array) => `"${createHash('md5').update(bytes).digest('hex')}"`

async function photo(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2a6f97' } })
    .jpeg()
    .toBuffer()
}

async function folderFiles(dir: string): Promise<Record<string, string>> {
  const names = await fs.readdir(dir).catch(() => [])
  const files: Record<string, string> = {}
  for (const name of names) files[name] = md5(await fs.readFile(path.join(dir, name)))
  return files
}

describe('media in object storage', () => {
  let s3: TestS3
  let payload: Payload
  let api: { url: string; close: () => Promise<void> }
  let work: string
  let readOriginalFile: typeof HeroFile.readOriginalFile
  let uploaded: { id: number; filename: string; sizes: string[]; bytes: Buffer }

  const upload = async (name: string, bytes: Buffer) =>
    payload.create({
      collection: 'media',
      data: { alt: `Delegations at ${name}` },
      file: { data: bytes, mimetype: 'image/jpeg', name: `${name}-${Date.now().toString(36)}.jpg`, size: bytes.length },
    })
  const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

  beforeAll(async () => {
    s3 = await startTestS3()
    await s3.createBucket(BUCKET)
    Object.assign(process.env, s3.env(BUCKET))
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-object-storage-'))
    payload = await (await import('../support/payload')).testPayload()
    api = await (await import('../support/api-server')).startApiServer()
    readOriginalFile = (await import('../../lib/content/hero-file')).readOriginalFile

    const bytes = await photo(1800, 1000)
    const doc = await upload('summit-hall', bytes)
    uploaded = {
      id: doc.id,
      filename: doc.filename!,
      sizes: Object.values(doc.sizes ?? {}).map((size) => size!.filename!),
      bytes,
    }
  })
  afterAll(async () => {
    await api?.close()
    await s3?.dispose()
    if (work) await fs.rm(work, { recursive: true, force: true })
  })

  it('stores an upload and each of its sizes in the bucket, not on disk', async () => {
    expect(payload.collections.media.config.upload.adapter).toBe('s3')
    expect(uploaded.sizes).toHaveLength(3)
    const objects = await s3.objects(BUCKET)
    for (const name of [uploaded.filename, ...uploaded.sizes]) expect(objects).toHaveProperty([name])
    expect(objects[uploaded.filename]).toBe(md5(uploaded.bytes))
    await expect(fs.access(path.join(process.env.MEDIA_DIR!, uploaded.filename))).rejects.toThrow()
  })

  it('serves the original and its sizes from the bucket, with the cache headers of files on disk', async () => {
    for (const name of [uploaded.filename, ...uploaded.sizes]) {
      const response = await fetch(`${api.url}/api/media/file/${encodeURIComponent(name)}`)
      expect(response.status, name).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/jpeg')
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400')
      expect(response.headers.get('surrogate-control')).toBe('max-age=300')
      expect(md5(new Uint8Array(await response.arrayBuffer()))).toBe((await s3.objects(BUCKET))[name])
    }
    const missing = await fetch(`${api.url}/api/media/file/no-such-photo.jpg`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ errors: [{ message: 'There is no such file.' }] })
  })

  it('makes a missing bucket at start, and says so when it cannot be reached', async () => {
    const { objectStorageProblem } = await import('../../lib/storage/storage-check')
    Object.assign(process.env, s3.env('made-at-start'))
    try {
      expect(await objectStorageProblem()).toMatch(/has no bucket "made-at-start"/)
      expect(await objectStorageProblem({ createMissing: true })).toBeNull()
      expect(await objectStorageProblem()).toBeNull()
      await s3.client.headBucket({ Bucket: 'made-at-start' })
    } finally {
      Object.assign(process.env, s3.env(BUCKET))
    }
  })

  it('reads the original from the bucket for the hero crops', async () => {
    expect((await readOriginalFile({ filename: uploaded.filename }))?.equals(uploaded.bytes)).toBe(true)
    expect(await readOriginalFile({ filename: 'no-such-photo.jpg' })).toBeNull()
  })

  it('cuts the sizes again from the original in the bucket when the focal point moves', async () => {
    // A photo whose left half is dark and right half light: the thumbnail (16:9 from a wider
    // original, cut around the focal point) changes with the focal point.
    const halves = await sharp({ create: { width: 2000, height: 600, channels: 3, background: '#101010' } })
      .composite([
        { input: { create: { width: 1000, height: 600, channels: 3, background: '#f0f0f0' } }, left: 1000, top: 0 },
      ])
      .jpeg()
      .toBuffer()
    const doc = await upload('two-halves', halves)
    const brightness = async (key: string) => {
      const object = await s3.client.getObject({ Bucket: BUCKET, Key: key })
      const { channels } = await sharp(Buffer.from(await object.Body!.transformToByteArray())).stats()
      return channels[0]!.mean
    }
    const before = await brightness(doc.sizes!.thumbnail!.filename!)
    const moved = await payload.update({ collection: 'media', id: doc.id, data: { focalX: 95, focalY: 50 } })
    expect(moved.focalX).toBe(95)
    // Cut again under new names (Payload names a re-upload afresh), the old objects removed.
    const thumbnail = moved.sizes!.thumbnail!.filename!
    expect(thumbnail).not.toBe(doc.sizes!.thumbnail!.filename)
    expect(await brightness(thumbnail)).toBeGreaterThan(before + 40)
    const objects = await s3.objects(BUCKET)
    expect(objects[moved.filename!]).toBe(md5(halves))
    expect(objects).not.toHaveProperty([doc.sizes!.thumbnail!.filename!])
    // A save that moves nothing cuts nothing.
    const captioned = await payload.update({ collection: 'media', id: doc.id, data: { caption: 'Two halves' } })
    expect(captioned.sizes?.thumbnail?.filename).toBe(thumbnail)
  })

  it('while the bucket is down: uploads and removals are refused with a message, nothing is lost, and it recovers', async () => {
    const before = await mediaCount()
    await s3.stop()
    try {
      const refused = await upload('during-outage', await photo(800, 450)).catch((error: unknown) => error)
      expect(refused).toMatchObject({
        status: 503,
        message: expect.stringMatching(/object storage is not answering\. Nothing was saved/),
      })
      expect(await mediaCount()).toBe(before)
      const kept = await payload.delete({ collection: 'media', id: uploaded.id }).catch((error: unknown) => error)
      expect(kept).toMatchObject({ status: 503, message: expect.stringMatching(/Nothing was removed/) })
      expect((await payload.findByID({ collection: 'media', id: uploaded.id })).filename).toBe(uploaded.filename)

      const image = await fetch(`${api.url}/api/media/file/${encodeURIComponent(uploaded.filename)}`)
      expect(image.status).toBe(503)
      expect(image.headers.get('cache-control')).toBe('no-store')
      expect(image.headers.get('retry-after')).toBe('30')
      await expect(readOriginalFile({ filename: uploaded.filename })).rejects.toThrow()
      // So the server edge answers a route that failed on it 503, not 500.
      expect(anyDependencyOut()).toBe(true)
    } finally {
      await s3.start()
    }
    const after = await upload('after-outage', await photo(800, 450))
    expect(await mediaCount()).toBe(before + 1)
    expect((await s3.objects(BUCKET))[after.filename!]).toBeDefined()
    expect((await readOriginalFile({ filename: uploaded.filename }))?.equals(uploaded.bytes)).toBe(true)
    expect(anyDependencyOut()).toBe(false)
  })

  it('backs up the objects and restores them into an empty bucket, and never over a full one', async () => {
    const folder = path.join(work, 'backup')
    const backedUp = await runScript('backup', [folder], s3.env(BUCKET))
    expect(backedUp.code, backedUp.output).toBe(0)
    const objects = await s3.objects(BUCKET)
    expect(Object.keys(objects)).toEqual(expect.arrayContaining([uploaded.filename, ...uploaded.sizes]))
    expect(await folderFiles(path.join(folder, 'media'))).toEqual(objects)

    await s3.createBucket('restored')
    const restored = await runScript('restore', [folder], {
      DATABASE_URL: await createEmptyDatabase('restored_s3'),
      ...s3.env('restored'),
    })
    expect(restored.code, restored.output).toBe(0)
    expect(await s3.objects('restored')).toEqual(objects)

    const again = await runScript('restore', [folder], {
      DATABASE_URL: await createEmptyDatabase('restored_s3_again'),
      ...s3.env('restored'),
    })
    expect(again.code).toBe(1)
    expect(again.output).toContain('The media store s3://restored is not empty: restore into an empty one.')
  })

  it('npm run media-to-bucket moves a newsroom on disk into a bucket and checks every file arrived', async () => {
    // A newsroom on disk: the backup restored into a new database and a media folder.
    const onDisk = { DATABASE_URL: await createEmptyDatabase('on_disk'), MEDIA_DIR: path.join(work, 'disk-media') }
    const noBucket = Object.fromEntries(Object.keys(s3.env(BUCKET)).map((name) => [name, '']))
    const restored = await runScript('restore', [path.join(work, 'backup')], { ...onDisk, ...noBucket })
    expect(restored.code, restored.output).toBe(0)
    const files = await folderFiles(onDisk.MEDIA_DIR)
    // The shared test database also holds images other files uploaded to their own disk; this
    // newsroom keeps only the ones whose files it has.
    const client = new pg.Client({ connectionString: onDisk.DATABASE_URL })
    await client.connect()
    await client.query('delete from media where filename <> all($1::text[])', [Object.keys(files)])
    await client.end()
    const count = Object.keys(files).length

    await s3.createBucket('moved')
    const moved = await runScript('media-to-bucket', [], { ...onDisk, ...s3.env('moved') })
    expect(moved.code, moved.output).toBe(0)
    expect(moved.output).toContain(`${count} files copied`)
    expect(moved.output).toContain('Every file arrived')
    expect(await s3.objects('moved')).toEqual(files)

    // Run again: nothing to copy; a damaged object is copied again.
    const [damaged] = Object.keys(files)
    await s3.client.putObject({ Bucket: 'moved', Key: damaged, Body: Buffer.from('not the photo') })
    const rerun = await runScript('media-to-bucket', [], { ...onDisk, ...s3.env('moved') })
    expect(rerun.code, rerun.output).toBe(0)
    expect(rerun.output).toContain(`1 files copied`)
    expect(rerun.output).toContain(`${count - 1} already there and identical`)
    expect(await s3.objects('moved')).toEqual(files)

    // A file a document names that is neither on disk nor in the bucket is reported, not ignored.
    const lost = uploaded.sizes[0]!
    await fs.rm(path.join(onDisk.MEDIA_DIR, lost))
    await s3.client.deleteObject({ Bucket: 'moved', Key: lost })
    const gap = await runScript('media-to-bucket', [], { ...onDisk, ...s3.env('moved') })
    expect(gap.code).toBe(1)
    expect(gap.output).toContain(`The bucket lacks 1 files that media documents name`)
    expect(gap.output).toContain(lost)
  })
})
