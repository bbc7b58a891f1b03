import { Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LOCALES } from '@spilno/shared';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from '../../modules/auth/public';
import { type CurrentUser, useSignOut } from '../../modules/auth/public';
import { changeLocale, currentLocale, isLocale } from '../../ui/locale';
import { UserMenuButton } from './UserMenuButton';

/**
 * The user menu, mounted by the click that asked for it: it takes the focus to its own button
 * (the one clicked was a stand-in while this code downloaded), so closing returns it there,
 * and then opens.
 */
export function UserMenuPopup({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const [passwordOpened, passwordModal] = useDisclosure(false);
  // The dialog's code downloads when it is first asked for, and it stays for its closing animation.
  const [passwordAsked, setPasswordAsked] = useState(false);
  const signOut = useSignOut();
  const active = currentLocale();
  const target = useRef<HTMLButtonElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    target.current?.focus();
    // Opened on a later frame, so the menu notes its button as where the focus returns.
    const frame = requestAnimationFrame(() => setOpened(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <>
      <Menu opened={opened} onChange={setOpened} position="bottom-end" width={240} shadow="md">
        <Menu.Target>
          <UserMenuButton ref={target} user={user} />
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
