import { Role } from '@spilno/shared';
import { lazyNamed } from '../ui/lazyNamed';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { RequireRole } from '../modules/auth/components/RequireRole';
import { SIGN_IN_PATH } from '../modules/auth/nextPath';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { SignInPage } from '../pages/SignInPage';
import { AppLayout } from './layout/AppLayout';
import { PORTFOLIO_ROLES } from './layout/navigation';

// Feature pages load on first visit, so the sign-in page stays light; administration is
// used by a few people and everyone else never downloads it.
const ProgrammesPage = lazyNamed(
  () => import('../modules/programmes/components/ProgrammesPage'),
  'ProgrammesPage',
);
const ProgrammeDetailPage = lazyNamed(
  () => import('../modules/programmes/components/ProgrammeDetailPage'),
  'ProgrammeDetailPage',
);
const ProgrammeCreatePage = lazyNamed(
  () => import('../modules/programmes/components/ProgrammeCreatePage'),
  'ProgrammeCreatePage',
);
const EventPage = lazyNamed(() => import('../modules/events/components/EventPage'), 'EventPage');
const IssuePage = lazyNamed(
  () => import('../modules/monitoring/components/IssuePage'),
  'IssuePage',
);
const RoundPage = lazyNamed(
  () => import('../modules/monitoring/components/RoundPage'),
  'RoundPage',
);
const ReportPage = lazyNamed(
  () => import('../modules/reports/components/ReportPage'),
  'ReportPage',
);
const OrganisationPage = lazyNamed(
  () => import('../modules/organisations/components/OrganisationPage'),
  'OrganisationPage',
);
const OrganisationsPage = lazyNamed(
  () => import('../modules/organisations/components/OrganisationsPage'),
  'OrganisationsPage',
);
const TwinningRegistryPage = lazyNamed(
  () => import('../modules/twinning/components/TwinningRegistryPage'),
  'TwinningRegistryPage',
);
const TwinningPage = lazyNamed(
  () => import('../modules/twinning/components/TwinningPage'),
  'TwinningPage',
);
const UsersPage = lazyNamed(() => import('../modules/users/components/UsersPage'), 'UsersPage');
const PortfolioPage = lazyNamed(
  () => import('../modules/dashboard/components/PortfolioPage'),
  'PortfolioPage',
);
const ProgrammeReportPage = lazyNamed(
  () => import('../modules/programme-report/components/ProgrammeReportPage'),
  'ProgrammeReportPage',
);
const PublicProgrammePage = lazyNamed(
  () => import('../modules/public-site/components/PublicProgrammePage'),
  'PublicProgrammePage',
);
const AuditLogPage = lazyNamed(
  () => import('../modules/audit/components/AuditLogPage'),
  'AuditLogPage',
);

export const routes: RouteObject[] = [
  {
    ErrorBoundary: RouteErrorPage,
    children: [
      { path: SIGN_IN_PATH, Component: SignInPage },
      // The public page of a published programme: no sign-in, no app frame.
      { path: 'p/:code', Component: PublicProgrammePage },
      {
        Component: RequireAuth,
        children: [
          // A printable document: signed-in readers only, without the app frame.
          { path: 'programmes/:id/report', Component: ProgrammeReportPage },
          {
            Component: AppLayout,
            children: [
              { index: true, Component: HomePage },
              { path: 'programmes', Component: ProgrammesPage },
              { path: 'programmes/new', Component: ProgrammeCreatePage },
              { path: 'programmes/:id/events/:eventId', Component: EventPage },
              { path: 'programmes/:id/monitoring/issues/:issueId', Component: IssuePage },
              { path: 'programmes/:id/monitoring/rounds/:roundId', Component: RoundPage },
              { path: 'programmes/:id/reports/:reportId', Component: ReportPage },
              // The optional segment is the tab: /programmes/:id/partners, …/plan, …
              { path: 'programmes/:id/:tab?', Component: ProgrammeDetailPage },
              {
                element: <RequireRole role={PORTFOLIO_ROLES} />,
                children: [{ path: 'portfolio', Component: PortfolioPage }],
              },
              { path: 'organisations', Component: OrganisationsPage },
              { path: 'organisations/:id', Component: OrganisationPage },
              { path: 'twinning', Component: TwinningRegistryPage },
              { path: 'twinning/:id', Component: TwinningPage },
              {
                element: <RequireRole role={Role.ADMIN} />,
                children: [
                  { path: 'users', Component: UsersPage },
                  { path: 'audit', Component: AuditLogPage },
                ],
              },
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter(): ReturnType<typeof createBrowserRouter> {
  return createBrowserRouter(routes);
}
