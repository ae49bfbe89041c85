import { renderSiteIcon } from '@/lib/og/site-icon'

// Drawn once at build (no data involved) and served as a static file.
export const dynamic = 'force-static'

export async function GET(): Promise<Response> {
  const png = await renderSiteIcon(512)
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' },
  })
}
