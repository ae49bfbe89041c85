import { renderPublisherLogo } from '@/lib/og/publisher-logo'

// Drawn once at build (no data involved) and served as a static file.
export const dynamic = 'force-static'

/** The publisher logo the articles' structured data names (lib/seo/json-ld.ts). */
export async function GET(): Promise<Response> {
  const png = await renderPublisherLogo()
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' },
  })
}
