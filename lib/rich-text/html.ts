import { convertLexicalToHTMLAsync, defaultHTMLConvertersAsync, type HTMLConvertersAsync } from '@payloadcms/richtext-lexical/html-async'
import type { SerializedBlockNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import escapeHtml from 'escape-html'

import type { ChartBlock, FigureBlock, PullQuoteBlock, StatementEmbedBlock } from '../../payload-types'
import type { ImageView, IndicatorView, Reference, StatementView } from '../content/views'
import { isHttpUrl, isSitePath } from '../links'
import { idOf } from '../relation-ids'
import type { RichTextDocument } from './from-paragraphs'

/** How the HTML renderer finds what blocks embed: cached reads in the app, plain queries in tests. */
export interface EmbedResolver {
  statement(id: number): Promise<(StatementView & { speakerRef: Reference | null }) | null>
  image(id: number): Promise<ImageView | null>
  indicator(id: number): Promise<IndicatorView | null>
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })

/** Every URL absolute, for feed readers that have no page to resolve against. */
function absolute(url: string, site: string): string {
  return isSitePath(url) ? `${site}${url}` : url
}

export function statementHtml(statement: StatementView, speaker: Reference | null, site: string): string {
  const name = speaker ? `<a href="${escapeHtml(`${site}/people/${speaker.slug}`)}">${escapeHtml(speaker.name)}</a>` : 'Unknown speaker'
  const words = escapeHtml(statement.quote ?? '')
  const link = `<a href="${escapeHtml(`${site}/statements/${statement.id}`)}">About this statement</a>`
  // A report's words are never set in quotation marks.
  return statement.paraphrase
    ? `<figure><p><em>${words}</em></p><figcaption>${name}, as reported (paraphrase, not a direct quote). ${link}</figcaption></figure>`
    : `<figure><blockquote><p>“${words}”</p></blockquote><figcaption>— ${name}. ${link}</figcaption></figure>`
}

export function imageHtml(image: ImageView, site: string, captionOverride?: string | null): string {
  const srcset = image.sources.map((source) => `${escapeHtml(absolute(source.url, site))} ${source.width}w`).join(', ')
  const caption = [captionOverride || image.caption, image.credit].filter(Boolean).map((part) => escapeHtml(part!)).join(' ')
  return `<figure><img src="${escapeHtml(absolute(image.src, site))}" srcset="${srcset}" width="${image.width}" height="${image.height}" alt="${escapeHtml(image.alt)}" loading="lazy">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
}

/** A chart in a feed is its table: feed readers strip SVG and styles. */
export function indicatorHtml(indicator: IndicatorView, title?: string | null): string {
  const heading = escapeHtml(title || indicator.name)
  const rows = indicator.points.map((point) => `<tr><th scope="row">${escapeHtml(point.period)}</th><td>${number.format(point.value)}</td></tr>`)
  if (indicator.target?.value != null) rows.push(`<tr><th scope="row">${escapeHtml(indicator.target.label || 'Target')}</th><td>${number.format(indicator.target.value)}</td></tr>`)
  const source = indicator.source ? `. Source: ${escapeHtml(indicator.source)}` : ''
  return `<table><caption>${heading}, ${escapeHtml(indicator.unit)}${source}</caption><thead><tr><th scope="col">Period</th><th scope="col">${escapeHtml(indicator.unit)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

/**
 * A Lexical body as self-contained HTML for feeds: Payload's converters for the text, ours
 * for the blocks, every link and image absolute, unsafe link schemes dropped, all text escaped.
 */
export async function renderBodyHtml(body: RichTextDocument | null | undefined, site: string, resolve: EmbedResolver): Promise<string> {
  if (!body) return ''
  const converters: HTMLConvertersAsync = {
    ...defaultHTMLConvertersAsync,
    link: async ({ node, nodesToHTML }) => {
      const link = node as SerializedLinkNode
      const children = (await nodesToHTML({ nodes: link.children })).join('')
      const url = link.fields.url ?? ''
      if (!isHttpUrl(url) && !isSitePath(url)) return children
      return `<a href="${escapeHtml(absolute(url, site))}">${children}</a>`
    },
    blocks: {
      statementEmbed: async ({ node }) => {
        const id = idOf((node as SerializedBlockNode<StatementEmbedBlock>).fields.statement)
        const statement = id ? await resolve.statement(id) : null
        return statement ? statementHtml(statement, statement.speakerRef, site) : ''
      },
      pullQuote: ({ node }) => {
        const { text, attribution } = (node as SerializedBlockNode<PullQuoteBlock>).fields
        return `<blockquote><p>${escapeHtml(text)}</p>${attribution ? `<p>— ${escapeHtml(attribution)}</p>` : ''}</blockquote>`
      },
      figure: async ({ node }) => {
        const fields = (node as SerializedBlockNode<FigureBlock>).fields
        const id = idOf(fields.image)
        const image = id ? await resolve.image(id) : null
        return image ? imageHtml(image, site, fields.caption) : ''
      },
      chart: async ({ node }) => {
        const fields = (node as SerializedBlockNode<ChartBlock>).fields
        const id = idOf(fields.indicator)
        const indicator = id ? await resolve.indicator(id) : null
        return indicator ? indicatorHtml(indicator, fields.title) : ''
      },
    },
  }
  return convertLexicalToHTMLAsync({ data: body, converters, disableContainer: true })
}
