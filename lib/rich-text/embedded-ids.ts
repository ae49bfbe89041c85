import { BLOCK_UNITS_BY_TYPE } from '../../blocks'
import type { EmbedKind, EmbeddedIds, StoredBlockFields } from '../../blocks/unit'

export type { EmbeddedIds }

/**
 * Walks stored Lexical JSON once and collects the ids its blocks point at (each block says which
 * in its unit's `embeds`), each once, in reading order: what a page must load besides the story.
 */
export function embeddedIds(body: unknown): EmbeddedIds {
  const found: Record<EmbedKind, Set<number>> = { statements: new Set(), images: new Set(), indicators: new Set() }
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const { type, fields, children, root } = node as {
      type?: unknown
      fields?: { blockType?: unknown }
      children?: unknown
      root?: unknown
    }
    if (root) visit(root)
    const unit =
      type === 'block' && fields && typeof fields.blockType === 'string'
        ? BLOCK_UNITS_BY_TYPE.get(fields.blockType)
        : undefined
    if (unit) {
      const embeds = unit.embeds(fields as StoredBlockFields)
      for (const kind of Object.keys(embeds) as EmbedKind[])
        for (const id of embeds[kind] ?? []) if (id !== null) found[kind].add(id)
    }
    if (Array.isArray(children)) children.forEach(visit)
  }
  visit(body)
  return { statements: [...found.statements], images: [...found.images], indicators: [...found.indicators] }
}
