import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import { navItemsFor, type NavAbilities, type NavItem } from './navigation';

export interface NavigationLinksProps {
  /** The viewer's `me.viewerCan`. */
  abilities: NavAbilities;
  /** Lets the phone layout close the drawer after a choice. */
  onNavigate?: () => void;
}

interface NavigationLinkProps {
  item: NavItem;
  onNavigate?: () => void;
}

function NavigationLink({ item, onNavigate }: NavigationLinkProps) {
  const { t } = useTranslation();
  const match = useMatch({ path: item.to, end: item.end ?? false });
  return (
    // React Router's NavLink sets aria-current="page"; Mantine only styles it.
    <MantineNavLink
      component={NavLink}
      to={item.to}
      end={item.end}
      label={t(item.labelKey)}
      active={match !== null}
      onClick={onNavigate}
    />
  );
}

export function NavigationLinks({ abilities, onNavigate }: NavigationLinksProps) {
  return (
    <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {navItemsFor(abilities).map((item) => (
        <li key={item.to}>
          <NavigationLink item={item} onNavigate={onNavigate} />
        </li>
      ))}
    </Stack>
  );
}
