import { plainText } from '../http/responses'
import { renderOgCard, type OgCard } from './card'

/** A card as an image response; the route's cache keeps it until its document changes. */
export async function ogImageResponse(card: OgCard): Promise<Response> {
  const png = await renderOgCard(card)
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length) } })
}

export function ogNotFound(): Response {
  return plainText('Not found', 404)
}
