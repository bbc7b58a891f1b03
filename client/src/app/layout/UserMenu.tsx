import { Button, Menu, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LOCALES } from '@spilno/shared';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from '../../modules/auth/public';
import type { CurrentUser } from '../../modules/auth/public';
import { useSignOut } from '../../modules/auth/public';
import { changeLocale, currentLocale, isLocale } from '../../ui/locale';

export interface UserMenuProps {
  user: CurrentUser;
}

export function UserMenu({ user }: UserMenuProps) {
  const { t } = useTranslation();
  const [passwordOpened, passwordModal] = useDisclosure(false);
  // The dialog's code downloads when it is first asked for, and it stays for its closing animation.
  const [passwordAsked, setPasswordAsked] = useState(false);
  const signOut = useSignOut();
  const active = currentLocale();

  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md">
        <Menu.Target>
          <Button
            variant="subtle"
            aria-label={t('userMenu.open', { name: user.name })}
            rightSection={<span aria-hidden="true">▾</span>}
            maw={{ base: 160, xs: 280 }}
          >
            <Text span truncate="end" inherit>
              {user.name}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('userMenu.signedInAs', { email: user.email })}</Menu.Label>
          <Menu.Divider />
          <Menu.Label>{t('userMenu.language')}</Menu.Label>
          <Menu.RadioGroup
            value={active}
            onChange={(value) => {
              if (isLocale(value)) void changeLocale(value);
            }}
          >
            {LOCALES.map((locale) => (
              <Menu.RadioItem key={locale} value={locale} lang={locale}>
                {t(`language.${locale}`)}
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
          <Menu.Divider />
          <Menu.Item
            onClick={() => {
              setPasswordAsked(true);
              passwordModal.open();
            }}
          >
            {t('userMenu.changePassword')}
          </Menu.Item>
          <Menu.Item color="red" onClick={() => void signOut()}>
            {t('userMenu.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {passwordAsked ? (
        <Suspense fallback={null}>
          <ChangePasswordModal opened={passwordOpened} onClose={passwordModal.close} />
        </Suspense>
      ) : null}
    </>
  );
}
