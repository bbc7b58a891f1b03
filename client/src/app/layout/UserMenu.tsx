import { Suspense, useState } from 'react';
import type { CurrentUser } from '../../modules/auth/public';
import { lazyNamed } from '../../ui/lazyNamed';
import { UserMenuButton } from './UserMenuButton';

const loadPopup = () => import('./UserMenuPopup');
const UserMenuPopup = lazyNamed(loadPopup, 'UserMenuPopup');

export interface UserMenuProps {
  user: CurrentUser;
}

/**
 * The user's name in the header; the menu itself (and the popover code it needs) downloads
 * when the pointer or the focus first reaches the name, and opens on the click.
 */
export function UserMenu({ user }: UserMenuProps) {
  const [asked, setAsked] = useState(false);
  const prefetch = () => void loadPopup().catch(() => undefined);
  const button = (
    <UserMenuButton
      user={user}
      aria-expanded={false}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={() => setAsked(true)}
    />
  );
  if (!asked) return button;
  return (
    <Suspense fallback={button}>
      <UserMenuPopup user={user} />
    </Suspense>
  );
}
