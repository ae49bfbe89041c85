import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { SCRIPT_NODE_ARGS } from '../../scripts/lib/script-node-args'

const run = promisify(execFile)

/**
 * One of scripts/*.ts as it runs under launch.ts (`npm run backup`, …), with the test process's
 * environment plus `env`: its exit code and everything it printed.
 */
export async function runScript(
  name: 'backup' | 'restore' | 'media-to-bucket',
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, [...SCRIPT_NODE_ARGS, `scripts/${name}.ts`, ...args], {
      env: { ...process.env, ...env },
      timeout: 120_000,
    })
    return { code: 0, output: stdout }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}
