import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countProjects, getSettings, listOrganisations, listProgrammes } from '../../db/portfolioRepository';
import { freshDatabaseEachTest } from '../../test/database';
import { renderDataRouter, seedSamplePortfolio } from '../../test/render';
import { readImportDraft } from '../../queries/importDraft';
import ImportPage from './ImportPage';

// The council's pages, as the reader's tests keep them (run from the repository's root).
const seed = (name: string) => readFileSync(path.resolve('src/domain/pageReader/fixtures/seeds', `${name}.txt`), 'utf8');

function openImport() {
  const router = renderDataRouter(
    [
      { path: '/import', element: <ImportPage /> },
      { path: '/projects/new', element: <p>the project form</p> },
      { path: '/projects/:projectId', element: <p>project page</p> },
    ],
    '/import',
  );
  return { router, user: userEvent.setup() };
}

/** Paste into the text area as a person does (typing 3,000 characters would take minutes). */
async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByLabelText('Page text'));
  await user.paste(text);
}

describe('import: a council page read into a draft', () => {
  describe('with the sample portfolio', () => {
    freshDatabaseEachTest(seedSamplePortfolio);

    it('asks for text first, and keeps the focus on the text area', async () => {
      const { user } = openImport();
      await user.click(await screen.findByRole('button', { name: 'Read' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('Paste the page text first.');
      expect(screen.getByLabelText('Page text')).toHaveFocus();
    });

    it('shows each value beside its passage, says the acronym exists, and matches the partners with the directory', async () => {
      const { user } = openImport();
      await paste(user, seed('002-ttchan'));
      await user.click(screen.getByRole('button', { name: 'Read' }));
      expect(await screen.findByText(/^\d+ values found\./)).toBeInTheDocument();
      // The decision number, with the passage it came from.
      const values = screen.getByRole('table');
      const decision = within(values).getByRole('rowheader', { name: 'Council decision no.' }).closest('tr')!;
      const [value, passage] = within(decision as HTMLElement).getAllByRole('cell');
      expect(value).toHaveTextContent(/^502$/);
      expect(passage).toHaveTextContent(/Nr\.\s?502/);
      // The sample holds TTChan: the person is told, and can open it instead.
      expect(await screen.findByText(/A project with the acronym “TTChan” already exists\./)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Open “TTChan”' })).toHaveAttribute('href', '/projects/sample-ttchan');
      // Panevėžys is in the directory under its Latvian name.
      const partners = screen.getByRole('region', { name: 'Partners' });
      const paneveza = within(partners).getByRole('combobox', { name: /^Organisation for “Paņeveža/ });
      expect((paneveza as HTMLSelectElement).selectedOptions[0]?.textContent).toMatch(/Panevėžys/);
    });

    it('hands the draft to the project form, and saves no project', async () => {
      const { user, router } = openImport();
      const before = { projects: await countProjects(), organisations: (await listOrganisations()).length };
      await paste(user, seed('002-ttchan'));
      await user.click(screen.getByRole('button', { name: 'Read' }));
      await screen.findByText(/^\d+ values found\./);
      const open = screen.getByRole('button', { name: /open the project form|Open in the project form/ });
      const adds = /Add (\d+) new organisation/.exec(open.textContent ?? '');
      await user.click(open);
      await waitFor(() => expect(router.state.location.search).toBe('?draft=page'));
      expect(screen.getByText('the project form')).toBeInTheDocument();
      const draft = readImportDraft();
      expect(draft?.acronym).toBe('TTChan');
      expect(draft?.councilRole).toBe('lead');
      expect(draft?.partners.length).toBeGreaterThanOrEqual(5);
      expect(await countProjects()).toBe(before.projects);
      expect((await listOrganisations()).length).toBe(before.organisations + Number(adds?.[1] ?? 0));
    });
  });

  describe('with an empty directory', () => {
    freshDatabaseEachTest();

    it('offers each partner as a new organisation, and adds them only when the draft opens', async () => {
      const { user } = openImport();
      await paste(user, seed('001-wir'));
      await user.click(screen.getByRole('button', { name: 'Read' }));
      await screen.findByText(/^\d+ values found\./);
      expect(screen.queryByText(/already exists/)).not.toBeInTheDocument();
      const partners = screen.getByRole('region', { name: 'Partners' });
      const choices = within(partners).getAllByRole('combobox');
      expect(choices.length).toBeGreaterThanOrEqual(10);
      expect(within(partners).getAllByText('Not in the directory: it will be added as a new organisation.')).toHaveLength(choices.length);
      expect(await listOrganisations()).toHaveLength(0);
      await user.click(screen.getByRole('button', { name: `Add ${choices.length} new organisations and open the project form` }));
      expect(await screen.findByText('the project form')).toBeInTheDocument();
      const added = await listOrganisations();
      expect(added).toHaveLength(choices.length);
      expect(added.map((organisation) => organisation.name)).toContain('Ravennas pašvaldība');
      expect(await listProgrammes()).toHaveLength(1);
      expect((await getSettings()).homeOrganisationId ?? null).toBeNull();
    }, 20_000); // a dozen organisations written and a long page drawn: slow in jsdom on a busy machine
  });
});
