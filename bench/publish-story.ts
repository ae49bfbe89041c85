/** Publishing as an editor does: through the REST API, logged in. */

export async function logIn(origin: string, admin: { email: string; password: string }): Promise<string> {
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  })
  if (!login.ok) throw new Error(`login answered ${login.status}`)
  return ((await login.json()) as { token: string }).token
}

export interface Published {
  slug: string
  /** performance.now() when the publish response arrived. */
  at: number
}

/** Publishes a new story with `fields` (relationships by id) and resolves once the API has answered. */
export async function publishStory(
  origin: string,
  token: string,
  title: string,
  fields: Record<string, unknown> = {},
): Promise<Published> {
  const created = await fetch(`${origin}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({
      title,
      standfirst: 'Published by the benchmark.',
      publishedAt: new Date().toISOString(),
      _status: 'published',
      ...fields,
    }),
  })
  const at = performance.now()
  if (!created.ok) throw new Error(`publishing answered ${created.status}: ${await created.text()}`)
  const { doc } = (await created.json()) as { doc: { slug: string } }
  return { slug: doc.slug, at }
}
