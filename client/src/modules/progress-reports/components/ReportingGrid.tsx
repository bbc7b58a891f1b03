import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { usePeriodName } from '../hooks/usePeriodName';
import {
  cellState,
  mayStartReport,
  type GridCell,
  type GridPartner,
  type GridPeriod,
  type GridRow,
} from '../reportGrid';
import { LateBadge, ReportStatusBadge } from './ReportStatusBadge';
import { progressReportPath } from '../../../app/paths';

export interface ReportingGridProps {
  programmeId: string;
  periods: GridPeriod[];
  rows: GridRow[];
  starting: boolean;
  onStart: (partner: GridPartner, period: GridPeriod) => void;
}

/**
 * Partners down, periods across: each cell the report's status, who is late, and a way in.
 * It scrolls sideways on a phone with the partner column kept in view.
 */
export function ReportingGrid(props: ReportingGridProps) {
  const { t } = useTranslation('progress-reports');
  const format = useFormat();
  const periodName = usePeriodName();
  return (
    <Table.ScrollContainer minWidth={Math.max(360, 160 + props.periods.length * 150)}>
      <Table aria-label={t('tab.gridLabel')} withTableBorder verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY}>{t('tab.partner')}</Table.Th>
            {props.periods.map((period) => (
              <Table.Th key={period.id} scope="col">
                <Text size="sm" fw={600}>
                  {periodName(period.startsOn, period.endsOn)}
                </Text>
                <Text size="xs" c="dimmed" fw={400}>
                  {t('cell.lateSince', { date: format.date(period.dueOn) })}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row) => {
            const name = organisationName(row.partner.organisation, format.locale);
            return (
              <Table.Tr key={row.partner.id}>
                <Table.Th scope="row" style={STICKY}>
                  <Text size="sm">{name}</Text>
                  <Text size="xs" c="dimmed">
                    {row.partner.side.name}
                  </Text>
                </Table.Th>
                {props.periods.map((period, index) => (
                  <Table.Td key={period.id}>
                    <CellContent
                      {...props}
                      cell={row.cells[index]}
                      partner={row.partner}
                      period={period}
                      label={{ partner: name, period: periodName(period.startsOn, period.endsOn) }}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

// The partner column stays in view while the periods scroll sideways.
const STICKY = {
  position: 'sticky',
  left: 0,
  background: 'var(--mantine-color-body)',
  zIndex: 1,
} as const;

interface CellContentProps extends ReportingGridProps {
  cell: GridCell | undefined;
  partner: GridPartner;
  period: GridPeriod;
  label: { partner: string; period: string };
}

function CellContent({
  cell,
  partner,
  period,
  label,
  programmeId,
  starting,
  onStart,
}: CellContentProps) {
  const { t } = useTranslation('progress-reports');
  if (!cell) return null;
  const state = cellState(cell);
  return (
    <Stack gap={4} align="flex-start">
      <ReportStatusBadge status={state} />
      {cell.late ? <LateBadge /> : null}
      {cell.submittedOnTime === false ? (
        <Text size="xs" c="dimmed">
          {t('cell.onTimeNo')}
        </Text>
      ) : null}
      {cell.reportId ? (
        <Anchor
          component={Link}
          to={progressReportPath(programmeId, cell.reportId)}
          size="sm"
          aria-label={t('cell.open', label)}
        >
          {t('tab.open')}
        </Anchor>
      ) : mayStartReport(partner, cell) ? (
        <Button
          size="compact-sm"
          variant="light"
          loading={starting}
          aria-label={t('cell.writeFor', label)}
          onClick={() => onStart(partner, period)}
        >
          {t('cell.write')}
        </Button>
      ) : null}
    </Stack>
  );
}
