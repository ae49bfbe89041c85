import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type ExecutionArgs,
  type GraphQLField,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

import { allowedLimit, allowedLimits, limitRefusal, type Caller } from './list-limits'

/** Payload's GraphQL context is `{ req }`; its user was verified from the request's credentials. */
function callerOf(contextValue: unknown): Caller {
  const req = (contextValue as { req?: { user?: unknown } } | null | undefined)?.req
  return req?.user ? 'signed-in' : 'anonymous'
}

/** Payload marks a join field's GraphQL field with the field's config. */
function isJoin(field: GraphQLField<unknown, unknown>): boolean {
  return (field.extensions as { field?: { type?: unknown } }).field?.type === 'join'
}

/**
 * The variables of the operation that will run, coerced (defaults filled in) as execution
 * will coerce them, or null when they do not fit: then the operation never runs.
 */
function runningVariables(context: ValidationContext, args: ExecutionArgs): Record<string, unknown> | null {
  const operation = getOperationAST(args.document, args.operationName)
  if (!operation) return null
  const result = getVariableValues(
    context.getSchema(),
    operation.variableDefinitions ?? [],
    (args.variableValues ?? {}) as Record<string, unknown>,
  )
  return result.coerced ?? null
}

/** Why a list field's arguments ask for too many documents, or null. */
function listProblem(name: string, values: Record<string, unknown>, join: boolean, caller: Caller): string | null {
  if ('pagination' in values && values.pagination !== true) {
    return `${name}: pagination must be true or left out, since pagination: false would answer every document at once. Page through with limit and page.`
  }
  const { limit } = values
  // Payload only counts a join's documents for count: true with limit: 0.
  if (join && values.count === true && limit === 0) return null
  if (limit === undefined || limit === null) {
    return join
      ? `${name}: a join needs a limit, or Payload answers every joined document at once. limit must be ${allowedLimits(caller)}.`
      : null
  }
  return typeof limit === 'number' && allowedLimit(limit, caller)
    ? null
    : `${name}: ${limitRefusal('limit', String(limit), caller, 'page: 2, page: 3 and so on')}`
}

/**
 * Refuses, before anything runs, a list that asks for more documents than the caller may
 * have at once: `limit` beyond 100 (1,000 when signed in) or 0, `pagination: false`, and a
 * join field without a limit (Payload then reads every joined document). Limits passed as
 * variables are checked with the values the query will run with.
 */
export function listLimits(args: ExecutionArgs): ValidationRule {
  const caller = callerOf(args.contextValue)
  return (context) => {
    const variables = runningVariables(context, args)
    if (!variables) return {}
    return {
      Field(node) {
        const field = context.getFieldDef()
        if (!field || !field.args.some((arg) => arg.name === 'limit' || arg.name === 'pagination')) return
        let values: Record<string, unknown>
        try {
          values = getArgumentValues(field, node, variables)
        } catch {
          // An argument of the wrong type: GraphQL's own rules report it.
          return
        }
        const parent = context.getParentType()
        const schema = context.getSchema()
        const atRoot = parent === schema.getQueryType() || parent === schema.getMutationType()
        const name = parent && !atRoot ? `${parent.name}.${field.name}` : field.name
        const problem = listProblem(name, values, isJoin(field), caller)
        if (problem) context.reportError(new GraphQLError(problem, { nodes: [node] }))
      },
    }
  }
}
