import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { gridRows, type ReportingStatusData } from '../reportGrid';
import { ReportingGrid } from './ReportingGrid';

const partner = (id: string, name: string, writeReport: boolean) => ({
  id,
  side: { id: `side-${id}`, name: `Side of ${name}` },
  organisation: { id: `org-${id}`, name, nameEn: null },
  viewerCan: { writeReport },
});

/** The grid as the server sends it to a viewer who writes `writes`' reports. */
const statusFor = (writes: string[]): ReportingStatusData => ({
  programmeId: 'p1',
  asOf: '2026-11-22',
  lateCount: 1,
  periods: [
    { id: 'h1', version: 1, startsOn: '2012-01-01', endsOn: '2012-06-30', dueOn: '2012-07-30' },
  ],
  partners: [
    partner('ua', 'Kharkiv Council', writes.includes('ua')),
    partner('ru', 'Belgorod Duma', writes.includes('ru')),
  ],
  cells: [
    {
      periodId: 'h1',
      partnerId: 'ua',
      reportId: 'r1',
      status: 'APPROVED',
      submittedAt: '2012-07-16T09:00:00Z',
      late: false,
      submittedOnTime: true,
    },
    {
      periodId: 'h1',
      partnerId: 'ru',
      reportId: null,
      status: null,
      submittedAt: null,
      late: true,
      submittedOnTime: null,
    },
  ],
});

function renderGrid(writes: string[]) {
  const onStart = vi.fn();
  const status = statusFor(writes);
  renderWithProviders(
    <ReportingGrid
      programmeId="p1"
      periods={status.periods}
      rows={gridRows(status)}
      starting={false}
      onStart={onStart}
    />,
  );
  return onStart;
}

describe('ReportingGrid', () => {
  it('shows each partner’s status for the period, who is late and a way into each report', () => {
    renderGrid([]);
    const grid = screen.getByRole('table', { name: 'Reports by partner and period' });
    expect(grid).toHaveTextContent('1st half of 2012');
    const ua = screen.getByRole('row', { name: /Kharkiv Council/ });
    expect(ua).toHaveTextContent('Approved');
    expect(
      screen.getByRole('link', { name: 'Open the report of Kharkiv Council for 1st half of 2012' }),
    ).toHaveAttribute('href', '/programmes/p1/reports/r1');
    const ru = screen.getByRole('row', { name: /Belgorod Duma/ });
    expect(ru).toHaveTextContent('No report');
    expect(ru).toHaveTextContent('Late');
    expect(screen.queryByRole('button', { name: /Write the report/ })).not.toBeInTheDocument();
  });

  it('offers to write a missing report exactly where the server grants writeReport', async () => {
    const onStart = renderGrid(['ru']);
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Write the report of Belgorod Duma for 1st half of 2012',
      }),
    );
    expect(onStart).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'ru' }),
      expect.objectContaining({ id: 'h1' }),
    );
  });
});
