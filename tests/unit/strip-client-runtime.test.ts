import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { stripClientRuntime } from '@/lib/cache/strip-client-runtime.mjs'

/** The shape of a page as Next 16 renders it: runtime bundles, preload hints, RSC payload scripts. */
const page = (body: string, head = '') =>
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>' +
  '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>' +
  '<link rel="stylesheet" href="/_next/static/css/site.css"/>' +
  '<link rel="preload" as="image" href="/media/hero.webp"/>' +
  '<script src="/_next/static/chunks/main-app.js" async=""></script>' +
  `${head}</head><body>${body}` +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"1:I[\\"x\\"]\\n"])</script>' +
  '<script type="module">import "/x.js"</script>' +
  '<script type="text/javascript">alert(1)</script>' +
  '</body></html>'

describe('stripClientRuntime', () => {
  it('removes every executable script and the preloads of scripts', async () => {
    const { html, stripped } = await stripClientRuntime(page('<main><h1>Record trade</h1></main>'))
    expect(stripped).toBe(true)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toContain('as="script"')
    expect(html).not.toContain('modulepreload')
    expect(html).not.toContain('__next_f')
  })

  it('keeps the document, its styles, image preloads and structured data byte for byte', async () => {
    const jsonLd =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A \\u003c/script\\u003e B"}</script>'
    const body =
      '<main><h1 class="title">Record &amp; trade</h1><p>Xi &lt;and&gt; Putin</p><!-- note --><img src="/a.webp" alt=""/></main>'
    const { html } = await stripClientRuntime(page(body, jsonLd))
    expect(html).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
        '<link rel="stylesheet" href="/_next/static/css/site.css"/>' +
        '<link rel="preload" as="image" href="/media/hero.webp"/>' +
        `${jsonLd}</head><body>${body}</body></html>`,
    )
  })

  it('leaves a page alone when a streamed Suspense boundary needs its script to show', async () => {
    const streamed = page(
      '<template id="B:0"></template><p>Loading</p><div hidden id="S:0"><p>Story</p></div><script>$RC("B:0","S:0")</script>',
    )
    expect(await stripClientRuntime(streamed)).toEqual({ html: streamed, stripped: false, styleHashes: [] })
  })

  it("leaves Next's error document alone: its content is in the RSC payload only", async () => {
    const errorDocument = page('<div hidden=""><!--$--><!--/$--></div>').replace(
      '<html lang="en">',
      '<html id="__next_error__">',
    )
    expect(await stripClientRuntime(errorDocument)).toEqual({ html: errorDocument, stripped: false, styleHashes: [] })
  })

  it('names each inline style by the SHA-256 a Content-Security-Policy matches', async () => {
    const css = ':root { --ink: #1a1a1a } a::after { content: "\\2192 <&>" }'
    const { styleHashes } = await stripClientRuntime(
      page('<p>x</p>', `<style>${css}</style><style>${css}</style><style></style>`),
    )
    expect(styleHashes).toEqual([
      createHash('sha256').update(css, 'utf8').digest('base64'),
      createHash('sha256').update('').digest('base64'),
    ])
  })

  it('does not mistake text that looks like a script for one', async () => {
    const body = '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><textarea><script>kept as text</script></textarea>'
    const { html } = await stripClientRuntime(page(body))
    expect(html).toContain(body)
  })
})
