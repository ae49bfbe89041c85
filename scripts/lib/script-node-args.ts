/**
 * How Node runs a TypeScript script that loads payload.config (migrate, seed, backup, restore,
 * create-admin, the Payload CLI, the tests' helper scripts): one list, used everywhere.
 *
 * `--conditions=production` picks Lexical's production build directly. Without it Node takes
 * Lexical's `.node.mjs` entry points, which choose a build with a top-level `await import()`;
 * loading a dozen of them at once, as Payload's rich-text package does, Node 20 sometimes
 * never settles the importer's top-level await and exits 13 with no message (a plain
 * `import('@payloadcms/richtext-lexical')` did so in most runs here; through tsx, now and
 * then — `npm run restore` failed that way).
 */
export const LEXICAL_BUILD_CONDITION = '--conditions=production'
export const SCRIPT_NODE_ARGS = [LEXICAL_BUILD_CONDITION, '--import', 'tsx'] as const
