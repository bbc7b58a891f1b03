import { SimpleGrid } from '@mantine/core';
import type { EventType } from '@spilno/shared';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnumValue } from '../../../ui/enums';
import { useFormat } from '../../../ui/useFormat';
import { EVENT_TYPE_FILLS, sideFill } from '../chartColors';
import { pivotByQuarter, quarterLabel, type QuarterRow } from '../dashboardData';
import { DashboardChart } from './DashboardChart';
import type { SectionProps } from './sectionProps';

const BarsChart = lazy(async () => ({
  default: (await import('../../../ui/charts/BarsChart')).BarsChart,
}));

const NO_SIDE = 'none';

/** Held events per quarter by type and by organising side, and attendees from each side. */
export function EventCharts({ dashboard, programme, view }: SectionProps) {
  const { t } = useTranslation('dashboard');
  const { t: tEvents } = useTranslation('events');
  const format = useFormat();
  const sideName = (id: string | null) => {
    const side = programme.sides.find((s) => s.id === id);
    return side
      ? t('sideName', { name: side.name, country: format.country(side.country) })
      : t('events.unknownSide');
  };
  const sidePosition = (id: string) => programme.sides.findIndex((s) => s.id === id);

  const byType = pivotByQuarter(dashboard.eventsPerQuarter, (row) => row.type);
  const bySide = pivotByQuarter(dashboard.eventsPerQuarter, (row) => row.sideId ?? NO_SIDE);
  const typeName = (type: string) => tEvents(`enums.EventType.${type as EnumValue<EventType>}`);
  const sideSeries = bySide.series.map((id) => ({
    key: id,
    name: id === NO_SIDE ? t('events.unknownSide') : sideName(id),
    fill: id === NO_SIDE ? 'var(--mantine-color-gray-5)' : sideFill(sidePosition(id)),
  }));
  const quarterRows = (rows: QuarterRow[], series: string[]) =>
    rows.map((row) => ({
      key: row.quarter,
      header: quarterLabel(row.quarter),
      cells: series.map((name) => format.number(Number(row[name] ?? 0))),
    }));
  const noEvents = dashboard.eventsPerQuarter.length === 0 ? t('events.none') : null;
  const quarterHeight = 260;

  const attendees = dashboard.attendeesBySide.map((entry) => ({
    name: sideName(entry.sideId),
    count: entry.count,
  }));
  const totalAttendees = attendees.reduce((sum, entry) => sum + entry.count, 0);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <DashboardChart
        caption={t('events.byType')}
        view={view}
        height={quarterHeight}
        empty={noEvents}
        chart={
          <BarsChart
            data={byType.rows}
            categoryKey="quarter"
            formatCategory={quarterLabel}
            stacked
            series={byType.series.map((type) => ({
              key: type,
              name: typeName(type),
              fill: EVENT_TYPE_FILLS[type as keyof typeof EVENT_TYPE_FILLS],
            }))}
          />
        }
        columns={[t('events.quarter'), ...byType.series.map(typeName)]}
        rows={quarterRows(byType.rows, byType.series)}
      />
      <DashboardChart
        caption={t('events.bySide')}
        view={view}
        height={quarterHeight}
        empty={noEvents}
        chart={
          <BarsChart
            data={bySide.rows}
            categoryKey="quarter"
            formatCategory={quarterLabel}
            series={sideSeries}
          />
        }
        columns={[t('events.quarter'), ...sideSeries.map((s) => s.name)]}
        rows={quarterRows(bySide.rows, bySide.series)}
      />
      <DashboardChart
        caption={t('events.attendees')}
        view={view}
        height={Math.max(140, 48 * attendees.length + 40)}
        empty={totalAttendees === 0 ? t('events.noAttendees') : null}
        chart={
          <BarsChart
            data={attendees}
            categoryKey="name"
            orientation="horizontal"
            categoryWidth={180}
            formatValue={format.number}
            series={[{ key: 'count', name: t('events.attendeesCount'), fill: sideFill(0) }]}
          />
        }
        columns={[t('side'), t('events.attendeesCount')]}
        rows={attendees.map((entry, index) => ({
          key: dashboard.attendeesBySide[index]?.sideId ?? entry.name,
          header: entry.name,
          cells: [format.number(entry.count)],
        }))}
      />
    </SimpleGrid>
  );
}
