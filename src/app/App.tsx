// Providers, first-start set-up and routes.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { createBrowserRouter, redirect, RouterProvider, type RouteObject } from 'react-router-dom';
import { NotificationsProvider } from '../components/Notifications';
import { storageErrorMessage } from '../components/storageMessage';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { organisationsQuery, overviewsQuery, programmesQuery, sampleProjectsCountQuery, settingsQuery, useLiveInvalidation } from '../queries/portfolio';
import { backupStatusQuery } from '../queries/backup';
import { hasStartedBefore, loadSampleOnFirstStart } from '../queries/storage';
import { sharesHere } from '../queries/storage';
import { markFirstScreenShown } from '../lib/firstScreen';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { Layout, StartFrame } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

// Everything but the first screen loads on demand, to keep the first load small.
const ProjectPage = lazy(() => import('../features/projects/ProjectPage'));
const ConflictPage = lazy(() => import('../features/projects/ConflictPage'));
const PartnersPage = lazy(() => import('../features/partners/PartnersPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const ProjectEditPage = lazy(() => import('../features/editing/ProjectEditPage'));
const ProgrammesPage = lazy(() => import('../features/programmes/ProgrammesPage'));
const loadDashboard = () => import('../features/dashboard/DashboardPage');
const DashboardPage = lazy(loadDashboard);
const ReportPage = lazy(() => import('../features/report/ReportPage'));
const loadTimeline = () => import('../features/timeline/TimelinePage');
const TimelinePage = lazy(loadTimeline);
const EventsPage = lazy(() => import('../features/timeline/EventsPage'));
const BackupPage = lazy(() => import('../features/backup/BackupPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The data is local: it is never "offline", and it is fresh until Dexie says it changed.
      queries: { networkMode: 'always', staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/**
 * The screens inside the app's frame, each under an error boundary: a screen that fails shows
 * RouteError in the frame (menu and language switch stay), and a frame that fails shows it alone.
 */
export function withErrorBoundaries(screens: RouteObject[]): RouteObject[] {
  const guarded = screens.map((screen) => ({ errorElement: <RouteError />, ...screen }) as RouteObject);
  return [{ element: <Layout />, errorElement: <RouteError />, children: guarded }];
}

/** The app's screens by address (tests open them as the app does). */
export const screens: RouteObject[] = [
  // A loader, not a <Navigate>: the address is the list's before the first render, so the app's
  // start address is drawn with its list, not as an empty frame that then moves on.
  { index: true, loader: () => redirect('/projects') },
  { path: 'projects', element: <ProjectsPage /> },
  { path: 'projects/:projectId', element: <ProjectPage /> },
  { path: 'projects/:projectId/conflict', element: <ConflictPage /> },
  { path: 'projects/:projectId/fact-sheet', Component: lazy(() => import('../features/factSheet/FactSheetPage')) },
  { path: 'projects/:projectId/annex', Component: lazy(() => import('../features/factSheet/AnnexPage')) },
  { path: 'partners', element: <PartnersPage /> },
  { path: 'settings', element: <SettingsPage /> },
  { path: 'projects/new', element: <ProjectEditPage /> },
  { path: 'projects/:projectId/edit', element: <ProjectEditPage /> },
  { path: 'programmes', element: <ProgrammesPage /> },
  { path: 'dashboard', element: <DashboardPage /> },
  { path: 'dashboard/report', element: <ReportPage /> },
  { path: 'timeline', element: <TimelinePage /> },
  { path: 'events', element: <EventsPage /> },
  { path: 'import', element: <ImportPage /> },
  { path: 'backup', element: <BackupPage /> },
  { path: '*', element: <NotFound /> },
];

/**
 * The router, made once the database has answered rather than as the code loads: making it reads
 * the address and ranks every route, which on a phone lengthened the start's first task.
 */
let router: ReturnType<typeof createBrowserRouter> | null = null;
function appRouter(): ReturnType<typeof createBrowserRouter> {
  router ??= createBrowserRouter(withErrorBoundaries(screens));
  return router;
}

/**
 * Screens that show the whole portfolio at once. Opened directly (a reload, a bookmark), they
 * would otherwise load their code, render, and only then start reading: start both at once.
 */
const wholePortfolioScreens: Record<string, (() => Promise<unknown>) | undefined> = {
  '/dashboard': loadDashboard,
  '/timeline': loadTimeline,
};

function warmUp(queryClient: QueryClient, pathname: string): void {
  const loadScreen = wholePortfolioScreens[pathname.replace(/\/+$/, '')];
  if (!loadScreen) return;
  void loadScreen();
  void queryClient.prefetchQuery(overviewsQuery());
  void queryClient.prefetchQuery(organisationsQuery());
  void queryClient.prefetchQuery(programmesQuery());
  void queryClient.prefetchQuery(settingsQuery());
}

/**
 * What the frame shows above every screen once it is read: the sample-data notice and the backup
 * reminder. Read before the first paint (a few small reads), so that they are there from the
 * start rather than arriving a moment later and pushing the whole screen down.
 */
function readFrame(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.prefetchQuery(settingsQuery()),
    queryClient.prefetchQuery(sampleProjectsCountQuery()),
    queryClient.prefetchQuery(backupStatusQuery()),
  ]);
}

/** On a browser's first start, load the sample portfolio before showing anything. */
function useFirstStart(queryClient: QueryClient): { ready: boolean; error: unknown } {
  const [state, setState] = useState<{ ready: boolean; error: unknown }>({ ready: false, error: null });
  useEffect(() => {
    let cancelled = false;
    // The sample data is downloaded only on a first start, never on the everyday path.
    hasStartedBefore()
      .then(async (initialised) => {
        if (!initialised) await loadSampleOnFirstStart();
        warmUp(queryClient, window.location.pathname);
        appRouter();
        await readFrame(queryClient);
        // A browser that shares starts sharing again with its saved session (loaded on demand).
        if (sharesHere()) void import('../queries/sharing').then((sharing) => sharing.resumeSharing());
      })
      // The first screen's render, the app's largest, runs at transition priority: React
      // renders it in slices and lets the browser work between them, instead of one long task.
      .then(() => !cancelled && startTransition(() => setState({ ready: true, error: null })))
      .catch((error: unknown) => !cancelled && setState({ ready: false, error }));
    return () => {
      cancelled = true;
    };
  }, [queryClient]);
  return state;
}

/** The database could not be opened or filled on a first start: nothing else can be shown. */
function StartError({ error }: { error: unknown }) {
  const { t } = useI18n();
  useDocumentTitle(t('error.title'));
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

function Root({ queryClient }: { queryClient: QueryClient }) {
  const { ready, error } = useFirstStart(queryClient);
  useLiveInvalidation(queryClient);
  useEffect(() => {
    if (ready || error) markFirstScreenShown();
  }, [ready, error]);
  if (error) return <StartError error={error} />;
  // Meanwhile the title is index.html's, in both languages.
  if (!ready) return <StartFrame />;
  return (
    <Suspense fallback={<StartFrame />}>
      <RouterProvider router={appRouter()} />
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
