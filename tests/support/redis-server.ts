import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../scripts/lib/embedded-postgres'
import { REDIS_SERVER_PATH } from '../../scripts/lib/system-packages'

export interface TestRedis {
  url: string
  port: number
  /** Stops the server (as an outage would); `start` brings it back on the same port (nothing when it runs). */
  stop: () => Promise<void>
  start: () => Promise<void>
  /** Stops it for good and removes its folder. */
  dispose: () => Promise<void>
}

async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.setTimeout(500)
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    for (const event of ['error', 'timeout'] as const) socket.once(event, () => (socket.destroy(), resolve(false)))
  })
}

/**
 * Debian's redis-server on a free loopback port, with nothing persisted: a Redis stopped and
 * started again comes back empty, as a restarted cache without persistence does.
 */
export async function startTestRedis(): Promise<TestRedis> {
  const port = await freePort()
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-redis-'))
  let child: ChildProcess | null = null
  const start = async () => {
    if (child && child.exitCode === null) return
    child = spawn(
      REDIS_SERVER_PATH,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: 'ignore', detached: true },
    )
    const deadline = Date.now() + 10_000
    while (!(await answersPing(port))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const stop = async () => {
    const running = child
    child = null
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    process.kill(-running.pid!, 'SIGKILL')
    await exited
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    dispose: async () => {
      await stop()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}
