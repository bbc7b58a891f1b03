import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

type Keyed = ObjectLiteral & { id: string };

/** Loads records by id, one query per batch, in the order asked. */
export function byId<T extends Keyed>(dataSource: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Loads the rows pointing at each key through `column`, one query per batch. */
export function manyBy<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
  /** The columns to read, where a caller needs a few of a wide row (the key's among them). */
  select?: readonly (keyof T & string)[],
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await dataSource.getRepository(entity).find({
      where: { [column]: In([...keys]) } as never,
      order: order as never,
      ...(select ? { select: Object.fromEntries(select.map((c) => [c, true])) as never } : {}),
    });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
