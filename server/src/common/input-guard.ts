import type { ApolloServerPlugin } from '@apollo/server';
import { FieldMessage, type FieldError } from '@spilno/shared';
import {
  GraphQLError,
  GraphQLID,
  TypeInfo,
  getArgumentValues,
  getVariableValues,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  visit,
  visitWithTypeInfo,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { BadInputError } from './errors';

/** Half of a UTF-16 surrogate pair: a high one not followed by a low one, or the reverse. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when `value` holds a character no column of Spilno can store: a NUL (PostgreSQL text
 * cannot hold it) or a lone surrogate (no UTF-8 encoding exists for it, and jsonb refuses its
 * escape). Both are refused as bad input instead of failing deep inside the database driver.
 */
export function hasUnstorableCharacter(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

const invalid = (field: string): FieldError => ({ field, message: FieldMessage.INVALID });

/** Any string inside a scalar's value (a JSON argument may nest them), by dotted path. */
function scanScalar(value: unknown, path: string, found: FieldError[]): void {
  if (typeof value === 'string') {
    if (hasUnstorableCharacter(value)) found.push(invalid(path));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => scanScalar(item, `${path}.${index}`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (hasUnstorableCharacter(key)) found.push(invalid(path));
      scanScalar(item, `${path}.${key}`, found);
    }
  }
}

/**
 * Walks a coerced argument value along its declared input type. `inInput` is true inside an
 * input object, where an id is a reference to store: an empty one is refused there (it
 * names no record, and would reach a uuid cast). An id argument of its own names the record
 * to read or change, and an empty one is left to the service, which answers it like any
 * malformed id: not found.
 */
function scanValue(
  type: GraphQLInputType,
  value: unknown,
  path: string,
  inInput: boolean,
  found: FieldError[],
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    scanValue(type.ofType, value, path, inInput, found);
  } else if (isListType(type)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    items.forEach((item, index) =>
      scanValue(type.ofType, item, `${path}.${index}`, inInput, found),
    );
  } else if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) scanValue(field.type, item, `${path}.${name}`, true, found);
    }
  } else if (inInput && getNamedType(type) === GraphQLID && value === '') {
    found.push(invalid(path));
  } else {
    scanScalar(value, path, found);
  }
}

function scanArguments(
  args: readonly GraphQLArgument[],
  values: Record<string, unknown>,
  found: FieldError[],
): void {
  for (const arg of args) {
    if (arg.name in values) scanValue(arg.type, values[arg.name], arg.name, false, found);
  }
}

/**
 * Every argument of the operation (of any field or directive, at any depth, written inline
 * or passed as a variable) that holds an unstorable character, or an input's empty id, as
 * field errors named by argument path (`input.title`, `ids.2`). Values that do not even
 * coerce are left to graphql-js, which refuses them itself before anything runs.
 */
export function findHostileArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldError[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return [];
  const found: FieldError[] = [];
  const typeInfo = new TypeInfo(schema);
  const argumentsOf = (
    definition: GraphQLField<unknown, unknown> | GraphQLDirective | null | undefined,
    node: FieldNode | DirectiveNode,
  ): void => {
    if (!definition) return;
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(definition, node, coerced.coerced);
    } catch {
      return; // a value that does not coerce: execution answers it as BAD_USER_INPUT
    }
    scanArguments(definition.args, values, found);
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      // Only the operation being run: another one in the same document never executes.
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field: (node) => argumentsOf(typeInfo.getFieldDef(), node),
      Directive: (node) => argumentsOf(typeInfo.getDirective(), node),
    }),
  );
  // One entry per path, in a stable order, however many fields or aliases repeat it.
  return [...new Map(found.map((error) => [error.field, error])).values()].sort((a, b) =>
    a.field.localeCompare(b.field),
  );
}

/**
 * Refuses hostile arguments once the operation is known and before any resolver runs, so a
 * mutation never half-happens: the one gate at the GraphQL boundary for every argument.
 */
export function inputGuardPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // Typed as optional, yet set by now: Apollo refuses an unknown operation before this hook.
          if (!operation) return;
          const found = findHostileArguments(schema, document, operation, request.variables ?? {});
          if (found.length === 0) return;
          const error = new BadInputError(found);
          // Thrown from this hook, Apollo answers with this error alone; `http` sets the status
          // a request error has (Apollo strips it from the response).
          throw new GraphQLError(error.message, {
            originalError: error,
            extensions: { code: error.code, fields: found, http: { status: 400 } },
          });
        },
      };
    },
  };
}
