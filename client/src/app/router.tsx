import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAbility, RequireAuth } from '../modules/auth/public';
import { SIGN_IN_PATH } from '../modules/auth/public';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { SignInPage } from '../pages/SignInPage';
import { lazyNamed } from '../ui/lazyNamed';
import { LoadingState } from '../ui/LoadingState';
import { modules } from '../modules';
import { ProgrammeWorkspace } from '../modules/programmes';
import type { RouteZone } from '../modules/module';
import { PROGRAMME_WORKSPACE_PATH } from './paths';

// The sign-in page is the one screen everyone opens first, so it alone is in the first chunk;
// the app's frame and its pages load after sign-in, the pages inside the frame's Suspense.
const HomePage = lazyNamed(() => import('../pages/HomePage'), 'HomePage');
const NotFoundPage = lazyNamed(() => import('../pages/NotFoundPage'), 'NotFoundPage');
const loadAppLayout = async () => ({ Component: (await import('./layout/AppLayout')).AppLayout });
// Apollo's code comes after the sign-in page, with the frame that provides the client: both
// downloads start together, so the frame finds the client's code already there.
const loadApolloFrame = async () => {
  const [{ ApolloFrame }] = await Promise.all([import('./ApolloFrame'), import('./apollo')]);
  return { Component: ApolloFrame };
};

const moduleRoutes = modules.flatMap((module) => module.routes ?? []);

/** The modules' routes of one zone, as router entries; a page that needs an ability is guarded. */
function routesOf(zone: RouteZone): RouteObject[] {
  return moduleRoutes
    .filter((route) => (route.zone ?? 'app') === zone)
    .map(({ path, Component, ability }) =>
      ability
        ? { element: <RequireAbility ability={ability} />, children: [{ path, Component }] }
        : { path, Component },
    );
}

// Feature pages load on first visit (each module declares its pages lazily), so the sign-in
// page stays light; administration is used by a few people and everyone else never downloads it.
export const routes: RouteObject[] = [
  {
    ErrorBoundary: RouteErrorPage,
    children: [
      { path: SIGN_IN_PATH, Component: SignInPage },
      {
        lazy: loadApolloFrame,
        HydrateFallback: LoadingState,
        children: [
          ...routesOf('public'),
          {
            // Lazy, it waits for its code inside the frame's Suspense.
            Component: RequireAuth,
            children: [
              ...routesOf('document'),
              {
                lazy: loadAppLayout,
                // Shown while the frame itself loads, when a deep link is the first page opened.
                HydrateFallback: LoadingState,
                children: [
                  { index: true, Component: HomePage },
                  {
                    path: PROGRAMME_WORKSPACE_PATH,
                    Component: ProgrammeWorkspace,
                    children: routesOf('programme'),
                  },
                  ...routesOf('app'),
                  { path: '*', Component: NotFoundPage },
                ],
              },
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
