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
  const login = await fetch(`${apiOrigin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  })
  if (!login.ok) throw new Error(`login answered ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  const title = `Bench publish ${label} ${Date.now().toString(36)}`
  const created = await fetch(`${apiOrigin}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({
      title,
      standfirst: 'Published by the benchmark.',
      publishedAt: new Date().toISOString(),
      _status: 'published',
    }),
  })
  const start = performance.now()
  if (!created.ok) throw new Error(`publishing answered ${created.status}: ${await created.text()}`)
  const { doc } = (await created.json()) as { doc: { slug: string } }
  const [pageMs, homeMs, feedMs] = await Promise.all([
    visibleAfter(start, `${readOrigin}/articles/${doc.slug}`, title),
    visibleAfter(start, `${readOrigin}/`, title),
    visibleAfter(start, `${readOrigin}/feed.xml`, title),
  ])
  return { pageMs, homeMs, feedMs }
}
