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
 * It runs on every cache fill, so it splices the page as a string at the offsets of
 * htmlparser2's tokens (its tokenizer switches to raw text for script, style, title, textarea,
 * xmp, iframe, noembed, noframes and plaintext, and its parser tracks SVG and MathML as
 * parse5's does) rather than re-serialising a token stream: about 0.3 ms for a 52 KB article
 * where parse5-html-rewriting-stream took 5–15 ms. Its behaviour is parse5's, token for token
 * (tests/unit/strip-client-runtime.test.ts holds the two to the same output): only tokens
 * that are really in the page count (the tags an HTML parser would imply do not), and
 * `<noscript>`'s content is raw text, as it is with scripting on. Left apart: a script whose
 * text holds `<!--<script` (the "double-escaped" state), which neither Next nor our JSON-LD
 * (which escapes `<`) writes.
 *
 * This file is plain JavaScript because Next loads the cache handler that uses it at run time,
 * outside its TypeScript build.
 */
import { createHash } from 'node:crypto'

import { Parser } from 'htmlparser2'

/** `type` values that make a script element executable (HTML: a JavaScript MIME type or module). */
const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript))$/i

/**
 * Pages whose content only scripts can show: React's markers of a Suspense boundary streamed
 * after its fallback, and Next's error document.
 */
const NEEDS_SCRIPTS = /<template id="B:|<div hidden id="S:|<html id="__next_error__"/

/** @typedef {Record<string, string | undefined>} Attributes */

/** @param {string} name @param {Attributes} attributes */
function isExecutableScript(name, attributes) {
  return name === 'script' && EXECUTABLE_TYPE.test((attributes.type ?? '').trim())
}

/**
 * `<link rel="preload" as="script">` and `<link rel="modulepreload">`: fetches for removed scripts.
 * @param {string} name
 * @param {Attributes} attributes
 */
function isScriptPreload(name, attributes) {
  if (name !== 'link') return false
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/)
  return rel.includes('modulepreload') || (rel.includes('preload') && (attributes.as ?? '').toLowerCase() === 'script')
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
  /** The parts of the page that stay, in order. @type {string[]} */
  const kept = []
  let keptFrom = 0
  /** @type {string[]} */
  const styles = []
  /** @type {string | null} */
  let inside = null
  // The element whose content parse5 reads as raw text and htmlparser2 does not.
  let inNoscript = false
  /** Leaves out the token being reported (the parser's current offsets, inclusive). */
  const dropToken = () => {
    kept.push(html.slice(keptFrom, parser.startIndex))
    keptFrom = parser.endIndex + 1
  }
  const parser = new Parser(
    {
      onopentag(name, attributes, implied) {
        if (implied || inNoscript) return
        if (name === 'noscript' && !parser.isInForeignContext()) inNoscript = true
        else if (isExecutableScript(name, attributes)) {
          // A script start tag is never self-closing in HTML: its text and end tag follow.
          inside = 'script'
          return dropToken()
        } else if (name === 'style') {
          inside = 'style'
          styles.push('')
        }
        if (isScriptPreload(name, attributes)) dropToken()
      },
      ontext() {
        if (inNoscript) return
        if (inside === 'script') return dropToken()
        // Style text is raw text in HTML: no entities are decoded, so the source is what the browser hashes.
        if (inside === 'style') styles[styles.length - 1] += html.slice(parser.startIndex, parser.endIndex + 1)
      },
      onclosetag(name, implied) {
        if (implied) return
        if (inNoscript) {
          inNoscript = name !== 'noscript'
          return
        }
        if (inside !== name) return
        inside = null
        if (name === 'script') dropToken()
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)
  kept.push(html.slice(keptFrom))
  const styleHashes = [...new Set(styles.map((style) => createHash('sha256').update(style, 'utf8').digest('base64')))]
  return { html: kept.join(''), stripped: true, styleHashes }
}
