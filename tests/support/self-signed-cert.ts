import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

/** Debian's openssl. */
export const OPENSSL_PATH = '/usr/bin/openssl'

export interface SelfSignedCert {
  /** The certificate (PEM), for a client to trust. */
  cert: string
  /** Key and certificate in one file, as hitch's pem-file wants them. */
  pemFile: string
}

/** A throwaway certificate for `localhost` and 127.0.0.1, made with the system openssl into `dir`. */
export async function makeSelfSignedCert(dir: string): Promise<SelfSignedCert> {
  const key = path.join(dir, 'key.pem')
  const cert = path.join(dir, 'cert.pem')
  await promisify(execFile)(OPENSSL_PATH, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout',
    key,
    '-out',
    cert,
  ])
  const pemFile = path.join(dir, 'site.pem')
  const certText = await fs.readFile(cert, 'utf8')
  await fs.writeFile(pemFile, (await fs.readFile(key, 'utf8')) + certText, { mode: 0o600 })
  return { cert: certText, pemFile }
}
