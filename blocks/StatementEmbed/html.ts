import escapeHtml from 'escape-html'

import type { StatementEmbedBlock } from '../../payload-types'
import { idOf, type HtmlContext } from '../unit'

/** The quote card for feeds, with the speaker and the statement linked on the site. */
export async function statementEmbedHtml(fields: StatementEmbedBlock, { site, resolve }: HtmlContext): Promise<string> {
  const id = idOf(fields.statement)
  const statement = id ? await resolve.statement(id) : null
  if (!statement) return ''
  const speaker = statement.speakerRef
  const name = speaker
    ? `<a href="${escapeHtml(`${site}/people/${speaker.slug}`)}">${escapeHtml(speaker.name)}</a>`
    : 'Unknown speaker'
  const words = escapeHtml(statement.quote ?? '')
  const link = `<a href="${escapeHtml(`${site}/statements/${statement.id}`)}">About this statement</a>`
  // A report's words are never set in quotation marks.
  return statement.paraphrase
    ? `<figure><p><em>${words}</em></p><figcaption>${name}, as reported (paraphrase, not a direct quote). ${link}</figcaption></figure>`
    : `<figure><blockquote><p>“${words}”</p></blockquote><figcaption>— ${name}. ${link}</figcaption></figure>`
}
