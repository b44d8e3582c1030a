// Providers, first-start set-up and routes.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { initialiseIfNew, isInitialised } from '../db/portfolioRepository';
import { NotificationsProvider } from '../components/Notifications';
import { storageErrorMessage } from '../components/storageMessage';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { useLiveInvalidation } from '../queries/portfolio';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

// Everything but the first screen loads on demand, to keep the first load small.
const ProjectPage = lazy(() => import('../features/projects/ProjectPage'));
const PartnersPage = lazy(() => import('../features/partners/PartnersPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
// lazy: editing
const ProjectEditPage = lazy(() => import('../features/editing/ProjectEditPage'));
const ProgrammesPage = lazy(() => import('../features/programmes/ProgrammesPage'));
// lazy: dashboard
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
// lazy: timeline
const TimelinePage = lazy(() => import('../features/timeline/TimelinePage'));
const EventsPage = lazy(() => import('../features/timeline/EventsPage'));
// lazy: backup
const BackupPage = lazy(() => import('../features/backup/BackupPage'));

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The data is local: it is never "offline", and it is fresh until Dexie says it changed.
      queries: { networkMode: 'always', staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/projects" replace /> },
      { path: 'projects', element: <ProjectsPage /> },
      { path: 'projects/:projectId', element: <ProjectPage /> },
      { path: 'partners', element: <PartnersPage /> },
      { path: 'settings', element: <SettingsPage /> },
      // routes: editing
      { path: 'projects/new', element: <ProjectEditPage /> },
      { path: 'projects/:projectId/edit', element: <ProjectEditPage /> },
      { path: 'programmes', element: <ProgrammesPage /> },
      // routes: dashboard
      { path: 'dashboard', element: <DashboardPage /> },
      // routes: timeline
      { path: 'timeline', element: <TimelinePage /> },
      { path: 'events', element: <EventsPage /> },
      // routes: backup
      { path: 'backup', element: <BackupPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

/** On a browser's first start, load the sample portfolio before showing anything. */
function useFirstStart(): { ready: boolean; error: unknown } {
  const [state, setState] = useState<{ ready: boolean; error: unknown }>({ ready: false, error: null });
  useEffect(() => {
    let cancelled = false;
    // The sample data is downloaded only on a first start, never on the everyday path.
    isInitialised()
      .then(async (initialised) => {
        if (!initialised) await initialiseIfNew((await import('../domain/sample')).samplePortfolio);
      })
      .then(() => !cancelled && setState({ ready: true, error: null }))
      .catch((error: unknown) => !cancelled && setState({ ready: false, error }));
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}

function Root({ queryClient }: { queryClient: QueryClient }) {
  const { t } = useI18n();
  const { ready, error } = useFirstStart();
  useLiveInvalidation(queryClient);
  if (error) {
    return (
      <main className="page" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{storageErrorMessage(error, t)}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </main>
    );
  }
  if (!ready) return <p className="page loading">{t('common.loading')}</p>;
  return (
    <Suspense fallback={<p className="page loading">{t('common.loading')}</p>}>
      <RouterProvider router={router} />
    </Suspense>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <NotificationsProvider>
          <Root queryClient={queryClient} />
        </NotificationsProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
