/**
 * Servers that refuse to run as root (PostgreSQL; later Varnish's worker) run, when we are
 * root, as a system account of their own. Such an account cannot enter a private folder
 * (a clone in root's home, or made by `mktemp -d`), so what the server must reach is kept
 * under one service folder every account can traverse: SERVICE_DIR, /var/lib/summit-wire by
 * default. Without root everything runs as the user, who can reach their own folders.
 */
import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { serviceDirSetting } from '../../lib/server/env'

const run = promisify(execFile)

export interface ServiceAccount {
  name: string
  uid: number
  gid: number
}

export const runningAsRoot = (): boolean => os.userInfo().uid === 0

/** A failure a person can act on: one sentence, shown without a stack trace. */
export class SetupError extends Error {}

async function ids(name: string): Promise<ServiceAccount | null> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])])
    return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
  } catch {
    return null
  }
}

/** The system account `name`, created (no home, no login shell) when missing. */
export async function serviceAccount(name: string): Promise<ServiceAccount> {
  const existing = await ids(name)
  if (existing) return existing
  const groupExists = await run('getent', ['group', name]).then(
    () => true,
    () => false,
  )
  try {
    await run('useradd', [
      '--system',
      '--no-create-home',
      '--home-dir',
      '/nonexistent',
      '--shell',
      '/usr/sbin/nologin',
      ...(groupExists ? ['--gid', name] : ['--user-group']),
      name,
    ])
  } catch (error) {
    const reason = String((error as { stderr?: string }).stderr ?? error).trim()
    throw new SetupError(
      `Could not create the system account "${name}" that runs the server (useradd: ${reason}). ` +
        `Create it yourself: useradd --system --user-group ${name}`,
    )
  }
  const created = await ids(name)
  if (!created) throw new SetupError(`The system account "${name}" was created but cannot be found.`)
  return created
}

/** Whether `account` may use `target` as `test` would check it (-x to enter or run, -w to write). */
export async function accountCan(account: ServiceAccount, check: '-r' | '-w' | '-x', target: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('test', [check, target], { uid: account.uid, gid: account.gid, stdio: 'ignore' })
    child.on('error', () => resolve(false))
    child.on('exit', (code) => resolve(code === 0))
  })
}

/** The folder every account can traverse, where servers keep what a private folder hides. */
export function serviceDir(): string {
  return path.resolve(serviceDirSetting())
}

/** A short, stable name for a folder: its base name and a hash of its real path. */
export async function folderKey(folder: string): Promise<string> {
  const real = await fs.realpath(folder).catch(() => path.resolve(folder))
  const slug =
    path
      .basename(path.dirname(real))
      .replace(/[^A-Za-z0-9_-]/g, '')
      .slice(0, 24) || 'project'
  return `${slug}-${createHash('sha256').update(real).digest('hex').slice(0, 10)}`
}

/** Creates `folder` (and the service folder above it) owned by `account`, private to it. */
export async function ownedFolder(account: ServiceAccount, folder: string): Promise<void> {
  const base = serviceDir()
  try {
    await fs.mkdir(base, { recursive: true, mode: 0o755 })
    await fs.chmod(base, 0o755)
    await fs.mkdir(folder, { recursive: true, mode: 0o700 })
    await fs.chown(folder, account.uid, account.gid)
  } catch (error) {
    throw new SetupError(
      `Cannot prepare ${folder} for the "${account.name}" account (${(error as Error).message}). Point SERVICE_DIR at a folder root can write to, or set DATABASE_URL to use a PostgreSQL of your own.`,
    )
  }
  if (!(await accountCan(account, '-w', folder))) {
    throw new SetupError(
      `The "${account.name}" account cannot reach ${folder}: a folder above it is private. Point SERVICE_DIR at a folder every account can enter (e.g. under /var/lib), or set DATABASE_URL.`,
    )
  }
}
