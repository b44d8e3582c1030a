// Editing journeys in Chromium against the production build: entering a whole project by hand,
// editing, stale saves from a second tab, the leave guard, undoing a delete, merging
// organisations, keyboard-only entry, and accessibility of the editing screens.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ttchan } from '../../src/domain/sample/projects/ttchan';
import { organisations as sampleOrganisations } from '../../src/domain/sample/organisations';
import { programmes as sampleProgrammes } from '../../src/domain/sample/programmes';
import type { Organisation, Programme, Project } from '../../src/domain/schema';
import { openProjects, projectRows } from './helpers';

type Stored = { project: Project | null; organisations: Organisation[]; programmes: Programme[] };

/** What IndexedDB holds, read with the raw IndexedDB API (no app code involved). */
async function readStored(page: Page, projectId: string): Promise<Stored> {
  return page.evaluate(
    (id) =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('eu-projects-portfolio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['projects', 'organisations', 'programmes'], 'readonly');
          const all = (name: string) => new Promise<unknown>((ok) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => ok(request.result);
          });
          const one = new Promise<unknown>((ok) => {
            const request = tx.objectStore('projects').get(id);
            request.onsuccess = () => ok(request.result ?? null);
          });
          void Promise.all([one, all('organisations'), all('programmes')]).then(([project, organisations, programmes]) => {
            db.close();
            resolve({ project, organisations, programmes } as Stored);
          });
        };
      }),
    projectId,
  );
}

const group = (scope: Page | Locator, name: string) => scope.getByRole('group', { name, exact: true });
const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function saveAndOpen(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save project' }).click();
  await expect(page).toHaveURL(/\/projects\/(?!new)[^/]+$/);
  await expect(page.getByRole('region', { name: 'Overview', exact: true })).toBeVisible();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
}

async function pickOrCreateOrganisation(page: Page, partner: Locator, typed: string, existing: RegExp | null, details?: { nameLv?: string; city?: string; cityLv?: string; country: string }) {
  await partner.getByRole('combobox', { name: 'Organisation' }).fill(typed);
  if (existing) {
    await page.getByRole('option', { name: existing }).click();
    return;
  }
  await page.getByRole('option', { name: `+ Create a new organisation “${typed}”` }).click();
  const form = partner.getByRole('group', { name: 'New organisation' });
  await expect(field(form, 'Name (its own form)')).toHaveValue(typed);
  if (details?.nameLv) await field(form, 'Latvian form').fill(details.nameLv);
  if (details?.city) await field(form, 'City').fill(details.city);
  if (details?.cityLv) await field(form, 'City, Latvian form').fill(details.cityLv);
  if (details) await field(form, 'Country code').fill(details.country);
  await form.getByRole('button', { name: 'Create organisation' }).click();
  await expect(form).toHaveCount(0);
  await expect(partner.getByRole('combobox', { name: 'Organisation' })).toHaveValue(typed);
}

test('TTChan entered by hand into an empty database is stored exactly as the sample holds it', async ({ page }) => {
  test.setTimeout(120_000);
  await openProjects(page);
  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await page.getByRole('dialog', { name: 'Remove sample data' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('0 of 0 projects')).toBeVisible();

  await page.getByRole('link', { name: '+ New project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New project' })).toBeVisible();

  // Overview
  await field(page, 'Acronym').fill('TTChan');
  await field(page, 'Title (Latvian)').fill(ttchan.title.lv);
  await field(page, 'Title (English)').fill(ttchan.title.en);
  await group(page, 'Council role').getByLabel('Lead partner').check();
  await page.getByRole('combobox', { name: 'Programme' }).fill('Europe for Citizens');
  await page.getByRole('option', { name: '+ Create a new programme “Europe for Citizens”' }).click();
  const newProgramme = page.getByRole('group', { name: 'New programme' });
  await field(newProgramme, 'Programme (Latvian)').fill('Eiropa pilsoņiem');
  await field(newProgramme, 'Strand (Latvian)').fill('2. sadaļa: Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība');
  await field(newProgramme, 'Strand (English)').fill('Strand 2: Democratic engagement and civic participation');
  await field(newProgramme, 'Measure (Latvian)').fill('Pašvaldību sadraudzība');
  await field(newProgramme, 'Measure (English)').fill('Town Twinning');
  await field(newProgramme, 'Funded by (Latvian)').fill('Eiropas Savienība');
  await field(newProgramme, 'Funded by (English)').fill('European Union');
  await newProgramme.getByRole('button', { name: 'Create programme' }).click();
  await expect(page.getByRole('combobox', { name: 'Programme' })).toHaveValue('Europe for Citizens — Town Twinning');
  await field(page, 'Start').fill('08.11.2018.');
  await field(page, 'End').fill('12.11.2018');
  await expect(region(page, 'Pre-financing and co-financing by year')).toContainText('The period covers 2018.');
  const decision = group(page, 'Council decision');
  await field(decision, 'Decision no.').fill('502');
  await field(decision, 'Decision date').fill('28.09.2018');
  await field(decision, 'Signed by').fill(ttchan.councilDecision?.signedBy ?? '');

  // Partners: the council from the directory, five towns created in place.
  const partners = region(page, 'Partners');
  const towns: [string, { nameLv?: string; city: string; cityLv?: string; country: string }][] = [
    ['Panevėžys', { nameLv: 'Paņeveža', city: 'Panevėžys', cityLv: 'Paņeveža', country: 'lt' }],
    ['Motala', { city: 'Motala', country: 'SE' }],
    ['Magdeburg', { nameLv: 'Magdeburga', city: 'Magdeburg', cityLv: 'Magdeburga', country: 'DE' }],
    ['Radom', { nameLv: 'Radoma', city: 'Radom', cityLv: 'Radoma', country: 'PL' }],
    ['Raška', { nameLv: 'Raska', city: 'Raška', cityLv: 'Raska', country: 'RS' }],
  ];
  for (const [index, partner] of ttchan.partners.entries()) {
    await partners.getByRole('button', { name: '+ Add partner' }).click();
    const row = group(partners, `Partner ${index + 1}`);
    if (index === 0) await pickOrCreateOrganisation(page, row, 'Daugavp', /Daugavpils City Council/);
    else {
      const [name, details] = towns[index - 1] ?? ['', { city: '', country: '' }];
      await pickOrCreateOrganisation(page, row, name, null, details);
    }
    await field(row, 'Role').selectOption(partner.role);
    await field(row, 'As written in the source').fill(partner.nameAsWritten ?? '');
  }

  // Budget, as people type amounts.
  const budget = region(page, 'Budget and payments');
  await field(budget, 'Total project budget').fill('10 080 EUR');
  await field(budget, 'Council budget').fill('10080,00');
  await field(budget, 'EU co-financing').fill('10,080.00');
  await field(budget, 'EU share of eligible costs, %').fill('100');
  await field(budget, 'Council co-financing').fill('0');
  await field(budget, 'Pre-financing (stated total)').fill('10 080 €');
  await field(budget, 'Pre-financing, %').fill('100 %');
  await field(budget, 'Budget note (Latvian)').fill(ttchan.budget.note.lv);
  await field(budget, 'Budget note (English)').fill(ttchan.budget.note.en);
  await budget.getByRole('button', { name: '+ Add payment' }).click();
  const payment = group(budget, 'Payment 1');
  await field(payment, 'Payment').selectOption('balance');
  await field(payment, 'Share of EU co-financing, %').fill('100');
  await field(payment, 'Amount').fill('10 080');
  await field(payment, 'Due').selectOption('after-completion');
  await field(payment, 'Notes').fill(ttchan.budget.payments[0]?.note ?? '');
  const byYear = region(page, 'Pre-financing and co-financing by year');
  await expect(byYear).toContainText('The period covers 2018.');
  await byYear.getByRole('button', { name: 'Add the period’s years (2018)' }).first().click();
  await field(group(byYear, 'Pre-financing, row 1'), 'Amount').fill('10 080');

  // The one event, hosted in Daugavpils on 8–12 November 2018.
  const events = region(page, 'Mobility events');
  await events.getByRole('button', { name: '+ Add event' }).click();
  const event = group(events, 'Event 1');
  const source = ttchan.events[0]!;
  await field(event, 'Kind of event').selectOption(source.kind);
  await field(event, 'Date').fill('08.11.2018 – 12.11.2018');
  await field(event, 'Direction').selectOption('hosted');
  await field(event, 'No. in the source').fill('1');
  await field(event, 'Host city').fill('Daugavpils');
  await field(event, 'Host country').fill('LV');
  await field(event, 'Event title (Latvian)').fill(source.title.lv);
  await field(event, 'Event title (English)').fill(source.title.en);
  await field(event, 'Notes (Latvian)').fill(source.notes.lv);
  await field(event, 'Notes (English)').fill(source.notes.en);

  // Objectives, activities, results.
  const content = region(page, 'Objectives, activities and results');
  const texts = async (kind: string, add: string, items: { lv: string; en: string }[]) => {
    for (const [index, item] of items.entries()) {
      await content.getByRole('button', { name: add }).click();
      const row = group(content, `${kind} ${index + 1}`);
      await field(row, 'Text (Latvian)').fill(item.lv);
      await field(row, 'Text (English)').fill(item.en);
    }
  };
  await texts('Objective', '+ Add objective', ttchan.objectives);
  await texts('Activity', '+ Add activity', ttchan.activities);
  await texts('Result', '+ Add result', ttchan.results.map((r) => r.text));
  const third = group(content, 'Result 3');
  await field(third, 'Countable indicator').selectOption('hosted-events');
  await field(third, 'Planned').fill('1');

  // Notes.
  const notes = region(page, 'Notes');
  await field(notes, 'Notes (Latvian)').fill(ttchan.notes.lv);
  await field(notes, 'Notes (English)').fill(ttchan.notes.en);

  const id = await saveAndOpen(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('TTChan');

  const stored = await readStored(page, id);
  const project = stored.project as Project & { activeYears?: number[] };
  const nameOf = (orgs: Organisation[], orgId: string) => orgs.find((o) => o.id === orgId)?.name;
  const comparable = (p: Project, orgs: Organisation[]) => ({
    ...p,
    id: null,
    origin: null,
    createdAt: null,
    updatedAt: null,
    revision: null,
    programmeId: null,
    partners: p.partners.map((partner) => ({ ...partner, organisationId: nameOf(orgs, partner.organisationId) })),
    events: p.events.map((e) => ({ ...e, id: null })),
  });
  const { activeYears: _derived, ...storedProject } = project;
  expect(comparable(storedProject, stored.organisations)).toEqual(comparable(ttchan, sampleOrganisations));
  const storedProgramme = stored.programmes.find((p) => p.id === project.programmeId);
  const sampleProgramme = sampleProgrammes.find((p) => p.id === ttchan.programmeId);
  expect({ ...storedProgramme, id: null, createdAt: null, updatedAt: null }).toEqual({ ...sampleProgramme, id: null, createdAt: null, updatedAt: null });
  for (const [name, details] of towns) {
    expect(stored.organisations.find((o) => o.name === name)).toMatchObject({ ...details, country: details.country.toUpperCase() });
  }
});

test('editing a project changes its page, the list and its history', async ({ page }) => {
  await page.goto('/projects/sample-wir');
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit “WIR”' })).toBeVisible();
  await field(page, 'Acronym').fill('WIR-2');
  const budget = region(page, 'Budget and payments');
  await field(budget, 'Council budget').fill('15 000');
  // The live check sees that the council budget no longer equals EU + council co-financing.
  await expect(budget.getByText('EU co-financing + council co-financing = €14,600.00, but the council budget is €15,000.00.')).toBeVisible();
  await saveAndOpen(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('WIR-2');
  await expect(region(page, 'Budget and payments').locator('dt:text-is("Council budget") + dd')).toContainText('€15,000.00');
  const history = region(page, 'History of changes');
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history.locator('tbody tr').first()).toContainText('Edited');
  await expect(history.locator('tbody tr').first()).toContainText('Acronym, Council budget');

  await page.getByRole('link', { name: 'Projects', exact: true }).click();
  await expect(projectRows(page).filter({ hasText: 'WIR-2' })).toContainText('€15,000.00');
});

test('a save that would overwrite another tab’s newer version is caught, and the user chooses', async ({ page, context }) => {
  await page.goto('/projects/sample-decode/edit');
  await expect(field(page, 'Acronym')).toHaveValue('DeCoDe');
  const other = await context.newPage();
  await other.goto('/projects/sample-decode/edit');
  await field(other, 'Title (English)').fill('Changed in the other tab');
  await other.getByRole('button', { name: 'Save project' }).click();
  await expect(other).toHaveURL(/\/projects\/sample-decode$/);

  // This tab hears of it at once, and saving does not overwrite silently.
  await expect(page.getByRole('status').filter({ hasText: 'changed in another tab' })).toBeVisible();
  await field(page, 'Acronym').fill('DeCoDe (mine)');
  await page.getByRole('button', { name: 'Save project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Changed in another tab' });
  await expect(dialog).toContainText('Title (English)');
  await expect(page).toHaveURL(/\/edit$/);

  // Reloading their version discards mine; saving again then goes through.
  await dialog.getByRole('button', { name: 'Reload their version (discard mine)' }).click();
  await expect(field(page, 'Title (English)')).toHaveValue('Changed in the other tab');
  await expect(field(page, 'Acronym')).toHaveValue('DeCoDe');
  await field(page, 'Acronym').fill('DeCoDe 2');
  await saveAndOpen(page);
  const stored = await readStored(page, 'sample-decode');
  expect(stored.project).toMatchObject({ acronym: 'DeCoDe 2', title: { en: 'Changed in the other tab' }, revision: 3 });
});

test('overwriting is the other choice after a stale save', async ({ page, context }) => {
  await page.goto('/projects/sample-solid/edit');
  await expect(field(page, 'Acronym')).toHaveValue('SOLID');
  const other = await context.newPage();
  await other.goto('/projects/sample-solid/edit');
  await field(other, 'Acronym').fill('SOLID-other');
  await other.getByRole('button', { name: 'Save project' }).click();
  await expect(other).toHaveURL(/\/projects\/sample-solid$/);
  await field(page, 'Acronym').fill('SOLID-mine');
  await page.getByRole('button', { name: 'Save project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Changed in another tab' });
  await expect(dialog).toContainText('Acronym');
  await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
  await expect(page).toHaveURL(/\/projects\/sample-solid$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SOLID-mine');
});

test('leaving a form with unsaved changes asks first, in the app and when closing the tab', async ({ page }) => {
  await page.goto('/projects/sample-ttchan/edit');
  const acronym = field(page, 'Acronym');
  await acronym.click();
  await page.keyboard.type('-draft');
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await expect(acronym).toHaveValue('TTChan-draft');

  // Closing the tab: the browser's own question.
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.type()); void d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
});

test('leaving after confirming discards the changes; an unchanged form leaves without asking', async ({ page }) => {
  await page.goto('/projects/sample-ttchan/edit');
  await field(page, 'Acronym').fill('TTChan-draft');
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave and discard changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await page.goto('/projects/sample-ttchan/edit');
  await expect(field(page, 'Acronym')).toHaveValue('TTChan');
  await page.getByRole('link', { name: 'Programmes', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programmes' })).toBeVisible();
});

test('a deleted project comes back with Undo', async ({ page }) => {
  await page.goto('/projects/sample-decode');
  await page.getByRole('button', { name: 'Delete project' }).click();
  await page.getByRole('dialog', { name: 'Delete “DeCoDe”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('4 of 4 projects')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('5 of 5 projects')).toBeVisible();
  await projectRows(page).filter({ hasText: 'DeCoDe' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('DeCoDe');
});

test('two records of one organisation are merged: every project then names the one kept', async ({ page }) => {
  // A second record of Magdeburg, created while editing WIR.
  await page.goto('/projects/sample-wir/edit');
  const partners = region(page, 'Partners');
  await expect(group(partners, 'Partner 1')).toBeVisible();
  const before = await partners.getByRole('group', { name: /^Partner \d+$/ }).count();
  await partners.getByRole('button', { name: '+ Add partner' }).click();
  const row = group(partners, `Partner ${before + 1}`);
  await pickOrCreateOrganisation(page, row, 'Magdeburga', null, { city: 'Magdeburga', country: 'DE' });
  await saveAndOpen(page);
  await expect(region(page, 'Partners').locator('tbody tr')).toHaveCount(before + 1);

  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await page.getByRole('button', { name: 'Merge Magdeburga into another record' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge “Magdeburga” into another record' });
  await expect(dialog).toContainText('“Magdeburga” is named in 1 project.');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(dialog.getByText('Choose the record to keep.')).toBeVisible();
  await dialog.getByLabel('Record to keep').selectOption({ label: 'Magdeburg, Magdeburg, Germany' });
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText('“Magdeburga” merged into “Magdeburg”; 1 project updated.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Merge Magdeburga into another record' })).toHaveCount(0);
  const magdeburg = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Magdeburg', exact: true }) });
  await expect(magdeburg).toContainText('WIR');
  await expect(magdeburg).toContainText('TTChan');
});

/** Press Tab until the focused element is the one wanted (keyboard only; fails after 150 presses). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 150; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

test('a project with one partner and one event can be entered with the keyboard alone', async ({ page }) => {
  await page.goto('/projects/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New project' })).toBeVisible();
  await tabTo(page, field(page, 'Acronym'));
  await page.keyboard.type('KEYS');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Title (Latvian)')).toBeFocused();
  await page.keyboard.type('Tastatūras projekts');
  await tabTo(page, group(page, 'Council role').getByLabel('Lead partner'));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Programme' })).toBeFocused();
  await page.keyboard.type('town twin');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Programme' })).toHaveValue('Europe for Citizens — Town Twinning');
  await tabTo(page, field(page, 'Start'));
  await page.keyboard.type('01.03.2019');
  await page.keyboard.press('Tab');
  await page.keyboard.type('29.02.2020');

  const partners = region(page, 'Partners');
  await tabTo(page, partners.getByRole('button', { name: '+ Add partner' }));
  await page.keyboard.press('Enter');
  const partner = group(partners, 'Partner 1');
  await expect(partner.getByRole('combobox', { name: 'Organisation' })).toBeFocused();
  await page.keyboard.type('magdeb');
  await page.keyboard.press('Enter');
  await expect(partner.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Magdeburg');

  const events = region(page, 'Mobility events');
  await tabTo(page, events.getByRole('button', { name: '+ Add event' }));
  await page.keyboard.press('Enter');
  const event = group(events, 'Event 1');
  await expect(field(event, 'Kind of event')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('05/2019');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(field(event, 'Representatives sent')).toBeFocused();
  await page.keyboard.type('2');
  await tabTo(page, field(event, 'Host city'));
  await page.keyboard.type('Magdeburg');
  await page.keyboard.press('Enter'); // submits the form

  await expect(page).toHaveURL(/\/projects\/project-/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('KEYS');
  await expect(region(page, 'Partners').locator('tbody tr')).toContainText(['Magdeburg']);
  const row = region(page, 'Mobility events').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('May 2019');
  await expect(row).toContainText('Magdeburg');
  await expect(row.locator('td').last()).toHaveText('2');
});

test('bad input is refused beside its field, in the UI language, with the focus on the first error', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('eu-portfolio.language', 'lv'));
  await page.goto('/projects/sample-solid/edit');
  const budget = region(page, 'Budžets un maksājumi');
  await field(budget, 'Domes budžets').fill('-4160');
  await field(page, 'Beigas').fill('31.12.2017');
  await page.getByRole('button', { name: 'Saglabāt projektu' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Jāpārbauda 2 lauki;' })).toBeVisible();
  await expect(field(page, 'Beigas')).toBeFocused();
  await expect(page.getByText('Beigas ir pirms sākuma.')).toBeVisible();
  await expect(budget.getByText('Tā nav summa', { exact: false })).toBeVisible();
  await expect(field(budget, 'Domes budžets')).toHaveValue('-4160');
  await expect(page).toHaveURL(/\/edit$/);
});

for (const language of ['en', 'lv'] as const) {
  for (const route of ['/projects/new', '/projects/sample-solid/edit', '/programmes', '/partners']) {
    test(`${route} has no serious or critical accessibility violation (${language}, editing)`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.addInitScript((lang) => localStorage.setItem('eu-portfolio.language', lang), language);
      await page.goto(route);
      await expect(page.locator('main h1')).toBeVisible();
      if (route === '/partners') {
        await page.getByRole('button', { name: /^(Merge|Apvienot) / }).first().click();
        await expect(page.getByRole('dialog')).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
