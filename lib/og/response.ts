import { plainText } from '../http/responses'
import { renderOgCard, type OgCard } from './card'

/** An image as a response; the route's cache keeps it until what it shows changes. */
export function imageResponse(image: Buffer, contentType: 'image/png' | 'image/jpeg'): Response {
  return new Response(new Uint8Array(image), {
    headers: { 'Content-Type': contentType, 'Content-Length': String(image.length) },
  })
}

/** A card as an image response; the route's cache keeps it until its document changes. */
export async function ogImageResponse(card: OgCard): Promise<Response> {
  return imageResponse(await renderOgCard(card), 'image/png')
}

export function ogNotFound(): Response {
  return plainText('Not found', 404)
}
