import type { Metadata } from 'next'

import { SectionArchive } from '@/components/SectionArchive'
import { getTopic, redirectFromOldSlug } from '@/lib/content'
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
  const topic = await getTopic(slug)
  return topic
    ? archiveMetadata({ path: `/topics/${topic.slug}`, name: topic.name }, page, topic.description)
    : NOT_FOUND_METADATA
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params
  const topic = await getTopic(slug)
  if (!topic) {
    await redirectFromOldSlug('topics', slug, (current) => [`/topics/${current}`, ...(page ?? [])].join('/'))
    return <MissingPage />
  }
  return (
    <SectionArchive
      base={`/topics/${topic.slug}`}
      filter={{ field: 'topics', id: topic.id }}
      segments={page}
      kicker="Topic"
      heading={topic.name}
      intro={topic.description ? <p className="standfirst">{topic.description}</p> : null}
    />
  )
}
