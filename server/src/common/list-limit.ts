import { FieldMessage, type FieldError, type ListLimit } from '@spilno/shared';
import { Arg, ArgsType, createParameterDecorator, Field, Int } from 'type-graphql';
import { BadInputError } from './errors';

/**
 * Every list of the API that grows with use takes `limit`, with a default and a hard maximum
 * (LIST_LIMITS in shared/); the schema test in test/lint/ holds every list field to it.
 */

function limitOptions(bound: ListLimit) {
  return {
    defaultValue: bound.default,
    description: `How many at most, 1–${bound.max}.`,
  };
}

/**
 * The `limit` argument of a list field, checked: outside 1..max it is BAD_USER_INPUT naming
 * it. For a field of a record already read, whose permissions its parent has checked.
 */
export function LimitArg(bound: ListLimit) {
  return createParameterDecorator(
    ({ args }) => checkedLimit(bound, (args as { limit: number }).limit),
    { arg: { name: 'limit', typeFunc: () => Int, options: limitOptions(bound) } },
  );
}

/**
 * The same argument unchecked, for a root list that checks it (checkedLimit) after its
 * permission checks, so an out-of-scope caller never learns about its input.
 */
export function RootLimitArg(bound: ListLimit) {
  return Arg('limit', () => Int, limitOptions(bound));
}

/** Range errors of `limit` (and `offset`, when given), to report with the other input's. */
export function windowErrors(bound: ListLimit, limit: number, offset = 0): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(limit) || limit < 1 || limit > bound.max) {
    errors.push({ field: 'limit', message: FieldMessage.OUT_OF_RANGE });
  }
  if (!Number.isInteger(offset) || offset < 0) {
    errors.push({ field: 'offset', message: FieldMessage.OUT_OF_RANGE });
  }
  return errors;
}

/** `limit` when it is within 1..max; else BAD_USER_INPUT naming it. */
export function checkedLimit(bound: ListLimit, limit: number): number {
  const errors = windowErrors(bound, limit);
  if (errors.length) throw new BadInputError(errors);
  return limit;
}

export interface ListWindow {
  limit: number;
  offset: number;
}

/**
 * `limit` and `offset` of a root list, for an @ArgsType to extend. The service checks them
 * (windowErrors) after its permission checks, as it does the rest of the input.
 */
export function ListArgs(bound: ListLimit) {
  @ArgsType()
  abstract class ListArgsClass implements ListWindow {
    @Field(() => Int, limitOptions(bound))
    limit: number = bound.default;

    @Field(() => Int, { defaultValue: 0, description: 'How many to skip, in the same order.' })
    offset: number = 0;
  }
  return ListArgsClass;
}
