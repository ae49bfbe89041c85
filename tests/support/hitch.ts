import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'

import { HITCH_PATH } from '../../scripts/lib/system-packages'
import { freePort, spawnGroup, waitUntilReady } from './loopback-process'
import { makeSelfSignedCert, OPENSSL_PATH } from './self-signed-cert'

/*
 * deploy/hitch/hitch.conf run by the system hitch on loopback, in front of a Varnish PROXY
 * listener, with a throwaway certificate.
 */
const HITCH_CONF = path.resolve(import.meta.dirname, '../../deploy/hitch/hitch.conf')

export const hitchMissing = `hitch (${HITCH_PATH}; apt-get install -y hitch) and ${OPENSSL_PATH}`

export function hitchInstalled(): boolean {
  return existsSync(HITCH_PATH) && existsSync(OPENSSL_PATH)
}

export interface HitchTarget {
  /** `127.0.0.1:<port>` to listen on. */
  listen: string
  /** Varnish's PROXY-protocol listener, `127.0.0.1:<port>`. */
  backend: string
  pemFile: string
  /** The account its workers run as; hitch refuses to run them as root. None: the caller's own. */
  user?: string
}

/**
 * deploy/hitch/hitch.conf for a test: loopback frontend and backend, the given certificate,
 * and the given account (with its own group) instead of the image's `hitch`. Throws when a
 * line it rewrites is gone, rather than run something other than the deployed file.
 */
export function renderHitchConfig(target: HitchTarget, source = readFileSync(HITCH_CONF, 'utf8')): string {
  const bracket = (address: string) => address.replace(/^(.*):(\d+)$/, '[$1]:$2')
  const rewrites: [RegExp, string][] = [
    [/^frontend = .*$/m, `frontend = "${bracket(target.listen)}"`],
    [/^backend = .*$/m, `backend = "${bracket(target.backend)}"`],
    [/^pem-file = .*$/m, `pem-file = "${target.pemFile}"`],
    [/^user = .*\n/m, target.user ? `user = "${target.user}"\n` : ''],
    [/^group = .*\n/m, ''],
  ]
  return rewrites.reduce((config, [line, replacement]) => {
    if (!line.test(config)) throw new Error(`deploy/hitch/hitch.conf has no line matching ${line}`)
    return config.replace(line, replacement)
  }, source)
}

export interface RunningHitch {
  /** `https://127.0.0.1:<port>` */
  url: string
  /** The certificate it presents, for clients to trust. */
  cert: string
  stop: () => Promise<void>
}

/** Starts hitch with a fresh self-signed certificate, forwarding to Varnish's PROXY listener. */
export async function startHitch(options: { backendPort: number }): Promise<RunningHitch> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-hitch-'))
  const { cert, pemFile } = await makeSelfSignedCert(dir)
  const port = await freePort()
  const config = path.join(dir, 'hitch.conf')
  await fs.writeFile(
    config,
    renderHitchConfig({
      listen: `127.0.0.1:${port}`,
      backend: `127.0.0.1:${options.backendPort}`,
      pemFile,
      // It reads the certificate before it drops to this account.
      user: os.userInfo().uid === 0 ? 'nobody' : undefined,
    }),
  )

  const server = spawnGroup(HITCH_PATH, [`--config=${config}`])
  const stop = async () => {
    await server.stop()
    await fs.rm(dir, { recursive: true, force: true })
  }
  // Ready once a TLS handshake completes with the certificate it was given.
  const handshakes = () =>
    new Promise<boolean>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, ca: cert, servername: 'localhost' }, () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
  try {
    await waitUntilReady('hitch', server, handshakes)
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true })
    throw error
  }
  return { url: `https://127.0.0.1:${port}`, cert, stop }
}
