import { serializeJsonLd } from '@/lib/seo/json-ld'

/** Structured data for search engines; the serializer makes it safe to inline. */
export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
