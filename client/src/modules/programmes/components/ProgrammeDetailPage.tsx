import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Tabs } from '@mantine/core';
import { ErrorCode } from '@spilno/shared';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { lazyNamed } from '../../../ui/lazyNamed';
import { LoadingState } from '../../../ui/LoadingState';
import { ProgrammeQuery } from '../graphql/programmes';
import { PartnersTab } from './PartnersTab';
import { ProgrammeHeader } from './ProgrammeHeader';
import { ProgrammeOverview } from './ProgrammeOverview';

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
  'translations',
] as const;
export type ProgrammeTab = (typeof PROGRAMME_TABS)[number];

// Every tab after the partners is a feature with its own weight, loaded when first opened.
const FEATURE_TABS = {
  plan: lazyNamed(() => import('../../action-plan/components/ActionPlanTab'), 'ActionPlanTab'),
  timeline: lazyNamed(() => import('../../action-plan/components/TimelineTab'), 'TimelineTab'),
  events: lazyNamed(() => import('../../events/components/EventsTab'), 'EventsTab'),
  indicators: lazyNamed(() => import('../../indicators/components/IndicatorsTab'), 'IndicatorsTab'),
  budget: lazyNamed(() => import('../../budget/components/BudgetTab'), 'BudgetTab'),
  twinning: lazyNamed(() => import('../../twinning/components/TwinningTab'), 'TwinningTab'),
  monitoring: lazyNamed(() => import('../../monitoring/components/MonitoringTab'), 'MonitoringTab'),
  dashboard: lazyNamed(() => import('../../dashboard/components/DashboardTab'), 'DashboardTab'),
  reports: lazyNamed(() => import('../../reports/components/ReportsTab'), 'ReportsTab'),
  translations: lazyNamed(
    () => import('../../localisation/components/MissingTranslationsTab'),
    'MissingTranslationsTab',
  ),
} satisfies Record<Exclude<ProgrammeTab, 'overview' | 'partners'>, unknown>;

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
          {PROGRAMME_TABS.filter((value) => value !== 'translations' || programme.canEdit).map(
            (value) => (
              <Tabs.Tab key={value} value={value}>
                {tp(`tabs.${value}`)}
              </Tabs.Tab>
            ),
          )}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="lg">
          <ProgrammeOverview programme={programme} />
        </Tabs.Panel>
        <Tabs.Panel value="partners" pt="lg">
          <PartnersTab programme={programme} />
        </Tabs.Panel>
        <Suspense fallback={<LoadingState />}>
          {Object.entries(FEATURE_TABS).map(([value, FeatureTab]) => (
            <Tabs.Panel key={value} value={value} pt="lg">
              <FeatureTab programmeId={programme.id} />
            </Tabs.Panel>
          ))}
        </Suspense>
      </Tabs>
    </Stack>
  );
}
