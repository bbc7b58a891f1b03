import { ErrorCode } from '@spilno/shared';
import { ErrorAlert } from '../ui/ErrorAlert';
import { errorCodeOf } from '../ui/errors';
import { NotFoundPage } from './NotFoundPage';

export interface RecordUnavailableProps {
  error: unknown;
  onRetry: () => void;
  /** The record page's own "not found" wording. */
  title: string;
  description: string;
}

/**
 * What a record's page shows instead of the record: a failure that retrying may cure, or
 * "not found" — which also stands for a record the reader may not see, or one reached under
 * another programme's address, so the page never tells the two apart.
 */
export function RecordUnavailable({ error, onRetry, title, description }: RecordUnavailableProps) {
  if (error && errorCodeOf(error) !== ErrorCode.NOT_FOUND) {
    return <ErrorAlert error={error} onRetry={onRetry} />;
  }
  return <NotFoundPage title={title} description={description} />;
}
