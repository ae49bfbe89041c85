import { articleSlug, type ArchiveSizes } from './archive-sizes'
import { findBySlug } from './expire-tags'
import { logIn, publishStory } from './publish-story'
import { percent } from './stats'
import { prng } from './vocabulary'

/**
 * Retention (issue 17, item 1): warm a fixed random sample of article pages, publish a story
 * that shares a summit, two topics and two people with existing ones, then ask for the sample
 * again: the share still answered from the cache (x-nextjs-cache HIT, or STALE within the
 * bound) must be at least 99 %.
 */
export const RETENTION_SAMPLE = 1_000
/** The exact part of a publish lands within a second; the sample is read after it. */
const AFTER_PUBLISH_MS = 1_000
const CONCURRENCY = 2
const LISTED_MISSES = 100

/** `count` distinct article slugs drawn with a fixed seed from the whole archive. */
export function sampleArticleSlugs(sizes: ArchiveSizes, count = RETENTION_SAMPLE, seed = 1_000_017): string[] {
  const random = prng(seed)
  const chosen = new Set<number>()
  const wanted = Math.min(count, sizes.articles)
  while (chosen.size < wanted) chosen.add(Math.floor(random() * sizes.articles))
  return [...chosen].map(articleSlug)
}

/** Each path's x-nextjs-cache header (or its status when it failed), asked `CONCURRENCY` at a time. */
async function cacheStates(origin: string, paths: string[]): Promise<string[]> {
  const states: string[] = new Array<string>(paths.length)
  let next = 0
  const worker = async () => {
    for (let index = next++; index < paths.length; index = next++) {
      const response = await fetch(`${origin}${paths[index]}`)
      await response.arrayBuffer()
      states[index] = response.ok ? (response.headers.get('x-nextjs-cache') ?? 'none') : `status ${response.status}`
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return states
}

const count = (states: string[]) =>
  states.reduce<Record<string, number>>((counts, state) => ({ ...counts, [state]: (counts[state] ?? 0) + 1 }), {})

const ids = (value: unknown) => [value].flat().filter((id): id is number => typeof id === 'number')

export interface RetentionResult {
  sample: number
  /** What the second pass of the warm-up found (HIT everywhere unless the cache evicted some). */
  beforePublish: Record<string, number>
  afterPublish: Record<string, number>
  /** HIT or STALE after the publish, as a percentage of the sample. */
  cachedPercent: number
  published: { slug: string; shares: { event: number; topics: number[]; people: number[] }; sharedWith: string }
  /** Pages not answered from the cache after the publish (at most LISTED_MISSES listed). */
  missed: { path: string; cache: string }[]
  warmSeconds: number
}

export async function measureRetention(
  origin: string,
  sizes: ArchiveSizes,
  admin: { email: string; password: string },
): Promise<RetentionResult> {
  const paths = sampleArticleSlugs(sizes).map((slug) => `/articles/${slug}`)
  const started = performance.now()
  await cacheStates(origin, paths)
  const warmSeconds = Math.round((performance.now() - started) / 100) / 10
  const before = await cacheStates(origin, paths)

  // A story to share with: the first of the sample with a summit, two topics and two people.
  let shares: RetentionResult['published']['shares'] | undefined
  let sharedWith = ''
  for (const path of paths) {
    const doc = await findBySlug(origin, 'articles', path.replace('/articles/', ''))
    const [event] = ids(doc.event)
    const topics = ids(doc.topics)
    const people = ids(doc.people)
    if (event !== undefined && topics.length >= 2 && people.length >= 2) {
      shares = { event, topics: topics.slice(0, 2), people: people.slice(0, 2) }
      sharedWith = path
      break
    }
  }
  if (!shares) throw new Error('no story in the sample has a summit, two topics and two people to share')
  const token = await logIn(origin, admin)
  const { slug } = await publishStory(origin, token, `Bench retention ${Date.now().toString(36)}`, shares)
  await new Promise((resolve) => setTimeout(resolve, AFTER_PUBLISH_MS))
  const after = await cacheStates(origin, paths)
  const cached = after.filter((state) => state === 'HIT' || state === 'STALE').length
  const missed = paths
    .map((path, index) => ({ path, cache: after[index]! }))
    .filter((page) => page.cache !== 'HIT' && page.cache !== 'STALE')
  const result = {
    sample: paths.length,
    beforePublish: count(before),
    afterPublish: count(after),
    cachedPercent: percent(cached, paths.length),
    published: { slug, shares, sharedWith },
    missed: missed.slice(0, LISTED_MISSES),
    warmSeconds,
  }
  console.log(
    `retention: ${result.cachedPercent} % of ${paths.length} from cache after the publish`,
    result.afterPublish,
  )
  return result
}
