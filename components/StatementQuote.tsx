import Link from 'next/link'

import type { Reference, StatementView } from '@/lib/content'

/**
 * A verbatim quote is shown in quotation marks; a report's paraphrase never is, and says so,
 * so no reader mistakes reported speech for someone's exact words.
 */
export function StatementQuote({
  statement,
  speaker,
  link = false,
}: {
  statement: StatementView
  speaker: Reference | null
  link?: boolean
}) {
  const name = speaker ? <Link href={`/people/${speaker.slug}`}>{speaker.name}</Link> : 'Unknown speaker'
  const words = link ? <Link href={`/statements/${statement.id}`}>{statement.quote}</Link> : statement.quote
  if (statement.paraphrase) {
    return (
      <figure className="statement paraphrase">
        <p>{words}</p>
        <figcaption>
          {name}, as reported <span className="label">(paraphrase, not a direct quote)</span>
        </figcaption>
      </figure>
    )
  }
  return (
    <figure className="statement">
      <blockquote>
        <p>“{words}”</p>
      </blockquote>
      <figcaption>— {name}</figcaption>
    </figure>
  )
}
