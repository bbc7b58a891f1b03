import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** A value of `type` good enough to get past argument parsing, so the resolver decides. */
export function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-01-01T00:00:00Z';
    case 'LocalDate':
      return '2026-01-01';
    default:
      return 'x';
  }
}

/**
 * The document calling one root field: the `declared` arguments as variables, the `inline` ones
 * (`name: literal`) written into the document itself.
 */
export function operationDocument(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  declared: readonly GraphQLArgument[],
  inline: readonly string[] = [],
): string {
  const declarations = declared.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passing = [...declared.map((arg) => `${arg.name}: $${arg.name}`), ...inline].join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${
    passing ? `(${passing})` : ''
  }${selection} }`;
}

/** An operation calling one root field with sample values for every required argument. */
export function sampleOperation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  return {
    query: operationDocument(kind, field, required),
    variables: Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
}

export function queryFields(schema: GraphQLSchema) {
  return Object.values(schema.getQueryType()?.getFields() ?? {});
}
