/** A GraphQL list the API offers: a root query, and the join fields on the type of its docs. */
export interface GraphqlList {
  query: string
  /** The type of the query's docs, null for lists whose docs are not a collection's own type (versions). */
  docType: string | null
  joins: string[]
}

type IntrospectedField = { name: string; args: { name: string }[]; type: TypeRef }
type TypeRef = { kind: string; name: string | null; ofType?: TypeRef | null }

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }'

function named(type: TypeRef | null | undefined): TypeRef | null {
  let current = type ?? null
  while (current && !current.name) current = current.ofType ?? null
  return current
}

/**
 * Every list query of the running GraphQL API and the joins of its documents, read by
 * introspection (outside production): the schema is built from the Payload config, so a new
 * collection or join field is in this list without anyone adding it.
 */
export async function graphqlLists(
  run: (query: string) => Promise<{ data?: unknown; errors?: unknown }>,
): Promise<GraphqlList[]> {
  const fieldsOf = async (type: string) => {
    const result = await run(
      `{ __type(name: ${JSON.stringify(type)}) { fields { name args { name } type { ${TYPE_REF} } } } }`,
    )
    const fields = (result.data as { __type?: { fields?: IntrospectedField[] } } | undefined)?.__type?.fields
    if (!fields) throw new Error(`Introspection of ${type} failed: ${JSON.stringify(result)}`)
    return fields
  }
  const lists: GraphqlList[] = []
  for (const query of await fieldsOf('Query')) {
    if (!query.args.some((arg) => arg.name === 'limit')) continue
    const page = named(query.type)?.name
    const docs = page ? (await fieldsOf(page)).find((field) => field.name === 'docs') : undefined
    const docType = named(docs?.type)?.name ?? null
    const joins =
      docType && !query.name.startsWith('versions')
        ? (await fieldsOf(docType))
            .filter((field) => field.args.some((arg) => arg.name === 'limit'))
            .map((field) => field.name)
        : []
    lists.push({ query: query.name, docType: docType && !query.name.startsWith('versions') ? docType : null, joins })
  }
  return lists
}
