import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { PublicProgrammeQuery } from '../graphql/publicSite';
import { PublicProgrammePage } from './PublicProgrammePage';

const programme = {
  __typename: 'PublicProgramme' as const,
  code: 'KH-BE-2012',
  title: 'Cross-border cooperation',
  summary: 'Joint events of both sides.',
  language: 'en',
  status: 'ACTIVE' as const,
  startsOn: '2012-01-01',
  endsOn: '2014-12-31',
  overallProgress: 55.4,
  sides: [
    { __typename: 'PublicSide' as const, id: 's1', name: 'Kharkiv region', country: 'UA' },
    { __typename: 'PublicSide' as const, id: 's2', name: 'Belgorod region', country: 'RU' },
  ],
  partners: [
    {
      __typename: 'PublicPartner' as const,
      name: 'Харківська обласна рада',
      nameEn: 'Kharkiv Regional Council',
      country: 'UA',
      sideId: 's1',
      role: 'LEAD' as const,
    },
  ],
  actions: [
    {
      __typename: 'PublicAction' as const,
      code: '1',
      title: 'Round tables',
      status: 'DONE' as const,
      progress: 100,
    },
  ],
  events: [
    {
      __typename: 'PublicEvent' as const,
      type: 'CONFERENCE' as const,
      title: 'Opening conference',
      startsAt: '2012-10-04T07:00:00.000Z',
      endsAt: '2012-10-04T14:00:00.000Z',
      timeZone: 'Europe/Kyiv',
      venue: 'Kharkiv',
      organiser: 'Харківська обласна рада',
      outcomes: 'A memorandum was signed.',
    },
  ],
  twinning: [
    {
      __typename: 'PublicTwinning' as const,
      organisations: [
        {
          __typename: 'PublicTwinningParty' as const,
          name: 'Харківська міська рада',
          nameEn: 'Kharkiv City Council',
          country: 'UA',
        },
        {
          __typename: 'PublicTwinningParty' as const,
          name: 'Rada Miasta Lublin',
          nameEn: null,
          country: 'PL',
        },
      ],
      kind: 'AGREEMENT' as const,
      since: '2013-05-20',
      areas: ['Culture', 'Education'],
    },
  ],
};

function renderPage(code: string, data: { publicProgramme: typeof programme | null }) {
  return renderWithProviders(
    <Routes>
      <Route path="/p/:code" element={<PublicProgrammePage />} />
    </Routes>,
    {
      route: `/p/${code}`,
      mocks: [
        {
          request: {
            query: PublicProgrammeQuery,
            variables: { code, language: 'en', eventLimit: 51 },
          },
          result: { data },
        },
      ],
    },
  );
}

describe('PublicProgrammePage', () => {
  it('shows the programme, its sides and partners, plan progress and held events', async () => {
    renderPage('KH-BE-2012', { publicProgramme: programme });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cross-border cooperation' }),
    ).toBeInTheDocument();
    expect(screen.getByText('55%')).toBeInTheDocument();
    const sides = screen.getByRole('region', { name: 'Sides and partners' });
    expect(within(sides).getByText('Kharkiv Regional Council')).toBeInTheDocument();
    expect(within(sides).getByText('No partners on this side yet.')).toBeInTheDocument();
    const events = screen.getByRole('region', { name: 'Events held' });
    expect(within(events).getByRole('heading', { name: 'Opening conference' })).toBeInTheDocument();
    expect(within(events).getByText('A memorandum was signed.')).toBeInTheDocument();
    const twinning = screen.getByRole('region', { name: 'Twinning relations' });
    expect(
      within(twinning).getByRole('heading', {
        name: 'Kharkiv City Council (Ukraine) — Rada Miasta Lublin (Poland)',
      }),
    ).toBeInTheDocument();
    expect(within(twinning).getByText('Agreement')).toBeInTheDocument();
    expect(within(twinning).getByText(/Culture, Education/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /language/i })).toBeInTheDocument();
  });

  it('says so when the programme is not published', async () => {
    renderPage('NOPE', { publicProgramme: null });
    expect(await screen.findByText('This programme page is not published')).toBeInTheDocument();
  });
});
