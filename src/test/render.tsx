// Render a screen with the app's real providers over a fresh fake-indexeddb database.
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, MemoryRouter, Route, RouterProvider, Routes, useLocation, type RouteObject } from 'react-router-dom';
import { createQueryClient } from '../app/App';
import { putPortfolio, updateSettings } from '../db/portfolioRepository';
import { NotificationsProvider } from '../components/Notifications';
import { samplePortfolio } from '../domain/sample';
import type { Language } from '../domain/schema';
import { I18nProvider } from '../i18n/I18nProvider';
import { useLiveInvalidation } from '../queries/portfolio';

/** As in the app: database change events refresh the queries. */
function LiveInvalidation() {
  useLiveInvalidation(useQueryClient());
  return null;
}

/** Any other route: says where the app went, so a test can check the address a link or click opened. */
function Elsewhere() {
  const { pathname, search } = useLocation();
  return (
    <>
      <p>elsewhere</p>
      <output aria-label="Address">{pathname + search}</output>
    </>
  );
}

/** The sample portfolio, with the council as the home organisation. */
export async function seedSamplePortfolio(): Promise<void> {
  await putPortfolio(samplePortfolio, { mode: 'replace' });
  await updateSettings({ homeOrganisationId: samplePortfolio.homeOrganisationId });
}

/** The app's providers around a screen: queries refreshed by database changes, language, notices. */
function Providers({ language, children }: { language: Language; children: ReactNode }) {
  return (
    <QueryClientProvider client={createQueryClient()}>
      <LiveInvalidation />
      <I18nProvider language={language}>
        <NotificationsProvider>{children}</NotificationsProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}

/** `element` at `path`, opened at `url`; any other address shows where the app went. */
export function renderRoute(
  element: ReactElement,
  { path, url, language = 'en' }: { path: string; url: string; language?: Language },
) {
  return render(
    <Providers language={language}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path={path} element={element} />
          <Route path="*" element={<Elsewhere />} />
        </Routes>
      </MemoryRouter>
    </Providers>,
  );
}

/** `routes` on a data router, as in the app (leave guards and error elements need one), opened at `url`. */
export function renderDataRouter(routes: RouteObject[], url: string, language: Language = 'en') {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(
    <Providers language={language}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}

/** A screen that fails as it renders. */
export function BrokenScreen(): never {
  throw new RangeError('Invalid time value');
}
