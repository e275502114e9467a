import { createBrowserRouter, Navigate, type DataRouter } from 'react-router';
import { AppShell } from './layout/app-shell';
import { InstancesRoute } from './routes/instances';
import { NotFoundRoute } from './routes/not-found';
import { PageLoading } from './routes/page-loading';
import { RouteError } from './routes/route-error';

/** URLs are part of the product: operators share them, so change them with care. */
export function createAppRouter(): DataRouter {
  return createBrowserRouter([
    {
      element: <AppShell />,
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
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
