import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { SectionArchive } from '@/components/SectionArchive'
import { StatementQuote } from '@/components/StatementQuote'
import { getPerson, listStatementsBySpeaker, redirectFromOldSlug } from '@/lib/content'
import { archiveMetadata } from '@/lib/seo/alternates'
import { siteUrl } from '@/lib/server/env'
import { personJsonLd } from '@/lib/seo/json-ld'
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
  const person = await getPerson(slug)
  return person
    ? archiveMetadata({ path: `/people/${person.slug}`, name: person.name }, page, person.role)
    : NOT_FOUND_METADATA
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params
  const person = await getPerson(slug)
  if (!person) {
    await redirectFromOldSlug('people', slug, (current) => [`/people/${current}`, ...(page ?? [])].join('/'))
    return <MissingPage />
  }
  const statements = page?.length ? [] : await listStatementsBySpeaker(person.id, 5)
  const speaker = { id: person.id, name: person.name, slug: person.slug ?? slug }
  return (
    <>
      <JsonLd data={personJsonLd(person, siteUrl())} />
      <SectionArchive
        base={`/people/${person.slug}`}
        filter={{ field: 'people', id: person.id }}
        segments={page}
        kicker="Person"
        heading={person.name}
        intro={
          <>
            <p className="standfirst">{[person.role, person.country].filter(Boolean).join(', ')}</p>
            {person.bio ? <p>{person.bio}</p> : null}
            {statements.length > 0 ? (
              <section aria-labelledby="said-heading">
                <h2 id="said-heading">What {person.name} said</h2>
                <ul className="statement-list">
                  {statements.map((statement) => (
                    <li key={statement.id}>
                      <StatementQuote statement={statement} speaker={speaker} link />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        }
      />
    </>
  )
}
