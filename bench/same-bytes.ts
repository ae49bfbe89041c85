import fs from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import type { Surface } from './surfaces'

/**
 * The bytes the site answered a cached page with, kept for the baselines (nginx from disk, a
 * bare Next route) to serve the same body under the same content type.
 */
export interface StoredPage {
  /** The baseline's name for it: `/b/<key>` on nginx and on the bare Next app. */
  key: string
  body: Buffer
  contentType: string
}

export const baselinePath = (page: StoredPage) => `/b/${page.key}`

/** Each surface's pages as the site serves them from its cache (asked twice: the second is the cached one). */
export async function captureSurfaces(origin: string, list: Surface[]): Promise<Map<string, StoredPage[]>> {
  const captured = new Map<string, StoredPage[]>()
  for (const [index, surface] of list.entries()) {
    const pages: StoredPage[] = []
    for (const [n, sitePath] of surface.paths.entries()) {
      await (await fetch(`${origin}${sitePath}`)).arrayBuffer()
      const response = await fetch(`${origin}${sitePath}`)
      const body = Buffer.from(await response.arrayBuffer())
      if (!response.ok) throw new Error(`${sitePath} answered ${response.status}: no bytes to serve as its baseline`)
      pages.push({ key: `${index}-${n}`, body, contentType: response.headers.get('content-type') ?? 'text/html' })
    }
    captured.set(surface.name, pages)
  }
  return captured
}

/**
 * Writes each page as `<dir>/<key>`, its gzip (level 6, as nginx's and Next's defaults) as
 * `<key>.gz`, and `manifest.json` mapping keys to content types.
 */
export async function writeStoredPages(dir: string, pages: StoredPage[]): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o755 })
  for (const page of pages) {
    await fs.writeFile(path.join(dir, page.key), page.body, { mode: 0o644 })
    await fs.writeFile(path.join(dir, `${page.key}.gz`), gzipSync(page.body, { level: 6 }), { mode: 0o644 })
  }
  const manifest = Object.fromEntries(pages.map((page) => [page.key, page.contentType]))
  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest), { mode: 0o644 })
}
