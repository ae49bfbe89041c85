import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The static limit: the same bytes a page answered with, served from memory by a bare Node
 * HTTP server. Reader pages are compared against it.
 */
export async function serveStatic(
  pages: Map<string, { body: Buffer; contentType: string }>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const page = pages.get(request.url ?? '')
    if (!page) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': page.contentType, 'content-length': page.body.length }).end(page.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
