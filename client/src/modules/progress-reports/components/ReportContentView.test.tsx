import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ReportContentView, type ReportContentViewProps } from './ReportContentView';

type Content = ReportContentViewProps['content'];

const sides = [
  { sideId: 's-ua', sideName: 'Kharkiv region', count: 14 },
  { sideId: 's-ru', sideName: 'Belgorod region', count: 9 },
];

const filled: Content = {
  frozenAt: null,
  actions: [
    {
      actionId: 'a1',
      code: '1.2',
      title: 'Round table on border services',
      fromProgress: 20,
      toProgress: 60,
      fromStatus: 'IN_PROGRESS',
      toStatus: 'IN_PROGRESS',
      notes: [
        { at: '2012-03-14T10:00:00Z', progress: 60, status: 'IN_PROGRESS', note: 'Agenda agreed' },
        { at: '2012-03-20T10:00:00Z', progress: 60, status: 'IN_PROGRESS', note: null },
      ],
    },
  ],
  events: [
    {
      eventId: 'e1',
      type: 'ROUND_TABLE',
      title: 'Round table in Vovchansk',
      startsAt: '2012-03-15T08:00:00Z',
      endsAt: '2012-03-15T12:00:00Z',
      timeZone: 'Europe/Kyiv',
      venue: 'District council hall',
      outcomes: null,
      totalAttendees: 23,
      attendees: sides,
    },
  ],
  attendeesBySide: sides,
  indicators: [
    {
      indicatorId: 'i1',
      name: 'Round tables held',
      unit: 'events',
      target: 6,
      achieved: 2,
      source: 'EVENTS_HELD',
      inPeriod: 1,
    },
    {
      indicatorId: 'i2',
      name: 'Joint projects prepared',
      unit: 'projects',
      target: 2,
      achieved: 1,
      source: 'ENTERED',
      inPeriod: null,
    },
  ],
};

describe('ReportContentView', () => {
  it('lists the period’s actions, events, attendees per side and indicators', () => {
    renderWithProviders(<ReportContentView content={filled} />);

    const actions = screen.getByRole('table', {
      name: 'Actions whose progress changed in the period',
    });
    expect(within(actions).getByText('1.2 Round table on border services')).toBeInTheDocument();
    expect(within(actions).getByText('20% → 60%')).toBeInTheDocument();
    expect(within(actions).getByText(/Agenda agreed/)).toBeInTheDocument();

    const events = screen.getByRole('table', {
      name: 'Events the partner organised and held in the period',
    });
    expect(within(events).getByText('Round table in Vovchansk')).toBeInTheDocument();
    expect(within(events).getByText('Kharkiv region: 14; Belgorod region: 9')).toBeInTheDocument();

    const bySide = screen.getByRole('table', { name: 'Attendees per side' });
    const total = within(bySide).getByRole('row', { name: /Total/ });
    expect(total).toHaveTextContent('23');

    const indicators = screen.getByRole('table', { name: 'Programme indicators' });
    const rows = within(indicators).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Round tables held');
    expect(rows[2]).toHaveTextContent('entered by hand');
    expect(
      screen.getByText(/Filled in from the programme’s data as it is now/),
    ).toBeInTheDocument();
  });

  it('says so instead of showing empty tables', () => {
    renderWithProviders(
      <ReportContentView
        content={{
          ...filled,
          frozenAt: '2012-07-01T09:00:00Z',
          actions: [],
          events: [],
          indicators: [],
        }}
      />,
    );
    expect(screen.getByText(/^As submitted on /)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Programme indicators' })).not.toBeInTheDocument();
    expect(
      screen.getByText('No progress was reported on this partner’s actions in the period.'),
    ).toBeInTheDocument();
    expect(screen.getByText('The partner held no events in the period.')).toBeInTheDocument();
    expect(screen.getByText('The programme has no indicators.')).toBeInTheDocument();
  });
});
