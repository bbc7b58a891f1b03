import {
  getNamedType,
  getVariableValues,
  parse,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { OUTCOMES_MAX, PARTICIPANTS_MAX } from '@spilno/shared';
import { operationDocument, sampleValue } from './anonymous-surface';
import type { IdResolver } from './fuzz-world';

type Path = (string | number)[];

/** One request of the fuzz: a root field with valid arguments but for one hostile value. */
export interface FuzzCase {
  kind: 'query' | 'mutation';
  field: string;
  /** Where the hostile value sits, e.g. `input.sides.0.name`; `(literal)` when inline. */
  target: string;
  query: string;
  variables: Record<string, unknown>;
  /**
   * False when graphql-js itself refuses the variables (a wrong type, an unknown enum value, a
   * date that does not exist) before any resolver or caller matters.
   */
  coerces: boolean;
}

/** One character over the longest text any input takes, in two bytes a character. */
const HUGE = 'ї'.repeat(OUTCOMES_MAX + 1);
/** One item over the longest list any input takes. */
const LONG_LIST = PARTICIPANTS_MAX + 1;

/** Hostile values for a leaf, by its named type: wrong types, edges and characters. */
const LEAF_VALUES: Record<string, unknown[]> = {
  String: ['a\u0000b', '\uD800', 'x\uDC00', HUGE, '\u202Egnp\u200B.exe\uFEFF', '', 42],
  ID: ['', 'not-an-id', '00000000-0000-0000-0000-000000000000', 'a\u0000', '\uDBFF', 12345],
  Int: [-1, -2147483648, 2147483647, 2147483648, 1.5],
  Float: [-1e308, 1e308, -0.000001, '1.5'],
  Boolean: ['true'],
  DateTime: ['2026-02-30T00:00:00Z', 'yesterday', '9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z'],
  LocalDate: ['2026-02-30', '2026-1-1', '0000-01-01', '9999-12-31'],
  JSON: [{ a: '\u0000' }, ['\uD800']],
};
const ENUM_VALUES = ['NOPE', 1];
const OBJECT_VALUES = [{}, { nope: 1 }];

function hostileValues(type: GraphQLInputType, base: unknown): unknown[] {
  const nullable = isNonNullType(type) ? [null] : [];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    // Duplicates, emptiness and a long list: where a unique index or a loop would break.
    return [...nullable, [], [base, base].flat(), [null], Array(LONG_LIST).fill(base).flat()];
  }
  if (isInputObjectType(inner)) return [...nullable, ...OBJECT_VALUES];
  if (isEnumType(inner)) return [...nullable, ...ENUM_VALUES];
  return [...nullable, ...(LEAF_VALUES[getNamedType(inner).name] ?? LEAF_VALUES.String!)];
}

/** A valid value of `type` at `path` (ids name real records), required fields only. */
function baseValue(type: GraphQLInputType, path: Path, field: string, ids: IdResolver): unknown {
  if (isNonNullType(type)) return baseValue(type.ofType, path, field, ids);
  if (isListType(type)) return [baseValue(type.ofType, [...path, 0], field, ids)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, baseValue(f.type, [...path, f.name], field, ids)]),
    );
  }
  return getNamedType(type).name === 'ID' ? ids(field, path) : sampleValue(type);
}

interface Leaf {
  path: Path;
  type: GraphQLInputType;
}

/** Every place a value goes, down to `depth` input objects deep (lists count their item). */
function leaves(type: GraphQLInputType, path: Path, depth: number): Leaf[] {
  const here: Leaf = { path, type };
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [here, ...leaves(inner.ofType, [...path, 0], depth)];
  if (isInputObjectType(inner) && depth > 0) {
    return [
      here,
      ...Object.values(inner.getFields()).flatMap((f) =>
        leaves(f.type, [...path, f.name], depth - 1),
      ),
    ];
  }
  return [here];
}

/** Sets `value` at `path` in `root`, creating the objects and lists on the way validly. */
function setAt(
  root: Record<string, unknown>,
  path: Path,
  value: unknown,
  make: (path: Path) => unknown,
): void {
  let node: Record<string | number, unknown> = root;
  path.forEach((segment, index) => {
    if (index === path.length - 1) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (next === null || typeof next !== 'object') {
      node[segment] = make(path.slice(0, index + 1));
    }
    node = node[segment] as Record<string | number, unknown>;
  });
}

/** The document calling `field`, with `inline`, if named, written in as a NUL-laden literal. */
function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, inline = '') {
  const declared = field.args.filter((arg) => arg.name !== inline);
  return operationDocument(kind, field, declared, inline ? [`${inline}: "fuzz\\u0000"`] : []);
}

/**
 * The fuzz, from the schema itself: for every query and mutation with arguments, each place
 * a value goes (arguments and input fields, two input objects deep) gets each hostile value of
 * its type in turn while every other argument stays valid; string and id arguments are also
 * sent a NUL written inline in the document.
 */
export function fuzzCases(schema: GraphQLSchema, ids: IdResolver): FuzzCase[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).flatMap((field) => {
      const base = () =>
        Object.fromEntries(
          field.args
            .filter((arg) => isNonNullType(arg.type))
            .map((arg) => [arg.name, baseValue(arg.type, [arg.name], field.name, ids)]),
        );
      const argTypes = new Map(field.args.map((arg) => [arg.name, arg.type]));
      const make = (path: Path): unknown => {
        let type = argTypes.get(String(path[0]));
        for (const segment of path.slice(1)) {
          const inner = type && isNonNullType(type) ? type.ofType : type;
          if (isListType(inner)) type = inner.ofType;
          else if (isInputObjectType(inner)) type = inner.getFields()[String(segment)]?.type;
        }
        return type ? baseValue(type, path, field.name, ids) : {};
      };
      const query = operation(kind, field);
      const definition = parse(query).definitions[0] as OperationDefinitionNode;
      const coerces = (variables: Record<string, unknown>) =>
        !getVariableValues(schema, definition.variableDefinitions ?? [], variables).errors;
      const cases = field.args.flatMap((arg) =>
        leaves(arg.type, [arg.name], 2).flatMap(({ path, type }) =>
          hostileValues(type, baseValue(type, path, field.name, ids)).map((value) => {
            const variables = base();
            setAt(variables, path, value, make);
            return {
              kind,
              field: field.name,
              target: path.join('.'),
              query,
              variables,
              coerces: coerces(variables),
            };
          }),
        ),
      );
      const inline = field.args
        .filter((arg) => ['String', 'ID'].includes(getNamedType(arg.type).name))
        .filter((arg) => !isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type))
        .map((arg) => {
          const variables = base();
          delete variables[arg.name];
          return {
            kind,
            field: field.name,
            target: `${arg.name} (literal)`,
            query: operation(kind, field, arg.name),
            variables,
            coerces: true,
          };
        });
      return [...cases, ...inline];
    }),
  );
}
