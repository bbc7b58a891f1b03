import { useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { OVERDUE_COLOR } from '../../action-plan/public';
import { useProgrammeWorkspace } from '../../programmes/public';
import { ProgrammeDashboardQuery } from '../graphql/dashboard';
import { BalanceChart } from './BalanceChart';
import type { DashboardView } from './DashboardChart';
import { EventCharts } from './EventCharts';
import { ProgressCharts } from './ProgressCharts';
import { ResultCharts } from './ResultCharts';
import { IssuesChart } from './IssuesChart';
import { TwinningChart } from './TwinningChart';
import { programmeReportPath, programmeReportPdfPath } from '../../../app/paths';

function Figure({
  label,
  value,
  color,
  children,
}: {
  label: string;
  value: string;
  color?: string;
  children?: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} c={color}>
        {value}
      </Text>
      {children}
    </Paper>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * A programme's figures for managers: progress, events, results, balance, monitoring and
 * twinning.
 */
export function DashboardTab() {
  const { t, i18n } = useTranslation('dashboard');
  const format = useFormat();
  const [view, setView] = useState<DashboardView>('chart');
  const { programme } = useProgrammeWorkspace();
  const { data, loading, error, refetch } = useQuery(ProgrammeDashboardQuery, {
    variables: { programmeId: programme.id },
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <LoadingState />;
  const dashboard = data?.programmeDashboard;
  if (!dashboard) {
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <EmptyMessage title={t('notFound')} />
    );
  }

  const overall = Math.round(dashboard.overallProgress);
  const held = dashboard.eventsByType.reduce((sum, entry) => sum + entry.count, 0);
  const attendees = dashboard.attendeesBySide.reduce((sum, entry) => sum + entry.count, 0);
  const props = { dashboard, programme, view };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2} size="h3">
          {t('title')}
        </Title>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('view.label')}
            value={view}
            onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
            data={[
              { value: 'chart', label: t('view.chart') },
              { value: 'table', label: t('view.table') },
            ]}
          />
          <Button component={Link} to={programmeReportPath(programme.id)} variant="light">
            {t('report.open')}
          </Button>
          <Button
            component="a"
            href={programmeReportPdfPath(programme.id, i18n.language)}
            variant="subtle"
          >
            {t('report.pdf')}
          </Button>
        </Group>
      </Group>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Figure label={t('figures.overall')} value={t('percent', { value: overall })}>
          <ProgressBar value={overall} mt={6} aria-label={t('figures.overall')} />
        </Figure>
        <Figure
          label={t('figures.overdue')}
          value={format.number(dashboard.overdueActions)}
          color={dashboard.overdueActions > 0 ? OVERDUE_COLOR : undefined}
        />
        <Figure label={t('figures.held')} value={format.number(held)} />
        <Figure label={t('figures.attendees')} value={format.number(attendees)} />
      </SimpleGrid>
      <Section title={t('sections.progress')}>
        <ProgressCharts {...props} />
      </Section>
      <Section title={t('sections.events')}>
        <EventCharts {...props} />
      </Section>
      <Section title={t('sections.balance')}>
        <BalanceChart {...props} />
      </Section>
      <Section title={t('sections.results')}>
        <ResultCharts {...props} />
      </Section>
      <Section title={t('sections.monitoring')}>
        <IssuesChart {...props} />
      </Section>
      <Section title={t('sections.twinning')}>
        <TwinningChart {...props} />
      </Section>
    </Stack>
  );
}
