import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Tabs } from '@mantine/core';
import { ErrorCode } from '@spilno/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { LoadingState } from '../../../ui/LoadingState';
import { ProgrammeQuery } from '../graphql/programmes';
import { PartnersTab } from './PartnersTab';
import { ProgrammeHeader } from './ProgrammeHeader';
import { ProgrammeOverview } from './ProgrammeOverview';

// The plan, timeline, events, indicators and budget are their own features with their own weight;
// they load when their tab is first opened.
const ActionPlanTab = lazy(async () => ({
  default: (await import('../../action-plan/components/ActionPlanTab')).ActionPlanTab,
}));
const TimelineTab = lazy(async () => ({
  default: (await import('../../action-plan/components/TimelineTab')).TimelineTab,
}));
const EventsTab = lazy(async () => ({
  default: (await import('../../events/components/EventsTab')).EventsTab,
}));
const IndicatorsTab = lazy(async () => ({
  default: (await import('../../indicators/components/IndicatorsTab')).IndicatorsTab,
}));
const DashboardTab = lazy(async () => ({
  default: (await import('../../dashboard/components/DashboardTab')).DashboardTab,
}));
const BudgetTab = lazy(async () => ({
  default: (await import('../../budget/components/BudgetTab')).BudgetTab,
}));
const TwinningTab = lazy(async () => ({
  default: (await import('../../twinning/components/TwinningTab')).TwinningTab,
}));
const MonitoringTab = lazy(async () => ({
  default: (await import('../../monitoring/components/MonitoringTab')).MonitoringTab,
}));
const ReportsTab = lazy(async () => ({
  default: (await import('../../reports/components/ReportsTab')).ReportsTab,
}));

/** Tabs in order; each but the overview has its own address, e.g. /programmes/:id/plan. */
export const PROGRAMME_TABS = [
  'overview',
  'partners',
  'plan',
  'timeline',
  'events',
  'indicators',
  'budget',
  'twinning',
  'monitoring',
  'dashboard',
  'reports',
] as const;
export type ProgrammeTab = (typeof PROGRAMME_TABS)[number];

function isProgrammeTab(value: string): value is ProgrammeTab {
  return (PROGRAMME_TABS as readonly string[]).includes(value);
}

export function programmePath(id: string, tab: ProgrammeTab = 'overview'): string {
  const base = `/programmes/${encodeURIComponent(id)}`;
  return tab === 'overview' ? base : `${base}/${tab}`;
}

export function ProgrammeDetailPage() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('programme');
  const navigate = useNavigate();
  const { id = '', tab: tabParam = 'overview' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProgrammeQuery, { variables: { id } });

  if (!isProgrammeTab(tabParam)) return <NotFoundPage />;
  const tab = tabParam;
  if (loading && !data) return <LoadingState />;
  // Out-of-scope and non-existent programmes look the same, as the server intends.
  if ((error && errorCodeOf(error) === ErrorCode.NOT_FOUND) || (data && !data.programme)) {
    return (
      <NotFoundPage
        title={t('programmes.detail.notFoundTitle')}
        description={t('programmes.detail.notFoundBody')}
      />
    );
  }
  if (!data?.programme) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }

  const programme = data.programme;
  const handleTabChange = (value: string | null) => {
    if (value && isProgrammeTab(value) && value !== tab) {
      void navigate(programmePath(programme.id, value));
    }
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/programmes" size="sm">
        ← {t('programmes.detail.back')}
      </Anchor>
      <ProgrammeHeader programme={programme} />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Tabs value={tab} onChange={handleTabChange} keepMounted={false}>
        <Tabs.List aria-label={tp('tabs.label')}>
          {PROGRAMME_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {tp(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="lg">
          <ProgrammeOverview programme={programme} />
        </Tabs.Panel>
        <Tabs.Panel value="partners" pt="lg">
          <PartnersTab programme={programme} />
        </Tabs.Panel>
        <Suspense fallback={<LoadingState />}>
          <Tabs.Panel value="plan" pt="lg">
            <ActionPlanTab programmeId={programme.id} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline" pt="lg">
            <TimelineTab programmeId={programme.id} />
          </Tabs.Panel>
          <Tabs.Panel value="events" pt="lg">
            <EventsTab programmeId={programme.id} />
          </Tabs.Panel>
          <Tabs.Panel value="indicators" pt="lg">
            <IndicatorsTab programmeId={programme.id} />
          </Tabs.Panel>
          <Tabs.Panel value="budget" pt="lg">
            <BudgetTab programmeId={programme.id} />
          </Tabs.Panel>
          <Tabs.Panel value="twinning" pt="lg">
            <TwinningTab programmeId={programme.id} />
          </Tabs.Panel>
          <Tabs.Panel value="monitoring" pt="lg">
            <MonitoringTab programmeId={programme.id} />
          </Tabs.Panel>
          <Tabs.Panel value="dashboard" pt="lg">
            <DashboardTab programmeId={programme.id} />
          </Tabs.Panel>
          <Tabs.Panel value="reports" pt="lg">
            <ReportsTab programmeId={programme.id} />
          </Tabs.Panel>
        </Suspense>
      </Tabs>
    </Stack>
  );
}
