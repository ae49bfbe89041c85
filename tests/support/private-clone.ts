import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

export interface PrivateClone {
  /** The project's copy, inside a folder only its owner may enter (0700, as `mktemp -d` makes). */
  dir: string
  remove: () => Promise<void>
}

/**
 * A copy of this working tree in a private folder, as a newcomer's clone under root's home
 * would be: every file git would commit, and node_modules as hard links (instant, no space).
 * `owner` gets the copy (not the shared node_modules), so an ordinary user can work in it.
 */
export async function privateClone(owner?: { uid: number; gid: number }): Promise<PrivateClone> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-private-'))
  const dir = path.join(parent, 'summit-wire')
  const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  })
  for (const file of stdout.split('\0').filter(Boolean)) {
    const from = path.join(root, file)
    if (
      !(await fs.stat(from).then(
        (stat) => stat.isFile(),
        () => false,
      ))
    )
      continue
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await fs.copyFile(from, path.join(dir, file))
    await fs.chmod(path.join(dir, file), (await fs.stat(from)).mode)
  }
  if (owner) {
    await run('chown', ['-R', `${owner.uid}:${owner.gid}`, parent])
    await fs.chmod(parent, 0o700)
  }
  await run('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')])
  return { dir, remove: () => fs.rm(parent, { recursive: true, force: true }) }
}
