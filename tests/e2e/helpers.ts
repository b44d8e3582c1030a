import { expect, type Page } from '@playwright/test';

export const seedTitles = {
  solid: 'Local solidarity- global solidarity Network',
  wir: 'WIR',
  ttchan: 'TTChan',
  ocp: 'Our Cities Pairing on Environment Issues',
  decode: 'DeCoDe',
};

/** The projects table's data rows (virtualised: only drawn rows exist). */
export const projectRows = (page: Page) => page.getByRole('table', { name: 'Projects' }).locator('tbody tr:not([aria-hidden])');

/** Open the app and wait until the projects list has loaded. */
export async function openProjects(page: Page, query = ''): Promise<void> {
  await page.goto(`/projects${query}`);
  await expect(page.getByText(/\d+ of \d+ projects?|\d+ no \d+ projekt(iem|a)/)).toBeVisible();
}

/** Collect requests that leave this machine's app origin. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (![`127.0.0.1:${process.env.E2E_PORT ?? 4173}`, ''].includes(url.host) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob')) foreign.push(request.url());
  });
  return foreign;
}

/** The sample-data notice under the header: there on a first start and on every load until dismissed. */
export const sampleNotice = (page: Page) => page.getByRole('complementary', { name: /^(Sample data|Parauga dati)$/ });

export type Screen = { route: string; ready: (page: Page) => Promise<void> };

const countLine = (page: Page, text: RegExp) => expect(page.getByText(text)).toBeVisible();
const dataRows = (page: Page, table: RegExp) => page.getByRole('table', { name: table }).locator('tbody tr:not([aria-hidden])');

/** A sample project's page, ready once its own timeline is drawn. */
const projectPage = (id: string): Screen => ({
  route: `/projects/${id}`,
  ready: (page) => expect(page.getByRole('group', { name: /: (The project’s period and events|Projekta termiņš un pasākumi)$/ })).toBeVisible(),
});

/**
 * Every screen on the sample portfolio, in either language, and what shows that its content is
 * there: what it reads last, so a check after `ready` sees the screen as the user does.
 */
export const screens: Screen[] = [
  {
    route: '/projects',
    ready: async (page) => {
      await countLine(page, /^(5 of 5 projects|5 no 5 projektiem)$/);
      await expect(dataRows(page, /^(Projects|Projekti)$/)).toHaveCount(5);
    },
  },
  {
    route: '/dashboard',
    ready: async (page) => {
      await countLine(page, /^(5 of 5 projects in scope\.|Atlasē 5 no 5 projektiem\.)/);
      // Every chart has drawn itself (recharts names its drawing after the chart). Charts draw
      // as they come near the screen, so each is scrolled to; then back to the top.
      const charts = page.locator('section[data-chart]');
      await expect(charts).toHaveCount(7);
      for (const chart of await charts.all()) {
        await chart.scrollIntoViewIfNeeded();
        const name = (await chart.getByRole('heading', { level: 2 }).textContent()) ?? '';
        await expect(chart.getByRole('application', { name, exact: true })).toBeVisible();
      }
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  {
    route: '/timeline',
    ready: async (page) => {
      await countLine(page, /^(5 of 5 projects|5 no 5 projektiem)$/);
      await expect(page.getByRole('group', { name: /^(Projects and mobility events over time|Projekti un mobilitātes pasākumi laika gaitā)$/ })).toBeVisible();
      await expect(page.locator('.tl-row[data-project]')).toHaveCount(5);
    },
  },
  {
    route: '/events',
    ready: async (page) => {
      await countLine(page, /^(Shown|Parādīti): 28 /);
      await expect(dataRows(page, /^(Mobility events|Mobilitātes pasākumi)$/).first()).toBeVisible();
    },
  },
  { route: '/partners', ready: (page) => countLine(page, /^(39 of 39 organisations|39 no 39 organizācijām)$/) },
  { route: '/programmes', ready: (page) => countLine(page, /^(4 programmes|4 programmas)$/) },
  { route: '/import', ready: (page) => expect(page.getByRole('textbox', { name: /^(Page text|Lapas teksts)$/ })).toBeVisible() },
  { route: '/backup', ready: (page) => countLine(page, /^(No backup has been saved from this browser yet\.|No šī pārlūka vēl nav saglabāta neviena rezerves kopija\.)/) },
  {
    route: '/settings',
    ready: async (page) => {
      await expect(page.getByRole('combobox', { name: /^(Home organisation|Pašu organizācija)$/ })).toHaveValue(/.+/);
      await countLine(page, /^\d[\d.,\s]* \S*B (of|no pieejamajiem) \d/);
    },
  },
  projectPage('sample-wir'),
  projectPage('sample-solid'),
  projectPage('sample-decode'),
  projectPage('sample-ttchan'),
  projectPage('sample-our-cities-pairing'),
  {
    route: '/projects/sample-wir/edit',
    ready: (page) => expect(page.getByRole('combobox', { name: /^(Programme|Programma)$/ })).toHaveValue(/^(Europe for Citizens|Eiropa pilsoņiem)$/),
  },
  { route: '/projects/new', ready: (page) => expect(page.getByRole('textbox', { name: /^(Acronym|Akronīms)$/ })).toBeVisible() },
  { route: '/nowhere', ready: (page) => expect(page.locator('main h1')).toBeVisible() },
];
