import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** Column types TypeORM converts after the driver (`PostgresDriver.prepareHydratedValue`). */
const CONVERTED_TYPES = new Set([
  'simple-json',
  'simple-array',
  'simple-enum',
  'hstore',
  'cube',
  'ltree',
]);

/**
 * Entities from one plain `SELECT` of their columns, without TypeORM's query builder and row
 * transformer: a page of a plan resolves hundreds of actions, and building them the general
 * way (a parameter per id, the alias map, the per-column driver conversion) cost more CPU
 * than the rest of the page. It stays exact for flat entities only (every column its own
 * property, no embedded ones), which `plainReader` checks once; the driver already gives the
 * values their types (dates stay YYYY-MM-DD strings, jsonb is parsed), and a column's
 * transformer runs as TypeORM would run it.
 */
export function plainReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
) {
  const metadata = dataSource.getMetadata(entity);
  const columns = metadata.columns.map((column) => {
    const ownProperty = column.propertyName !== column.relationMetadata?.propertyName;
    if (column.embeddedMetadata || column.isVirtual || !ownProperty || column.isArray) {
      throw new Error(`${metadata.name}.${column.propertyName} is not a plain column`);
    }
    const transformer = column.transformer;
    const numericEnum = column.enum?.some((value) => typeof value === 'number') ?? false;
    if (Array.isArray(transformer) || numericEnum || CONVERTED_TYPES.has(String(column.type))) {
      throw new Error(`${metadata.name}.${column.propertyName} is converted after the driver`);
    }
    return { property: column.propertyName, name: column.databaseName, from: transformer?.from };
  });
  const select = `SELECT ${columns.map((c) => `"${c.name}"`).join(', ')} FROM "${metadata.tableName}"`;
  const Target = metadata.target as new () => T;

  return async (where: string, parameters: unknown[]): Promise<T[]> => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `${select} WHERE ${where}`,
      parameters,
    );
    return rows.map((row) => {
      const record = new Target() as Record<string, unknown>;
      for (const { property, name, from } of columns) {
        const value = row[name];
        record[property] = from ? from(value) : value;
      }
      return record as T;
    });
  };
}

/** A reader made on first use: loaders are built before the data source has its metadata. */
function lazyReader<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>) {
  let read: ReturnType<typeof plainReader<T>> | undefined;
  return (where: string, parameters: unknown[]) => {
    read ??= plainReader(dataSource, entity);
    return read(where, parameters);
  };
}

/** `byId` (loaders.ts) through `plainReader`, for entities read by the hundred per request. */
export function plainById<T extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
) {
  const read = lazyReader(dataSource, entity);
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await read('"id" = ANY($1)', [[...ids]]);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** `manyBy` (loaders.ts) through `plainReader`; `orderBy` is SQL over the entity's columns. */
export function plainManyBy<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  orderBy?: string,
) {
  const read = lazyReader(dataSource, entity);
  return new DataLoader<string, T[]>(async (keys) => {
    const key = dataSource.getMetadata(entity).findColumnWithPropertyName(column)?.databaseName;
    const order = orderBy ? ` ORDER BY ${orderBy}` : '';
    const rows = await read(`"${key ?? column}" = ANY($1)${order}`, [[...keys]]);
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(row[column] as string)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
