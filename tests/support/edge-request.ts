import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'
import https from 'node:https'

export interface EdgeResponse {
  status: number
  headers: IncomingHttpHeaders
  /** The bytes as sent: not decompressed. */
  body: Buffer
  text: string
}

export interface EdgeRequestOptions {
  method?: string
  /** An array sends one header line per value (e.g. two Cookie lines). */
  headers?: OutgoingHttpHeaders
  /**
   * The client's source address. Linux routes all of 127/8 to loopback, so 127.0.0.2 is
   * "another machine" to an ACL while staying on this one.
   */
  localAddress?: string
  /** For https: the CA to trust (the tests' self-signed certificate). */
  ca?: string
}

/**
 * One request over a fresh connection with exactly the given headers (fetch would add its own
 * Accept-Encoding and decompress the answer), from a chosen source address, over http or https.
 */
export function edgeRequest(url: string, options: EdgeRequestOptions = {}): Promise<EdgeResponse> {
  const secure = url.startsWith('https:')
  const send = secure ? https.request : http.request
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.localAddress,
        agent: false,
        ...(secure ? { ca: options.ca, servername: 'localhost' } : {}),
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const body = Buffer.concat(chunks)
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text: body.toString('utf8') })
        })
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end()
  })
}
