/**
 * Test suites that need something from the machine (a browser, a server). Such a suite never
 * skips itself quietly: it runs, or fails saying what is missing, unless SKIP_SUITES names it.
 */
import { readEnv } from '../../lib/server/env'

export const SUITES = {
  e2e: 'the Playwright end-to-end tests (Chromium against the production build)',
  nginx: 'the nginx fast-path tests (deploy/nginx.conf run by the system nginx)',
  'postgres-versions': 'backup and restore across PostgreSQL major versions (a Debian PostgreSQL server)',
  cluster: 'the multi-node tests (Redis, Varnish with its xkey module, hitch for TLS)',
  'as-root': 'what only root can check (the embedded PostgreSQL run as its own account from a private folder)',
} as const

export type SuiteName = keyof typeof SUITES

const isSuiteName = (name: string): name is SuiteName => Object.hasOwn(SUITES, name)

/** The suites SKIP_SUITES (comma- or space-separated) asks to skip; an unknown name is an error. */
export function skippedSuites(value = readEnv('SKIP_SUITES')): Set<SuiteName> {
  const names = (value ?? '').split(/[\s,]+/).filter(Boolean)
  const unknown = names.filter((name) => !isSuiteName(name))
  if (unknown.length > 0) {
    throw new Error(
      `SKIP_SUITES names no such suite: ${unknown.join(', ')}. The suites are ${Object.keys(SUITES).join(', ')}.`,
    )
  }
  return new Set(names.filter(isSuiteName))
}

export type SuiteDecision = 'run' | 'skip' | 'fail'

/** A suite whose needs are met runs; one whose needs are not is skipped only when asked. */
export function decideSuite(name: SuiteName, needsMet: boolean, skipped: Set<SuiteName>): SuiteDecision {
  if (skipped.has(name)) return 'skip'
  return needsMet ? 'run' : 'fail'
}
