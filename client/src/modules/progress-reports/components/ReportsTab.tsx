import { useQuery } from '@apollo/client/react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { ErrorCode } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { ReportingStatusQuery } from '../graphql/reports';
import { useStartReport } from '../hooks/useStartReport';
import { gridRows, latePartners, writablePartners } from '../reportGrid';
import { NewReportModal } from './NewReportModal';
import { OtherReports } from './OtherReports';
import { PeriodsPanel } from './PeriodsPanel';
import { ReportingGrid } from './ReportingGrid';

export interface ReportsTabProps {
  programmeId: string;
}

/**
 * The programme's reporting: who reported what for each period and who is late, a way into
 * each report, and for coordinators the periods themselves.
 */
export function ReportsTab({ programmeId }: ReportsTabProps) {
  const { t } = useTranslation('progress-reports');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(ReportingStatusQuery, {
    variables: { programmeId },
  });
  const { start, starting, failure } = useStartReport(programmeId);
  const [notice, setNotice] = useState('');
  const [writingNew, setWritingNew] = useState(false);
  const status = data?.reportingStatus ?? null;
  const rows = useMemo(() => (status ? gridRows(status) : []), [status]);

  if (loading && !data) return <LoadingState />;
  if (!status || !data?.programme) {
    if (!error || errorCodeOf(error) === ErrorCode.NOT_FOUND) {
      return <EmptyMessage title={t('page.notFoundTitle')} />;
    }
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  const programme = data.programme;
  const late = latePartners(rows);
  const writable = writablePartners(status.partners);
  const hasPeriods = status.periods.length > 0;

  return (
    <Stack gap="lg">
      <Text role="status" size="sm" c="teal" aria-live="polite">
        {notice}
      </Text>
      {failure ? <ErrorAlert error={failure} /> : null}
      {hasPeriods ? (
        <>
          {late.length > 0 ? (
            <Alert color="red" variant="light" title={t('tab.late', { count: status.lateCount })}>
              {t('tab.lateList', {
                names: late
                  .map((row) => organisationName(row.partner.organisation, format.locale))
                  .join(', '),
              })}
            </Alert>
          ) : (
            <Text size="sm" c="teal">
              {t('tab.allOnTime')}
            </Text>
          )}
          <ReportingGrid
            programmeId={programmeId}
            periods={status.periods}
            rows={rows}
            starting={starting}
            onStart={(partner, period) =>
              void start({
                partnerId: partner.id,
                periodStart: period.startsOn,
                periodEnd: period.endsOn,
              })
            }
          />
        </>
      ) : (
        <EmptyMessage
          title={t('tab.noPeriods')}
          description={programme.canEdit ? t('tab.noPeriodsCoordinator') : t('tab.noPeriodsBody')}
          action={
            writable.length > 0 ? (
              <Button onClick={() => setWritingNew(true)}>{t('tab.newReport')}</Button>
            ) : undefined
          }
        />
      )}
      <OtherReports
        programmeId={programmeId}
        periods={status.periods}
        partners={status.partners}
        title={hasPeriods ? t('tab.otherReports') : null}
      />
      {programme.canEdit ? (
        <PeriodsPanel
          programme={programme}
          periods={status.periods}
          onReload={() => void refetch()}
          onChanged={setNotice}
        />
      ) : null}
      {writingNew ? (
        <NewReportModal
          programmeId={programmeId}
          partners={writable}
          onClose={() => setWritingNew(false)}
        />
      ) : null}
    </Stack>
  );
}
