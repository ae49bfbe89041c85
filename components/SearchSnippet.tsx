import { Fragment } from 'react'

import { MATCH_END, MATCH_START } from '@/lib/content'

/** Renders a snippet's matches as <mark>; the text stays text (React escapes it), never HTML. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.split(MATCH_START)
  return (
    <p className="snippet">
      {parts.map((part, index) => {
        if (index === 0) return part
        const [matched, rest] = part.split(MATCH_END, 2)
        return (
          <Fragment key={index}>
            <mark>{matched}</mark>
            {rest}
          </Fragment>
        )
      })}
    </p>
  )
}
