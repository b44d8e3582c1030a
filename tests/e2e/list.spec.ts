import { expect, test, type Page } from '@playwright/test';
import { openProjects, projectRows } from './helpers';

const shownNames = async (page: Page) =>
  (await projectRows(page).locator('td:first-child').allInnerTexts()).map((s) => s.trim());

test('search narrows the list across acronyms, titles, partners and cities, ignoring diacritics', async ({ page }) => {
  await openProjects(page);
  const search = page.getByRole('searchbox', { name: 'Search projects' });
  await search.fill('magdeburga');
  await expect(page.getByText('2 of 5 projects')).toBeVisible();
  await expect.poll(async () => (await shownNames(page)).sort()).toEqual(['DeCoDe', 'TTChan']);

  // The count reads "1 of 5" for both searches below: wait on the rows themselves, or the
  // second check could read the first search's rows before the list has caught up.
  await search.fill('panevezys');
  await expect(page.getByText('1 of 5 projects')).toBeVisible();
  await expect.poll(() => shownNames(page)).toEqual(['TTChan']);

  await search.fill('Seinäjoki');
  await expect.poll(() => shownNames(page)).toEqual(['WIR']);
  await expect(page.getByText('1 of 5 projects')).toBeVisible();

  await search.fill('no such project anywhere');
  await expect(page.getByRole('heading', { name: 'No project matches' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByText('5 of 5 projects')).toBeVisible();
});

test('each filter narrows the list and lives in the URL', async ({ page }) => {
  await openProjects(page);
  await page.getByLabel('Council role').selectOption('lead');
  await expect(page.getByText('2 of 5 projects')).toBeVisible();
  expect((await shownNames(page)).sort()).toEqual(['DeCoDe', 'TTChan']);
  expect(page.url()).toContain('role=lead');

  await page.getByLabel('Council role').selectOption('');
  await page.getByLabel('Partner country').selectOption('TR');
  await expect(page.getByText('1 of 5 projects')).toBeVisible();
  expect(await shownNames(page)).toEqual(['Our Cities Pairing on Environment Issues']);

  await page.getByLabel('Partner country').selectOption('');
  await page.getByLabel('Active in year').selectOption('2017');
  await expect(page.getByText('1 of 5 projects')).toBeVisible();
  expect(await shownNames(page)).toEqual(['WIR']);

  await page.getByLabel('Active in year').selectOption('');
  await page.getByLabel('Programme').selectOption({ label: 'Europe for Citizens — Networks of Towns' });
  await expect(page.getByText('2 of 5 projects')).toBeVisible();
  expect((await shownNames(page)).sort()).toEqual(['DeCoDe', 'SOLID']);

  await page.getByLabel('Programme').selectOption('');
  await page.getByLabel('Status').selectOption('ongoing');
  await expect(page.getByRole('heading', { name: 'No project matches' })).toBeVisible();
  await page.getByLabel('Status').selectOption('completed');
  await expect(page.getByText('5 of 5 projects')).toBeVisible();
});

test('a shared link opens the same filtered list, and the back button restores the previous one', async ({ page }) => {
  await openProjects(page, '?role=partner&sort=-councilBudget');
  await expect(page.getByText('3 of 5 projects')).toBeVisible();
  expect(await shownNames(page)).toEqual(['WIR', 'SOLID', 'Our Cities Pairing on Environment Issues']);
  await page.getByLabel('Council role').selectOption('lead');
  await expect(page.getByText('2 of 5 projects')).toBeVisible();
  await page.goBack();
  await expect(page.getByText('3 of 5 projects')).toBeVisible();
  await expect(page.getByLabel('Council role')).toHaveValue('partner');
});

test('columns sort both ways with unknown values last', async ({ page }) => {
  await openProjects(page);
  const header = page.getByRole('columnheader', { name: /EU co-financing/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  expect(await shownNames(page)).toEqual(['SOLID', 'WIR', 'TTChan', 'DeCoDe', 'Our Cities Pairing on Environment Issues']);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await shownNames(page)).toEqual(['DeCoDe', 'TTChan', 'WIR', 'SOLID', 'Our Cities Pairing on Environment Issues']);
});

test('a row opens its project by keyboard', async ({ page }) => {
  await openProjects(page);
  await page.getByRole('link', { name: 'DeCoDe', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('DeCoDe');
});

/** The URL's search text, as the address bar holds it now. */
const urlSearchText = (page: Page) => new URL(page.url()).searchParams.get('q') ?? '';

test('a search text longer than 200 characters is cut, in the box and in the URL, so a reload still works', async ({ page }) => {
  // A hand-made link the server still serves: the list opens with the text cut to 200.
  await openProjects(page, `?role=partner&q=${'x'.repeat(10_000)}`);
  const search = page.getByRole('searchbox', { name: 'Search projects' });
  await expect(page.getByRole('heading', { name: 'No project matches' })).toBeVisible();
  await expect(search).toHaveValue('x'.repeat(200));
  await expect.poll(() => urlSearchText(page)).toBe('x'.repeat(200));
  expect(page.url()).toContain('role=partner');

  // 100,000 characters are more than the server takes in a request (HTTP 431), so this URL can
  // only be reached inside the app, as a link or history entry would; it is cut as well.
  await page.evaluate((text) => {
    history.pushState(null, '', `/projects?q=${text}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, 'y'.repeat(100_000));
  await expect(search).toHaveValue('y'.repeat(200));
  await expect.poll(() => urlSearchText(page)).toBe('y'.repeat(200));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No project matches' })).toBeVisible();
  await expect(search).toHaveValue('y'.repeat(200));

  // Pasting stops at the cap too.
  await search.fill('z'.repeat(210));
  await expect(search).toHaveValue('z'.repeat(200));
  await expect.poll(() => urlSearchText(page)).toBe('z'.repeat(200));
});

test('fast typing in the search box loses no keystroke, and the URL catches up', async ({ page }) => {
  await openProjects(page);
  const box = page.getByLabel('Search');
  const typed = 'solidarity network of towns and cities '.repeat(4).slice(0, 150);
  await box.pressSequentially(typed, { delay: 0 });
  await expect(box).toHaveValue(typed);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(typed);
  // Away from the box, it shows the URL's text, which is what was typed.
  await page.getByRole('heading', { level: 1 }).click();
  await expect(box).not.toBeFocused();
  await expect(box).toHaveValue(typed);
});
