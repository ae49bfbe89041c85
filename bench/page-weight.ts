import { gzipSync } from 'node:zlib'

export interface PageWeight {
  htmlBytes: number
  htmlGzipBytes: number
  scripts: number
  jsGzipBytes: number
}

/** The scripts a page makes the browser load: `<script src>` and module preloads, each once. */
function scriptUrls(html: string, origin: string): string[] {
  const urls = new Set<string>()
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
    urls.add(new URL(match[1]!.replace(/&amp;/g, '&'), origin).href)
  for (const match of html.matchAll(
    /<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*\bas="script"[^>]*\bhref="([^"]+)"/g,
  ))
    urls.add(new URL(match[1]!.replace(/&amp;/g, '&'), origin).href)
  return [...urls]
}

/**
 * What a reader downloads for one page: its HTML, and the client JavaScript it loads, gzipped
 * as a server in front would send them (inline scripts count with the HTML). The page is asked
 * for twice and the second answer weighed: that is the one from the cache, which readers get
 * (the render that fills the cache carries Next's client runtime; the cached page does not).
 */
export async function pageWeight(origin: string, path: string): Promise<PageWeight> {
  await (await fetch(`${origin}${path}`)).arrayBuffer()
  const html = await (await fetch(`${origin}${path}`)).text()
  const urls = scriptUrls(html, origin)
  const bodies = await Promise.all(urls.map(async (url) => Buffer.from(await (await fetch(url)).arrayBuffer())))
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).length,
    scripts: urls.length,
    jsGzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
  }
}
