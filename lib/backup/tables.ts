import type pg from 'pg'

export interface TableInfo {
  name: string
  /** Columns a backup holds and a restore writes: every one the database does not compute. */
  columns: string[]
  /** Tables whose rows this table's foreign keys point at. */
  dependsOn: string[]
}

/**
 * Never copied: bookkeeping a restore recreates by migrating; the archive counts, which
 * the triggers that keep them rebuild as the stories are restored (migration
 * 20261207_100000_archive_counts); and the outbox of cache expiries, which concern the caches
 * of the moment the backup was taken, not the restored newsroom's.
 */
const SKIPPED = new Set(['payload_migrations', 'article_archive_counts', 'cache_expiry_outbox'])

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`
export { quote as quoteIdentifier }

/** The public schema's tables, in an order where every table comes after those it refers to. */
export async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns
      where table_schema = 'public' and is_generated = 'NEVER'
        and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')
      order by table_name, ordinal_position`,
  )
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `select distinct c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public' and c.conrelid <> c.confrelid`,
  )
  const tables = new Map<string, TableInfo>()
  for (const { table_name: table, column_name: column } of columns) {
    if (SKIPPED.has(table)) continue
    const info = tables.get(table) ?? { name: table, columns: [], dependsOn: [] }
    info.columns.push(column)
    tables.set(table, info)
  }
  const unquote = (name: string) => name.replace(/^"(.*)"$/, '$1').replace(/""/g, '"')
  for (const { child, parent } of references) tables.get(unquote(child))?.dependsOn.push(unquote(parent))
  return inDependencyOrder([...tables.values()])
}

function inDependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((table) => [table.name, table]))
  const ordered: TableInfo[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (table: TableInfo, path: string[]) => {
    if (state.get(table.name) === 'done') return
    if (state.get(table.name) === 'visiting')
      throw new Error(
        `Foreign keys form a cycle (${[...path, table.name].join(' → ')}): a restore cannot order these tables.`,
      )
    state.set(table.name, 'visiting')
    for (const parent of table.dependsOn) {
      const parentTable = byName.get(parent)
      if (parentTable) visit(parentTable, [...path, table.name])
    }
    state.set(table.name, 'done')
    ordered.push(table)
  }
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table, [])
  return ordered
}
