import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

export interface FormActionsProps {
  submitLabel: string;
  onCancel: () => void;
  /** Shows the submit button as busy; cancel stays available so a slow save can be left. */
  submitting: boolean;
  submitDisabled?: boolean;
  /** Extra actions placed before cancel, e.g. a secondary way to save. */
  children?: ReactNode;
}

/** The footer of a form: cancel, then the submitting action, right-aligned. */
export function FormActions({
  submitLabel,
  onCancel,
  submitting,
  submitDisabled,
  children,
}: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {children}
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={submitting} disabled={submitDisabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}

export interface FormModalProps extends Omit<FormActionsProps, 'onCancel' | 'children'> {
  title: ReactNode;
  /** Most form modals are mounted only while open, hence the default. */
  opened?: boolean;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** A failure that no field could take; shown above the fields. */
  failure: unknown;
  /** Offered with the failure on CONFLICT, to fetch the record others changed. */
  onReload?: () => void;
  size?: ModalProps['size'];
  fullScreen?: boolean;
  /** Actions placed before cancel in the footer. */
  extraActions?: ReactNode;
  children: ReactNode;
}

/**
 * A modal holding one form: the error no field could take on top, the fields, then cancel
 * and submit. `noValidate` because the form's own rules show translated messages instead
 * of the browser's.
 */
export function FormModal({
  title,
  opened = true,
  onClose,
  onSubmit,
  failure,
  onReload,
  size,
  fullScreen,
  extraActions,
  children,
  ...actions
}: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      fullScreen={fullScreen}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {failure ? <ErrorAlert error={failure} onReload={onReload} /> : null}
          {children}
          <FormActions onCancel={onClose} {...actions}>
            {extraActions}
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
