import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { LEXICAL_BUILD_CONDITION } from '../../scripts/lib/script-node-args'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

/** Exit code of a fresh Node that imports Payload's rich-text package, as a script does. */
async function importRichText(flags: string[]): Promise<number> {
  const code = "await import('@payloadcms/richtext-lexical'); console.log('loaded')"
  try {
    const { stdout } = await run(process.execPath, [...flags, '--input-type=module', '-e', code], {
      cwd: root,
      timeout: 60_000,
    })
    return stdout.trim() === 'loaded' ? 0 : -1
  } catch (error) {
    return (error as { code?: number }).code ?? -1
  }
}

/*
 * `npm run restore -- <not a backup>` once exited 13 ("unsettled top-level await") with no
 * message: Lexical's `.node.mjs` entry points pick a build with a top-level `await import()`,
 * and Node 20 sometimes never settles a graph of a dozen of them. Scripts pick the build
 * directly instead (scripts/lib/script-node-args.ts).
 */
describe('scripts that load payload.config', () => {
  it('load Payload’s rich-text package every time with the scripts’ Node flags', async () => {
    const codes: number[] = []
    for (let attempt = 0; attempt < 8; attempt += 1) codes.push(await importRichText([LEXICAL_BUILD_CONDITION]))
    expect(codes).toEqual(Array(8).fill(0))
  })

  it('are all started with those flags', async () => {
    const files = (await readdir(root, { recursive: true })).filter(
      (file) =>
        /\.(ts|mts|mjs)$/.test(file) &&
        !/(^|\/)(node_modules|\.next)\//.test(file) &&
        !file.endsWith('script-node-args.ts'),
    )
    const offenders: string[] = []
    for (const file of files) {
      if (/['"]--import['"],\s*['"]tsx['"]/.test(await readFile(path.join(root, file), 'utf8'))) offenders.push(file)
    }
    expect(offenders, 'start scripts with SCRIPT_NODE_ARGS from scripts/lib/script-node-args.ts').toEqual([])
  })
})
