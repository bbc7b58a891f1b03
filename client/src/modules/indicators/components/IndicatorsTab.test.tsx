import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { CreateIndicatorMutation, IndicatorsQuery } from '../graphql/indicators';
import { IndicatorsTab } from './IndicatorsTab';

// The fixtures' names are English originals unless a test says otherwise.
function mocks(canEdit: boolean, languages: string[] = ['en', 'uk']) {
  return [
    {
      request: { query: IndicatorsQuery, variables: { programmeId: 'p1' } },
      result: {
        data: {
          programme: {
            __typename: 'Programme',
            id: 'p1',
            canEdit,
            languages,
            indicators: [
              {
                __typename: 'Indicator',
                id: 'i1',
                name: 'Participants from both sides',
                unit: 'people',
                target: 400,
                achieved: 185,
                source: 'ENTERED',
                eventTypes: [],
                sideId: null,
                twinningStatus: null,
                twinningKinds: [],
                countedEvents: [],
                version: 1,
              },
              {
                __typename: 'Indicator',
                id: 'i2',
                name: 'Round tables held',
                unit: 'events',
                target: 4,
                achieved: 1,
                source: 'EVENTS_HELD',
                eventTypes: ['ROUND_TABLE'],
                sideId: null,
                twinningStatus: null,
                twinningKinds: [],
                countedEvents: [
                  {
                    __typename: 'Event',
                    id: 'e1',
                    title: 'Round table in Lviv',
                    startsAt: '2026-03-04T10:00:00.000Z',
                  },
                ],
                version: 1,
              },
            ],
            actions: [{ __typename: 'Action', id: 'a1', code: '1', title: 'Conferences' }],
            sides: [{ __typename: 'ProgrammeSide', id: 's1', name: 'Lviv region' }],
          },
        },
      },
    },
  ];
}

const AGREEMENTS_SIGNED = {
  name: 'Agreements signed',
  unit: 'agreements',
  target: 5,
  achieved: null,
  actionId: null,
  source: 'TWINNING_RELATIONS',
  eventTypes: [],
  sideId: null,
  twinningStatus: 'ACTIVE',
  twinningKinds: ['AGREEMENT'],
};

const created = {
  request: {
    query: CreateIndicatorMutation,
    variables: { programmeId: 'p1', input: AGREEMENTS_SIGNED },
  },
  result: {
    data: {
      createIndicator: {
        __typename: 'Indicator',
        id: 'i3',
        ...AGREEMENTS_SIGNED,
        achieved: 2,
        countedEvents: [],
        version: 1,
      },
    },
  },
};

describe('IndicatorsTab', () => {
  it('shows target against achieved', async () => {
    renderWithProviders(<IndicatorsTab programmeId="p1" />, { mocks: mocks(false) });
    const table = await screen.findByRole('table', { name: 'Indicators' });
    const row = within(table).getByRole('row', { name: /Participants from both sides/ });
    expect(within(row).getByText('400 people')).toBeInTheDocument();
    expect(within(row).getByText('185 people')).toBeInTheDocument();
    expect(
      within(row).getByRole('progressbar', {
        name: 'Achieved of target: Participants from both sides',
      }),
    ).toHaveAttribute('aria-valuenow', '46');
    expect(screen.queryByRole('button', { name: 'New indicator' })).toBeNull();
  });

  it('marks computed indicators and lists the events they count', async () => {
    const user = userEvent.setup();
    renderWithProviders(<IndicatorsTab programmeId="p1" />, { mocks: mocks(false) });
    const table = await screen.findByRole('table', { name: 'Indicators' });
    const row = within(table).getByRole('row', { name: /Round tables held/ });
    expect(within(row).getByText('computed from events')).toBeInTheDocument();
    expect(within(table).getAllByText('computed from events')).toHaveLength(1);
    await user.click(
      within(row).getByRole('button', { name: 'Events counted for Round tables held' }),
    );
    expect(screen.getByRole('link', { name: 'Round table in Lviv' })).toHaveAttribute(
      'href',
      '/programmes/p1/events/e1',
    );
  });

  it('hides the achieved value unless it is entered by hand', async () => {
    const user = userEvent.setup();
    renderWithProviders(<IndicatorsTab programmeId="p1" />, { mocks: mocks(true) });
    await user.click(await screen.findByRole('button', { name: 'New indicator' }));
    const dialog = await screen.findByRole('dialog', { name: 'New indicator' });
    expect(within(dialog).getByRole('textbox', { name: 'Achieved' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: 'How is it measured' }));
    await user.click(await screen.findByRole('option', { name: 'Attendees of held events' }));
    expect(within(dialog).queryByRole('textbox', { name: 'Achieved' })).toBeNull();
    expect(within(dialog).getByRole('combobox', { name: 'Side counted' })).toBeInTheDocument();
  });

  it('lets coordinators add indicators and checks the form first', async () => {
    const user = userEvent.setup();
    renderWithProviders(<IndicatorsTab programmeId="p1" />, { mocks: mocks(true) });
    await user.click(await screen.findByRole('button', { name: 'New indicator' }));
    const dialog = await screen.findByRole('dialog', { name: 'New indicator' });
    await user.click(within(dialog).getByRole('button', { name: 'New indicator' }));
    expect(within(dialog).getAllByText('Required')).toHaveLength(3);
  });

  it('counts twinning relations in a status, of the kinds chosen, instead of events', async () => {
    const user = userEvent.setup();
    renderWithProviders(<IndicatorsTab programmeId="p1" />, {
      mocks: [...mocks(true), created, ...mocks(true)],
    });
    await user.click(await screen.findByRole('button', { name: 'New indicator' }));
    const dialog = await screen.findByRole('dialog', { name: 'New indicator' });
    // Pasted rather than typed key by key: the same form state, in a fraction of the time.
    await user.click(within(dialog).getByRole('textbox', { name: 'Indicator' }));
    await user.paste('Agreements signed');
    await user.click(within(dialog).getByRole('textbox', { name: /Unit/ }));
    await user.paste('agreements');
    await user.type(within(dialog).getByRole('textbox', { name: 'Target' }), '5');
    await user.click(within(dialog).getByRole('combobox', { name: 'How is it measured' }));
    await user.click(
      await screen.findByRole('option', { name: 'Twinning relations of the programme' }),
    );
    expect(within(dialog).queryByRole('combobox', { name: 'Event types counted' })).toBeNull();
    expect(within(dialog).getByRole('combobox', { name: 'Relations in the status' })).toHaveValue(
      'Active',
    );
    await user.click(within(dialog).getByRole('combobox', { name: 'Kinds of relation counted' }));
    await user.click(await screen.findByRole('option', { name: 'Agreement' }));
    await user.click(within(dialog).getByRole('button', { name: 'New indicator' }));
    expect(await screen.findByText('Indicator “Agreements signed” saved.')).toBeInTheDocument();
  });
});

describe('indicators written in another language', () => {
  it('mark names and units as not translated into the reader’s language', async () => {
    renderWithProviders(<IndicatorsTab programmeId="p1" />, { mocks: mocks(false, ['uk', 'en']) });
    const table = await screen.findByRole('table', { name: 'Indicators' });
    const row = within(table).getByRole('row', { name: /Participants from both sides/ });
    expect(within(row).getAllByText('Not translated into English')).toHaveLength(2);
    expect(within(row).getByText('Participants from both sides')).toHaveAttribute('lang', 'uk');
  });

  it('show no mark to readers of the language they are written in', async () => {
    renderWithProviders(<IndicatorsTab programmeId="p1" />, { mocks: mocks(false) });
    await screen.findByRole('table', { name: 'Indicators' });
    expect(screen.queryByText('Not translated into English')).toBeNull();
  });
});
