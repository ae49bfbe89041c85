// @ts-check
/**
 * Loaded before the server (`node --import`, beside outage-status.mjs): when SITE_URL, the
 * public origin, is https, every response says Strict-Transport-Security. Next's header rules
 * are fixed at build time, and SITE_URL is set where the server runs, so they can only add it
 * when the request says it came over https (X-Forwarded-Proto); this covers a proxy that does
 * not say so. SITE_URL is read on each response, as the app reads it.
 */
import http from 'node:http'

import { HSTS_HEADER_VALUE, isHttpsOrigin } from '../http/strict-transport.mjs'

// The prototype's own type lists writeHead's overloads, which a wrapper cannot restate.
const prototype = /** @type {any} */ (http.ServerResponse.prototype)
const writeHead = prototype.writeHead
/**
 * @this {http.ServerResponse}
 * @param {any[]} args
 * @returns {http.ServerResponse}
 */
function writeHeadWithTransportSecurity(...args) {
  if (!this.headersSent && isHttpsOrigin(process.env.SITE_URL) && !this.hasHeader('strict-transport-security')) {
    this.setHeader('Strict-Transport-Security', HSTS_HEADER_VALUE)
  }
  return writeHead.apply(this, args)
}
prototype.writeHead = writeHeadWithTransportSecurity
