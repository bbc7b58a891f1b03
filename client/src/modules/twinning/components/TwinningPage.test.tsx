import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { OBSERVER_CAN } from '../../../test/abilities';
import { CurrentUserContext, type CurrentUser } from '../../auth/hooks/useCurrentUser';
import { TwinningRelationQuery } from '../graphql/twinning';
import { relationFixture, step } from '../testing';
import { TwinningPage } from './TwinningPage';

const OBSERVER: CurrentUser = {
  id: 'user-observer',
  email: 'observer@spilno.test',
  name: 'Andrii Observer',
  role: 'OBSERVER',
  organisation: null,
  viewerCan: OBSERVER_CAN,
};

const ACTIVATED = relationFixture({
  status: 'ACTIVE',
  version: 2,
  canChange: false,
  history: [
    ...relationFixture().history,
    step('step-2', {
      fromStatus: 'PROPOSED',
      toStatus: 'ACTIVE',
      effectiveOn: '2026-04-02',
      at: '2026-04-02T10:00:00.000Z',
      note: 'Memorandum signed',
      author: 'Mykola Coordinator',
    }),
  ],
});

function renderPage() {
  return renderWithProviders(
    <CurrentUserContext value={OBSERVER}>
      <Routes>
        <Route path="/twinning/:id" element={<TwinningPage />} />
      </Routes>
    </CurrentUserContext>,
    {
      route: '/twinning/relation-1',
      mocks: [
        {
          request: { query: TwinningRelationQuery, variables: { id: 'relation-1' } },
          result: { data: { twinningRelation: ACTIVATED } },
        },
      ],
    },
  );
}

describe('TwinningPage', () => {
  it('shows the history as a timeline, each step with its date, author and note', async () => {
    renderPage();
    const history = await screen.findByRole('region', { name: 'History' });
    const steps = within(history).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[0]).toHaveTextContent('Recorded as Proposed');
    expect(steps[0]).toHaveTextContent('Iryna Kharkivska');
    expect(steps[0]).toHaveTextContent('Proposed after the round table');
    expect(steps[1]).toHaveTextContent('Proposed → Active');
    expect(steps[1]).toHaveTextContent('Mykola Coordinator');
    expect(steps[1]).toHaveTextContent('Memorandum signed');
  });

  it('leaves a reader without the controls of those who may change it', async () => {
    renderPage();
    expect(
      await screen.findByRole('heading', {
        name: 'Kharkiv Regional Council ↔ Belgorod Regional Duma',
      }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Change the status' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Attach a file')).not.toBeInTheDocument();
  });
});
