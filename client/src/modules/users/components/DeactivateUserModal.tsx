import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserRowFieldsFragment } from '../../../generated/graphql';

export interface DeactivateUserModalProps {
  user: UserRowFieldsFragment | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (user: UserRowFieldsFragment) => void;
}

/** Deactivation locks someone out, so it is confirmed; reactivation is not. */
export function DeactivateUserModal({ user, busy, onCancel, onConfirm }: DeactivateUserModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onCancel}
      title={user ? t('users.deactivateConfirm.title', { name: user.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text>{t('users.deactivateConfirm.body')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => user && onConfirm(user)}>
          {t('users.deactivateConfirm.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
