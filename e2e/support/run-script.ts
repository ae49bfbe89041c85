import { execFile } from 'node:child_process'

import { SCRIPT_NODE_ARGS } from '../../scripts/lib/script-node-args'

/**
 * Runs a Local API script beside the server, as a newsroom script would, and resolves with
 * its stdout. A failure says everything the script said, its exit code and signal.
 */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...SCRIPT_NODE_ARGS, script, ...args], { env }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout)
      const { code, signal } = error as { code?: number | string; signal?: string }
      reject(
        new Error(
          `${script} failed (code ${code ?? '-'}, signal ${signal ?? '-'})\nstdout:\n${stdout}\nstderr:\n${stderr}`,
        ),
      )
    })
  })
}
