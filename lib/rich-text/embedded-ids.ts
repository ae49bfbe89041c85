import { idOf } from '../relation-ids'

/** The documents a story's body embeds, by kind: what its page must load besides the story. */
export interface EmbeddedIds {
  statements: number[]
  images: number[]
  indicators: number[]
}

const FIELD_OF_BLOCK = { statementEmbed: ['statements', 'statement'], figure: ['images', 'image'], chart: ['indicators', 'indicator'] } as const

/** Walks stored Lexical JSON once and collects the ids its blocks point at, each once, in reading order. */
export function embeddedIds(body: unknown): EmbeddedIds {
  const found = { statements: new Set<number>(), images: new Set<number>(), indicators: new Set<number>() }
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const { type, fields, children, root } = node as { type?: unknown; fields?: { blockType?: unknown } & Record<string, unknown>; children?: unknown; root?: unknown }
    if (root) visit(root)
    if (type === 'block' && fields && typeof fields.blockType === 'string' && fields.blockType in FIELD_OF_BLOCK) {
      const [kind, field] = FIELD_OF_BLOCK[fields.blockType as keyof typeof FIELD_OF_BLOCK]
      const id = idOf(fields[field])
      if (id !== null) found[kind].add(id)
    }
    if (Array.isArray(children)) children.forEach(visit)
  }
  visit(body)
  return { statements: [...found.statements], images: [...found.images], indicators: [...found.indicators] }
}
