import { Anchor, Stack, Tabs } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { lazyNamed } from '../../../ui/lazyNamed';
import { LoadingState } from '../../../ui/LoadingState';
import {
  isProgrammeTab,
  programmePath,
  PROGRAMME_TABS,
  PROGRAMMES_PATH,
  type ProgrammeTab,
} from '../../../app/paths';
import { useProgrammeWorkspace } from '../workspace';
import { PartnersTab } from './PartnersTab';
import { ProgrammeHeader } from './ProgrammeHeader';
import { ProgrammeOverview } from './ProgrammeOverview';

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
  reports: lazyNamed(() => import('../../progress-reports/components/ReportsTab'), 'ReportsTab'),
  translations: lazyNamed(
    () => import('../../localisation/components/MissingTranslationsTab'),
    'MissingTranslationsTab',
  ),
} satisfies Record<Exclude<ProgrammeTab, 'overview' | 'partners'>, unknown>;

/** The tabs of the programme workspace: the overview, the partners and one per feature. */
export function ProgrammeDetailPage() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('programmes');
  const navigate = useNavigate();
  const { tab: tabParam = 'overview' } = useParams();
  const { programme, error, reload } = useProgrammeWorkspace();

  if (!isProgrammeTab(tabParam)) return <NotFoundPage />;
  const tab = tabParam;
  const handleTabChange = (value: string | null) => {
    if (value && isProgrammeTab(value) && value !== tab) {
      void navigate(programmePath(programme.id, value));
    }
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to={PROGRAMMES_PATH} size="sm">
        ← {t('programmes.detail.back')}
      </Anchor>
      <ProgrammeHeader programme={programme} />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
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
