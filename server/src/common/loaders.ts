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

/**
 * A loader that also takes a limit: one batch (and one statement) per distinct limit, which
 * one request almost always asks the same of.
 */
export interface LimitedLoader<T> {
  load(key: string, limit: number): Promise<T[]>;
}

export function perLimit<T>(
  batch: (keys: readonly string[], limit: number) => Promise<T[][]>,
): LimitedLoader<T> {
  const loaders = new Map<number, DataLoader<string, T[]>>();
  return {
    load(key, limit) {
      let loader = loaders.get(limit);
      if (!loader) {
        loader = new DataLoader<string, T[]>((keys) => batch(keys, limit));
        loaders.set(limit, loader);
      }
      return loader.load(key);
    },
  };
}

type Order<T> = Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;

/**
 * Like manyBy, but at most `limit` rows per key: the first in `order` (the primary key
 * breaking ties), picked by a window over the whole batch, so one statement still serves
 * every key. With `reverse`, each key's rows come back the other way round: the latest
 * `limit` of a thread, oldest first.
 */
export function firstManyBy<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  order: Order<T>,
  { reverse = false }: { reverse?: boolean } = {},
): LimitedLoader<T> {
  return perLimit<T>(async (keys, limit) => {
    const repository = dataSource.getRepository(entity);
    const { metadata } = repository;
    const columnOf = (property: string) => {
      const found = metadata.findColumnWithPropertyName(property);
      if (!found) throw new Error(`${metadata.name} has no column ${property}`);
      return `"${found.databaseName}"`;
    };
    const primary = metadata.primaryColumns.map((c) => `"${c.databaseName}"`);
    // The primary key breaks ties, unless `order` already names it.
    const ties = metadata.primaryColumns.filter((c) => !(c.propertyName in order));
    const ranking = [
      ...Object.entries(order).map(
        ([property, direction]) => `w.${columnOf(property)} ${direction}`,
      ),
      ...ties.map((c) => `w."${c.databaseName}"`),
    ].join(', ');
    const query = repository.createQueryBuilder('e').where(
      `(${primary.map((name) => `e.${name}`).join(', ')}) IN (
         SELECT ${primary.map((name) => `r.${name}`).join(', ')} FROM (
           SELECT ${primary.map((name) => `w.${name}`).join(', ')},
                  row_number() OVER (PARTITION BY w.${columnOf(column)} ORDER BY ${ranking}) AS n
             FROM "${metadata.tableName}" w WHERE w.${columnOf(column)} IN (:...keys)) r
          WHERE r.n <= :limit)`,
      { keys: [...keys], limit },
    );
    for (const [property, direction] of Object.entries(order)) {
      query.addOrderBy(`e.${property}`, direction);
    }
    for (const c of ties) query.addOrderBy(`e.${c.propertyName}`, 'ASC');
    const rows = await query.getMany();
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => {
      const group = groups.get(key) ?? [];
      return reverse ? group.reverse() : group;
    });
  });
}
