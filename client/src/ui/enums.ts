/** Narrows an untrusted string (URL parameter, select value) to one of an enum's values. */
export function parseEnum<T extends string>(values: readonly T[], raw: string | null): T | null {
  return values.find((value) => value === raw) ?? null;
}

/** Select options for an enum, labelled in the interface language. */
export function enumOptions<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/**
 * The wire strings of a shared enum. Generated operation types use string literals;
 * shared enum members are assignable to them, so either can be passed where this is asked.
 */
export type EnumValue<E extends string> = `${E}`;
