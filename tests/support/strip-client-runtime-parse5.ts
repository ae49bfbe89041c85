import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'

import { RewritingStream } from 'parse5-html-rewriting-stream'
import type { StartTag } from 'parse5-sax-parser'

/**
 * The reference for lib/cache/strip-client-runtime.mjs: the same stripping done on parse5's
 * spec tokenizer (how it was done before, at 5–15 ms a page), so the tests can hold the fast
 * implementation to the same output, page for page.
 */

const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript))$/i
const NEEDS_SCRIPTS = /<template id="B:|<div hidden id="S:|<html id="__next_error__"/

const attribute = (tag: StartTag, name: string) => tag.attrs.find((attr) => attr.name === name)?.value

function removed(tag: StartTag): 'script' | 'preload' | null {
  if (tag.tagName === 'script' && EXECUTABLE_TYPE.test((attribute(tag, 'type') ?? '').trim())) return 'script'
  if (tag.tagName !== 'link') return null
  const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
  const preload = rel.includes('preload') && (attribute(tag, 'as') ?? '').toLowerCase() === 'script'
  return rel.includes('modulepreload') || preload ? 'preload' : null
}

export async function stripClientRuntimeWithParse5(html: string) {
  if (NEEDS_SCRIPTS.test(html)) return { html, stripped: false, styleHashes: [] as string[] }
  const rewriter = new RewritingStream()
  const styles: string[] = []
  let inside: string | null = null
  rewriter.on('startTag', (tag, raw) => {
    const kind = removed(tag)
    if (kind === 'script') return void (inside = 'script')
    if (tag.tagName === 'style') {
      inside = 'style'
      styles.push('')
    }
    if (!kind) rewriter.emitRaw(raw)
  })
  rewriter.on('text', (_token, raw) => {
    if (inside === 'script') return
    if (inside === 'style') styles[styles.length - 1] += raw
    rewriter.emitRaw(raw)
  })
  rewriter.on('endTag', (tag, raw) => {
    const closing = inside === tag.tagName
    if (closing) inside = null
    if (!(closing && tag.tagName === 'script')) rewriter.emitRaw(raw)
  })
  const stripped = await text(Readable.from([html]).pipe(rewriter))
  const styleHashes = [...new Set(styles.map((style) => createHash('sha256').update(style, 'utf8').digest('base64')))]
  return { html: stripped, stripped: true, styleHashes }
}
