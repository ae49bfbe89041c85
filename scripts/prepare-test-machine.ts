/**
 * The first step of `npm test` (and so of `.ci/run`): brings the machine to what the tests
 * need. Missing system packages are installed with apt when we are root on Debian; otherwise
 * it stops at once with one line naming them. Packages for suites that SKIP_SUITES skips are
 * not needed.
 */
import { ensureSystemPackages, planSystemPackages, SYSTEM_PACKAGES, thisMachine } from './lib/system-packages'
import { skippedSuites } from './lib/test-suites'

try {
  const skipped = skippedSuites()
  const needed = SYSTEM_PACKAGES.filter((entry) => !skipped.has(entry.suite))
  const plan = planSystemPackages(
    needed.filter((entry) => !entry.installed()),
    thisMachine(),
  )
  if (plan.kind === 'install')
    console.log(
      `Installing the system packages the tests need: ${plan.packages.join(' ')} (apt-get; a few minutes the first time)`,
    )
  await ensureSystemPackages(needed)
  if (skipped.size > 0) console.log(`Skipping, as SKIP_SUITES asks: ${[...skipped].join(', ')}`)
} catch (error) {
  console.error(`✖ ${(error as Error).message}`)
  process.exit(1)
}
