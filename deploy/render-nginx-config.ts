import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The file docker-compose mounts; tests and the bench run this very file, rendered. */
export const DEPLOYED_NGINX_CONFIG = path.join(import.meta.dirname, 'nginx.conf')

export interface NginxTarget {
  /** `host:port` of the Next server, e.g. `127.0.0.1:3700`. nginx resolves names once, at load. */
  upstream: string
  /** Where nginx listens, e.g. `127.0.0.1:8080`. */
  listen: string
}

const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9A-Fa-f:.]+\]:\d{1,5}$/

interface Edit {
  why: string
  find: RegExp
  replace: string
  /** How many times `find` must match (default: at least once); else deploy/nginx.conf changed shape. */
  count?: number
}

function edits(target: NginxTarget): Edit[] {
  return [
    // The container's `nginx` user does not exist on Debian; as root, workers run as nobody.
    { why: 'the user directive', find: /^user nginx;\n/gm, replace: '', count: 1 },
    { why: 'the upstream server', find: /^(\s*)server app:3000;/gm, replace: `$1server ${target.upstream};`, count: 1 },
    { why: 'the listen address', find: /^(\s*)listen 80 /gm, replace: `$1listen ${target.listen} `, count: 1 },
    // Relative paths resolve against nginx's -p prefix: cache, temp files and pid stay in it.
    // /dev/stdout cannot be opened when stdout is a socket, as Node's child-process pipes are.
    { why: 'the access log', find: /^(\s*)access_log \/dev\/stdout /gm, replace: '$1access_log access.log ', count: 1 },
    { why: 'the pid file', find: /^pid \/run\/nginx\.pid;/gm, replace: 'pid nginx.pid;', count: 1 },
    { why: 'the cache and temp paths', find: /\/var\/cache\/nginx\//g, replace: '' },
  ]
}

/**
 * deploy/nginx.conf made runnable outside the container: `-p <prefix>` holds every file nginx
 * writes (cache, temp files, pid, access.log). Throws when an expected line is missing, so a render never silently differs from
 * what is deployed in more than these lines.
 */
export function renderNginxConfig(target: NginxTarget, source = readFileSync(DEPLOYED_NGINX_CONFIG, 'utf8')): string {
  for (const [name, value] of Object.entries(target)) {
    if (!HOST_PORT.test(value)) throw new Error(`nginx ${name} must be host:port, got ${JSON.stringify(value)}`)
  }
  return edits(target).reduce((text, edit) => {
    const found = text.match(edit.find)?.length ?? 0
    if (edit.count === undefined ? found === 0 : found !== edit.count) {
      throw new Error(
        `deploy/nginx.conf: expected ${edit.count ?? 'at least one'} match(es) for ${edit.why} (${edit.find}), found ${found}; update deploy/render-nginx-config.ts`,
      )
    }
    return text.replace(edit.find, edit.replace)
  }, source)
}
