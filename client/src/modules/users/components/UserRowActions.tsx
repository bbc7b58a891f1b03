import { ActionIcon, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserRowFieldsFragment } from '../../../generated/graphql';

export interface UserRowActionsProps {
  user: UserRowFieldsFragment;
  /** Administrators cannot lock themselves out. */
  isSelf: boolean;
  onToggleActive: (user: UserRowFieldsFragment) => void;
  onResetPassword: (user: UserRowFieldsFragment) => void;
}

export function UserRowActions({
  user,
  isSelf,
  onToggleActive,
  onResetPassword,
}: UserRowActionsProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('users.rowActions', { name: user.name })}
        >
          <span aria-hidden="true">⋯</span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          color={user.active ? 'red' : undefined}
          disabled={isSelf && user.active}
          onClick={() => onToggleActive(user)}
        >
          {user.active ? t('users.deactivate') : t('users.reactivate')}
        </Menu.Item>
        <Menu.Item onClick={() => onResetPassword(user)}>{t('users.resetPassword')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
