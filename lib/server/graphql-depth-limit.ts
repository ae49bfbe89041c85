import {
  GraphQLError,
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

/** The deepest selection a reader or the admin needs: article → authors → avatar → sizes → field. */
export const MAX_GRAPHQL_DEPTH = 8

/**
 * Refuses a query whose selections nest deeper than `max` (fragments followed, each once per
 * path), before anything runs. Complexity limits price breadth; this stops the cheap-looking
 * query that walks relationships back and forth (article → topic → articles → topic …).
 */
export function depthLimit(max = MAX_GRAPHQL_DEPTH): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    const depthOf = (node: ASTNode, seen: ReadonlySet<string>): number => {
      switch (node.kind) {
        case Kind.OPERATION_DEFINITION:
        case Kind.INLINE_FRAGMENT:
        case Kind.FRAGMENT_DEFINITION:
          return Math.max(0, ...node.selectionSet.selections.map((selection) => depthOf(selection, seen)))
        case Kind.FIELD:
          return node.selectionSet
            ? 1 + Math.max(0, ...node.selectionSet.selections.map((selection) => depthOf(selection, seen)))
            : 1
        case Kind.FRAGMENT_SPREAD: {
          const name = node.name.value
          const fragment = fragments.get(name)
          // A fragment that spreads itself is refused by GraphQL's own rules; do not loop on it.
          return fragment && !seen.has(name) ? depthOf(fragment, new Set([...seen, name])) : 0
        }
        default:
          return 0
      }
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, new Set())
        if (depth > max) {
          context.reportError(
            new GraphQLError(`This query nests ${depth} levels deep; at most ${max} are allowed.`, {
              nodes: [operation],
            }),
          )
        }
      },
    }
  }
}
