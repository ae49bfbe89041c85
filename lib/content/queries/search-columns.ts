import { getTableName } from '@payloadcms/db-postgres/drizzle'
import { customType, pgTable } from '@payloadcms/db-postgres/drizzle/pg-core'

import { articles, events, statements } from '../../../payload-generated-schema'

/** PostgreSQL's full-text document type, which Drizzle has no column type for. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/*
 * The full-text columns the search migrations add beside Payload's own
 * (migrations/20261129_031000_search_index.ts, 20261129_080000_search_head.ts). PostgreSQL
 * generates them from each row, so no collection declares them and Payload's generated schema
 * cannot list them: they are declared here, once, on the generated tables' names.
 */
export const articlesSearch = pgTable(getTableName(articles), {
  searchVector: tsvector('search_vector'),
  searchHead: tsvector('search_head'),
})
export const statementsSearch = pgTable(getTableName(statements), { searchVector: tsvector('search_vector') })
export const eventsSearch = pgTable(getTableName(events), { searchVector: tsvector('search_vector') })
