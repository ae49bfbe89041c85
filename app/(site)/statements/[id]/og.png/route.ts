import { getStatement } from '@/lib/content'
import { parseDocumentId } from '@/lib/paging'
import { ogImageResponse, ogNotFound } from '@/lib/og/response'

export const dynamicParams = true
// Drawn on first request and kept until the statement's tags expire; the hour is a safety net.
export const revalidate = 3600

export function generateStaticParams(): { id: string }[] {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = parseDocumentId((await params).id)
  const statement = id ? await getStatement(id) : null
  if (!statement?.quote) return ogNotFound()
  const speaker = statement.speakerRef
  return ogImageResponse({
    kicker: 'Statement',
    title: statement.quote,
    // A paraphrase is the reporter's wording, so it is never set in quotation marks.
    quoted: !statement.paraphrase,
    footer: speaker ? `— ${speaker.name}` : null,
  })
}
