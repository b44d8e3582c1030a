// A tab left open on an older build while another page opens the database at a later version:
// the old tab must not write. Its save is refused, the unsaved form stays, and it says to reload.
import { expect, test, type Page } from '@playwright/test';

const DATABASE = 'eu-projects-portfolio';

type StoredProject = { acronym: string; revision: number };

/** A stored project, read with the raw IndexedDB API at whatever version is stored (no app code involved). */
async function readStoredProject(page: Page, projectId: string): Promise<{ version: number; project: StoredProject | null }> {
  return page.evaluate(
    ({ name, id }) =>
      new Promise<{ version: number; project: StoredProject | null }>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('projects', 'readonly').objectStore('projects').get(id);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve({ version: db.version, project: (request.result as StoredProject | undefined) ?? null });
          };
        };
      }),
    { name: DATABASE, id: projectId },
  );
}

/**
 * Open the database as a later build would: one version up (Dexie stores version × 10), with an
 * upgrade of its own. The request waits until every older connection has closed.
 */
async function openNewerVersion(page: Page, version: number): Promise<number> {
  return page.evaluate(
    ({ name, next }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name, next);
        open.onupgradeneeded = () => open.result.createObjectStore('addedByNewerBuild', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          open.result.close();
          resolve(open.result.version);
        };
      }),
    { name: DATABASE, next: version },
  );
}

test('a tab on an older version refuses to save once another page opens a newer one, and keeps the form', async ({ page, context }) => {
  await page.goto('/projects/sample-decode/edit');
  const acronym = page.getByLabel('Acronym', { exact: true });
  await expect(acronym).toHaveValue('DeCoDe');
  await acronym.fill('DeCoDe (typed in the old tab)');

  // Another page of the same origin, not running the app, opens the next version.
  const other = await context.newPage();
  await other.goto('/favicon.svg');
  const before = await readStoredProject(other, 'sample-decode');
  expect(before.project).toMatchObject({ acronym: 'DeCoDe' });
  expect(await openNewerVersion(other, before.version + 10)).toBe(before.version + 10);

  // The old tab says so at once, on every screen, with a way out.
  const banner = page.getByRole('alert').filter({ hasText: 'This tab runs an older version of the app' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();

  // Its save is refused: the message is shown, the form and what was typed stay.
  await page.getByRole('button', { name: 'Save project' }).click();
  const form = page.getByRole('form', { name: 'Edit “DeCoDe”' });
  await expect(form.getByRole('alert')).toHaveText(/^Nothing was saved: this tab runs an older version of the app than the data stored in this browser\. Reload the page/);
  await expect(page).toHaveURL(/\/projects\/sample-decode\/edit$/);
  await expect(acronym).toHaveValue('DeCoDe (typed in the old tab)');
  // The notice says it too; closed here, as it lies over the form's buttons.
  const notice = page.getByRole('status').getByRole('alert');
  await expect(notice).toContainText('Nothing was saved: this tab runs an older version');
  await notice.getByRole('button', { name: 'Close' }).click();
  await expect(notice).toHaveCount(0);

  // Nothing reached the database: the project is as it was, at the newer version.
  const after = await readStoredProject(other, 'sample-decode');
  expect(after.version).toBe(before.version + 10);
  expect(after.project).toEqual(before.project);

  // The same, in Latvian.
  await page.getByRole('button', { name: /LV/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Šī cilne darbojas ar vecāku lietotnes versiju' })).toBeVisible();
  await page.getByRole('button', { name: 'Saglabāt projektu' }).click();
  await expect(page.getByRole('form', { name: 'Labot “DeCoDe”' }).getByRole('alert')).toHaveText(/^Nekas netika saglabāts: šī cilne darbojas ar vecāku lietotnes versiju/);
  await expect(page.getByLabel('Akronīms', { exact: true })).toHaveValue('DeCoDe (typed in the old tab)');
  expect((await readStoredProject(other, 'sample-decode')).project).toEqual(before.project);

  // A page of this build opened now finds the newer version already there: it refuses from the
  // start (in Latvian, the language chosen above).
  const opened = await context.newPage();
  await opened.goto('/projects');
  await expect(opened.getByRole('alert')).toContainText('šī cilne darbojas ar vecāku lietotnes versiju');
  await expect(opened.getByRole('button', { name: 'Pārlādēt' })).toBeVisible();
  await expect(opened.getByRole('table')).toHaveCount(0);
  expect(await readStoredProject(other, 'sample-decode')).toEqual(after);
});
