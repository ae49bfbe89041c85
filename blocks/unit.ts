import type { Block } from 'payload'
import type { ReactNode } from 'react'

import type { ImageView, IndicatorView, StatementWithSpeaker } from '../lib/content'

// The one place blocks reach into lib/content: the loaded documents' types, and how a stored
// reference (an id, or a populated document) becomes an id.
export { idOf } from '../lib/relation-ids'
export type { ImageView, IndicatorView, StatementWithSpeaker }

/**
 * The documents a body embeds, by kind. lib/content loads each kind with one query for a whole
 * page or feed, whatever the number of blocks, so blocks embed only these kinds: a block that
 * needs a new kind needs that kind's query in lib/content too.
 */
export interface EmbeddedIds {
  statements: number[]
  images: number[]
  indicators: number[]
}

export type EmbedKind = keyof EmbeddedIds

/** The documents embedded in a page's story, loaded with it: a block renders without reading. */
export interface EmbedLookup {
  statement(id: number | null): StatementWithSpeaker | null
  image(id: number | null): ImageView | null
  indicator(id: number | null): IndicatorView | null
}

/** How the HTML renderer finds what blocks embed: cached reads in the app, plain queries in tests. */
export interface EmbedResolver {
  statement(id: number): Promise<StatementWithSpeaker | null>
  image(id: number): Promise<ImageView | null>
  indicator(id: number): Promise<IndicatorView | null>
}

/** What a block's HTML needs besides its fields: feed readers have no page to resolve URLs against. */
export interface HtmlContext {
  site: string
  resolve: EmbedResolver
}

/** What every stored block node carries; each block's own fields come from payload-types.ts. */
export interface StoredBlockFields {
  blockType: string
  id?: string | null
  blockName?: string | null
}

/**
 * A block's Payload config. `interfaceName` is required so that `npm run generate` names the
 * block's fields in payload-types.ts, and the slug must be that interface's `blockType`.
 */
export type BlockConfig<Fields extends StoredBlockFields> = Block & { slug: Fields['blockType']; interfaceName: string }

export interface BlockProps<Fields extends StoredBlockFields> {
  fields: Fields
  embedded: EmbedLookup
}

/**
 * Everything the app knows about one body block, kept in the block's folder. The functions are
 * written as methods on purpose: method parameters are checked bivariantly, which is what lets
 * one list (blocks/index.ts) hold units of different field types.
 */
export interface BlockUnit<Fields extends StoredBlockFields = StoredBlockFields> {
  /** What the editor offers and Payload stores and validates. */
  config: BlockConfig<Fields>
  /** The block on the reader's page: a server component; embedded documents come via `embedded`. */
  Component(props: BlockProps<Fields>): ReactNode
  /** The block as self-contained HTML for feeds: absolute URLs, every text escaped. */
  toHtml(fields: Fields, context: HtmlContext): string | Promise<string>
  /**
   * The documents the block shows, by kind, so the page or feed loads them before rendering.
   * It receives stored JSON: read references with `idOf`, which takes any value.
   */
  embeds(fields: Fields): Partial<Record<EmbedKind, (number | null)[]>>
}

/** Declares a block unit, checking its parts against the block's generated field type. */
export function defineBlock<Fields extends StoredBlockFields>(unit: BlockUnit<Fields>): BlockUnit<Fields> {
  return unit
}
