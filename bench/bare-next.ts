import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { childEnv } from '../lib/server/env'
import { nextCli } from '../scripts/lib/production-server'
import { writeStoredPages, type StoredPage } from './same-bytes'

/**
 * The bare Next 16 app in bench/bare-next/: one route handler answering stored bytes, built
 * with this project's `next` and run with `next start`. Next's floor for a cached page.
 */
const APP_DIR = path.join(import.meta.dirname, 'bare-next')
const BUILD_ID = path.join(APP_DIR, '.next', 'BUILD_ID')

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !['.next', 'bytes', 'node_modules'].includes(entry.name))
    .reduce((newest, entry) => {
      const full = path.join(dir, entry.name)
      return Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs)
    }, 0)
}

/**
 * Builds the app unless its build is newer than its sources (half a minute: once). With
 * webpack: Turbopack takes the repository as its root and builds the site's own
 * instrumentation.ts into this app (and fails on it).
 */
export function buildBareNext(): void {
  if (existsSync(BUILD_ID) && statSync(BUILD_ID).mtimeMs > newestSource(APP_DIR)) return
  console.log('building the bare Next app (bench/bare-next)…')
  execFileSync(process.execPath, [nextCli(), 'build', '--webpack'], {
    cwd: APP_DIR,
    env: childEnv({ NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

export interface BareNext {
  origin: string
  stop: () => Promise<void>
}

/** Writes `pages` where the app reads them and starts it on `port`; resolves once it answers the first. */
export async function startBareNext(port: number, pages: StoredPage[]): Promise<BareNext> {
  buildBareNext()
  const bytes = path.join(APP_DIR, 'bytes')
  await fs.rm(bytes, { recursive: true, force: true })
  await writeStoredPages(bytes, pages)
  const child = spawn(process.execPath, [nextCli(), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: APP_DIR,
    env: childEnv({ NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }),
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // Already gone.
      }
      await exited
    }
    await fs.rm(bytes, { recursive: true, force: true })
  }
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    const status = await fetch(`${origin}/b/${pages[0]!.key}`).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return { origin, stop }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`the bare Next app did not start on port ${port}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
