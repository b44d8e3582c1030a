// Sharing one portfolio: two browsers (two contexts, as two colleagues) sign in to the real sync
// server (pouchdb-server, started by the Playwright config) through the preview server's
// same-origin /couchdb/ proxy, and see each other's changes.
import { expect, test, type Browser, type Page, type Route } from '@playwright/test';
import { expectNoConflictLeft } from './syncServer';

const EDITOR = { user: 'editor', password: process.env.SYNC_EDITOR_PASSWORD || 'editor-dev-password' };

async function colleague(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  return page;
}

async function connect(page: Page, user: string, password: string): Promise<void> {
  const card = page.getByRole('region', { name: 'Sharing' });
  await expect(card.getByLabel('Server address')).toHaveValue('/couchdb/');
  await card.getByLabel('User name').fill(user);
  await card.getByLabel('Password').fill(password);
  await card.getByRole('button', { name: 'Connect' }).click();
}

const status = (page: Page) => page.getByTestId('sync-status');

// A conflict one journey leaves would fail every later one: it fails the journey that left it.
test.afterEach(async () => {
  await expectNoConflictLeft();
});

test('a wrong password gets a clear message, and nothing is shared', async ({ browser }) => {
  const page = await colleague(browser);
  await connect(page, EDITOR.user, 'not-the-password');
  await expect(page.getByRole('region', { name: 'Sharing' }).getByRole('alert')).toHaveText('Wrong user name or password.');
  await expect(status(page)).toHaveCount(0);
  await page.context().close();
});

test('two colleagues connect, and an edit in one browser appears in the other', async ({ browser }) => {
  test.setTimeout(90_000);
  const [a, b] = [await colleague(browser), await colleague(browser)];
  for (const page of [a, b]) {
    await connect(page, EDITOR.user, EDITOR.password);
    await expect(page.getByRole('region', { name: 'Sharing' })).toContainText('as editor (editor)');
    await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  }

  // A project of A's own (the sample projects stay in each browser): a copy of the sample WIR.
  const acronym = `WIR-${Date.now().toString(36).toUpperCase()}`;
  await a.goto('/projects/new?from=sample-wir');
  await a.getByLabel('Acronym', { exact: true }).fill(acronym);
  await a.getByRole('button', { name: 'Save project' }).click();
  await expect(a.getByRole('heading', { level: 1 })).toContainText(acronym);
  const path = new URL(a.url()).pathname;

  await b.goto(path);
  await expect(b.getByRole('heading', { level: 1 })).toContainText(acronym, { timeout: 15_000 });
  await expect(status(a)).toHaveText('Synced');

  // Disconnecting keeps the local copy.
  await b.goto('/settings');
  await b.getByRole('button', { name: 'Disconnect' }).click();
  await expect(status(b)).toHaveCount(0);
  await b.goto(path);
  await expect(b.getByRole('heading', { level: 1 })).toContainText(acronym);
  await a.context().close();
  await b.context().close();
});

test('the sharing form in Latvian', async ({ browser }) => {
  const page = await colleague(browser);
  await page.getByRole('button', { name: /LV/ }).click();
  const card = page.getByRole('region', { name: 'Koplietošana' });
  await expect(card.getByLabel('Servera adrese')).toBeVisible();
  await expect(card.getByLabel('Lietotājvārds')).toBeVisible();
  await expect(card.getByLabel('Parole')).toBeVisible();
  await card.getByLabel('Lietotājvārds').fill('editor');
  await card.getByLabel('Parole').fill('nepareiza');
  await card.getByRole('button', { name: 'Pievienoties' }).click();
  await expect(card.getByRole('alert')).toHaveText('Nepareizs lietotājvārds vai parole.');
  await page.context().close();
});

test('the tabs of one browser share one connection: the status shows in each, and a disconnect in one stops all', async ({ browser }) => {
  test.setTimeout(60_000);
  const first = await colleague(browser);
  const second = await first.context().newPage();
  await second.goto('/projects');
  await connect(first, EDITOR.user, EDITOR.password);
  await expect(status(first)).toHaveText('Synced', { timeout: 20_000 });
  // The second tab was open before the connection: it follows, with the status of the tab that syncs.
  await expect(status(second)).toHaveText('Synced', { timeout: 20_000 });

  await second.goto('/settings');
  await second.getByRole('button', { name: 'Disconnect' }).click();
  await expect(status(second)).toHaveCount(0);
  await expect(status(first)).toHaveCount(0);
  await first.context().close();
});

/** Sign in as an editor and share; if the server already holds projects (other journeys'), merge. */
async function shareAsEditor(page: Page): Promise<void> {
  await connect(page, EDITOR.user, EDITOR.password);
  const asked = page.getByRole('form', { name: 'This browser and the server both hold a portfolio' });
  await expect(asked.or(status(page))).toBeVisible({ timeout: 20_000 });
  if (await asked.isVisible()) await asked.getByRole('button', { name: 'Continue' }).click();
  await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
}

/** A project of this browser's own (not sample data): a copy of the sample WIR under a new acronym. */
async function ownProject(page: Page, acronym: string): Promise<void> {
  await page.goto('/projects/new?from=sample-wir');
  await page.getByLabel('Acronym', { exact: true }).fill(acronym);
  await page.getByRole('button', { name: 'Save project' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(acronym);
  await page.goto('/settings');
}

test('a first connection where both sides hold projects asks: merge, or use the server’s portfolio after a safety backup', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).toUpperCase();
  // The server holds a project of a colleague's.
  const a = await colleague(browser);
  await ownProject(a, `ON-SERVER-${stamp}`);
  await shareAsEditor(a);

  // B has a project of its own and takes the server's portfolio instead.
  const b = await colleague(browser);
  await ownProject(b, `ONLY-B-${stamp}`);
  await connect(b, EDITOR.user, EDITOR.password);
  const choice = b.getByRole('form', { name: 'This browser and the server both hold a portfolio' });
  await expect(choice).toContainText('This browser holds 1 project of its own (the sample projects aside).');
  await expect(choice).toContainText(/The server holds \d+ projects?\./);
  await expect(choice.getByRole('radio', { name: /^Merge/ })).toBeChecked();
  await choice.getByRole('radio', { name: /^Use the server’s portfolio/ }).check();
  await choice.getByRole('button', { name: 'Continue' }).click();
  await expect(status(b)).toHaveText('Synced', { timeout: 20_000 });
  await b.goto(`/projects?q=ON-SERVER-${stamp}`);
  await expect(b.getByRole('link', { name: `ON-SERVER-${stamp}` })).toBeVisible({ timeout: 15_000 });
  await b.goto(`/projects?q=ONLY-B-${stamp}`);
  await expect(b.getByText(/^0 of \d+ projects?$/)).toBeVisible();
  await b.goto('/backup');
  // The safety backup holds what B had: the five sample projects and its own.
  await expect(b.getByRole('list', { name: 'Safety backups' }).getByRole('listitem')).toHaveCount(1);
  await expect(b.getByRole('list', { name: 'Safety backups' })).toContainText(': 6 projects');

  // C has a project of its own, keeps the default (merge), and A sees it.
  const c = await colleague(browser);
  await ownProject(c, `FROM-C-${stamp}`);
  await connect(c, EDITOR.user, EDITOR.password);
  await c.getByRole('form', { name: 'This browser and the server both hold a portfolio' }).getByRole('button', { name: 'Continue' }).click();
  await expect(status(c)).toHaveText('Synced', { timeout: 20_000 });
  await a.goto(`/projects?q=FROM-C-${stamp}`);
  await expect(a.getByRole('link', { name: `FROM-C-${stamp}` })).toBeVisible({ timeout: 15_000 });
  for (const page of [a, b, c]) await page.context().close();
});

const READER = { user: 'reader', password: process.env.SYNC_READER_PASSWORD || 'reader-dev-password' };

async function disconnect(page: Page): Promise<void> {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(status(page)).toHaveCount(0);
}

test('a reader with projects of its own is told they stay in this browser only, and keeps them', async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36).toUpperCase();
  // The server holds a colleague's project (whatever the other journeys left there).
  const a = await colleague(browser);
  await ownProject(a, `FOR-READER-${stamp}`);
  await shareAsEditor(a);

  const page = await colleague(browser);
  await ownProject(page, `READER-OWN-${stamp}`);
  await connect(page, READER.user, READER.password);
  const choice = page.getByRole('form', { name: 'This browser and the server both hold a portfolio' });
  await expect(choice).toContainText('This browser holds 1 project of its own (the sample projects aside).');
  await expect(choice.getByRole('radio', { name: /share them with colleagues/ })).toHaveCount(0);
  await expect(choice.getByRole('radio', { name: 'Keep them in this browser only, beside the server’s portfolio: a reader shares nothing with colleagues' })).toBeChecked();
  await choice.getByRole('button', { name: 'Continue' }).click();
  // Nothing was queued for the server: no refusal, and the reader's project is still here.
  await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  await page.goto(`/projects?q=READER-OWN-${stamp}`);
  await expect(page.getByRole('link', { name: `READER-OWN-${stamp}` })).toBeVisible();
  await page.goto(`/projects?q=FOR-READER-${stamp}`);
  await expect(page.getByRole('link', { name: `FOR-READER-${stamp}` })).toBeVisible({ timeout: 15_000 });
  for (const open of [a, page]) await open.context().close();
});

/** Open a project's form, change the given fields, save, and wait for its page. */
async function edit(page: Page, id: string, fields: Record<string, string>): Promise<void> {
  await page.goto(`/projects/${id}/edit`);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save project' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${id}$`));
}

test('two colleagues edit one project apart: both see the conflict, one combines the versions, and both end with the combination', async ({ browser }) => {
  test.setTimeout(150_000);
  const [a, b] = [await colleague(browser), await colleague(browser)];
  for (const page of [a, b]) {
    await connect(page, EDITOR.user, EDITOR.password);
    await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  }
  // A new project (the sample projects are never uploaded), shared with B.
  const tag = Date.now().toString(36).toUpperCase();
  await a.goto('/projects/new');
  await a.getByLabel('Acronym', { exact: true }).fill(`CF-${tag}`);
  await a.getByLabel('Title (English)', { exact: true }).fill('Shared base');
  await a.getByRole('group', { name: 'Council role' }).getByLabel('Partner', { exact: true }).check();
  await a.getByRole('button', { name: 'Save project' }).click();
  await expect(a.getByRole('heading', { level: 1 })).toContainText(`CF-${tag}`);
  const id = new URL(a.url()).pathname.split('/').pop() ?? '';
  await b.goto(`/projects/${id}`);
  await expect(b.getByRole('heading', { level: 1 })).toContainText(`CF-${tag}`, { timeout: 15_000 });

  // Apart: A changes the acronym, B the acronym and the English title.
  for (const page of [a, b]) await disconnect(page);
  await edit(a, id, { Acronym: `CF-A-${tag}` });
  await edit(b, id, { Acronym: `CF-B-${tag}`, 'Title (English)': 'Title from B' });
  for (const page of [a, b]) {
    await page.goto('/settings');
    await connect(page, EDITOR.user, EDITOR.password);
  }

  // Both keep both versions: a badge on the project, a marker on its row, the count in the header.
  for (const page of [a, b]) {
    await expect(status(page)).toHaveText('Synced · 1 conflict', { timeout: 30_000 });
    await page.goto(`/projects?q=${tag}`);
    await expect(page.getByRole('row').filter({ hasText: tag }).getByRole('img', { name: 'Conflict' })).toBeVisible();
    await page.goto(`/projects/${id}`);
    await expect(page.getByRole('link', { name: 'Conflict', exact: true })).toBeVisible();
  }

  // B compares, in Latvian first (a screenshot for the record), then chooses A's acronym and its own title.
  await b.getByRole('link', { name: 'Conflict', exact: true }).click();
  await b.getByRole('button', { name: /LV/ }).click();
  await expect(b.getByRole('button', { name: 'Saglabāt šo kombināciju' })).toBeVisible();
  await expect(b.getByRole('rowheader', { name: 'Akronīms' })).toBeVisible();
  await b.screenshot({ path: 'test-results/conflict-compare-lv.png', fullPage: true });
  await b.getByRole('button', { name: /EN/ }).click();
  const table = b.getByRole('table');
  await table.locator('td', { hasText: `CF-A-${tag}` }).getByRole('radio').check();
  await table.locator('td', { hasText: 'Title from B' }).getByRole('radio').check();
  await b.getByRole('button', { name: 'Keep this combination' }).click();
  await expect(b).toHaveURL(new RegExp(`/projects/${id}$`));

  // The combination reaches both, with one version left: no badge, no count.
  for (const page of [b, a]) {
    await page.goto(`/projects/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`CF-A-${tag} Title from B`, { timeout: 20_000 });
    await expect(page.getByRole('link', { name: 'Conflict', exact: true })).toHaveCount(0);
    await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  }
  // The history says who resolved it and which version of each field was kept.
  const history = a.getByRole('region', { name: 'History of changes' });
  await expect(history.getByRole('row').nth(1)).toContainText('Conflict resolved by editor');
  await a.context().close();
  await b.context().close();
});

test('a reader sees the dashboard charts and every project, and no edit control anywhere', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await colleague(browser);
  await connect(page, READER.user, READER.password);
  await expect(page.getByRole('region', { name: 'Sharing' })).toContainText('(reader: sees everything, changes nothing)');
  await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  await expect(page.getByTestId('reader-notice')).toHaveText(/^Reader/);
  await expect(page.getByRole('region', { name: 'Sharing' }).getByRole('note')).toHaveText('You can view but not change this portfolio (reader).');

  await page.goto('/dashboard');
  // Charts draw as they come on the screen.
  const firstChart = page.locator('section[data-chart]').first();
  await firstChart.scrollIntoViewIfNeeded();
  await expect(firstChart.locator('.recharts-wrapper')).toBeVisible();

  await page.goto('/projects');
  // Exact: other journeys on the same server share copies named WIR-…
  await expect(page.getByRole('link', { name: 'WIR', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /New project/ })).toHaveCount(0);

  await page.goto('/projects/sample-wir');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('WIR');
  await expect(page.getByRole('region', { name: 'History of changes' })).toBeVisible();
  for (const name of ['Edit', 'Duplicate']) await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Delete|Restore/ })).toHaveCount(0);

  await page.goto('/projects/sample-wir/edit');
  await expect(page.getByRole('alert')).toHaveText('You can view but not change this portfolio (reader). Ask an editor to make this change.');
  await expect(page.getByRole('button', { name: 'Save project' })).toHaveCount(0);

  await page.goto('/partners');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Edit|Merge)/ })).toHaveCount(0);
  await page.goto('/programmes');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('button', { name: /Edit|New programme/ })).toHaveCount(0);

  // Backups stay: the download, not the restore.
  await page.goto('/backup');
  await expect(page.getByRole('button', { name: 'Download backup (JSON)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Restore from a file' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Replace|Merge/ })).toHaveCount(0);
  await page.context().close();
});

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Two colleagues signed in, and a new project of A's (sample projects are never shared) that B has too. */
async function sharedProject(browser: Browser, prefix: string): Promise<{ a: Page; b: Page; id: string; tag: string }> {
  const [a, b] = [await colleague(browser), await colleague(browser)];
  for (const page of [a, b]) {
    await connect(page, EDITOR.user, EDITOR.password);
    const asked = page.getByRole('form', { name: 'This browser and the server both hold a portfolio' });
    await expect(asked.or(status(page))).toBeVisible({ timeout: 20_000 });
    if (await asked.isVisible()) await asked.getByRole('button', { name: 'Continue' }).click();
    await expect(status(page)).toHaveText(/^Synced/, { timeout: 20_000 });
  }
  const tag = `${prefix}-${Date.now().toString(36).toUpperCase()}`;
  await a.goto('/projects/new');
  await a.getByLabel('Acronym', { exact: true }).fill(tag);
  await a.getByLabel('Title (English)', { exact: true }).fill('Shared base');
  await a.getByRole('group', { name: 'Council role' }).getByLabel('Partner', { exact: true }).check();
  await a.getByRole('button', { name: 'Save project' }).click();
  await expect(a.getByRole('heading', { level: 1 })).toContainText(tag);
  const id = new URL(a.url()).pathname.split('/').pop() ?? '';
  await b.goto(`/projects/${id}`);
  await expect(b.getByRole('heading', { level: 1 })).toContainText(tag, { timeout: 15_000 });
  return { a, b, id, tag };
}

/** Change a project's acronym through its page's Edit link (no navigation by address: works offline too). */
async function editAcronym(page: Page, acronym: string): Promise<void> {
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Acronym', { exact: true }).fill(acronym);
  await page.getByRole('button', { name: 'Save project' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(acronym);
}

test('B goes offline, edits and reloads, and once back online A sees the edit', async ({ browser }) => {
  test.setTimeout(120_000);
  const { a, b, id, tag } = await sharedProject(browser, 'OFF');
  await waitForServiceWorker(b);

  await b.context().setOffline(true);
  await expect(status(b)).toHaveText(/^Offline/, { timeout: 20_000 });
  await editAcronym(b, `${tag}-OFFLINE`);
  // Two records wait: the project and its history entry.
  await expect(status(b)).toHaveText('Offline · 2 changes waiting');

  // A reload with no network: the service worker serves the app, the edit is still here and still waiting.
  await b.reload();
  await expect(b.getByRole('heading', { level: 1 })).toContainText(`${tag}-OFFLINE`);
  await expect(status(b)).toHaveText('Offline · 2 changes waiting', { timeout: 20_000 });

  await b.context().setOffline(false);
  await expect(status(b)).toHaveText('Synced', { timeout: 30_000 });
  await a.goto(`/projects/${id}`);
  await expect(a.getByRole('heading', { level: 1 })).toContainText(`${tag}-OFFLINE`, { timeout: 20_000 });
  await a.context().close();
  await b.context().close();
});

test('the server stops mid-session: B keeps working locally, and catches up when the server returns, without a reload', async ({ browser }) => {
  test.setTimeout(120_000);
  const { a, b, id, tag } = await sharedProject(browser, 'DOWN');

  // The server stops behind the same-origin proxy: every request to it gets the proxy's 502 page.
  const down = (route: Route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
  await b.context().route('**/couchdb/**', down);

  // B edits: the edit is kept here, and sending it meets the stopped server, which the header
  // says, with the two records (the project and its history entry) that have not reached it.
  await editAcronym(b, `${tag}-WHILE-DOWN`);
  await expect(status(b)).toHaveText('Server not reachable (502 Bad Gateway) · 2 changes waiting', { timeout: 20_000 });
  // A new project while the server is down: saved here, listed, and waiting to be sent.
  await b.getByRole('link', { name: 'Projects', exact: true }).click();
  await b.getByRole('link', { name: /New project/ }).click();
  await b.getByLabel('Acronym', { exact: true }).fill(`${tag}-NEW`);
  await b.getByLabel('Title (English)', { exact: true }).fill('Made while the server was down');
  await b.getByRole('group', { name: 'Council role' }).getByLabel('Lead partner', { exact: true }).check();
  await b.getByRole('button', { name: 'Save project' }).click();
  await expect(b.getByRole('heading', { level: 1 })).toContainText(`${tag}-NEW`);
  await expect(status(b)).toHaveText('Server not reachable (502 Bad Gateway) · 4 changes waiting');
  await b.getByRole('link', { name: 'Projects', exact: true }).click();
  await b.getByRole('searchbox').fill(tag);
  await expect(b.getByRole('link', { name: `${tag}-NEW`, exact: true })).toBeVisible();
  await expect(b.getByRole('link', { name: `${tag}-WHILE-DOWN`, exact: true })).toBeVisible();

  // The server is back: B catches up by itself, and A gets both changes.
  await b.context().unroute('**/couchdb/**', down);
  await expect(status(b)).toHaveText('Synced', { timeout: 30_000 });
  await a.goto(`/projects/${id}`);
  await expect(a.getByRole('heading', { level: 1 })).toContainText(`${tag}-WHILE-DOWN`, { timeout: 20_000 });
  await a.goto(`/projects?q=${tag}-NEW`);
  await expect(a.getByRole('link', { name: `${tag}-NEW`, exact: true })).toBeVisible({ timeout: 20_000 });
  await a.context().close();
  await b.context().close();
});

test('a project deleted while disconnected is deleted for colleagues once this browser connects again', async ({ browser }) => {
  test.setTimeout(120_000);
  const { a, b, id, tag } = await sharedProject(browser, 'LEFT');
  await b.goto('/settings');
  await expect(b.getByRole('region', { name: 'Sharing' })).toContainText('Changes made here after that are sent when this browser connects to the same server again.');
  await disconnect(b);
  await b.goto(`/projects/${id}`);
  await b.getByRole('button', { name: 'Delete project' }).click();
  await b.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(b).toHaveURL(/\/projects$/);

  // Back to the same server: nothing to choose, and the deletion is sent rather than undone.
  await b.goto('/settings');
  await connect(b, EDITOR.user, EDITOR.password);
  await expect(status(b)).toHaveText('Synced', { timeout: 30_000 });
  await a.goto(`/projects?q=${tag}`);
  await expect(a.getByText(/^(0 of|No project matches)/).first()).toBeVisible({ timeout: 20_000 });
  await b.goto(`/projects/${id}`);
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('This project does not exist (it may have been deleted).');
  await a.context().close();
  await b.context().close();
});

test('A deletes a project while B edits it apart: it stays, both see why, and keeping it settles it for both', async ({ browser }) => {
  test.setTimeout(150_000);
  const { a, b, id, tag } = await sharedProject(browser, 'DEL');

  // Apart (both offline, still signed in): A deletes the project, B edits it.
  for (const page of [a, b]) {
    await page.goto(`/projects/${id}`);
    await page.context().setOffline(true);
    await expect(status(page)).toHaveText(/^Offline/);
  }
  await a.getByRole('button', { name: 'Delete project' }).click();
  await a.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(a).toHaveURL(/\/projects$/);
  await editAcronym(b, `${tag}-EDITED`);
  for (const page of [a, b]) await page.context().setOffline(false);

  // The edit wins (CouchDB's rule), so the project is back for A too, and both see that a colleague deleted it.
  for (const page of [a, b]) {
    await expect(status(page)).toHaveText('Synced · 1 conflict', { timeout: 30_000 });
    await page.goto(`/projects/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${tag}-EDITED`);
    await expect(page.getByRole('note')).toContainText('A colleague deleted this project while it was being edited elsewhere.');
    await expect(page.getByRole('link', { name: 'Conflict', exact: true })).toBeVisible();
  }

  // A, who deleted it, sees the choice in Latvian first (a screenshot for the record), then keeps it.
  await a.getByRole('button', { name: /LV/ }).click();
  await expect(a.getByRole('note')).toContainText('Kolēģis izdzēsa šo projektu');
  await a.screenshot({ path: 'test-results/deleted-while-edited-lv.png', fullPage: true });
  await a.getByRole('link', { name: 'Paturēt vai dzēst' }).click();
  await expect(a.getByRole('button', { name: 'Tomēr izdzēst' })).toBeVisible();
  await a.screenshot({ path: 'test-results/deleted-while-edited-choice-lv.png', fullPage: true });
  await a.getByRole('button', { name: /EN/ }).click();
  await a.getByRole('button', { name: 'Keep the project' }).click();
  await expect(a).toHaveURL(new RegExp(`/projects/${id}$`));

  for (const page of [a, b]) {
    await page.goto(`/projects/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${tag}-EDITED`);
    await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
    await expect(page.getByRole('link', { name: 'Conflict', exact: true })).toHaveCount(0);
    await expect(page.getByRole('note')).toHaveCount(0);
    const history = page.getByRole('region', { name: 'History of changes' });
    await expect(history.getByRole('row').nth(1)).toContainText('a colleague’s deletion overruled: the project kept', { timeout: 20_000 });
  }
  await a.context().close();
  await b.context().close();
});

test('a new browser taking a large portfolio says how far it is, in either language', async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).toLowerCase();
  // A colleague's project, copied on the server into 2,500 (two pages of the first pull).
  const a = await colleague(browser);
  await ownProject(a, `BIG-${stamp}`);
  await shareAsEditor(a);
  await a.goto(`/projects?q=BIG-${stamp}`);
  await a.getByRole('link', { name: `BIG-${stamp}` }).click();
  const id = new URL(a.url()).pathname.split('/').pop() ?? '';
  const copies = await a.evaluate(
    async ({ id, stamp }) => {
      const database = '/couchdb/eu-portfolio';
      const doc = (await (await fetch(`${database}/${encodeURIComponent(`project:${id}`)}`, { credentials: 'include' })).json()) as { type: string; schemaVersion: number; data: Record<string, unknown> };
      const docs = Array.from({ length: 2500 }, (_, i) => ({ _id: `project:big-${stamp}-${i}`, type: doc.type, schemaVersion: doc.schemaVersion, data: { ...doc.data, id: `big-${stamp}-${i}`, acronym: `BIG-${stamp}-${i}` } }));
      const response = await fetch(`${database}/_bulk_docs`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ docs }) });
      return ((await response.json()) as { ok?: boolean }[]).filter((result) => result.ok).length;
    },
    { id, stamp },
  );
  expect(copies).toBe(2500);

  for (const [language, receiving, synced] of [
    ['EN', /^Receiving the portfolio: \d+%$/, 'Synced'],
    ['LV', /^Saņem portfeli: \d+ %$/, 'Sinhronizēts'],
  ] as const) {
    const page = await colleague(browser);
    if (language === 'LV') await page.getByRole('button', { name: /LV/ }).click();
    const card = page.getByRole('region', { name: language === 'LV' ? 'Koplietošana' : 'Sharing' });
    // The Storage card says where the data goes: nowhere until the browser shares.
    const storage = page.getByRole('region', { name: language === 'LV' ? 'Krātuve' : 'Storage' });
    await expect(storage).toContainText(language === 'LV' ? 'Nekas netiek nekur sūtīts.' : 'Nothing is sent anywhere.');
    await card.getByLabel(language === 'LV' ? 'Lietotājvārds' : 'User name').fill(EDITOR.user);
    await card.getByLabel(language === 'LV' ? 'Parole' : 'Password').fill(EDITOR.password);
    await card.getByRole('button', { name: language === 'LV' ? 'Pievienoties' : 'Connect' }).click();
    await expect(status(page)).toHaveText(receiving, { timeout: 20_000 });
    await page.screenshot({ path: `test-results/first-pull-progress-${language.toLowerCase()}.png` });
    await expect(status(page)).toHaveText(synced, { timeout: 60_000 });
    await expect(storage).toContainText(language === 'LV' ? 'koplieto to ar nodaļas serveri /couchdb/.' : 'shared with the department’s server /couchdb/.');
    await expect(storage).not.toContainText(language === 'LV' ? 'Nekas netiek nekur sūtīts.' : 'Nothing is sent anywhere.');
    await page.goto(`/projects?q=BIG-${stamp}-2499`);
    await expect(page.getByRole('link', { name: `BIG-${stamp}-2499` })).toBeVisible();
    await page.context().close();
  }
  await a.context().close();
});
