// Render a screen with the app's real providers over a fresh fake-indexeddb database.
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
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

export function renderRoute(
  element: ReactElement,
  { path, url, language = 'en' }: { path: string; url: string; language?: Language },
) {
  const queryClient = createQueryClient();
  return render(
    <QueryClientProvider client={queryClient}>
      <LiveInvalidation />
      <I18nProvider language={language}>
        <NotificationsProvider>
          <MemoryRouter initialEntries={[url]}>
            <Routes>
              <Route path={path} element={element} />
              <Route path="*" element={<Elsewhere />} />
            </Routes>
          </MemoryRouter>
        </NotificationsProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
}
