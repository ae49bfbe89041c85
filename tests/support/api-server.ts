import http from 'node:http'
import type { AddressInfo } from 'node:net'

import * as graphqlRoute from '../../app/(payload)/api/graphql/route'
import * as restRoute from '../../app/(payload)/api/[...slug]/route'

type RestMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/**
 * The app's own REST and GraphQL route handlers (app/(payload)/api), served over real HTTP
 * from the test process, against the test database: no Next build needed.
 */
export async function startApiServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host}`)
      const method = (incoming.method ?? 'GET').toUpperCase()
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers))
        if (typeof value === 'string') headers.set(name, value)
      const request = new Request(url, {
        method,
        headers,
        body: ['GET', 'HEAD'].includes(method) ? undefined : Buffer.concat(chunks),
      })

      let response: Response
      if (url.pathname === '/api/graphql' && method === 'POST') {
        response = await graphqlRoute.POST(request)
      } else if (url.pathname.startsWith('/api/') && method in restRoute) {
        const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean)
        response = await restRoute[method as RestMethod](request, { params: Promise.resolve({ slug }) })
      } else {
        response = new Response('not found', { status: 404 })
      }
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.writeHead(500)
      outgoing.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
