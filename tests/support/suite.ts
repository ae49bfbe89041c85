import { describe, it } from 'vitest'

import { decideSuite, skippedSuites, SUITES, type SuiteName } from '../../scripts/lib/test-suites'

/**
 * `describe` for a suite that needs something from the machine. It runs when `needsMet`;
 * otherwise it fails with `missing` as the reason, unless SKIP_SUITES names it — never a
 * quiet skip. (`npm test` installs what these suites need before it starts.)
 */
export function describeSuite(
  name: SuiteName,
  title: string,
  needs: { met: boolean; missing: string },
  body: () => void,
): void {
  switch (decideSuite(name, needs.met, skippedSuites())) {
    case 'run':
      describe(title, body)
      return
    case 'skip':
      // eslint-disable-next-line no-restricted-syntax -- the one sanctioned skip: SKIP_SUITES asked for it
      describe.skip(`${title} (skipped: SKIP_SUITES=${name})`, body)
      return
    case 'fail':
      describe(title, () => {
        it(`needs ${needs.missing}`, () => {
          throw new Error(
            `${SUITES[name]} cannot run: ${needs.missing}. \`npm test\` installs it; or skip these with SKIP_SUITES=${name}.`,
          )
        })
      })
  }
}
