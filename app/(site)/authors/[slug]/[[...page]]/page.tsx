import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SectionArchive } from '@/components/SectionArchive'
import { getAuthor } from '@/lib/content/sections'
import { archiveMetadata } from '@/lib/seo/alternates'

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
  return author ? archiveMetadata({ path: `/authors/${author.slug}`, name: author.name }, page, author.bio) : {}
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params
  const author = await getAuthor(slug)
  if (!author) notFound()
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
