import type { Article } from '../../payload-types'

/** The stored shape of a Lexical field, as Payload generates it. */
export type RichTextDocument = NonNullable<Article['body']>

/** A Lexical document of plain paragraphs: how scripts and tests write rich text. */
export function richTextFromParagraphs(paragraphs: string[]): RichTextDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  }
}
