import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const ID_ONLY = new Set(['id', '__typename']);

/** Whether a selection set, its fragments included, names nothing but `id` and `__typename`. */
function onlyId(selections: SelectionSetNode | undefined, info: GraphQLResolveInfo): boolean {
  if (!selections) return true;
  return selections.selections.every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return ID_ONLY.has(selection.name.value);
      case Kind.INLINE_FRAGMENT:
        return onlyId(selection.selectionSet, info);
      case Kind.FRAGMENT_SPREAD:
        return onlyId(info.fragments[selection.name.value]?.selectionSet, info);
    }
  });
}

/**
 * A related record by the id its row already holds. When the query asks for nothing but its
 * `id` (a list's `organiser { id }`, a client's cache key), the answer is that id and nothing
 * is read; otherwise `load` reads the record (through the request's loaders). The foreign key
 * guarantees that the record exists.
 */
export function reference<T>(
  info: GraphQLResolveInfo,
  id: string,
  load: (id: string) => Promise<T>,
): T | { id: string } | Promise<T> {
  return info.fieldNodes.every((node) => onlyId(node.selectionSet, info)) ? { id } : load(id);
}
