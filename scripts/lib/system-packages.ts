/**
 * The one list of system packages the tests need, and the plan for getting the missing ones.
 * `npm test` runs scripts/prepare-test-machine.ts first, which installs them with apt where it
 * can; `.ci/run` relies on that same step. Redis, Varnish (with xkey) and hitch serve the cluster suite.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { SuiteName } from './test-suites'
import { childEnv, readEnv } from '../../lib/server/env'

export interface SystemPackage {
  /** Debian's package name. */
  apt: string
  /** The suite that needs it: skipping that suite (SKIP_SUITES) makes the package optional. */
  suite: SuiteName
  /** Whether the machine already has what the package provides. */
  installed: () => boolean
}

/** A Debian PostgreSQL server's bin folder (another major version than the embedded one), if any. */
export function debianPostgresBin(): string | null {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const bins = readdirSync(root).map((version) => path.join(root, version, 'bin'))
  return bins.find((bin) => existsSync(path.join(bin, 'pg_ctl'))) ?? null
}

/** Debian's Chromium, which Playwright drives: its own browser download cannot work here. */
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

export const NGINX_PATH = readEnv('NGINX_BINARY') ?? '/usr/sbin/nginx'

/** Where Debian puts Varnish's modules; xkey comes from `varnish-modules`. */
export const VARNISH_VMOD_DIR = '/usr/lib/x86_64-linux-gnu/varnish/vmods'
export const REDIS_SERVER_PATH = '/usr/bin/redis-server'
export const VARNISHD_PATH = '/usr/sbin/varnishd'
export const HITCH_PATH = '/usr/sbin/hitch'

export const SYSTEM_PACKAGES: SystemPackage[] = [
  { apt: 'chromium', suite: 'e2e', installed: () => CHROMIUM_PATHS.some((candidate) => existsSync(candidate)) },
  { apt: 'nginx', suite: 'nginx', installed: () => existsSync(NGINX_PATH) },
  { apt: 'postgresql-15', suite: 'postgres-versions', installed: () => debianPostgresBin() !== null },
  { apt: 'redis-server', suite: 'cluster', installed: () => existsSync(REDIS_SERVER_PATH) },
  { apt: 'varnish', suite: 'cluster', installed: () => existsSync(VARNISHD_PATH) },
  {
    apt: 'varnish-modules',
    suite: 'cluster',
    installed: () => existsSync(path.join(VARNISH_VMOD_DIR, 'libvmod_xkey.so')),
  },
  { apt: 'hitch', suite: 'cluster', installed: () => existsSync(HITCH_PATH) },
]

export type Plan = { kind: 'ready' } | { kind: 'install'; packages: string[] } | { kind: 'refuse'; message: string }

/** What to do about the packages that are missing, on a machine with or without root and apt. */
export function planSystemPackages(missing: SystemPackage[], machine: { root: boolean; apt: boolean }): Plan {
  if (missing.length === 0) return { kind: 'ready' }
  const names = missing.map((entry) => entry.apt)
  if (machine.root && machine.apt) return { kind: 'install', packages: names }
  const suites = [...new Set(missing.map((entry) => entry.suite))].join(',')
  return {
    kind: 'refuse',
    message:
      `The tests need system packages that are missing: ${names.join(' ')}. ` +
      `Install them (sudo apt-get install -y ${names.join(' ')}), ` +
      `or skip the suites that need them: SKIP_SUITES=${suites} npm test`,
  }
}

const APT_GET = '/usr/bin/apt-get'
// Debian's convention for "do not start services now": a package's own server (nginx,
// PostgreSQL) must not start on install; the tests start their own on loopback.
const POLICY_RC = '/usr/sbin/policy-rc.d'

export const thisMachine = () => ({ root: os.userInfo().uid === 0, apt: existsSync(APT_GET) })

async function aptInstall(packages: string[]): Promise<void> {
  const run = promisify(execFile)
  const options = { env: childEnv({ DEBIAN_FRONTEND: 'noninteractive' }), maxBuffer: 64 * 1024 * 1024 }
  const placedPolicy = !existsSync(POLICY_RC)
  if (placedPolicy) writeFileSync(POLICY_RC, '#!/bin/sh\nexit 101\n', { mode: 0o755 })
  try {
    await run(APT_GET, ['update', '-qq'], options)
    await run(APT_GET, ['install', '-y', '-qq', '--no-install-recommends', ...packages], options)
  } catch (error) {
    const output = String((error as { stderr?: string }).stderr || (error as Error).message)
      .trim()
      .split('\n')
      .slice(-3)
      .join(' ')
    throw new Error(`apt-get could not install ${packages.join(' ')}: ${output}`)
  } finally {
    if (placedPolicy) rmSync(POLICY_RC, { force: true })
  }
}

/**
 * Makes sure `packages` are installed: nothing when they are, apt-get when it may, otherwise
 * an Error whose message is the one line to show. Resolves with what it installed.
 */
export async function ensureSystemPackages(packages: SystemPackage[], machine = thisMachine()): Promise<string[]> {
  const missing = packages.filter((entry) => !entry.installed())
  const plan = planSystemPackages(missing, machine)
  if (plan.kind === 'ready') return []
  if (plan.kind === 'refuse') throw new Error(plan.message)
  await aptInstall(plan.packages)
  const still = missing.filter((entry) => !entry.installed()).map((entry) => entry.apt)
  if (still.length > 0) throw new Error(`apt-get finished, but these are still missing: ${still.join(' ')}`)
  return plan.packages
}
