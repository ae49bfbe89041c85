// @ts-check
/**
 * Loaded before the server (`node --import`, beside outage-status.mjs): a request whose path
 * is not valid percent-encoding (`/topics/%E0%A4%A`) or holds a null byte is answered 400 at once. Next treats it
 * as a decoding error and tries to render a 400 page, which an app with two root layouts (the
 * site's and the admin's) does not have, and ends in a 500. Plain JavaScript because it runs
 * before any bundler or TypeScript loader.
 */
import http from 'node:http'

/** @param {string | undefined} url */
export function isMalformedPath(url) {
  const path = (url ?? '/').split('?', 1)[0] ?? '/'
  try {
    // A null byte is never part of a page's address, and file APIs stop at it.
    return decodeURIComponent(path).includes('\0')
  } catch {
    return true
  }
}

const createServer = http.createServer
/** @type {any} */ const patchable = http
// Wraps the request listener of every server the process creates (Next's is the only one).
patchable.createServer = function (/** @type {any[]} */ ...args) {
  const index = args.findIndex((arg) => typeof arg === 'function')
  if (index >= 0) {
    const listener = args[index]
    args[index] = function (/** @type {http.IncomingMessage} */ request, /** @type {http.ServerResponse} */ response) {
      if (isMalformedPath(request.url)) {
        response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
        response.end('Bad request: this address is not a valid URL.\n')
        return
      }
      return listener.call(this, request, response)
    }
  }
  return createServer.apply(http, /** @type {any} */ (args))
}
