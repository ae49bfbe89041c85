import type { ArticleView } from '@/lib/content'

import { DateTime } from './DateTime'

export function Corrections({ corrections }: { corrections: ArticleView['corrections'] }) {
  if (!corrections?.length) return null
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections</h2>
      <ul>
        {corrections.map((correction) => (
          <li key={correction.id ?? correction.date}>
            <DateTime iso={correction.date} />: {correction.text}
          </li>
        ))}
      </ul>
    </section>
  )
}
