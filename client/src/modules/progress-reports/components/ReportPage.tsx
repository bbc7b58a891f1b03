import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RecordUnavailable } from '../../../pages/RecordUnavailable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { ProgressReportQuery } from '../graphql/reports';
import { usePeriodName } from '../hooks/usePeriodName';
import { ReportContentView } from './ReportContentView';
import { ReportNarrative } from './ReportNarrative';
import { LateBadge, ReportStatusBadge } from './ReportStatusBadge';
import { ReviewPanel } from './ReviewPanel';
import { ReviewThread } from './ReviewThread';
import { programmePath } from '../../../app/paths';

/** One partner's report: write and submit it, or read and review it. */
export function ReportPage() {
  const { t } = useTranslation('progress-reports');
  const format = useFormat();
  const periodName = usePeriodName();
  const { id = '', reportId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProgressReportQuery, {
    variables: { id: reportId, programmeId: id },
  });
  const [notice, setNotice] = useState('');
  const report = data?.progressReport ?? null;

  if (loading && !data) return <LoadingState />;
  if (!report || !data?.programme || report.programmeId !== data.programme.id) {
    return (
      <RecordUnavailable
        error={error}
        onRetry={() => void refetch()}
        title={t('page.notFoundTitle')}
        description={t('page.notFoundBody')}
      />
    );
  }
  const partner = organisationName(report.partner.organisation, format.locale);
  const handleReload = () => void refetch();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={programmePath(report.programmeId, 'reports')} size="sm">
        ← {t('page.back', { code: data.programme.code })}
      </Anchor>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {report.partner.side.name}
        </Text>
        <Title order={1}>{t('page.title', { partner })}</Title>
        <Group gap="sm">
          <Text fw={600}>{periodName(report.periodStart, report.periodEnd)}</Text>
          <Text size="sm" c="dimmed">
            {format.date(report.periodStart)} – {format.date(report.periodEnd)}
          </Text>
          {report.period ? (
            <Text size="sm" c="dimmed">
              {t('page.due', { date: format.date(report.period.dueOn) })}
            </Text>
          ) : null}
        </Group>
        <Group gap="xs">
          <ReportStatusBadge status={report.status} />
          {report.late ? <LateBadge /> : null}
        </Group>
        {report.submittedAt ? (
          <Text size="sm" c="dimmed">
            {report.submittedBy
              ? t('page.submitted', {
                  date: format.dateTime(report.submittedAt),
                  name: report.submittedBy.name,
                })
              : t('page.submittedAnonymous', { date: format.dateTime(report.submittedAt) })}
            {report.firstSubmittedAt && report.firstSubmittedAt !== report.submittedAt ? (
              <> · {t('page.firstSubmitted', { date: format.dateTime(report.firstSubmittedAt) })}</>
            ) : null}
          </Text>
        ) : null}
      </Stack>
      <Text role="status" size="sm" c="teal" aria-live="polite">
        {notice}
      </Text>
      {error ? <ErrorAlert error={error} onRetry={handleReload} /> : null}
      {report.canReview ? (
        <ReviewPanel report={report} onReviewed={setNotice} onReload={handleReload} />
      ) : null}
      <Card withBorder>
        <ReportNarrative
          // A new version (saved, submitted, reviewed) starts the editor from what is stored.
          key={`${report.id}:${report.version}`}
          report={report}
          onNotice={setNotice}
          onReload={handleReload}
        />
      </Card>
      <ReviewThread reviews={report.reviews} />
      <Divider />
      <ReportContentView content={report.content} />
    </Stack>
  );
}
