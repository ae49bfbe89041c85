import type { CollectionSlug, Payload } from 'payload'

import type { Actor } from './actors'

/**
 * One way of reaching Payload — the Local API with access control on, REST over HTTP, or
 * GraphQL over HTTP — with the operations the access matrix tries. Operations never throw:
 * a refusal is an expected outcome, and the matrix checks what actually happened in the
 * database afterwards.
 */
export interface Channel {
  name: 'local' | 'rest' | 'graphql'
  /** Whether the actor can see the document (drafts included when `draft`). */
  canRead(actor: Actor, collection: CollectionSlug, id: number, options: { draft: boolean }): Promise<boolean>
  create(actor: Actor, collection: CollectionSlug, data: Record<string, unknown>): Promise<void>
  update(actor: Actor, collection: CollectionSlug, id: number, data: Record<string, unknown>): Promise<void>
  remove(actor: Actor, collection: CollectionSlug, id: number): Promise<void>
  restoreVersion(actor: Actor, collection: CollectionSlug, versionId: number | string): Promise<void>
  /** `data` is what GraphQL's duplicate mutation requires: the copy's required fields. */
  duplicate(actor: Actor, collection: CollectionSlug, id: number, data: Record<string, unknown>): Promise<void>
  /** Bulk update by `where`; undefined where the channel has none (GraphQL). */
  bulkUpdate?(actor: Actor, collection: CollectionSlug, ids: number[], data: Record<string, unknown>): Promise<void>
}

const swallow = async (operation: () => Promise<unknown>) => {
  try {
    await operation()
  } catch {
    // Refused: the matrix judges by the database, not by the error.
  }
}

export function localChannel(payload: Payload): Channel {
  const as = (actor: Actor) => ({ overrideAccess: false, user: actor.user ?? null, depth: 0 }) as const
  return {
    name: 'local',
    async canRead(actor, collection, id, { draft }) {
      const found = await payload
        .find({ collection, where: { id: { equals: id } }, draft, ...as(actor) })
        .catch(() => null)
      return (found?.docs.length ?? 0) > 0
    },
    create: (actor, collection, data) =>
      swallow(() => payload.create({ collection, data, draft: data._status === 'draft', ...as(actor) })),
    update: (actor, collection, id, data) => swallow(() => payload.update({ collection, id, data, ...as(actor) })),
    remove: (actor, collection, id) => swallow(() => payload.delete({ collection, id, ...as(actor) })),
    restoreVersion: (actor, collection, versionId) =>
      swallow(() => payload.restoreVersion({ collection, id: String(versionId), ...as(actor) })),
    duplicate: (actor, collection, id) => swallow(() => payload.duplicate({ collection, id, ...as(actor) })),
    bulkUpdate: (actor, collection, ids, data) =>
      swallow(() => payload.update({ collection, where: { id: { in: ids } }, data, ...as(actor) })),
  }
}

function authHeaders(actor: Actor): Record<string, string> {
  return actor.token ? { authorization: `JWT ${actor.token}` } : {}
}

export function restChannel(baseUrl: string): Channel {
  const send = (actor: Actor, method: string, path: string, body?: unknown) =>
    fetch(`${baseUrl}/api/${path}`, {
      method,
      headers: { ...authHeaders(actor), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((response) => response.arrayBuffer().then(() => response))
  return {
    name: 'rest',
    async canRead(actor, collection, id, { draft }) {
      const response = await fetch(`${baseUrl}/api/${collection}/${id}?depth=0${draft ? '&draft=true' : ''}`, {
        headers: authHeaders(actor),
      })
      return response.status === 200
    },
    create: (actor, collection, data) =>
      send(actor, 'POST', `${collection}${data._status === 'draft' ? '?draft=true' : ''}`, data).then(() => undefined),
    update: (actor, collection, id, data) => send(actor, 'PATCH', `${collection}/${id}`, data).then(() => undefined),
    remove: (actor, collection, id) => send(actor, 'DELETE', `${collection}/${id}`).then(() => undefined),
    restoreVersion: (actor, collection, versionId) =>
      send(actor, 'POST', `${collection}/versions/${versionId}`).then(() => undefined),
    duplicate: (actor, collection, id) =>
      send(actor, 'POST', `${collection}/${id}/duplicate`, {}).then(() => undefined),
    bulkUpdate: (actor, collection, ids, data) =>
      send(actor, 'PATCH', `${collection}?${ids.map((id, i) => `where[id][in][${i}]=${id}`).join('&')}`, data).then(
        () => undefined,
      ),
  }
}

/** GraphQL names of each collection, as Payload derives them from the labels. */
const graphqlNames: Partial<Record<CollectionSlug, string>> = {
  articles: 'Article',
  statements: 'Statement',
  events: 'Event',
  people: 'Person',
  topics: 'Topic',
  indicators: 'Indicator',
}

export function graphqlChannel(baseUrl: string): Channel {
  const run = async (actor: Actor, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { ...authHeaders(actor), 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
    return (await response.json().catch(() => ({}))) as { data?: Record<string, unknown> | null; errors?: unknown[] }
  }
  const name = (collection: CollectionSlug) => {
    const found = graphqlNames[collection]
    if (!found) throw new Error(`No GraphQL name for ${collection}`)
    return found
  }
  return {
    name: 'graphql',
    async canRead(actor, collection, id, { draft }) {
      const result = await run(
        actor,
        `query($id: Int!, $draft: Boolean) { doc: ${name(collection)}(id: $id, draft: $draft) { id } }`,
        { id, draft },
      )
      return Boolean((result.data?.doc as { id?: number } | null)?.id)
    },
    create: (actor, collection, data) =>
      run(
        actor,
        `mutation($data: mutation${name(collection)}Input!, $draft: Boolean) { create${name(collection)}(data: $data, draft: $draft) { id } }`,
        {
          data,
          draft: data._status === 'draft',
        },
      ).then(() => undefined),
    update: (actor, collection, id, data) =>
      run(
        actor,
        `mutation($id: Int!, $data: mutation${name(collection)}UpdateInput!) { update${name(collection)}(id: $id, data: $data) { id } }`,
        { id, data },
      ).then(() => undefined),
    remove: (actor, collection, id) =>
      run(actor, `mutation($id: Int!) { delete${name(collection)}(id: $id) { id } }`, { id }).then(() => undefined),
    restoreVersion: (actor, collection, versionId) =>
      run(actor, `mutation($id: Int!) { restoreVersion${name(collection)}(id: $id) { id } }`, {
        id: Number(versionId),
      }).then(() => undefined),
    duplicate: (actor, collection, id, data) =>
      run(
        actor,
        `mutation($id: Int!, $data: mutation${name(collection)}Input!) { duplicate${name(collection)}(id: $id, data: $data) { id } }`,
        { id, data },
      ).then(() => undefined),
  }
}
