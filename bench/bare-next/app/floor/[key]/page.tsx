import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Next's floor for an uncached page (issue 17, item 3): a page cached like the site's reader
 * pages (ISR, rendered on its first request) that reads nothing and renders a tree of plain
 * elements as large as a page the site served — the key's first two parts (`<surface>-<n>`,
 * bench/same-bytes.ts) name that page in the bench's bytes folder, and anything after them
 * makes the address new, so every request is a render.
 * What Next itself costs to render, store and send a page of that size, with nothing of ours.
 */
export const revalidate = 3600
export const dynamicParams = true

export function generateStaticParams(): { key: string }[] {
  return []
}

const PARAGRAPH =
  'Leaders gathered for a summit at which trade corridors, energy supply and security arrangements ' +
  'dominated the agenda, officials said, as delegations worked through the night on a declaration. '

/** The size of the stored page's HTML, in characters. */
async function storedLength(key: string): Promise<number> {
  const html = await readFile(path.join(process.cwd(), 'bytes', key), 'utf8').catch(() => '')
  return html.length
}

export default async function FloorPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params
  const stored = key.split('-').slice(0, 2).join('-')
  // Each paragraph renders about 260 characters with its link and wrapper.
  const paragraphs = Math.max(1, Math.round((await storedLength(stored)) / 260))
  return (
    <main>
      <article>
        <h1>Floor {key}</h1>
        {Array.from({ length: paragraphs }, (_, i) => (
          <p key={i}>
            {PARAGRAPH}
            <a href={`/topics/t${i}`}>topic {i}</a>
          </p>
        ))}
      </article>
    </main>
  )
}
