/*
 * Preloaded into the bench's production server (`node --import`): counts the SQL statements
 * the server sends, at the driver — every `pg` Client#query, which Pool#query and Drizzle both
 * go through — and answers the running count on a loopback port of its own
 * (SQL_COUNT_PORT), so the bench can read it before and after one uncached render. Never
 * loaded outside the bench. SQL_COUNT_LOG=1 also prints each statement to stderr.
 */
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'

import { numberEnv, readEnv } from '../lib/server/env.js'

const port = numberEnv('SQL_COUNT_PORT', 0, 1, 65535)
if (port) {
  // The server's own copy of pg: Next keeps `pg` external and loads it with require from the
  // project, so this is the same module instance.
  const pg = createRequire(path.join(process.cwd(), 'package.json'))('pg')
  let statements = 0
  const query = pg.Client.prototype.query
  pg.Client.prototype.query = function countedQuery(...args) {
    statements += 1
    if (readEnv('SQL_COUNT_LOG')) {
      const text = typeof args[0] === 'string' ? args[0] : args[0]?.text
      process.stderr.write(`[sql ${statements}] ${String(text).replace(/\s+/g, ' ').slice(0, 400)}\n`)
    }
    return query.apply(this, args)
  }
  http
    .createServer((request, response) =>
      response.end(request.url === '/memory' ? JSON.stringify(process.memoryUsage()) : String(statements)),
    )
    .listen(port, '127.0.0.1')
    .unref()
}
