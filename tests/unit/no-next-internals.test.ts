import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

/**
 * The app, its scripts and its configuration use Next only through its documented entry
 * points (`next`, `next/cache`, `next/navigation`, …), never its compiled internals under
 * `next/dist`, which change without notice between releases. The cache handler in particular
 * is written against the documented `cacheHandler` interface (docs/ARCHITECTURE.md).
 * Tests may borrow an internal to compare with Next's own behaviour.
 */
describe('Next internals', () => {
  it('nothing outside the tests imports or resolves next/dist', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
      .split('\n')
      .filter((file) => /\.(ts|tsx|mjs|js|cjs)$/.test(file))
      .filter((file) => !/^(tests|e2e)\//.test(file) && !file.endsWith('.test.ts'))
    expect(files.length).toBeGreaterThan(50)
    const offenders = files.filter((file) => /['"`]next\/dist\//.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })
})
