import { expect, test, type Page } from '@playwright/test';

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openProject(page: Page, id: string) {
  await page.goto(`/projects/${id}`);
  await expect(section(page, 'Overview')).toBeVisible();
}

/** The text of the <dd> next to a <dt> label inside a section. */
const fact = (page: Page, sectionName: string, label: string) =>
  section(page, sectionName).locator(`dt:text-is("${label}") + dd`);

test('SOLID shows its budget, per-year amounts, five events and the 15-vs-16 warning', async ({ page }) => {
  await openProject(page, 'sample-solid');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SOLID');
  await expect(fact(page, 'Overview', 'Lead partner')).toContainText('Le Centre Culturel de Jette');
  await expect(fact(page, 'Overview', 'Implementation period')).toHaveText(/1 Jan 2018 – 15 Nov 2019/);
  await expect(fact(page, 'Budget and payments', 'Total project budget')).toHaveText('—');
  await expect(fact(page, 'Budget and payments', 'Council budget')).toContainText('€4,160.00');
  await expect(fact(page, 'Budget and payments', 'EU co-financing')).toContainText('€1,500.00');
  await expect(fact(page, 'Budget and payments', 'Council co-financing')).toContainText('€2,660.00');
  const byYear = section(page, 'Pre-financing and co-financing by year');
  await expect(byYear.getByRole('row', { name: /2018/ })).toContainText('€1,100.00');
  await expect(byYear.getByRole('row', { name: /2018/ })).toContainText('€1,990.00');
  await expect(byYear.getByRole('row', { name: /2019/ })).toContainText('€400.00');
  await expect(byYear.getByRole('row', { name: /2019/ })).toContainText('€670.00');
  const events = section(page, 'Mobility events');
  await expect(events.locator('tbody tr')).toHaveCount(5);
  await expect(events.locator('tbody tr td:last-child')).toHaveText(['3', '2', '2', '6', '3']);
  await expect(events.locator('tbody tr').first()).toContainText('March 2018');
  await expect(events.locator('tbody tr').last()).toContainText('October 2019');
  await expect(events).toContainText('16 representatives sent');
  await expect(page.getByRole('region', { name: 'Consistency warnings' })).toContainText('15 staff mobilities are planned, but the events list 16 representatives sent.');
  await expect(section(page, 'Partners').locator('tbody tr')).toHaveCount(13);
});

test('WIR shows its advance and balance payments and its contact person', async ({ page }) => {
  await openProject(page, 'sample-wir');
  await expect(fact(page, 'Budget and payments', 'Council budget')).toContainText('€14,600.00');
  await expect(fact(page, 'Budget and payments', 'EU co-financing')).toContainText('€9,800.00');
  await expect(fact(page, 'Budget and payments', 'Council co-financing')).toContainText('€4,800.00');
  const payments = section(page, 'Budget and payments');
  await expect(payments.getByRole('row', { name: /Advance/ })).toContainText('40%');
  await expect(payments.getByRole('row', { name: /Advance/ })).toContainText('€3,920.00');
  await expect(payments.getByRole('row', { name: /Balance/ })).toContainText('60%');
  await expect(payments.getByRole('row', { name: /Balance/ })).toContainText('€5,880.00');
  const byYear = section(page, 'Pre-financing and co-financing by year');
  await expect(byYear.getByRole('row', { name: /2018/ })).toContainText('€3,000.00');
  await expect(byYear.getByRole('row', { name: /2019/ })).toContainText('€2,880.00');
  await expect(byYear.getByRole('row', { name: /2018/ })).toContainText('€3,600.00');
  await expect(byYear.getByRole('row', { name: /2019/ })).toContainText('€1,200.00');
  const contacts = section(page, 'Contacts and links');
  await expect(contacts).toContainText('Jolanta Reča-Lāže');
  await expect(contacts.getByRole('link', { name: 'jolanta.reca-laze@daugavpils.lv' })).toHaveAttribute('href', 'mailto:jolanta.reca-laze@daugavpils.lv');
  await expect(section(page, 'Mobility events').locator('tbody tr')).toHaveCount(9);
  await expect(page.getByRole('region', { name: 'Consistency warnings' })).toHaveCount(0);
});

test('TTChan shows the council decision and its single hosted event of 8–12 November 2018', async ({ page }) => {
  await openProject(page, 'sample-ttchan');
  await expect(fact(page, 'Overview', 'Council decision')).toHaveText('No. 502 of 28 Sept 2018');
  await expect(fact(page, 'Budget and payments', 'Total project budget')).toContainText('€10,080.00');
  await expect(fact(page, 'Budget and payments', 'EU co-financing')).toContainText('100% of eligible costs');
  await expect(fact(page, 'Budget and payments', 'Council co-financing')).toContainText('€0.00');
  const events = section(page, 'Mobility events');
  await expect(events.locator('tbody tr')).toHaveCount(1);
  await expect(events.locator('tbody tr')).toContainText(/8\s*–\s*12 Nov 2018/);
  await expect(events.locator('tbody tr')).toContainText('Hosted');
  await expect(section(page, 'Partners').locator('tbody tr')).toContainText(['Daugavpils', 'Paņeveža, Lietuva', 'Motala, Zviedrija', 'Magdeburga, Vācija', 'Radoma, Polija', 'Raska, Serbija']);
});

test('Our Cities Pairing shows unknown values as dashes, its associated partners and undated visits', async ({ page }) => {
  await openProject(page, 'sample-our-cities-pairing');
  await expect(fact(page, 'Budget and payments', 'Total project budget')).toContainText('€138,000.00');
  await expect(fact(page, 'Budget and payments', 'Council co-financing')).toContainText('€4,673.00');
  await expect(fact(page, 'Budget and payments', 'Council budget')).toHaveText('—');
  await expect(fact(page, 'Budget and payments', 'EU co-financing')).toHaveText('—');
  await expect(fact(page, 'Overview', 'Implementation period')).toContainText('12 months');
  await expect(section(page, 'Partners')).toContainText('2 partners, 4 associated');
  const events = section(page, 'Mobility events');
  await expect(events.locator('tbody tr')).toHaveCount(8);
  await expect(events).toContainText('5 hosted, 3 outgoing');
});

test('DeCoDe shows its 40/60 payments, 2019 pre-financing and two hosted events', async ({ page }) => {
  await openProject(page, 'sample-decode');
  await expect(fact(page, 'Budget and payments', 'Total project budget')).toContainText('€90,000.00');
  const payments = section(page, 'Budget and payments');
  await expect(payments.getByRole('row', { name: /Advance/ })).toContainText('€36,000.00');
  await expect(payments.getByRole('row', { name: /Balance/ })).toContainText('€54,000.00');
  await expect(section(page, 'Pre-financing and co-financing by year').getByRole('row', { name: /2019/ })).toContainText('€30,000.00');
  const events = section(page, 'Mobility events');
  await expect(events.locator('tbody tr')).toHaveCount(5);
  await expect(events).toContainText('2 hosted, 3 outgoing');
  await expect(events).toContainText('as written: Kauņa, Septembris');
  await expect(events.locator('tbody tr td:last-child')).toHaveText(['—', '—', '—', '—', '—']);
});

test('an unknown project id says so', async ({ page }) => {
  await page.goto('/projects/does-not-exist');
  await expect(page.getByRole('heading', { name: 'This project does not exist (it may have been deleted).' })).toBeVisible();
});
