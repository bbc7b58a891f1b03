import type { CurrentUser, ViewerAbility } from '../modules/auth/hooks/useCurrentUser';

const ALL: readonly ViewerAbility[] = [
  'createProgramme',
  'editDirectory',
  'manageUsers',
  'readAudit',
  'readPortfolio',
  'proposeTwinning',
  'createTwinning',
];

/** A `me.viewerCan` as the server sends it: the named abilities granted, every other refused. */
export function viewerCan(...granted: ViewerAbility[]): CurrentUser['viewerCan'] {
  const abilities = Object.fromEntries(ALL.map((ability) => [ability, granted.includes(ability)]));
  return abilities as Record<ViewerAbility, boolean>;
}

/** What the server grants each role today, for tests that stand in a typical user. */
export const ADMIN_CAN = viewerCan(...ALL);
export const COORDINATOR_CAN = viewerCan(
  'createProgramme',
  'editDirectory',
  'readPortfolio',
  'proposeTwinning',
  'createTwinning',
);
export const PARTNER_CAN = viewerCan('proposeTwinning');
export const OBSERVER_CAN = viewerCan('readPortfolio');
