import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { stripClientRuntime } from '@/lib/cache/strip-client-runtime.mjs'

import { stripClientRuntimeWithParse5 } from '../support/strip-client-runtime-parse5'

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

describe('stripClientRuntime, held to the parse5 implementation it replaced', () => {
  const fragments = {
    'attribute entities and case':
      '<SCRIPT TYPE="text&#x2F;javascript">x()</SCRIPT><Link REL="ModulePreload" href="/m.js">',
    'data blocks and unknown types kept':
      '<script type="application/json">{"a":"<b>"}</script><script type="text/x-template"><p>t</p></script>',
    'self-closing script syntax still has content': '<script src="/a.js"/>kept?</script><p>after</p>',
    'rcdata and rawtext elements':
      '<title>&lt;script&gt; <script>x</script></title><textarea><script>t</script></textarea><xmp><script>x</script></xmp><iframe><script>y</script></iframe><noembed><script>z</script></noembed>',
    'noscript content is text':
      '<noscript><link rel="preload" as="script" href="/n.js"><style>p{}</style><p>no js</p></noscript>',
    'svg and mathml':
      '<svg viewBox="0 0 10 10"><title>Chart</title><style>.bar{fill:red}</style><script>s()</script><rect/><path d="M0 0"/></svg><math><mi>x</mi></math>',
    'comments and cdata': '<!-- <script>x</script> --><p><![CDATA[ <script>y</script> ]]></p><!--$--><!--/$-->',
    'styles with media and odd text': '<style media="print">a::after{content:"</sty"}</style><style>b{}</style >',
    'unclosed and stray tags': '<p>one<p>two</div></span><li>x</li><table><tr><td>cell</table>',
    'preload variants':
      '<link rel="preload" as="style" href="/s.css"><link rel="PRELOAD" as="SCRIPT" href="/x.js"><link rel="stylesheet preload" as="script" href="/y.js">',
    'non-ascii text': '<p>Путин — 習近平 · مرحبا 👋</p><script>"é"</script>',
  }
  for (const [name, fragment] of Object.entries(fragments)) {
    it(name, async () => {
      const html = page(`<main>${fragment}</main>`, '<style>:root{--a:1}</style>')
      expect(await stripClientRuntime(html)).toEqual(await stripClientRuntimeWithParse5(html))
    })
  }

  it('a whole page as Next renders it', async () => {
    const flight = Array.from(
      { length: 40 },
      (_, i) =>
        `<script>self.__next_f.push([1,"${i}:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003cb\\u003e\\"}]\\n"])</script>`,
    ).join('')
    const body = `<header><a href="/">Summit Wire</a><form action="/search"><input name="q"/></form></header>${'<article><h2><a href="/articles/x">Title &amp; more</a></h2><p>Text</p><img src="/m.webp" alt="" srcSet="/m.webp 1x"/></article>'.repeat(50)}${flight}`
    const html = page(
      body,
      '<style>body{margin:0}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    )
    const expected = await stripClientRuntimeWithParse5(html)
    expect(expected.stripped).toBe(true)
    expect(await stripClientRuntime(html)).toEqual(expected)
  })
})
