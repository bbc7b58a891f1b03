import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../modules/auth/public';
import { NotificationBell } from '../../modules/notifications/public';
import { OutboxButton, OutboxHost } from '../../modules/outbox/public';
import { lazyNamed } from '../../ui/lazyNamed';
import { LoadingState } from '../../ui/LoadingState';
import { NavigationLinks } from './NavigationLinks';
import { UserMenu } from './UserMenu';
import { HOME_PATH } from '../paths';

// Loaded after the frame, like the outbox's parts: nothing to show until offline.
const OfflineNotice = lazyNamed(() => import('../pwa/OfflineNotice'), 'OfflineNotice');

const MAIN_ID = 'main-content';
const NAVBAR_ID = 'main-navigation';
const NAVBAR_BREAKPOINT = 'sm';

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [navOpened, nav] = useDisclosure(false);
  const isDesktop = useMediaQuery('(min-width: 48em)');
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation move focus to the new content, as a page load would,
  // so keyboard and screen-reader users do not stay on the link they left.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  // A collapsed drawer on phones is only moved off-screen; inert keeps it out of the tab order.
  const navbarHidden = !isDesktop && !navOpened;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: NAVBAR_BREAKPOINT, collapsed: { mobile: !navOpened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('a11y.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom={NAVBAR_BREAKPOINT}
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={navOpened}
              aria-controls={NAVBAR_ID}
            />
            <Anchor
              component={Link}
              to={HOME_PATH}
              fw={700}
              size="lg"
              underline="never"
              aria-label={t('app.home')}
            >
              {t('app.name')}
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <Suspense fallback={null}>
              <OutboxButton />
            </Suspense>
            <UserMenu user={user} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id={NAVBAR_ID} aria-label={t('nav.label')} p="sm" inert={navbarHidden}>
        <NavigationLinks abilities={user.viewerCan} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} ref={mainRef} tabIndex={-1}>
        <Suspense fallback={null}>
          <OutboxHost />
          <OfflineNotice />
        </Suspense>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
