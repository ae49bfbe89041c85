/**
 * `npm run test:e2e`: the production build, then Playwright against it — or, when SKIP_SUITES
 * names `e2e`, one line saying it was skipped as asked.
 */
import { spawnSync } from 'node:child_process'

import { skippedSuites } from './lib/test-suites'

if (skippedSuites().has('e2e')) {
  console.log('End-to-end tests skipped, as SKIP_SUITES asks.')
  process.exit(0)
}
for (const [command, ...args] of [
  ['next', 'build'],
  ['playwright', 'test', ...process.argv.slice(2)],
] as const) {
  const { status } = spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit' })
  if (status !== 0) process.exit(status ?? 1)
}
