import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import net, { type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { renderNginxConfig, type NginxTarget } from '../deploy/render-nginx-config'
import { NGINX_PATH } from '../scripts/lib/system-packages'

/**
 * The system nginx (Debian's `nginx`) running deploy/nginx.conf in a temporary prefix,
 * in front of a given upstream: for the bench and the tests. No container, no build.
 */
export const NGINX_BINARY = NGINX_PATH

export function nginxInstalled(): boolean {
  return existsSync(NGINX_BINARY)
}

function requireNginx(): void {
  if (!nginxInstalled()) {
    throw new Error(`nginx is not installed (${NGINX_BINARY} is missing): apt-get install -y nginx`)
  }
}

/** Writes a config (given the prefix it will run in) into a fresh prefix folder that nginx's workers can reach. */
async function preparePrefix(render: (prefix: string) => string): Promise<{ prefix: string; config: string }> {
  const prefix = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-nginx-'))
  // mkdtemp makes it 0700; started as root, nginx's workers run as nobody and must enter it.
  await fs.chmod(prefix, 0o755)
  const config = path.join(prefix, 'nginx.conf')
  await fs.writeFile(config, render(prefix))
  return { prefix, config }
}

/** `-e stderr`: messages from before the config's own error_log is read go to stderr too. */
const args = (prefix: string, config: string) => ['-e', 'stderr', '-p', `${prefix}/`, '-c', config]

/** `nginx -t` on the rendered config; resolves with its output whether or not it passed. */
export async function checkNginxConfig(target: NginxTarget): Promise<{ ok: boolean; output: string }> {
  requireNginx()
  const { prefix, config } = await preparePrefix(() => renderNginxConfig(target))
  try {
    const { stdout, stderr } = await promisify(execFile)(NGINX_BINARY, [...args(prefix, config), '-t'])
    return { ok: true, output: stdout + stderr }
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string }
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? failure.message}` }
  } finally {
    await fs.rm(prefix, { recursive: true, force: true })
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

function killGroup(pid: number | undefined): void {
  try {
    if (pid) process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/**
 * Starts nginx on 127.0.0.1:`port` (a free one when omitted) proxying to `upstream`
 * (`host:port`, e.g. the bench's `127.0.0.1:3700`). Resolves once it accepts connections.
 */
export async function startNginx(options: { upstream: string; port?: number }): Promise<RunningNginx> {
  const port = options.port ?? (await freePort())
  return runNginx(port, () => renderNginxConfig({ upstream: options.upstream, listen: `127.0.0.1:${port}` }))
}

export interface RunningNginx {
  origin: string
  /** The prefix folder nginx runs in (its config, pid and any files it serves); removed by stop(). */
  prefix: string
  stop: () => Promise<void>
}

/**
 * Runs nginx on 127.0.0.1:`port` with the config `render` writes for the prefix folder it
 * gets (`prepare` may put files there first). Resolves once it accepts connections.
 */
export async function runNginx(
  port: number,
  render: (prefix: string) => string,
  prepare?: (prefix: string) => Promise<void>,
): Promise<RunningNginx> {
  requireNginx()
  const { prefix, config } = await preparePrefix(render)
  await prepare?.(prefix)
  // stderr (errors, warnings) is kept for the error message below; the access log is a file.
  const child = spawn(NGINX_BINARY, [...args(prefix, config), '-g', 'daemon off;'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  // Only the tail: under load nginx logs every rate-limited request there.
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-16_000)))
  child.once('error', (error) => (stderr += `\n${error.message}`))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      // SIGQUIT: graceful (in-flight requests finish); the group kill is for a master that hangs.
      child.kill('SIGQUIT')
      const timer = setTimeout(() => killGroup(child.pid), 5_000)
      await exited
      clearTimeout(timer)
    }
    await fs.rm(prefix, { recursive: true, force: true })
  }

  // nginx writes its pid file after it has bound the port: a port someone else holds would
  // accept connections, but this nginx would have exited, never writing it.
  const pidFile = path.join(prefix, 'nginx.pid')
  const ready = async () =>
    (await fs.readFile(pidFile, 'utf8').catch(() => '')).trim() === String(child.pid) && (await accepts(port))
  const deadline = Date.now() + 10_000
  while (!(await ready())) {
    if (child.exitCode !== null || child.pid === undefined || Date.now() > deadline) {
      await stop()
      throw new Error(`nginx did not start on port ${port}:\n${stderr}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { origin: `http://127.0.0.1:${port}`, prefix, stop }
}
