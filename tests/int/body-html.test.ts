import { describe, expect, it } from 'vitest'

import { findEmbedsOf } from '../../lib/content/queries/embeds'
import { embedResolver } from '../../lib/feeds/body-html'
import { blockNode, richTextFromParagraphs, richTextWithBlocks } from '../../lib/rich-text/from-paragraphs'
import { renderBodyHtml, type EmbedResolver } from '../../lib/rich-text/html'
import { seedDemoContent } from '../../scripts/seed/seed-demo'
import { testPayload } from '../support/payload'
import { linkNode } from '../support/rich-text'

const SITE = 'https://news.example'

async function resolver(body: unknown): Promise<EmbedResolver> {
  return embedResolver(await findEmbedsOf(await testPayload(), [body]))
}

describe('article bodies as HTML (what the feeds will carry)', () => {
  it('renders the seed story with its quote card as a paraphrase and its chart as a table', async () => {
    const payload = await testPayload()
    await seedDemoContent(payload)
    const [lead] = (
      await payload.find({ collection: 'articles', where: { slug: { equals: 'record-trade-200bn' } }, depth: 0 })
    ).docs
    const html = await renderBodyHtml(lead?.body, SITE, await resolver(lead?.body))
    expect(html).toContain('<p>In recent high level discussions, Chinese President Xi Jinping')
    expect(html).toContain('Bilateral trade has reached record levels')
    expect(html).toContain('(paraphrase, not a direct quote)')
    expect(html).not.toContain('“Bilateral')
    expect(html).toMatch(/<a href="https:\/\/news\.example\/statements\/\d+">/)
    expect(html).toContain('<tr><th scope="row">2023</th><td>240.11</td></tr>')
    expect(html).toContain('200 bn target (by 2024)</th><td>200</td>')
  })

  it('escapes text, makes site links absolute and drops unsafe links', async () => {
    const body = richTextWithBlocks(['<script>alert(1)</script> & more'], {
      0: [blockNode({ blockType: 'pullQuote', text: '"Quoted" <b>', attribution: 'A & B' })],
    })
    const paragraph = richTextFromParagraphs(['links: ']).root.children[0] as unknown as { children: unknown[] }
    paragraph.children.push(
      linkNode('/topics/trade'),
      linkNode('javascript:alert(1)'),
      linkNode('https://tass.com/economy/1826171'),
    )
    body.root.children.push(paragraph as unknown as (typeof body.root.children)[number])

    const html = await renderBodyHtml(body, SITE, await resolver(body))
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more')
    expect(html).toContain('<blockquote><p>&quot;Quoted&quot; &lt;b&gt;</p><p>— A &amp; B</p></blockquote>')
    expect(html).toContain('<a href="https://news.example/topics/trade">to /topics/trade</a>')
    expect(html).toContain('<a href="https://tass.com/economy/1826171">')
    expect(html).not.toContain('href="javascript:')
    expect(html).toContain('to javascript:alert(1)')
  })
})
