import { FieldMessage, PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '@spilno/shared';
import { type ClassType, ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { BadInputError } from './errors';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: PAGE_LIMIT_DEFAULT, description: `At most ${PAGE_LIMIT_MAX}.` })
  limit: number = PAGE_LIMIT_DEFAULT;

  @Field(() => Int, { defaultValue: 0 })
  offset: number = 0;
}

export interface PageWindow {
  take: number;
  skip: number;
}

/** Checks the paging arguments, naming the bad one. */
export function pageWindow({ limit, offset }: PageArgs): PageWindow {
  const fields = [];
  if (limit < 1 || limit > PAGE_LIMIT_MAX)
    fields.push({ field: 'limit', message: FieldMessage.OUT_OF_RANGE });
  if (offset < 0) fields.push({ field: 'offset', message: FieldMessage.OUT_OF_RANGE });
  if (fields.length) throw new BadInputError(fields);
  return { take: limit, skip: offset };
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** Builds the `{ items total }` page type of the contract for one item type. */
export function PageType<T extends object>(item: ClassType<T>) {
  @ObjectType()
  abstract class PageClass implements Page<T> {
    @Field(() => [item])
    items: T[];

    @Field(() => Int, { description: 'All matching records, not just this page.' })
    total: number;
  }
  return PageClass;
}
