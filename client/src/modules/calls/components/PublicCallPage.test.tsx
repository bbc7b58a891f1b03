import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { PublicCallQuery } from '../graphql/calls';
import { PublicCallPage } from './PublicCallPage';

const call = {
  __typename: 'PublicCall' as const,
  code: 'SPACES-2020',
  title: 'SPACES 2020',
  summary: 'A free educational programme for neighbouring communities.',
  status: 'CLOSED' as const,
  opensOn: '2020-02-01',
  closesOn: '2020-03-31',
  closesAt: '2020-03-31T21:00:00.000Z',
  minMembers: 4,
  maxMembers: 6,
  stages: [
    {
      __typename: 'CallStage' as const,
      name: 'Written application',
      criteria: [
        { __typename: 'CallCriterion' as const, name: 'Motivation', weight: 2, maxScore: 10 },
      ],
    },
  ],
  deliverables: ['Spatial development concept'],
  selected: [
    {
      __typename: 'PublicGroup' as const,
      title: 'Valley group',
      members: [
        {
          __typename: 'PublicGroupMember' as const,
          name: 'Громада',
          nameEn: 'Valley community',
          country: 'UA',
          lead: true,
        },
      ],
    },
  ],
};

function renderPage(data: { publicCall: typeof call | null }) {
  return renderWithProviders(
    <Routes>
      <Route path="/calls/:code" element={<PublicCallPage />} />
    </Routes>,
    {
      route: '/calls/SPACES-2020',
      mocks: [
        {
          request: { query: PublicCallQuery, variables: { code: 'SPACES-2020' } },
          result: { data },
        },
      ],
    },
  );
}

describe('PublicCallPage', () => {
  it('shows the call, its stages, deliverables and, once closed, the selected groups', async () => {
    renderPage({ publicCall: call });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'SPACES 2020' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Motivation: weight 2, up to 10 points')).toBeInTheDocument();
    expect(screen.getByText('Spatial development concept')).toBeInTheDocument();
    expect(screen.getByText('Valley group')).toBeInTheDocument();
    expect(screen.getByText(/Valley community/)).toBeInTheDocument();
  });

  it('says so when there is no such call', async () => {
    renderPage({ publicCall: null });
    expect(await screen.findByText('There is no such call')).toBeInTheDocument();
  });
});
