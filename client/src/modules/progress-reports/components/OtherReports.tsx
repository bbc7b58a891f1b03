import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { ProgressReportsQuery } from '../graphql/reports';
import { usePeriodName } from '../hooks/usePeriodName';
import type { GridPartner, GridPeriod } from '../reportGrid';
import { LateBadge, ReportStatusBadge } from './ReportStatusBadge';
import { progressReportPath } from '../../../app/paths';

export interface OtherReportsProps {
  programmeId: string;
  periods: GridPeriod[];
  partners: GridPartner[];
  /** A heading when the grid shows the rest; none when this list is all there is. */
  title: string | null;
}

/**
 * Reports the grid cannot show: all of them where the programme defines no periods, and
 * otherwise those written for other dates before the periods were defined.
 */
export function OtherReports({ programmeId, periods, partners, title }: OtherReportsProps) {
  const { t } = useTranslation('progress-reports');
  const format = useFormat();
  const periodName = usePeriodName();
  const { data } = useQuery(ProgressReportsQuery, { variables: { programmeId } });
  const defined = new Set(periods.map((p) => `${p.startsOn}/${p.endsOn}`));
  const reports = (data?.progressReports ?? []).filter(
    (r) => !defined.has(`${r.periodStart}/${r.periodEnd}`),
  );
  if (reports.length === 0) return null;
  const partnerName = (id: string) => {
    const partner = partners.find((p) => p.id === id);
    return partner ? organisationName(partner.organisation, format.locale) : '';
  };
  const label = title ?? t('tab.gridLabel');

  return (
    <Stack gap="sm">
      {title ? (
        <Title order={2} size="h4">
          {title}
        </Title>
      ) : null}
      <Table.ScrollContainer minWidth={360}>
        <Table aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tab.partner')}</Table.Th>
              <Table.Th>{t('tab.period')}</Table.Th>
              <Table.Th>{t('tab.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reports.map((report) => (
              <Table.Tr key={report.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={progressReportPath(programmeId, report.id)}
                    size="sm"
                  >
                    {partnerName(report.partner.id)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{periodName(report.periodStart, report.periodEnd)}</Table.Td>
                <Table.Td>
                  <ReportStatusBadge status={report.status} /> {report.late ? <LateBadge /> : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
