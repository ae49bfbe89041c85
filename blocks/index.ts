import type { Block } from 'payload'

import { chart } from './Chart'
import { figure } from './Figure'
import { pullQuote } from './PullQuote'
import { statementEmbed } from './StatementEmbed'
import type { BlockUnit } from './unit'

/**
 * Every block an article body can hold, in the order the editor lists them. A block is one
 * folder (its config, Component, HTML and embeds: see unit.ts); adding a block is that folder
 * and one line here. Everything below is derived, and the rest of the app uses only that.
 */
export const BLOCK_UNITS: readonly BlockUnit[] = [statementEmbed, pullQuote, figure, chart]

/** What the rich-text editor offers and Payload validates (fields/rich-text.ts). */
export const BODY_BLOCKS: Block[] = BLOCK_UNITS.map((unit) => unit.config)

/**
 * A unit by the `blockType` a stored node names: the page's and the feeds' renderers and the
 * embed collector look blocks up here (a Map, so a stored name like "constructor" finds nothing).
 */
export const BLOCK_UNITS_BY_TYPE: ReadonlyMap<string, BlockUnit> = new Map(
  BLOCK_UNITS.map((unit) => [unit.config.slug, unit]),
)
