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
import { ProgrammeHeader } from './ProgrammeHeader';
import { ActionPlanTab, TimelineTab } from '../../action-plan';
import { EventsTab } from '../../events';
import { IndicatorsTab } from '../../indicators';
import { BudgetTab } from '../../budget';
import { TwinningTab } from '../../twinning';
import { MonitoringTab } from '../../monitoring';
import { DashboardTab } from '../../dashboard';
import { ReportsTab } from '../../progress-reports';
import { MissingTranslationsTab } from '../../localisation';

// The overview and the partners, with their editing dialogs, load when first opened too: a
// link into another tab (the dashboard) does not wait for them.
const ProgrammeOverview = lazyNamed(() => import('./ProgrammeOverview'), 'ProgrammeOverview');
const PartnersTab = lazyNamed(() => import('./PartnersTab'), 'PartnersTab');

// Every tab after the partners is a feature with its own weight, loaded when first opened
// (each module declares its tab lazily in its index.ts).
const FEATURE_TABS = {
  plan: ActionPlanTab,
  timeline: TimelineTab,
  events: EventsTab,
  indicators: IndicatorsTab,
  budget: BudgetTab,
  twinning: TwinningTab,
  monitoring: MonitoringTab,
  dashboard: DashboardTab,
  reports: ReportsTab,
  translations: MissingTranslationsTab,
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
        <Suspense fallback={<LoadingState />}>
          <Tabs.Panel value="overview" pt="lg">
            <ProgrammeOverview programme={programme} />
          </Tabs.Panel>
          <Tabs.Panel value="partners" pt="lg">
            <PartnersTab programme={programme} />
          </Tabs.Panel>
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
