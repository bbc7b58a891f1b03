import { Button, Text, type ButtonProps } from '@mantine/core';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../modules/auth/public';

export interface UserMenuButtonProps
  extends ButtonProps, Omit<ComponentPropsWithRef<'button'>, keyof ButtonProps> {
  user: CurrentUser;
}

/** The button that opens the user menu: the signed-in user's name. */
export function UserMenuButton({ user, ...props }: UserMenuButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      aria-label={t('userMenu.open', { name: user.name })}
      aria-haspopup="menu"
      rightSection={<span aria-hidden="true">▾</span>}
      maw={{ base: 160, xs: 280 }}
      {...props}
    >
      <Text span truncate="end" inherit>
        {user.name}
      </Text>
    </Button>
  );
}
