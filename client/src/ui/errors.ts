import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode, errorCodeOfHttpStatus, FieldMessage, type FieldError } from '@spilno/shared';
import type { GraphQLFormattedError } from 'graphql';

const ERROR_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));
const FIELD_MESSAGES: ReadonlySet<string> = new Set(Object.values(FieldMessage));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && ERROR_CODES.has(value);
}

export function isFieldMessage(value: unknown): value is FieldMessage {
  return typeof value === 'string' && FIELD_MESSAGES.has(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * GraphQL errors of a failed operation. Errors normally arrive as CombinedGraphQLErrors;
 * a proxy that answers a non-2xx status as plain JSON yields a ServerError whose body
 * still carries them.
 */
function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (isRecord(body) && Array.isArray(body.errors)) {
        return body.errors.filter(isRecord).map((e) => ({
          message: typeof e.message === 'string' ? e.message : '',
          extensions: isRecord(e.extensions) ? e.extensions : undefined,
        }));
      }
    } catch {
      // Not JSON: fall back to the status code below.
    }
  }
  return [];
}

/** The first known `extensions.code` of an Apollo error, or null (network or unknown). */
export function errorCodeOf(error: unknown): ErrorCode | null {
  for (const graphQLError of graphQLErrorsOf(error)) {
    const code = graphQLError.extensions?.code;
    if (isErrorCode(code)) return code;
  }
  if (ServerError.is(error)) {
    return errorCodeOfHttpStatus(error.statusCode);
  }
  return null;
}

/** No answer from the server at all (offline, DNS, connection refused). */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError;
}

/** `extensions.fields` of a BAD_USER_INPUT error, shape-checked. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  const result: FieldError[] = [];
  for (const graphQLError of graphQLErrorsOf(error)) {
    const fields = graphQLError.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const entry of fields) {
      if (isRecord(entry) && typeof entry.field === 'string' && typeof entry.message === 'string') {
        result.push({ field: entry.field, message: entry.message });
      }
    }
  }
  return result;
}

/** The message of a BAD_USER_INPUT's first field error, e.g. `in_use` for a refused removal. */
export function firstFieldMessage(error: unknown): FieldMessage | null {
  const message = fieldErrorsOf(error)[0]?.message;
  return isFieldMessage(message) ? message : null;
}

/** Who saved the record last, from a CONFLICT's `extensions.updatedBy`, when the server knows. */
export function conflictUpdatedBy(error: unknown): string | null {
  for (const graphQLError of graphQLErrorsOf(error)) {
    if (graphQLError.extensions?.code !== ErrorCode.CONFLICT) continue;
    const updatedBy = graphQLError.extensions.updatedBy;
    if (typeof updatedBy === 'string' && updatedBy.trim() !== '') return updatedBy;
  }
  return null;
}

/** The form field a server path points at: `input.email` → `email`, `newPassword` → itself. */
export function fieldNameOf(path: string): string {
  const segments = path.split('.');
  return segments[segments.length - 1] ?? path;
}
