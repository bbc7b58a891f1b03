import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN_CAN, COORDINATOR_CAN, viewerCan } from '../../../test/abilities';
import { renderWithProviders } from '../../../test/render';
import { CurrentUserContext, type CurrentUser } from '../../auth/hooks/useCurrentUser';
import { CoordinatorCandidatesQuery } from '../graphql/team';
import { programmeFixture } from '../testing';
import { ProgrammeCoordinators } from './ProgrammeCoordinators';

const candidates = {
  request: { query: CoordinatorCandidatesQuery, variables: { limit: 200 } },
  result: {
    data: {
      users: {
        __typename: 'UserPage',
        items: [
          {
            __typename: 'User',
            id: 'user-2',
            name: 'Petro Melnyk',
            email: 'petro@spilno.test',
            active: true,
          },
        ],
      },
    },
  },
};

/** The viewer as the server describes them; the role is left as it is to show it decides nothing. */
function render(abilities: CurrentUser['viewerCan'], addCoordinator: boolean) {
  const user: CurrentUser = {
    id: 'user-1',
    email: 'coordinator@spilno.test',
    name: 'Olena Koval',
    role: 'COORDINATOR',
    organisation: null,
    viewerCan: abilities,
  };
  return renderWithProviders(
    <CurrentUserContext value={user}>
      <ProgrammeCoordinators programme={programmeFixture({ viewerCan: { addCoordinator } })} />
    </CurrentUserContext>,
    { mocks: [candidates] },
  );
}

describe('ProgrammeCoordinators', () => {
  it('offers the account picker when the server grants addCoordinator and manageUsers', () => {
    render(ADMIN_CAN, true);
    expect(screen.getByText('Add a coordinator')).toBeInTheDocument();
  });

  it('explains who adds coordinators where accounts cannot be listed', () => {
    render(COORDINATOR_CAN, true);
    expect(screen.queryByText('Add a coordinator')).not.toBeInTheDocument();
    expect(screen.getByText(/added by the secretariat/)).toBeInTheDocument();
  });

  it('offers nothing to add where the programme refuses addCoordinator, whatever else is granted', () => {
    render(viewerCan('manageUsers'), false);
    expect(screen.queryByText('Add a coordinator')).not.toBeInTheDocument();
    expect(screen.queryByText(/added by the secretariat/)).not.toBeInTheDocument();
  });
});
