import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { VARNISH_VMOD_DIR, VARNISHD_PATH } from '../../scripts/lib/system-packages'
import { edgeRequest } from './edge-request'
import { freePort, spawnGroup, waitUntilReady } from './loopback-process'

/*
 * deploy/varnish/summit-wire.vcl run by the system varnishd on loopback, with a backends.vcl
 * written for the test's own app nodes: the tests run the deployed VCL, not a copy.
 */
const VCL_DIR = path.resolve(import.meta.dirname, '../../deploy/varnish')
/** From the same Debian package as varnishd. */
const VARNISHADM_PATH = '/usr/bin/varnishadm'
const VARNISHSTAT_PATH = '/usr/bin/varnishstat'

export const varnishMissing = `varnishd with the xkey module (${VARNISHD_PATH}, ${VARNISH_VMOD_DIR}/libvmod_xkey.so; apt-get install -y varnish varnish-modules)`

export function varnishInstalled(): boolean {
  return (
    existsSync(VARNISHD_PATH) &&
    existsSync(VARNISHADM_PATH) &&
    existsSync(path.join(VARNISH_VMOD_DIR, 'libvmod_xkey.so'))
  )
}

export interface VarnishOptions {
  /** The app nodes, behind the round-robin director as `app1`, `app2`, … */
  backends: { host: string; port: number }[]
  /** Addresses or `addr/bits` ranges allowed to PURGE. Default: 127.0.0.1 only. */
  purgers?: string[]
  /** How long a soft-purged object may still be served while it is refreshed. Default 300. */
  softPurgeBoundSeconds?: number
}

export interface RunningVarnish {
  /** `http://127.0.0.1:<port>`: the plain HTTP listener, where readers and purges come in. */
  url: string
  port: number
  /** The PROXY-protocol listener (named `tls` in the VCL) that hitch forwards to. */
  proxyPort: number
  /** Empties the cache (a ban on every object), so a test starts from nothing. */
  ban: () => Promise<void>
  /** Waits until the director's health is `state` (probes every 2 s, so up to a few seconds). */
  waitForHealth: (state: 'healthy' | 'sick') => Promise<void>
  /** Varnish's own counters (`varnishstat`), e.g. `MAIN.cache_hit`, by name. */
  counters: () => Promise<Record<string, number>>
  stop: () => Promise<void>
}

/** `127.0.0.1` → `"127.0.0.1";`, `127.0.0.0/8` → `"127.0.0.0"/8;` */
const aclEntry = (entry: string) => entry.replace(/^([^/]+)(\/\d+)?$/, '"$1"$2;')

/** The deployment-specific half of the VCL (deploy/varnish/backends.vcl is compose's). */
export function renderBackendsVcl(options: VarnishOptions): string {
  const names = options.backends.map((_, index) => `app${index + 1}`)
  return [
    ...options.backends.map(
      ({ host, port }, index) =>
        `backend ${names[index]} {\n    .host = "${host}";\n    .port = "${port}";\n    .probe = app_health;\n}\n`,
    ),
    `acl purgers {\n${(options.purgers ?? ['127.0.0.1']).map((entry) => `    ${aclEntry(entry)}\n`).join('')}}\n`,
    'sub vcl_init {\n    new app_nodes = directors.round_robin();\n',
    ...names.map((name) => `    app_nodes.add_backend(${name});\n`),
    '}\n',
    `sub edge_soft_purge_bound {\n    set req.grace = ${options.softPurgeBoundSeconds ?? 300}s;\n}\n`,
  ].join('')
}

const run = promisify(execFile)

/**
 * A folder varnishd's own users can read, holding the deployed VCL and the given backends.vcl:
 * varnishd reads its VCL after dropping root, and a checkout may sit in a private folder (CI's
 * clean clone does), so it is not read from the checkout itself.
 */
async function vclFolder(prefix: string, backendsVcl: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix))
  await fs.chmod(dir, 0o755)
  await fs.copyFile(path.join(VCL_DIR, 'summit-wire.vcl'), path.join(dir, 'summit-wire.vcl'))
  await fs.chmod(path.join(dir, 'summit-wire.vcl'), 0o644)
  await fs.writeFile(path.join(dir, 'backends.vcl'), backendsVcl, { mode: 0o644 })
  return dir
}

/** Compiles summit-wire.vcl with the given backends.vcl (`varnishd -C`); resolves with whether it passed and why not. */
export async function checkVcl(backendsVcl: string): Promise<{ ok: boolean; output: string }> {
  const dir = await vclFolder('summit-wire-vcl-', backendsVcl)
  try {
    const args = ['-C', '-n', path.join(dir, 'work'), '-f', path.join(dir, 'summit-wire.vcl')]
    // -C writes the generated C to stderr: only the verdict matters here.
    await run(VARNISHD_PATH, [...args, '-p', `vcl_path=${dir}`, '-p', `vmod_path=${VARNISH_VMOD_DIR}`], {
      maxBuffer: 64 * 1024 * 1024,
    })
    return { ok: true, output: '' }
  } catch (error) {
    const failure = error as { stderr?: string; message: string }
    return { ok: false, output: (failure.stderr ?? failure.message).slice(0, 4_000) }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/**
 * Starts varnishd in the foreground on two free loopback ports, resolving once it answers.
 * It runs as root here and drops to its own users (varnish, vcache), so its folder and the
 * VCL it includes must be readable by them.
 */
export async function startVarnish(options: VarnishOptions): Promise<RunningVarnish> {
  const dir = await vclFolder('summit-wire-varnish-', renderBackendsVcl(options))
  const workdir = path.join(dir, 'work')
  const [port, proxyPort] = [await freePort(), await freePort()]

  const server = spawnGroup(VARNISHD_PATH, [
    '-F',
    '-n',
    workdir,
    '-a',
    `http=127.0.0.1:${port},HTTP`,
    '-a',
    `tls=127.0.0.1:${proxyPort},PROXY`,
    '-T',
    '127.0.0.1:0',
    '-f',
    path.join(dir, 'summit-wire.vcl'),
    '-p',
    `vcl_path=${dir}`,
    '-p',
    `vmod_path=${VARNISH_VMOD_DIR}`,
    '-s',
    'malloc,64m',
    // A few threads, not Varnish's 2 × 100: the test machine is small and shared.
    '-p',
    'thread_pools=1',
    '-p',
    'thread_pool_min=10',
  ])
  const stop = async () => {
    await server.stop()
    await fs.rm(dir, { recursive: true, force: true })
  }

  const url = `http://127.0.0.1:${port}`
  // A PURGE without keys is answered by the VCL itself (400, or 403 when 127.0.0.1 may not
  // purge): the child is up and the VCL loaded, and no app is asked.
  const answers = () =>
    edgeRequest(url, { method: 'PURGE' }).then(
      (response) => response.status === 400 || response.status === 403,
      () => false,
    )
  try {
    await waitUntilReady('varnishd', server, answers)
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true })
    throw error
  }

  const adm = async (...command: string[]) => (await run(VARNISHADM_PATH, ['-n', workdir, ...command])).stdout
  return {
    url,
    port,
    proxyPort,
    ban: async () => void (await adm('ban', 'obj.status', '!=', '0')),
    waitForHealth: async (state) => {
      const deadline = Date.now() + 15_000
      // `backend.list`: one line per backend; the director's line carries its overall health.
      const directorLine = async () =>
        (await adm('backend.list')).split('\n').find((line) => /\bapp_nodes\b/.test(line)) ?? ''
      while (!new RegExp(`\\b${state}\\b`).test(await directorLine())) {
        if (Date.now() > deadline)
          throw new Error(`the app nodes did not become ${state}:\n${await adm('backend.list')}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    counters: async () => {
      const { stdout } = await run(VARNISHSTAT_PATH, ['-1', '-j', '-n', workdir, '-f', 'MAIN.*'])
      const parsed = JSON.parse(stdout) as { counters?: Record<string, { value: number }> }
      return Object.fromEntries(Object.entries(parsed.counters ?? {}).map(([name, { value }]) => [name, value]))
    },
    stop,
  }
}
