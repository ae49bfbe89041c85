// @ts-check
/** Used by the server edge's writeHead hooks (plain JavaScript: they run before any loader). */

/**
 * Headers given to writeHead win over those set before it. Same forms as Node's writeHead: an
 * object, a flat [name, value, …] list or a list of pairs.
 * @param {import('node:http').ServerResponse} response
 * @param {unknown} headers
 */
export function setGivenHeaders(response, headers) {
  if (Array.isArray(headers)) {
    const pairs = Array.isArray(headers[0])
      ? headers
      : Array.from({ length: headers.length / 2 }, (_, i) => [headers[2 * i], headers[2 * i + 1]])
    for (const [name, value] of pairs) response.appendHeader(String(name), value)
  } else if (headers && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value)
  }
}
