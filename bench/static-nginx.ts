import path from 'node:path'

import { runNginx, type RunningNginx } from './nginx-proxy'
import { writeStoredPages, type StoredPage } from './same-bytes'

/**
 * The static limit (issue 17, item 4): nginx serving the site's bytes from disk, each under the
 * content type the site sent. Without `Accept-Encoding: gzip` it sends the file; with it,
 * gzip_static sends the precompressed `.gz` beside it, the cheapest gzip a server can offer.
 */
export function staticNginxConfig(prefix: string, port: number, pages: StoredPage[]): string {
  const dir = path.join(prefix, 'pages')
  const locations = pages.map(
    (page) =>
      `    location = /b/${page.key} { default_type "${page.contentType.replace(/"/g, '')}"; alias ${dir}/${page.key}; }`,
  )
  return [
    'worker_processes auto;',
    'pid nginx.pid;',
    'error_log stderr warn;',
    'events { worker_connections 1024; }',
    'http {',
    '  types {}',
    '  access_log off;',
    '  sendfile on;',
    '  tcp_nopush on;',
    '  keepalive_requests 1000000;',
    '  gzip_static on;',
    '  gzip_vary on;',
    '  client_body_temp_path temp-body; proxy_temp_path temp-proxy; fastcgi_temp_path temp-fastcgi;',
    '  uwsgi_temp_path temp-uwsgi; scgi_temp_path temp-scgi;',
    '  server {',
    `    listen 127.0.0.1:${port};`,
    ...locations,
    '  }',
    '}',
    '',
  ].join('\n')
}

export function startStaticNginx(port: number, pages: StoredPage[]): Promise<RunningNginx> {
  return runNginx(
    port,
    (prefix) => staticNginxConfig(prefix, port, pages),
    (prefix) => writeStoredPages(path.join(prefix, 'pages'), pages),
  )
}
