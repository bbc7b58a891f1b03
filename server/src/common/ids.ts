const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are opaque to clients; a malformed one simply matches no record. */
export function isId(value: string): boolean {
  return UUID.test(value);
}
