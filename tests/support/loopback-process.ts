import { spawn } from 'node:child_process'

/** A port free on 127.0.0.1 right now: the one helper the other servers' tests use too. */
export { freePort } from '../../scripts/lib/embedded-postgres'

export interface GroupProcess {
  /** The last 16 kB of what it wrote to stdout and stderr, for error messages. */
  output: () => string
  /** Whether it has exited (on its own or stopped). */
  exited: () => boolean
  /** SIGTERM to the whole process group, SIGKILL if it lingers; resolves once the leader is gone. */
  stop: () => Promise<void>
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

/**
 * Starts a server in its own process group, so stop() also ends what it forked (varnishd's
 * cache process, hitch's workers) and nothing of it outlives the test.
 */
export function spawnGroup(command: string, args: string[], env?: NodeJS.ProcessEnv): GroupProcess {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-16_000))
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  child.once('error', (error) => (output += `\n${error.message}`))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const hasExited = () => child.exitCode !== null || child.signalCode !== null

  return {
    output: () => output,
    exited: hasExited,
    stop: async () => {
      if (child.pid === undefined || hasExited()) return
      signalGroup(child.pid, 'SIGTERM')
      const pid = child.pid
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
      // The leader may go first: whatever it left behind in its group goes too.
      signalGroup(pid, 'SIGKILL')
    },
  }
}

/** Polls `ready` until it resolves true; fails with the process's output if it exits or the time runs out. */
export async function waitUntilReady(
  name: string,
  server: GroupProcess,
  ready: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await ready())) {
    if (server.exited() || Date.now() > deadline) {
      await server.stop()
      throw new Error(`${name} did not start:\n${server.output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
