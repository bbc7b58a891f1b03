/** PostgreSQL's code for a unique violation. */
const UNIQUE_VIOLATION = '23505';

/** True when `error` is a unique-constraint violation (a race lost after a pre-check). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string }; code?: string } | null) ?? {};
  return (driverError.driverError?.code ?? driverError.code) === UNIQUE_VIOLATION;
}
