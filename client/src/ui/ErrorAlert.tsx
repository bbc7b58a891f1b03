import { Alert, Button, Group, Text } from '@mantine/core';
import { ErrorCode, RETRYABLE_CODES } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { conflictUpdatedBy, errorCodeOf, isNetworkFailure } from './errors';

export interface ErrorAlertProps {
  error: unknown;
  /** Offered for failures worth repeating as they are (network, server). */
  onRetry?: () => void;
  /** Offered on CONFLICT: fetch the latest version; defaults to reloading the page. */
  onReload?: () => void;
}

/** Translates an operation's error code into a message, with the matching way out. */
export function ErrorAlert({ error, onRetry, onReload }: ErrorAlertProps) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  const updatedBy = code === ErrorCode.CONFLICT ? conflictUpdatedBy(error) : null;
  const message = updatedBy
    ? t('errors.conflictBy', { name: updatedBy })
    : code
      ? t(`errors.code.${code}`)
      : isNetworkFailure(error)
        ? t('errors.network')
        : t('errors.unknown');

  const handleReload = () => {
    if (onReload) onReload();
    else window.location.reload();
  };

  const canRetry = onRetry && (code === null || RETRYABLE_CODES.has(code));
  return (
    <Alert
      color={code === ErrorCode.CONFLICT ? 'yellow' : 'red'}
      title={t('errors.title')}
      role="alert"
    >
      <Text size="sm">{message}</Text>
      {code === ErrorCode.CONFLICT || canRetry ? (
        <Group mt="sm">
          {code === ErrorCode.CONFLICT ? (
            <Button size="xs" variant="white" onClick={handleReload}>
              {t('common.reload')}
            </Button>
          ) : (
            <Button size="xs" variant="white" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
        </Group>
      ) : null}
    </Alert>
  );
}
