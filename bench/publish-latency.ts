import { logIn, publishStory } from './publish-story'

export interface PublishLatency {
  pageMs: number
  homeMs: number
  feedMs: number
}

const POLL_MS = 20
const GIVE_UP_MS = 15_000

/** Milliseconds from `start` until `url` answers 200 with `text` in its body (polled). */
async function visibleAfter(start: number, url: string, text: string): Promise<number> {
  while (performance.now() - start < GIVE_UP_MS) {
    const response = await fetch(url)
    if (response.ok && (await response.text()).includes(text)) return Math.round(performance.now() - start)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  throw new Error(`${url} did not show "${text}" within ${GIVE_UP_MS / 1000} s of the publish`)
}

/**
 * Publishes a new story through the REST API as an editor would, then times how long after
 * the publish response it shows on its own page, the home page and the feed, read through
 * `readOrigin` (the app itself, or nginx in front of it).
 */
export async function measurePublish(
  apiOrigin: string,
  readOrigin: string,
  admin: { email: string; password: string },
  label: string,
): Promise<PublishLatency> {
  const token = await logIn(apiOrigin, admin)
  const title = `Bench publish ${label} ${Date.now().toString(36)}`
  const { slug, at } = await publishStory(apiOrigin, token, title)
  const [pageMs, homeMs, feedMs] = await Promise.all([
    visibleAfter(at, `${readOrigin}/articles/${slug}`, title),
    visibleAfter(at, `${readOrigin}/`, title),
    visibleAfter(at, `${readOrigin}/feed.xml`, title),
  ])
  return { pageMs, homeMs, feedMs }
}
