// @ts-check
/**
 * Removes Next's client runtime from a server-rendered reader page: its script elements (the
 * App Router bundles and the inline scripts that carry the RSC payload for hydration) and the
 * preload hints for them. Reader pages have no client islands: every link is a plain link and
 * the search box a plain form, so hydration only buys client-side navigation, and on a
 * mid-range phone it costs more than that is worth (Lighthouse, mobile: 400–700 ms of blocking
 * time, 139 KB of gzipped JavaScript, for pages that are complete without it).
 *
 * Kept: data blocks (`<script type="application/ld+json">`: the structured data). The page is
 * returned untouched when it depends on a script to show its content: a streamed Suspense
 * boundary leaves its content hidden until an inline script moves it into place, and Next's
 * error document (`<html id="__next_error__">`, what a page that throws renders in production,
 * and a `notFound()` thrown outside a Suspense boundary: vercel/next.js#62228, hence
 * components/MissingPage.tsx) carries its content in the RSC payload only.
 *
 * This file is plain JavaScript because Next loads the cache handler that uses it at run time,
 * outside its TypeScript build.
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'

import { RewritingStream } from 'parse5-html-rewriting-stream'

/** `type` values that make a script element executable (HTML: a JavaScript MIME type or module). */
const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript))$/i

/**
 * Pages whose content only scripts can show: React's markers of a Suspense boundary streamed
 * after its fallback, and Next's error document.
 */
const NEEDS_SCRIPTS = /<template id="B:|<div hidden id="S:|<html id="__next_error__"/

/**
 * @param {import('parse5-sax-parser').StartTag} tag
 * @param {string} name
 */
function attribute(tag, name) {
  return tag.attrs.find((attr) => attr.name === name)?.value
}

/** @param {import('parse5-sax-parser').StartTag} tag */
function isExecutableScript(tag) {
  return tag.tagName === 'script' && EXECUTABLE_TYPE.test((attribute(tag, 'type') ?? '').trim())
}

/** `<link rel="preload" as="script">` and `<link rel="modulepreload">`: fetches for removed scripts. */
function isScriptPreload(/** @type {import('parse5-sax-parser').StartTag} */ tag) {
  if (tag.tagName !== 'link') return false
  const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
  return (
    rel.includes('modulepreload') ||
    (rel.includes('preload') && (attribute(tag, 'as') ?? '').toLowerCase() === 'script')
  )
}

/**
 * @typedef {object} StrippedPage
 * @property {string} html the page without executable scripts, or as it was when it needs them
 * @property {boolean} stripped false when the page was left as it was
 * @property {string[]} styleHashes base64 SHA-256 of each inline `<style>` element's text, as a
 *   Content-Security-Policy names them
 */

/**
 * @param {string} html a whole document as Next rendered it
 * @returns {Promise<StrippedPage>}
 */
export async function stripClientRuntime(html) {
  if (NEEDS_SCRIPTS.test(html)) return { html, stripped: false, styleHashes: [] }
  const rewriter = new RewritingStream()
  /** @type {string[]} */
  const styles = []
  /** @type {'script' | 'style' | null} */
  let inside = null
  rewriter.on('startTag', (tag, raw) => {
    if (isExecutableScript(tag)) {
      // A script start tag is never self-closing in HTML: its text and end tag follow.
      inside = 'script'
      return
    }
    if (tag.tagName === 'style') {
      inside = 'style'
      styles.push('')
    }
    if (!isScriptPreload(tag)) rewriter.emitRaw(raw)
  })
  rewriter.on('text', (_token, raw) => {
    if (inside === 'script') return
    // Style text is raw text in HTML: no entities are decoded, so `raw` is what the browser hashes.
    if (inside === 'style') styles[styles.length - 1] += raw
    rewriter.emitRaw(raw)
  })
  rewriter.on('endTag', (tag, raw) => {
    const closing = inside === tag.tagName
    if (closing) inside = null
    if (closing && tag.tagName === 'script') return
    rewriter.emitRaw(raw)
  })
  const stripped = await text(Readable.from([html]).pipe(rewriter))
  const styleHashes = [...new Set(styles.map((style) => createHash('sha256').update(style, 'utf8').digest('base64')))]
  return { html: stripped, stripped: true, styleHashes }
}
