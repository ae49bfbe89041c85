import type { Metadata } from 'next'

import { SectionArchive } from '@/components/SectionArchive'
import { getAuthor } from '@/lib/content'
import { archiveMetadata } from '@/lib/seo/alternates'
import { MissingPage } from '@/components/MissingPage'
import { NOT_FOUND_METADATA } from '@/lib/seo/not-found-metadata'

export const dynamicParams = true
// Served from cache until a change expires its tags; the hour is only a safety net.
export const revalidate = 3600

export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ slug: string; page?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const author = await getAuthor(slug)
  return author
    ? archiveMetadata({ path: `/authors/${author.slug}`, name: author.name }, page, author.bio)
    : NOT_FOUND_METADATA
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params
  const author = await getAuthor(slug)
  if (!author) return <MissingPage />
  return (
    <SectionArchive
      base={`/authors/${author.slug}`}
      filter={{ field: 'authors', id: author.id }}
      segments={page}
      kicker="Author"
      heading={author.name}
      intro={author.bio ? <p className="standfirst">{author.bio}</p> : null}
    />
  )
}
