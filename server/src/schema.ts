import 'reflect-metadata';
import './common/enums';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { modules } from './modules';

// type-graphql wants a non-empty list; the modules always bring resolvers.
export const resolvers = modules.flatMap(
  (module) => module.resolvers ?? [],
) as unknown as NonEmptyArray<
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any class, as type-graphql takes
  Function
>;

/**
 * Builds the schema from the resolver classes. Validation is not automatic: services validate
 * after their permission checks, so an out-of-scope caller never learns about its input.
 */
export function createSchema(emitTo?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
}
