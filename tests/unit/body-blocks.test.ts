import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { BLOCK_UNITS, BLOCK_UNITS_BY_TYPE } from '../../blocks'
import type { BlockUnit, EmbeddedIds } from '../../blocks/unit'
import configPromise from '../../payload.config'

const blocksDir = path.resolve(import.meta.dirname, '../../blocks')
const slugs = (units: readonly BlockUnit[]) => units.map((unit) => unit.config.slug)

interface FieldLike {
  type?: string
  fields?: FieldLike[]
  tabs?: { fields?: FieldLike[] }[]
  blocks?: { fields?: FieldLike[] }[]
  editor?: {
    editorConfig?: {
      resolvedFeatureMap?: Map<string, { sanitizedServerFeatureProps?: { blocks?: ({ slug: string } | string)[] } }>
    }
  }
}

/** Slugs of the Lexical blocks every rich-text field in these fields offers, at any depth. */
function richTextBlockSlugs(fields: FieldLike[] = []): string[] {
  return fields.flatMap((field) => [
    ...(field.type === 'richText'
      ? (field.editor?.editorConfig?.resolvedFeatureMap?.get('blocks')?.sanitizedServerFeatureProps?.blocks ?? []).map(
          (block) => (typeof block === 'string' ? block : block.slug),
        )
      : []),
    ...richTextBlockSlugs(field.fields),
    ...(field.tabs ?? []).flatMap((tab) => richTextBlockSlugs(tab.fields)),
    ...(field.blocks ?? []).flatMap((block) => richTextBlockSlugs(block.fields)),
  ])
}

/**
 * A body block is one folder in blocks/ and one line in blocks/index.ts (docs/ARCHITECTURE.md).
 * These fail when a block is only half there: a folder nobody registered, a unit missing a
 * part, or a block the editor offers that pages and feeds could not render.
 */
describe('body blocks are units', () => {
  it('each folder in blocks/ exports one unit, and blocks/index.ts registers it', async () => {
    const folders = (await readdir(blocksDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(folders.length).toBe(BLOCK_UNITS.length)
    for (const folder of folders) {
      const exported = Object.values(await import(path.join(blocksDir, folder, 'index.ts')))
      expect(exported, `blocks/${folder}/index.ts exports its unit and nothing else`).toHaveLength(1)
      expect(BLOCK_UNITS, `blocks/${folder} is listed in blocks/index.ts`).toContain(exported[0])
    }
  })

  it('every unit has all its parts and its own block type', () => {
    for (const unit of BLOCK_UNITS) {
      expect(unit.config.slug).toMatch(/^[a-z][A-Za-z]*$/)
      expect(unit.config.interfaceName, `${unit.config.slug}: payload-types.ts names its fields`).toMatch(/Block$/)
      expect(unit.config.fields.length).toBeGreaterThan(0)
      expect(typeof unit.Component).toBe('function')
      expect(typeof unit.toHtml).toBe('function')
      expect(typeof unit.embeds).toBe('function')
    }
    expect(BLOCK_UNITS_BY_TYPE.size, 'block types are unique').toBe(BLOCK_UNITS.length)
  })

  it('embeds name only the kinds lib/content loads, and take any stored value', () => {
    const kinds: (keyof EmbeddedIds)[] = ['statements', 'images', 'indicators']
    for (const unit of BLOCK_UNITS) {
      for (const stored of [
        { blockType: unit.config.slug },
        { blockType: unit.config.slug, statement: 'x', image: {}, indicator: null },
      ]) {
        const embeds = unit.embeds(stored as never)
        for (const [kind, ids] of Object.entries(embeds)) {
          expect(kinds).toContain(kind)
          expect(ids).toEqual(ids?.map(() => null))
        }
      }
    }
  })

  it('the editor offers exactly the registered blocks, wherever Payload has rich text', async () => {
    const config = await configPromise
    const offered = [...config.collections, ...config.globals].flatMap((entity) =>
      richTextBlockSlugs(entity.fields as FieldLike[]),
    )
    const shared = (config.blocks ?? []).map((block) => block.slug)
    expect(offered.length).toBeGreaterThan(0)
    expect([...new Set([...offered, ...shared])].sort()).toEqual(slugs(BLOCK_UNITS).sort())
  })
})
