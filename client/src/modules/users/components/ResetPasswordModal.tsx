import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { PASSWORD_MAX, PASSWORD_MIN } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRowFieldsFragment } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PasswordField } from '../../../ui/PasswordField';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { maxLength, minLength, required, rules } from '../../../ui/validation';
import { ResetUserPasswordMutation } from '../graphql/users';

export interface ResetPasswordModalProps {
  /** The user whose password is reset; null keeps the modal closed. */
  user: UserRowFieldsFragment | null;
  onClose: () => void;
  onDone: (user: UserRowFieldsFragment) => void;
}

interface ResetPasswordValues extends Record<string, unknown> {
  newPassword: string;
}

export function ResetPasswordModal({ user, onClose, onDone }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const [resetPassword, { loading }] = useMutation(ResetUserPasswordMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useAppForm<ResetPasswordValues>({
    initialValues: { newPassword: '' },
    validate: {
      newPassword: rules(required, minLength(PASSWORD_MIN), maxLength(PASSWORD_MAX)),
    },
  });

  const handleClose = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const handleSubmit = form.onSubmit(async (values) => {
    if (!user) return;
    setFailure(null);
    try {
      await resetPassword({ variables: { id: user.id, newPassword: values.newPassword } });
      form.reset();
      onDone(user);
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <Modal
      opened={user !== null}
      onClose={handleClose}
      title={user ? t('users.reset.title', { name: user.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {failure ? <ErrorAlert error={failure} /> : null}
          <PasswordField
            label={t('users.reset.newPassword')}
            description={t('users.form.passwordHint', { min: PASSWORD_MIN })}
            autoComplete="new-password"
            maxLength={PASSWORD_MAX}
            required
            data-autofocus
            {...form.getInputProps('newPassword')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={handleClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('users.reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
