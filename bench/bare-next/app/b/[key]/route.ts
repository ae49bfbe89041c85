import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The bench's bare Next route (issue 17, item 4): the bytes the site served for a page, read
 * once from the folder the bench wrote (bench/bare-next/bytes, bench/same-bytes.ts) and kept
 * in memory, answered with the same content type. Next's own compression applies, as on the
 * site: this is the floor a Next server sets, with nothing of ours on the path.
 */
const BYTES_DIR = path.join(process.cwd(), 'bytes')

interface Stored {
  body: Uint8Array<ArrayBuffer>
  contentType: string
}

let manifest: Promise<Record<string, string>> | undefined
const stored = new Map<string, Promise<Stored | null>>()

async function load(key: string): Promise<Stored | null> {
  manifest ??= readFile(path.join(BYTES_DIR, 'manifest.json'), 'utf8').then(
    (text) => JSON.parse(text) as Record<string, string>,
  )
  const contentType = (await manifest)[key]
  if (!contentType) return null
  const body = new Uint8Array(await readFile(path.join(BYTES_DIR, key)))
  return { body, contentType }
}

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params
  let page = stored.get(key)
  if (!page) stored.set(key, (page = load(key)))
  const found = await page
  if (!found) return new Response('not found', { status: 404 })
  return new Response(found.body, { headers: { 'content-type': found.contentType } })
}
