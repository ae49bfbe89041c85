// @ts-check
/**
 * Compression and conditional requests at the server's edge (lib/server/request-edge.mjs),
 * in place of Next's own (`compress: false` and `generateEtags: false` in next.config.mjs).
 *
 * Why not Next's. Next gzips every response as it is sent, so a cached page is compressed
 * again for every reader (gzip cut an article's throughput from ~956 to ~710 req/s), and it
 * hashes every cached page's whole body on every request to make its ETag. Here a body with a
 * strong ETag is compressed once: the cache handler gives each stored page an ETag from its
 * content (lib/cache/reader-page-cache-handler.mjs) and feeds carry one (lib/feeds/serialize.ts),
 * and the gzipped bytes are kept under the request's URL and that ETag (RFC 9110 8.8.1: a
 * strong validator changes whenever the bytes of the representation do), so every later
 * reader of the same bytes gets them without compressing or hashing anything. Any other
 * response (a render, the API, a MISS) is compressed as it streams, flushed when Next flushes.
 *
 * Rules: only for clients whose Accept-Encoding admits gzip (q-values honoured, `*` counts);
 * only compressible types (text, JSON, XML, JavaScript, SVG: images and fonts are compressed
 * already); never a response that already has a Content-Encoding, a range, `no-transform`, a
 * 204 or 304, or a body known to be under COMPRESS_MIN_BYTES; `Vary: Accept-Encoding` on
 * every response of a compressible type, compressed or not, so shared caches keep both. A
 * gzipped response's ETag is made weak (as nginx does): the two encodings are equivalent, not
 * byte-identical. A GET or HEAD whose If-None-Match matches the response's ETag (weak
 * comparison, RFC 9110 13.1.2), or, without one, whose If-Modified-Since is not older than
 * its Last-Modified, is answered 304 with the response's headers and no body. A HEAD gets the
 * headers its GET would have.
 */
import zlib from 'node:zlib'

import { LRUCache } from 'lru-cache'

import { setGivenHeaders } from './given-headers.mjs'

/** Bodies smaller than this gain too little from gzip to be worth it (the `compression` package's threshold). */
export const COMPRESS_MIN_BYTES = 1024

/** Gzipped bodies kept for reuse, by bytes: about 2,000 pages or 200 full feeds. */
const GZIP_CACHE_BYTES = 16 * 1024 * 1024

/** A body larger than this is compressed as it streams but not kept. */
const MAX_KEPT_BODY_BYTES = 2 * 1024 * 1024

const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|javascript|ecmascript|xml|xhtml\+xml|rss\+xml|atom\+xml|feed\+json|manifest\+json|ld\+json|graphql-response\+json|x-javascript)\b|image\/svg\+xml\b|application\/[\w.+-]+\+(?:json|xml)\b)/i

/**
 * @typedef {{ gzip: Buffer, identityBytes: number }} KeptBody
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {(chunk?: unknown, encoding?: unknown, callback?: unknown) => unknown} WriteLike
 */

/** @type {LRUCache<string, KeptBody>} */
const kept = new LRUCache({ maxSize: GZIP_CACHE_BYTES, sizeCalculation: (body) => body.gzip.length + 64 })

/** Forgets every kept body (tests). */
export function forgetCompressedBodies() {
  kept.clear()
}

/**
 * Whether an Accept-Encoding header admits gzip: `gzip` (or `x-gzip`) with q > 0, or `*` with
 * q > 0 and gzip not named.
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false
  /** @type {number | undefined} */
  let gzip
  /** @type {number | undefined} */
  let any
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.split(';')
    const name = coding.trim().toLowerCase()
    let q = 1
    for (const param of params) {
      const [key, value] = param.split('=')
      if (key?.trim().toLowerCase() === 'q') q = Number(value)
    }
    if (!Number.isFinite(q)) q = 0
    if (name === 'gzip' || name === 'x-gzip') gzip = Math.max(gzip ?? 0, q)
    else if (name === '*') any = q
  }
  return (gzip ?? any ?? 0) > 0
}

/** @param {string} etag */
const opaque = (etag) => etag.trim().replace(/^W\//, '')

/**
 * RFC 9110 13.1.2: If-None-Match matches the current ETag under weak comparison, or is `*`.
 * @param {string} ifNoneMatch
 * @param {string} etag
 */
export function etagMatches(ifNoneMatch, etag) {
  if (ifNoneMatch.trim() === '*') return true
  const current = opaque(etag)
  return ifNoneMatch.split(',').some((candidate) => opaque(candidate) === current)
}

/**
 * Whether the request's validators say the client's copy is current (13.2.2: If-None-Match
 * wins over If-Modified-Since).
 * @param {Request} request
 * @param {Response} response
 */
function notModified(request, response) {
  const ifNoneMatch = request.headers['if-none-match']
  const etag = response.getHeader('etag')
  if (ifNoneMatch) return typeof etag === 'string' && etagMatches(ifNoneMatch, etag)
  const ifModifiedSince = request.headers['if-modified-since']
  const lastModified = response.getHeader('last-modified')
  if (!ifModifiedSince || typeof lastModified !== 'string') return false
  const since = Date.parse(ifModifiedSince)
  const modified = Date.parse(lastModified)
  return Number.isFinite(since) && Number.isFinite(modified) && modified <= since
}

/** Adds Accept-Encoding to a response's Vary unless it is there (or Vary is `*`). @param {Response} response */
function varyOnAcceptEncoding(response) {
  const vary = response.getHeader('vary')
  const current = Array.isArray(vary) ? vary.join(', ') : typeof vary === 'string' ? vary : ''
  if (!current) return void response.setHeader('Vary', 'Accept-Encoding')
  if (/(?:^|,)\s*(?:\*|accept-encoding)\s*(?:,|$)/i.test(current)) return
  response.setHeader('Vary', `${current}, Accept-Encoding`)
}

/** @param {Response} response */
function isCompressible(response) {
  const type = response.getHeader('content-type')
  return typeof type === 'string' && COMPRESSIBLE.test(type)
}

/**
 * Whether the response's representation may be gzipped here, whatever its size: a
 * compressible type, a status with a whole body, not encoded or ranged, not `no-transform`.
 * @param {Response} response
 */
function mayVary(response) {
  const status = response.statusCode
  if (status < 200 || status === 204 || status === 206 || status === 304 || !isCompressible(response)) return false
  if (response.hasHeader('content-encoding') || response.hasHeader('content-range')) return false
  const cacheControl = response.getHeader('cache-control')
  return !(typeof cacheControl === 'string' && /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(cacheControl))
}

/** A body known to be too small to gain from gzip. @param {Response} response */
function isSmall(response) {
  if (!response.hasHeader('content-length')) return false
  const length = Number(response.getHeader('content-length'))
  return Number.isFinite(length) && length < COMPRESS_MIN_BYTES
}

/**
 * The key a response's gzipped body is kept under, when its ETag is strong: the address, the
 * ETag (a strong ETag names the bytes of one resource's representation, not of another's) and
 * the content type.
 * @param {string} url
 * @param {Response} response
 */
function keyOf(url, response) {
  const etag = response.getHeader('etag')
  if (typeof etag !== 'string' || etag.startsWith('W/')) return undefined
  // A cached page's headers (its ETag among them) go with its HTML and with its RSC payload alike.
  return `${url}\n${etag}\n${String(response.getHeader('content-type'))}`
}

/** @param {unknown} chunk @param {unknown} encoding */
function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null) return undefined
  if (typeof chunk === 'string') return Buffer.from(chunk, /** @type {BufferEncoding} */ (encoding || 'utf8'))
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  return undefined
}

/** @param {unknown[]} args a write's or end's arguments after the chunk */
function callbackOf(args) {
  const callback = args.find((arg) => typeof arg === 'function')
  return /** @type {((error?: Error | null) => void) | undefined} */ (callback)
}

/**
 * Puts compression and conditional answers on one response. Call before the app writes
 * anything; `writeHead` is the edge's own hook (it receives the final status and headers),
 * which this wraps.
 * @param {Request} request
 * @param {Response} response
 */
export function compressResponse(request, response) {
  const method = request.method ?? 'GET'
  const conditional =
    (method === 'GET' || method === 'HEAD') &&
    (request.headers['if-none-match'] !== undefined || request.headers['if-modified-since'] !== undefined)
  const wantsGzip = acceptsGzip(request.headers['accept-encoding'])
  // Next rewrites request.url while it routes; the key is the address the client asked for.
  const url = request.url ?? '/'
  // The hooks are own properties of this one response (the edge's way: see request-edge.mjs).
  const res = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (response))
  const protoWrite = /** @type {WriteLike} */ (Object.getPrototypeOf(response).write)
  const protoEnd = /** @type {WriteLike} */ (Object.getPrototypeOf(response).end)
  const writeHead = /** @type {(...args: unknown[]) => Response} */ (response.writeHead)

  /** @type {'identity' | 'kept' | 'stream' | 'empty' | undefined} */
  let mode
  /** @type {KeptBody | undefined} */
  let keptBody
  /** @type {zlib.Gzip | undefined} */
  let gzip
  /** @type {string | undefined} */
  let key
  /** @type {Buffer[] | undefined} */
  let teeGzip
  let identityBytes = 0

  /** Decides once, with the headers as they are just before the head is sent. */
  function decide() {
    if (mode) return mode
    mode = 'identity'
    const variable = mayVary(response)
    const small = isSmall(response)
    if (response.statusCode === 200 && conditional && notModified(request, response)) {
      // The headers the 200 would have carried, without those of its body (RFC 9110 15.4.5).
      response.statusCode = 304
      for (const name of ['content-length', 'content-type', 'transfer-encoding']) response.removeHeader(name)
      if (variable) varyOnAcceptEncoding(response)
      if (variable && wantsGzip && !small) weakenEtag(response)
      return (mode = 'empty')
    }
    if (!variable) return mode
    varyOnAcceptEncoding(response)
    if (!wantsGzip || small) return mode
    key = keyOf(url, response)
    keptBody = key ? kept.get(key) : undefined
    weakenEtag(response)
    response.setHeader('Content-Encoding', 'gzip')
    if (keptBody) {
      response.setHeader('Content-Length', keptBody.gzip.length)
      return (mode = 'kept')
    }
    response.removeHeader('content-length')
    if (method === 'HEAD') return (mode = 'empty')
    gzip = zlib.createGzip()
    teeGzip = key ? [] : undefined
    gzip.on('data', (chunk) => {
      teeGzip?.push(chunk)
      if (!protoWrite.call(response, chunk)) gzip?.pause()
    })
    response.on('drain', () => gzip?.resume())
    // A writer that saw `false` from write() waits for the response's drain.
    gzip.on('drain', () => response.emit('drain'))
    // A failed stream (a write after the end, say) ends this response, never the process.
    gzip.on('error', () => response.destroy())
    response.on('close', () => {
      if (!response.writableFinished) gzip?.destroy()
    })
    return (mode = 'stream')
  }

  /** @param {Response} target */
  function weakenEtag(target) {
    const etag = target.getHeader('etag')
    if (typeof etag === 'string' && !etag.startsWith('W/')) target.setHeader('ETag', `W/${etag}`)
  }

  res.writeHead = function writeHeadAtEdge(/** @type {unknown[]} */ ...args) {
    if (!mode) {
      const [status, ...rest] = args
      response.statusCode = /** @type {number} */ (status)
      if (typeof rest[0] === 'string') response.statusMessage = String(rest.shift())
      setGivenHeaders(response, rest[0])
      decide()
      return writeHead.call(response, response.statusCode)
    }
    return writeHead.apply(response, args)
  }

  /** @param {unknown} chunk @param {unknown[]} rest */
  res.write = function writeAtEdge(chunk, ...rest) {
    if (!response.headersSent) decide()
    if (mode === 'identity' || mode === undefined) return protoWrite.call(response, chunk, ...rest)
    const body = toBuffer(chunk, typeof rest[0] === 'string' ? rest[0] : undefined)
    identityBytes += body?.length ?? 0
    if (identityBytes > MAX_KEPT_BODY_BYTES) teeGzip = undefined
    if (mode === 'stream' && body && gzip) return gzip.write(body, callbackOf(rest))
    // Kept or bodiless: the bytes are already known (or none are sent).
    const callback = callbackOf(rest)
    if (callback) process.nextTick(callback)
    return true
  }

  /** @param {unknown} chunk @param {unknown[]} rest */
  res.end = function endAtEdge(chunk, ...rest) {
    if (typeof chunk === 'function') return endAtEdge(undefined, chunk)
    if (!response.headersSent) decide()
    const callback = callbackOf(rest)
    if (mode === 'identity' || mode === undefined) return protoEnd.call(response, chunk, ...rest)
    const body = toBuffer(chunk, typeof rest[0] === 'string' ? rest[0] : undefined)
    identityBytes += body?.length ?? 0
    if (mode === 'kept' && keptBody) {
      protoEnd.call(response, keptBody.gzip, callback)
      return response
    }
    if (mode !== 'stream' || !gzip) {
      protoEnd.call(response, callback)
      return response
    }
    const stream = gzip
    stream.once('end', () => {
      if (key && teeGzip && identityBytes <= MAX_KEPT_BODY_BYTES && response.statusCode === 200)
        kept.set(key, { gzip: Buffer.concat(teeGzip), identityBytes })
      teeGzip = undefined
      protoEnd.call(response, callback)
    })
    if (body) stream.end(body)
    else stream.end()
    return response
  }

  // Next flushes after each chunk of a streamed render when the response can (`res.flush`).
  res.flush = function flushAtEdge() {
    if (mode === 'stream') gzip?.flush(zlib.constants.Z_SYNC_FLUSH)
  }
}
