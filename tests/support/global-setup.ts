import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { SCRIPT_NODE_ARGS } from '../../scripts/lib/script-node-args'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    payloadSecret: string
    mediaDir: string
  }
}

/** Runs `scripts/migrate.ts` exactly as `npm run migrate` does, so a broken migration fails the run. */
async function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, [...SCRIPT_NODE_ARGS, 'scripts/migrate.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`Migrations failed on the test database:\n${output}`)
}

export default async function setup(project: TestProject) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-test-'))
  const database = await startEmbeddedPostgres({ dataDir, databaseName: 'summitwire_test', throwaway: true })
  const payloadSecret = randomBytes(32).toString('hex')
  await migrate({ ...process.env, DATABASE_URL: database.url, PAYLOAD_SECRET: payloadSecret })
  project.provide('databaseUrl', database.url)
  project.provide('payloadSecret', payloadSecret)
  // Uploads made by tests land in the throwaway folder, never in the project's .data/.
  project.provide('mediaDir', path.join(dataDir, 'media'))
  return async () => {
    await database.stop()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
}
