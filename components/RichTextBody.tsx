import { RichText } from '@payloadcms/richtext-lexical/react'

import type { ArticleView } from '@/lib/content/articles'

/** Renders stored Lexical JSON through Payload's JSX converters: editor HTML is never injected. */
export function RichTextBody({ data }: { data: ArticleView['body'] }) {
  if (!data) return null
  return <RichText className="body" data={data} />
}
