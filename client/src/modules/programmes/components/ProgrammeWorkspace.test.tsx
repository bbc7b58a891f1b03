import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { eventPath, programmePath } from '../../../app/paths';
import { renderWithProviders } from '../../../test/render';
import { ProgrammeQuery } from '../graphql/programmes';
import { programmeFixture } from '../testing';
import { useProgrammeWorkspace } from '../workspace';
import { ProgrammeWorkspace } from './ProgrammeWorkspace';

/** A child page of the workspace, standing in for the event page: shows what it was handed. */
function ChildPage() {
  const { programme } = useProgrammeWorkspace();
  return (
    <>
      <p>
        {programme.code}: {programme.sides.length} sides, {programme.partners.length} partners,
        {programme.canEdit ? ' editable' : ' read-only'}
      </p>
      <Link to={programmePath(programme.id, 'partners')}>to the partners</Link>
    </>
  );
}

function TabPage() {
  const { programme } = useProgrammeWorkspace();
  return <p>tab of {programme.code}</p>;
}

describe('ProgrammeWorkspace', () => {
  it('loads the programme once and hands it to its child pages and tabs', async () => {
    const programme = programmeFixture();
    renderWithProviders(
      <Routes>
        <Route path="/programmes/:id" element={<ProgrammeWorkspace />}>
          <Route path="events/:eventId" element={<ChildPage />} />
          <Route path=":tab?" element={<TabPage />} />
        </Route>
      </Routes>,
      {
        route: eventPath(programme.id, 'event-1'),
        // One answer only: a second request for the programme would find no mock and fail.
        mocks: [
          {
            request: { query: ProgrammeQuery, variables: { id: programme.id } },
            result: { data: { programme: { __typename: 'Programme', ...programme } } },
          },
        ],
      },
    );
    expect(await screen.findByText('KH-BE-2012: 2 sides, 0 partners, editable')).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'to the partners' }));
    expect(await screen.findByText('tab of KH-BE-2012')).toBeVisible();
  });
});
