import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { afterAll, describe, expect, it } from 'vitest'

import { postgresAdapterOf } from '../../lib/server/drizzle'
import configPromise from '../../payload.config'
import { testPayload } from '../support/payload'

const root = path.resolve(import.meta.dirname, '../..')
const committedTypes = path.join(root, 'payload-types.ts')
const committedImportMap = path.join(root, 'app/(payload)/admin/importMap.js')
const committedSchema = path.join(root, 'payload-generated-schema.ts')

/**
 * payload-types.ts, the Drizzle schema and the admin import map are generated, never
 * hand-edited. Regenerate each into a copy of the committed file: Payload rewrites the copy
 * only when it would differ.
 */
describe('generated files are current (run `npm run generate` when this fails)', () => {
  const scratch = fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-generated-'))
  afterAll(async () => fs.rm(await scratch, { recursive: true, force: true }))

  it('payload-types.ts matches the collections', async () => {
    const copy = path.join(await scratch, 'payload-types.ts')
    await fs.copyFile(committedTypes, copy)
    process.env.PAYLOAD_TS_OUTPUT_PATH = copy
    try {
      await generateTypes(await configPromise, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    expect(await fs.readFile(copy, 'utf8')).toBe(await fs.readFile(committedTypes, 'utf8'))
  })

  it('payload-generated-schema.ts matches the collections', async () => {
    // What `payload generate:db-schema` writes (prettified the same way), from the same config.
    const copy = path.join(await scratch, 'payload-generated-schema.ts')
    const adapter = postgresAdapterOf(await testPayload())
    if (!adapter.generateSchema) throw new Error('This Postgres adapter cannot generate a Drizzle schema')
    await adapter.generateSchema({ outputFile: copy, log: false })
    expect(await fs.readFile(copy, 'utf8')).toBe(await fs.readFile(committedSchema, 'utf8'))
  })

  it('the admin import map matches the config and lists the Lexical editor', async () => {
    // Beside the committed file: the map names the project's own components by paths relative to it.
    const copy = path.join(path.dirname(committedImportMap), `importMap.check-${process.pid}.js`)
    await fs.copyFile(committedImportMap, copy)
    const config = await configPromise
    let generated: string
    try {
      await generateImportMap(
        { ...config, admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: copy } } },
        { log: false },
      )
      generated = await fs.readFile(copy, 'utf8')
    } finally {
      await fs.rm(copy, { force: true })
    }
    expect(generated).toBe(await fs.readFile(committedImportMap, 'utf8'))
    // A generator once left this file as `{}` (PITFALLS.md): the admin's editor would not mount.
    expect(generated).toContain('@payloadcms/richtext-lexical/rsc#RscEntryLexicalField')
  })
})
