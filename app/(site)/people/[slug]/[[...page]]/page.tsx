import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd'
import { SectionArchive } from '@/components/SectionArchive'
import { getPerson } from '@/lib/content/sections'
import { siteUrl } from '@/lib/server/env'
import { personJsonLd } from '@/lib/seo/json-ld'

export const dynamicParams = true
// Served from cache until a change expires its tags; the hour is only a safety net.
export const revalidate = 3600

export function generateStaticParams(): { slug: string }[] {
  return []
}

type Props = { params: Promise<{ slug: string; page?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await getPerson((await params).slug)
  return person ? { title: person.name, alternates: { canonical: `/people/${person.slug}` } } : {}
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params
  const person = await getPerson(slug)
  if (!person) notFound()
  return (
    <>
      <JsonLd data={personJsonLd(person, siteUrl())} />
      <SectionArchive
      base={`/people/${person.slug}`}
      filter={{ field: 'people', id: person.id }}
      segments={page}
      kicker="Person"
      heading={person.name}
      intro={<p className="standfirst">{[person.role, person.country].filter(Boolean).join(", ")}</p>}
      />
    </>
  )
}
