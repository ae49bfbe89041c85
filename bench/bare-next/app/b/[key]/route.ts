import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The bench's bare Next route (issue 17, item 4): the bytes the site served for a page, read
 * from the folder the bench wrote (bench/bare-next/bytes, bench/same-bytes.ts) and answered
 * with the same content type. Static, as the site's reader pages are: the first request
 * renders it into Next's cache and every later one is served from there, so this is the
 * floor Next sets for a cached page, with nothing of ours on the path. Next's own
 * compression applies, as on the site.
 */
export const dynamic = 'force-static'
export const revalidate = false
export const dynamicParams = true

/** No page is known at build time: each renders on its first request, then comes from the cache. */
export function generateStaticParams(): { key: string }[] {
  return []
}
const BYTES_DIR = path.join(process.cwd(), 'bytes')

interface Stored {
  body: Uint8Array<ArrayBuffer>
  contentType: string
}

async function load(key: string): Promise<Stored | null> {
  const manifest = JSON.parse(await readFile(path.join(BYTES_DIR, 'manifest.json'), 'utf8')) as Record<string, string>
  const contentType = manifest[key]
  if (!contentType) return null
  const body = new Uint8Array(await readFile(path.join(BYTES_DIR, key)))
  return { body, contentType }
}

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const found = await load((await params).key)
  if (!found) return new Response('not found', { status: 404 })
  return new Response(found.body, { headers: { 'content-type': found.contentType } })
}
