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
  await expect(page.getByText(/\d+ of \d+ projects|\d+ no \d+ projektiem/)).toBeVisible();
}

/** Collect requests that leave this machine's app origin. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1:4173', ''].includes(url.host) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob')) foreign.push(request.url());
  });
  return foreign;
}
