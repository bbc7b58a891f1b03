import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import {
  MonitoringIssuesQuery,
  MonitoringProgrammeQuery,
  MonitoringRoundsQuery,
} from '../graphql/monitoring';
import { issueFixture, monitoringProgramme, roundFixture } from '../testing';
import { MonitoringTab } from './MonitoringTab';

interface Reader {
  organisationId: string | null;
  /** Whether the reader works for a partner of the programme (the server's answer). */
  partnerStaff: boolean;
  canEdit: boolean;
}

function mocks({ organisationId, partnerStaff, canEdit }: Reader) {
  const { id, title, periodStart, periodEnd, status, version, sides } = roundFixture();
  const round = {
    __typename: 'MonitoringRound',
    id,
    title,
    periodStart,
    periodEnd,
    status,
    version,
  };
  return [
    {
      request: { query: MonitoringProgrammeQuery, variables: { programmeId: 'p1' } },
      result: {
        data: {
          me: {
            __typename: 'User',
            id: 'u1',
            organisation: organisationId
              ? { __typename: 'Organisation', id: organisationId }
              : null,
          },
          // What the server's policy answers this reader: partners of the programme raise.
          programme: monitoringProgramme(
            canEdit,
            canEdit || partnerStaff,
            partnerStaff ? organisationId : null,
          ),
        },
      },
    },
    {
      request: { query: MonitoringRoundsQuery, variables: { programmeId: 'p1' } },
      result: { data: { monitoringRounds: [{ ...round, sides }] } },
    },
    {
      request: {
        query: MonitoringIssuesQuery,
        variables: {
          programmeId: 'p1',
          status: null,
          kind: null,
          category: null,
          severity: null,
          roundId: null,
          raisedById: null,
          limit: 50,
          offset: 0,
        },
      },
      result: {
        data: { monitoringIssues: { __typename: 'IssuePage', total: 1, items: [issueFixture()] } },
      },
    },
  ];
}

describe('MonitoringTab', () => {
  it('lists rounds with their completion and issues with who raised them', async () => {
    renderWithProviders(<MonitoringTab programmeId="p1" />, {
      mocks: mocks({ organisationId: null, partnerStaff: false, canEdit: false }),
    });
    const round = await screen.findByRole('article', { name: 'Моніторинг 2012' });
    expect(within(round).getByText('Partners who submitted: 2 of 4')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Monitoring issues' });
    const row = within(table).getByRole('row', { name: /Черги на пункті пропуску/ });
    expect(within(row).getByText('Харківська обласна рада')).toBeInTheDocument();
    expect(within(row).getByText('Харківська область')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Черги на пункті пропуску' })).toHaveAttribute(
      'href',
      '/programmes/p1/monitoring/issues/i1',
    );
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/export/programmes/p1/issues.csv?lang=en',
    );
    // Observers read; they neither raise issues nor open rounds.
    expect(screen.queryByRole('button', { name: 'Raise an issue' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open a round' })).toBeNull();
  });

  it('lets a partner raise issues, but not open rounds', async () => {
    renderWithProviders(<MonitoringTab programmeId="p1" />, {
      mocks: mocks({ organisationId: 'o-ru', partnerStaff: true, canEdit: false }),
    });
    expect(await screen.findByRole('button', { name: 'Raise an issue' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open a round' })).toBeNull();
  });

  it('lets a coordinator open rounds and raise issues for a chosen partner', async () => {
    renderWithProviders(<MonitoringTab programmeId="p1" />, {
      mocks: mocks({ organisationId: null, partnerStaff: false, canEdit: true }),
    });
    expect(await screen.findByRole('button', { name: 'Open a round' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Raise an issue' }));
    const dialog = await screen.findByRole('dialog', { name: 'Raise an issue' });
    expect(within(dialog).getByRole('combobox', { name: 'Raised by' })).toBeInTheDocument();
  });
});
