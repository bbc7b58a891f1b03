import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { PASSWORD_MAX, PASSWORD_MIN } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormActions } from '../../../ui/FormModal';
import { PasswordField } from '../../../ui/PasswordField';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { ClientFieldMessage, maxLength, minLength, required, rules } from '../../../ui/validation';
import { ChangePasswordMutation } from '../graphql/password';

export interface ChangePasswordModalProps {
  opened: boolean;
  onClose: () => void;
}

interface ChangePasswordValues extends Record<string, unknown> {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordModal({ opened, onClose }: ChangePasswordModalProps) {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const form = useAppForm<ChangePasswordValues>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: required,
      newPassword: rules(required, minLength(PASSWORD_MIN), maxLength(PASSWORD_MAX)),
      confirmPassword: (value, values) =>
        value === values.newPassword ? null : ClientFieldMessage.PASSWORDS_MISMATCH,
    },
  });

  const handleClose = () => {
    form.reset();
    setFailure(null);
    setDone(false);
    onClose();
  };

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await changePassword({
        variables: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      form.reset();
      setDone(true);
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={handleClose}
      title={t('auth.changePassword.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {done ? (
        <Stack>
          <Alert color="green" role="status">
            {t('auth.changePassword.success')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={handleClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            {failure ? <ErrorAlert error={failure} /> : null}
            <PasswordField
              label={t('auth.changePassword.current')}
              autoComplete="current-password"
              required
              data-autofocus
              {...form.getInputProps('currentPassword')}
            />
            <PasswordField
              label={t('auth.changePassword.new')}
              description={t('auth.changePassword.hint', { min: PASSWORD_MIN })}
              autoComplete="new-password"
              maxLength={PASSWORD_MAX}
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordField
              label={t('auth.changePassword.confirm')}
              autoComplete="new-password"
              maxLength={PASSWORD_MAX}
              required
              {...form.getInputProps('confirmPassword')}
            />
            <FormActions
              submitLabel={t('auth.changePassword.submit')}
              onCancel={handleClose}
              submitting={loading}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
