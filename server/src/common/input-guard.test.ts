import { GraphQLScalarType, buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findHostileArguments, hasUnstorableCharacter } from './input-guard';

const schema = buildSchema(`
  scalar JSON
  input Side { name: String! country: String! }
  input Item { title: String! sides: [Side!] parentId: ID memberIds: [ID!] tags: [String!] meta: JSON }
  type Query {
    find(search: String, ids: [ID!], limit: Int): Int
    other(code: String!): Int
  }
  type Mutation { save(input: Item!, id: ID): Int }
`);
// buildSchema leaves a custom scalar's parsing to the identity; JSON must pass objects through.
Object.assign(schema.getType('JSON') as GraphQLScalarType, {
  parseValue: (value: unknown) => value,
});

function hostile(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  );
  if (!operation) throw new Error('no operation');
  return findHostileArguments(schema, document, operation, variables).map((f) => f.field);
}

describe('hasUnstorableCharacter', () => {
  it('finds NUL and lone surrogates, and keeps pairs, RTL and zero-width marks', () => {
    for (const bad of ['a\u0000', '\uD800', 'x\uDC00y', '\uDBFF\uDBFF\uDC00', '\uDC00\uD800']) {
      expect(hasUnstorableCharacter(bad), JSON.stringify(bad)).toBe(true);
    }
    for (const good of ['', 'Київ', '🤝', '\u202Bעברית\u202C', 'a\u200Bb', '\uFEFF']) {
      expect(hasUnstorableCharacter(good), JSON.stringify(good)).toBe(false);
    }
  });
});

describe('findHostileArguments', () => {
  it('judges inline literals and variables alike, naming the argument path', () => {
    expect(hostile('{ find(search: "a\\u0000") }')).toEqual(['search']);
    expect(hostile('query ($s: String) { find(search: $s) }', { s: '\uD800' })).toEqual(['search']);
    expect(hostile('query ($s: String = "\\u0000") { find(search: $s) }')).toEqual(['search']);
    expect(hostile('{ find(search: "ok", limit: 5) }')).toEqual([]);
  });

  it('walks input objects, lists and JSON values at any depth', () => {
    const input = {
      title: 'ok',
      sides: [
        { name: 'ok', country: 'UA' },
        { name: 'b\u0000', country: '\uDC00' },
      ],
      tags: ['ok', '\uD800'],
      meta: { notes: [{ text: 'x\u0000' }] },
    };
    expect(hostile('mutation ($input: Item!) { save(input: $input) }', { input })).toEqual([
      'input.meta.notes.0.text',
      'input.sides.1.country',
      'input.sides.1.name',
      'input.tags.1',
    ]);
    expect(
      hostile('mutation ($t: String!) { save(input: { title: "ok", tags: ["a", $t] }) }', {
        t: 'z\u0000',
      }),
    ).toEqual(['input.tags.1']);
  });

  it('refuses an empty id inside an input, in a list too, where a single value stands for it', () => {
    const save = (input: string) => hostile(`mutation { save(input: ${input}) }`);
    expect(save('{ title: "t", parentId: "" }')).toEqual(['input.parentId']);
    expect(save('{ title: "t", memberIds: "" }')).toEqual(['input.memberIds.0']);
    expect(hostile('query ($ids: [ID!]) { find(ids: $ids) }', { ids: ['x', ''] })).toEqual([]);
    // An id argument of its own names the record sought: empty, it is merely not found.
    expect(hostile('mutation { save(input: { title: "t" }, id: "") }')).toEqual([]);
    expect(hostile('{ find(ids: "") }')).toEqual([]);
    // An empty *string* is an ordinary value; only ids must name something.
    expect(save('{ title: "", tags: "" }')).toEqual([]);
  });

  it('judges fragments, names a repeated path once, and skips the operation not run', () => {
    const query = `
      query Run { a: find(search: "\\u0000") b: find(search: "\\u0000") ...F }
      query Other { other(code: "\\u0000") }
      fragment F on Query { other(code: "K\\u0000") }`;
    expect(hostile(query, {}, 'Run')).toEqual(['code', 'search']);
    expect(hostile(query, {}, 'Other')).toEqual(['code']);
  });

  it('leaves values that do not coerce to graphql-js, which refuses them itself', () => {
    expect(hostile('query ($l: Int) { find(limit: $l, search: "\\u0000") }', { l: 'x' })).toEqual(
      [],
    );
  });
});
