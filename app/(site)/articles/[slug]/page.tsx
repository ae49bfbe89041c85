import type { Metadata } from 'next'
import Link from 'next/link'

import { Byline } from '@/components/Byline'
import { Corrections } from '@/components/Corrections'
import { DateTime } from '@/components/DateTime'
import { JsonLd } from '@/components/JsonLd'
import { MissingPage } from '@/components/MissingPage'
import { PeopleList } from '@/components/PeopleList'
import { RelatedCoverage } from '@/components/RelatedCoverage'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichTextBody } from '@/components/RichTextBody'
import { TopicList } from '@/components/TopicList'
import { PreviewBanner } from '@/components/PreviewBanner'
import { articleForPage, getRelatedArticles, redirectFromOldSlug } from '@/lib/content'
import { ogImage } from '@/lib/og/metadata'
import { pageAlternates } from '@/lib/seo/alternates'
import { siteUrl } from '@/lib/server/env'
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld'
import { NOT_FOUND_METADATA } from '@/lib/seo/not-found-metadata'

export const dynamicParams = true
// Served from cache until a publish expires its tags; the hour is only a safety net.
export const revalidate = 3600

export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await articleForPage((await params).slug)
  if (!article) return NOT_FOUND_METADATA
  // The SEO group lets an editor word the search-result title and summary apart from the
  // headline and standfirst; shares keep the headline.
  const description = article.seo?.description || article.standfirst || undefined
  // The version in the query makes social networks fetch a new card after an edit.
  const images = [
    ogImage(`/articles/${article.slug}/og.png?v=${Date.parse(article.modifiedAt ?? article.updatedAt)}`, article.title),
  ]
  return {
    title: article.seo?.title || article.title,
    description,
    alternates: pageAlternates(`/articles/${article.slug}`),
    openGraph: {
      type: 'article',
      title: article.title,
      description,
      url: `/articles/${article.slug}`,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.modifiedAt ?? article.publishedAt ?? undefined,
      authors: article.references.authors.map((author) => `/authors/${author.slug}`),
      tags: article.references.topics.map((topic) => topic.name),
      images,
    },
    twitter: { card: 'summary_large_image', title: article.title, description, images },
  }
}

export default async function ArticlePage({ params }: Props) {
  const { article, preview } = await articleForPage((await params).slug)
  if (!article) {
    await redirectFromOldSlug('articles', (await params).slug, (current) => `/articles/${current}`)
    return <MissingPage />
  }
  const related = await getRelatedArticles(article)
  const updated = article.modifiedAt && article.modifiedAt !== article.publishedAt ? article.modifiedAt : null

  return (
    <article className="article">
      {preview ? <PreviewBanner path={`/articles/${article.slug}`} /> : null}
      <JsonLd
        data={[
          newsArticleJsonLd(article, siteUrl()),
          breadcrumbJsonLd(
            [
              ...(article.references.topics[0]
                ? [{ name: article.references.topics[0].name, path: `/topics/${article.references.topics[0].slug}` }]
                : []),
              { name: article.title, path: `/articles/${article.slug}` },
            ],
            siteUrl(),
          ),
        ]}
      />
      <TopicList topics={article.references.topics} />
      <h1>{article.title}</h1>
      {article.standfirst ? <p className="standfirst">{article.standfirst}</p> : null}
      <Byline authors={article.references.authors} />
      {article.references.events[0] ? (
        <p className="event-link">
          Part of our coverage of{' '}
          <Link href={`/events/${article.references.events[0].slug}`}>{article.references.events[0].name}</Link>
        </p>
      ) : null}
      <p className="dateline-times">
        {article.dateline ? <span className="dateline">{article.dateline}</span> : null}
        {article.publishedAt ? <DateTime iso={article.publishedAt} prefix="Published" /> : null}
        {updated ? <DateTime iso={updated} prefix="Updated" /> : null}
      </p>
      {article.hero ? <ResponsiveImage image={article.hero} sizes="(min-width: 46rem) 44rem, 100vw" priority /> : null}
      <RichTextBody data={article.body} embeds={article.embeds} />
      <Corrections corrections={article.corrections} />
      <PeopleList people={article.references.people} />
      <RelatedCoverage related={related} external={article.externalCoverage} />
    </article>
  )
}
