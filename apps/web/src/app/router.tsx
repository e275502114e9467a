import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { RequireSession } from '../features/auth/session-wiring';
import { PageLoading } from './routes/page-loading';

// Every page is its own chunk, and so is the signed-in shell: a first visit downloads the entry
// (React, router, theme, query cache, session) plus that route's chunks only
// (`apps/web/bench/bundle.bench.ts` weighs each route against the 170 KB budget). Declarative
// routes, not a data router: the console uses no loaders, and they halve the router's weight.
// The sign-in page: a signed-in user never needs it, nor the Cognito SDK it brings.
const SignInRoute = lazy(async () => ({ default: (await import('./routes/sign-in')).SignInRoute }));
const AppShell = lazy(async () => ({ default: (await import('./layout/app-shell')).AppShell }));
const InstancesRoute = lazy(async () => ({
  default: (await import('./routes/instances')).InstancesRoute,
}));
const InstanceRoute = lazy(async () => ({
  default: (await import('./routes/instance')).InstanceRoute,
}));
// An instance by id alone (`/instances/i-…`): it looks the region up, then opens the instance's
// page. From the instance page's module: the two share their code, and a chunk of its own split
// what they share into seven small files that every first visit paid for (≈ 1 KB gzip).
const InstanceByIdRoute = lazy(async () => ({
  default: (await import('./routes/instance')).InstanceByIdRoute,
}));
// Rare, and it brings MUI's Button: not part of every first download.
const NotFoundRoute = lazy(async () => ({
  default: (await import('./routes/not-found')).NotFoundRoute,
}));
const AuditRoute = lazy(async () => ({ default: (await import('./routes/audit')).AuditRoute }));
// The Traces area (SREs and admins): its own chunks, charts included.
const TracesRoute = lazy(async () => ({ default: (await import('./routes/traces')).TracesRoute }));
const TraceRoute = lazy(async () => ({ default: (await import('./routes/traces')).TraceRoute }));
const HealthRoute = lazy(async () => ({ default: (await import('./routes/traces')).HealthRoute }));

/** URLs are part of the product: operators share them, so change them with care. */
export function AppRoutes(): ReactNode {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="sign-in" element={<SignInRoute />} />
        {/* Every other page needs a session: none renders, nor calls the API, without a token. */}
        <Route
          element={
            <RequireSession>
              <AppShell />
            </RequireSession>
          }
        >
          <Route index element={<Navigate to="/instances" replace />} />
          <Route path="instances" element={<InstancesRoute />} />
          <Route path="instances/:id" element={<InstanceByIdRoute />} />
          <Route path="instances/:region/:id" element={<InstanceRoute />} />
          <Route path="audit" element={<AuditRoute />} />
          <Route path="traces" element={<TracesRoute />} />
          <Route path="traces/:id" element={<TraceRoute />} />
          <Route path="health" element={<HealthRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

/** Where a lazy page renders inside the shell, with the loading bar while its chunk arrives. */
export function PageOutlet(): ReactNode {
  return (
    <Suspense fallback={<PageLoading />}>
      <Outlet />
    </Suspense>
  );
}
