import Link from 'next/link'

import type { ArticleSummary } from '@/lib/content'

import { DateTime } from './DateTime'

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return <p className="empty">Nothing published yet.</p>
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <article>
            <h2>
              <Link href={`/articles/${article.slug}`}>{article.title}</Link>
            </h2>
            {article.standfirst ? <p className="standfirst">{article.standfirst}</p> : null}
            {article.publishedAt ? <DateTime iso={article.publishedAt} /> : null}
          </article>
        </li>
      ))}
    </ol>
  )
}
