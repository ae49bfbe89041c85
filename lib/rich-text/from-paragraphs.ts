import { randomBytes } from 'node:crypto'

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

/** A Lexical block node (statement embed, chart, …) with the fields its block declares. */
export function blockNode(fields: { blockType: string } & Record<string, unknown>) {
  return {
    type: 'block',
    version: 2,
    format: '' as const,
    // Lexical block ids are ObjectId-shaped strings.
    fields: { id: randomBytes(12).toString('hex'), blockName: '', ...fields },
  }
}

/** Paragraphs with blocks placed after the given paragraph numbers (0-based). */
export function richTextWithBlocks(
  paragraphs: string[],
  blocksAfter: Record<number, ReturnType<typeof blockNode>[]>,
): RichTextDocument {
  const document = richTextFromParagraphs(paragraphs)
  const children: unknown[] = []
  document.root.children.forEach((paragraph, index) => children.push(paragraph, ...(blocksAfter[index] ?? [])))
  return { ...document, root: { ...document.root, children: children as RichTextDocument['root']['children'] } }
}
