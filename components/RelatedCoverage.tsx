import Link from 'next/link'

import type { ArticleSummary, ArticleView } from '@/lib/content'
import { formatDate } from '@/lib/format-date'

interface Props {
  related: ArticleSummary[]
  external: ArticleView['externalCoverage']
}

/** Where a story leads on: our related articles, then other outlets' reports. */
export function RelatedCoverage({ related, external }: Props) {
  if (related.length === 0 && !external?.length) return null
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related coverage</h2>
      {related.length > 0 ? (
        <ul className="related-internal">
          {related.map((item) => (
            <li key={item.id}>
              <Link href={`/articles/${item.slug}`}>{item.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {external?.length ? (
        <>
          <h3>Elsewhere</h3>
          <ul className="related-external">
            {external.map((link) => (
              <li key={link.id ?? link.url}>
                <span className="outlet">{link.outlet}</span>:{' '}
                <a href={link.url} rel="external noopener noreferrer">
                  {link.title}
                </a>
                {link.publishedAt ? (
                  <>
                    {' '}
                    <time dateTime={link.publishedAt}>{formatDate(link.publishedAt)}</time>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
