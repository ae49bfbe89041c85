import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean)
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

/**
 * The design lives in the repository (docs/ARCHITECTURE.md) and the README points at it; a
 * clone has no DESIGN.md, so nothing may send a reader there. Every file the two documents
 * name in backticks must exist, so that a rename that forgets them fails here.
 */
describe('README and docs/ARCHITECTURE.md', () => {
  it('point at docs/ARCHITECTURE.md, and nothing cites a DESIGN.md a clone lacks', () => {
    expect(read('README.md')).toContain('(docs/ARCHITECTURE.md)')
    const citing = files.filter(
      (file) =>
        /\.(ts|tsx|mjs|mts|md|json|yml)$/.test(file) &&
        file !== 'tests/unit/docs-name-real-files.test.ts' &&
        read(file).includes('DESIGN.md'),
    )
    expect(citing).toEqual([])
  })

  it('name only files that exist', () => {
    const named = ['README.md', 'docs/ARCHITECTURE.md'].flatMap((doc) =>
      [...read(doc).matchAll(/`([\w@()[\].-]+\/[\w@()[\]./-]+\.(?:ts|tsx|mjs|md|conf|yml))`/g)].map((match) => ({
        doc,
        file: match[1]!,
      })),
    )
    expect(named.length).toBeGreaterThan(40)
    const missing = named.filter(({ file }) => !files.some((real) => real === file || real.endsWith(`/${file}`)))
    expect(missing).toEqual([])
  })
})
