// A restore while the portfolio is shared (docs/sync.md, "What a restore means when the data is
// shared"), and who made each edit: two browsers (two contexts, as two colleagues) signed in to
// the real sync server through the preview server's same-origin /couchdb/ proxy.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoConflictLeft } from './syncServer';

const EDITOR = { user: 'editor', password: process.env.SYNC_EDITOR_PASSWORD || 'editor-dev-password' };

const status = (page: Page) => page.getByTestId('sync-status');

/** A colleague's browser, signed in as the editor and synced (a fresh browser holds only the sample: no first-connection question). */
async function signedInEditor(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/settings');
  const card = page.getByRole('region', { name: 'Sharing' });
  await expect(card.getByLabel('Server address')).toHaveValue('/couchdb/');
  await card.getByLabel('User name').fill(EDITOR.user);
  await card.getByLabel('Password').fill(EDITOR.password);
  await card.getByRole('button', { name: 'Connect' }).click();
  await expect(card).toContainText('as editor (editor)');
  await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  return page;
}

/** Download a backup from the Backup screen and choose it for a restore. */
async function chooseOwnBackup(page: Page): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await expect(page.getByTestId('file-counts')).toBeVisible({ timeout: 20_000 });
}

// A conflict one journey leaves would fail every later one: it fails the journey that left it.
test.afterEach(async () => {
  await expectNoConflictLeft();
});

test('an editor restoring while shared: Merge is the default, and Replace warns that it changes every colleague’s data', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const page = await signedInEditor(browser);
  await page.goto('/backup');
  await chooseOwnBackup(page);

  const merge = page.getByRole('radio', { name: 'Merge' });
  const replace = page.getByRole('radio', { name: 'Replace everything' });
  await expect(merge).toBeChecked();
  await expect(replace).not.toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await replace.check();
  const warning = page.getByRole('alert');
  await expect(warning).toContainText('This portfolio is shared: replacing everything changes every colleague’s data.');
  await expect(replace).toHaveAccessibleDescription(/deleted on the server, so for every colleague too/);

  await page.getByRole('button', { name: 'Restore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore' });
  await expect(dialog).toContainText('Records that are not in the file are deleted from the server and from each colleague’s copy.');
  // Not carried out: the server is shared with the other journeys.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // The same screen in Latvian, for a look.
  await page.getByRole('button', { name: /LV/ }).click();
  await expect(page.getByRole('alert')).toContainText('Šis portfelis ir kopīgs: “Aizstāt visu” mainīs visu kolēģu datus.');
  await expect(page.getByRole('radio', { name: 'Aizstāt visu' })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('backup-shared-lv.png'), fullPage: true });
  await page.context().close();
});

test('an edit in one browser shows in the other’s project history as made by the signed-in user', async ({ browser }) => {
  test.setTimeout(90_000);
  const [a, b] = [await signedInEditor(browser), await signedInEditor(browser)];
  const acronym = `BY-${Date.now().toString(36).toUpperCase()}`;
  // A project of A's own (the sample projects stay in each browser), then an edit of it.
  await a.goto('/projects/new?from=sample-wir');
  await a.getByLabel('Acronym', { exact: true }).fill(`${acronym}-0`);
  await a.getByRole('button', { name: 'Save project' }).click();
  await expect(a.getByRole('heading', { level: 1 })).toContainText(`${acronym}-0`);
  const path = new URL(a.url()).pathname;
  await a.goto(`${path}/edit`);
  await a.getByLabel('Acronym', { exact: true }).fill(acronym);
  await a.getByRole('button', { name: 'Save project' }).click();
  await expect(a.getByRole('heading', { level: 1 })).toContainText(acronym);

  await b.goto(path);
  await expect(b.getByRole('heading', { level: 1 })).toContainText(acronym, { timeout: 15_000 });
  const history = b.getByRole('region', { name: 'History of changes' });
  await expect(history.getByRole('row').filter({ hasText: 'Acronym' }).first()).toContainText('Edited by editor', { timeout: 15_000 });
  await a.context().close();
  await b.context().close();
});
