/**
 * The one entry point behind `npm run dev`, `npm start`, `npm run migrate`, `npm run seed`,
 * `npm run create-admin`, `npm run payload`, `npm run backup`, `npm run restore`,
 * `npm run worker` and `npm run media-to-bucket`.
 *
 * When DATABASE_URL is unset it starts an embedded PostgreSQL under EMBEDDED_DATA_DIR
 * (default `.data/`), keeps it alive exactly as long as the command it runs, and stops it
 * on Ctrl-C, SIGTERM or when that command ends.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { nextCli, productionServerArgs, serverNodeOptions } from './lib/production-server'
import { runningEmbeddedPostgresUrl, startEmbeddedPostgres, type EmbeddedDatabase } from './lib/embedded-postgres'
import { LEXICAL_BUILD_CONDITION, SCRIPT_NODE_ARGS } from './lib/script-node-args'
import { childEnv, embeddedDataDir, readEnv } from '../lib/server/env'

const require = createRequire(import.meta.url)
const dataDir = path.resolve(embeddedDataDir())

const MODES = [
  'dev',
  'start',
  'migrate',
  'seed',
  'create-admin',
  'payload',
  'backup',
  'restore',
  'worker',
  'media-to-bucket',
] as const
type Mode = (typeof MODES)[number]

function commandFor(mode: Mode, extraArgs: string[]): string[] {
  switch (mode) {
    case 'dev':
      return [nextCli(), 'dev', ...extraArgs]
    case 'start':
      // The production server as the bench, Lighthouse and the e2e tests start it (with serverNodeOptions below).
      return productionServerArgs(extraArgs)
    case 'migrate':
      return [...SCRIPT_NODE_ARGS, path.resolve('scripts/migrate.ts'), ...extraArgs]
    case 'seed':
    case 'create-admin':
    case 'backup':
    case 'restore':
    case 'worker':
    case 'media-to-bucket':
      return [...SCRIPT_NODE_ARGS, path.resolve(`scripts/${mode}.ts`), ...extraArgs]
    case 'payload':
      // payload/bin.js is not in the package's exports; it sits two folders above dist/index.js.
      return [
        LEXICAL_BUILD_CONDITION,
        path.resolve(path.dirname(require.resolve('payload')), '..', 'bin.js'),
        ...extraArgs,
      ]
  }
}

/** In development a secret is made once and kept under .data/, so sessions survive restarts. */
async function developmentSecret(): Promise<string> {
  const file = path.join(dataDir, 'dev-payload-secret')
  const saved = await fs.readFile(file, 'utf8').catch(() => null)
  if (saved?.trim()) return saved.trim()
  const secret = randomBytes(32).toString('hex')
  try {
    await fs.mkdir(dataDir, { recursive: true })
    await fs.writeFile(file, secret, { mode: 0o600 })
  } catch (error) {
    throw new Error(
      `Cannot write to ${dataDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): run from a folder you can write to, or set EMBEDDED_DATA_DIR.`,
    )
  }
  return secret
}

async function main(): Promise<void> {
  const [modeArg, ...extraArgs] = process.argv.slice(2)
  if (!modeArg || !(MODES as readonly string[]).includes(modeArg)) {
    console.error(`usage: tsx scripts/launch.ts <${MODES.join('|')}> [args…]`)
    process.exit(2)
  }
  const mode = modeArg as Mode
  // Next's telemetry would only try to reach the network; opt in explicitly if wanted.
  const env = childEnv({ NEXT_TELEMETRY_DISABLED: readEnv('NEXT_TELEMETRY_DISABLED') ?? '1' })

  if (mode !== 'start' && !env.PAYLOAD_SECRET) env.PAYLOAD_SECRET = await developmentSecret()
  if (mode === 'dev') Object.assign(env, { NODE_ENV: 'development' })
  if (mode === 'start') env.NODE_OPTIONS = serverNodeOptions(env.NODE_OPTIONS)

  let database: EmbeddedDatabase | undefined
  // Only a server owns the embedded database; a command beside a running one joins it.
  const running =
    !env.DATABASE_URL && mode !== 'dev' && mode !== 'start' ? await runningEmbeddedPostgresUrl(dataDir) : null
  if (running) {
    env.DATABASE_URL = running
    env.EMBEDDED_DATA_DIR = dataDir
    console.log(
      `Using the embedded PostgreSQL already running on ${new URL(running).host} (data in ${path.relative(process.cwd(), dataDir) || '.'}/)`,
    )
  }
  if (!env.DATABASE_URL) {
    database = await startEmbeddedPostgres({ dataDir })
    env.DATABASE_URL = database.url
    env.EMBEDDED_DATA_DIR = dataDir
    const host = new URL(database.url).host
    console.log(
      database.relocated
        ? `Embedded PostgreSQL ready on ${host}: ${database.relocated}`
        : `Embedded PostgreSQL ready on ${host} (data in ${path.relative(process.cwd(), database.clusterDir)}/)`,
    )
  }

  const child: ChildProcess = spawn(process.execPath, commandFor(mode, extraArgs), { env, stdio: 'inherit' })
  let stopping = false
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    child.kill(signal)
    // A server that ignores the signal must not keep the database (and the terminal) hostage.
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref()
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))

  const code = await new Promise<number>((resolve) =>
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 128 + 2 : 1))),
  )
  await database?.stop()
  process.exit(stopping && code !== 0 ? 0 : code)
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
