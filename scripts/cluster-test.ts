/**
 * `npm run test:cluster`: two production nodes, two workers, Redis, PostgreSQL with a streaming
 * replica, an S3 server and Varnish on loopback
 * (tests/cluster/). It runs the current production build, making one first when there is none
 * (`npm test` runs it after the end-to-end tests, which build). When SKIP_SUITES names
 * `cluster`, one line saying it was skipped as asked.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { skippedSuites } from './lib/test-suites'

if (skippedSuites().has('cluster')) {
  console.log('Cluster tests skipped, as SKIP_SUITES asks.')
  process.exit(0)
}
const steps: string[][] = [
  ...(existsSync('.next/BUILD_ID') ? [] : [['next', 'build']]),
  ['vitest', 'run', '--config', 'vitest.cluster.config.mts', ...process.argv.slice(2)],
]
for (const [command, ...args] of steps) {
  const { status } = spawnSync('npx', ['--no-install', command!, ...args], { stdio: 'inherit' })
  if (status !== 0) process.exit(status ?? 1)
}
