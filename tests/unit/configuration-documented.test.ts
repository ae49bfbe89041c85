import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { VARIABLES } from '../../lib/server/env'

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')

/** The variables README's configuration table names, from the first cell of each row. */
function documented(): string[] {
  const table = readme.split('## Configuration')[1]?.split('\n## ')[0] ?? ''
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]!))
}

/**
 * Configuration is read in one place (lib/server/env.js, which ESLint enforces) and every
 * variable meant for people is in README's table: adding one without documenting it, or
 * documenting one the code no longer reads, fails here.
 */
describe('configuration', () => {
  it('README documents exactly the variables lib/server/env.js declares for people', () => {
    const forPeople = Object.entries(VARIABLES)
      .filter(([, when]) => when !== 'internal')
      .map(([name]) => name)
    expect([...new Set(documented())].sort()).toEqual(forPeople.sort())
  })
})
