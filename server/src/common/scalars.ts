import { isLocalDate } from '@spilno/shared';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new GraphQLError('must be a calendar date written YYYY-MM-DD');
  }
  return value;
}

/** A calendar date with no time or zone, kept as its YYYY-MM-DD string end to end. */
export const LocalDate = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseLocalDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('must be a string YYYY-MM-DD');
    return parseLocalDate(ast.value);
  },
});
