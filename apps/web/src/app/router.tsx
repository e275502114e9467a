import { createBrowserRouter, Navigate, type DataRouter } from 'react-router';
import { RequireSession } from '../features/auth';
import { AppShell } from './layout/app-shell';
import { InstancesRoute } from './routes/instances';
import { NotFoundRoute } from './routes/not-found';
import { PageLoading } from './routes/page-loading';
import { RouteError } from './routes/route-error';

/** URLs are part of the product: operators share them, so change them with care. */
export function createAppRouter(): DataRouter {
  return createBrowserRouter([
    {
      path: 'sign-in',
      errorElement: <RouteError />,
      HydrateFallback: PageLoading,
      // Split off: a signed-in user never needs it, nor the Cognito SDK it brings.
      lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }),
    },
    {
      // Every other page needs a session: none renders, nor calls the API, without a token.
      element: (
        <RequireSession>
          <AppShell />
        </RequireSession>
      ),
      errorElement: <RouteError />,
      HydrateFallback: PageLoading,
      children: [
        { index: true, element: <Navigate to="/instances" replace /> },
        { path: 'instances', element: <InstancesRoute /> },
        {
          path: 'instances/:region/:id',
          // Split off the first page: the instance page is where charts will land.
          lazy: async () => ({ Component: (await import('./routes/instance')).InstanceRoute }),
        },
        {
          path: 'audit',
          lazy: async () => ({ Component: (await import('./routes/audit')).AuditRoute }),
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
