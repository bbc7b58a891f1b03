import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

export interface ConfirmModalProps {
  opened: boolean;
  title: string;
  /** What will happen, in a sentence or two. */
  body?: ReactNode;
  confirmLabel: string;
  /** Red confirm button, for removals. */
  danger?: boolean;
  busy?: boolean;
  /** The failure of the last attempt; stays until the dialog closes. */
  error?: unknown;
  /** Shown instead of the generic message for a failure the caller can explain. */
  errorMessage?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** Offered on CONFLICT: fetch the latest version. */
  onReload?: () => void;
}

/** Asks before an action that cannot be undone from the same screen. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onCancel}
      title={props.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        {props.body ? <Text size="sm">{props.body}</Text> : null}
        {props.errorMessage ? (
          <Text role="alert" c="red" size="sm">
            {props.errorMessage}
          </Text>
        ) : props.error ? (
          <ErrorAlert error={props.error} onReload={props.onReload} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            color={props.danger ? 'red' : undefined}
            loading={props.busy}
            onClick={props.onConfirm}
            data-autofocus
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
