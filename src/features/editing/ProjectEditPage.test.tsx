import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { deleteProject, getProject, listProjects, saveProject } from '../../db/portfolioRepository';
import { editorTests, openSection, renderEditor, section } from './testEditor';

const database = editorTests();

describe('project edit page', () => {
  it('keeps the form as it was when the save fails, and says why', async () => {
    const { user, router, section: overview } = await openSection('Overview');
    const acronym = within(overview).getByLabelText('Acronym');
    await user.clear(acronym);
    await user.type(acronym, 'KEPT');
    database().close();
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    expect(await screen.findByText(/The database is closed/, { selector: '.form-footer [role="alert"]' })).toBeInTheDocument();
    expect(acronym).toHaveValue('KEPT');
    expect(router.state.location.pathname).toBe('/projects/small/edit');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  });

  it('stays open with what was typed when a later read of the directories fails', async () => {
    const { user, section: overview } = await openSection('Overview', '/projects/new');
    const acronym = within(overview).getByLabelText('Acronym');
    await user.type(acronym, 'TYPED');
    database().close();
    // Another tab changed the organisations: the refetch meets a closed database and fails.
    Dexie.on('storagemutated').fire({ [`idb://${database().name}/organisations/`]: {} });
    expect(await screen.findByText(/Reading the portfolio again failed: .*The database is closed.*What you typed is kept/, { selector: '.banner' })).toBeInTheDocument();
    expect(within(await section('Overview')).getByLabelText('Acronym')).toHaveValue('TYPED');
  });

  it('catches a stale save and can reload the other version', async () => {
    const { user, section: overview } = await openSection('Overview');
    const stored = await getProject('small');
    await saveProject({ ...stored!, title: { lv: 'Cits', en: 'Other tab' } }, { expected: stored! });
    expect(await screen.findByText(/changed in another tab since you opened it/)).toBeInTheDocument();
    await user.type(within(overview).getByLabelText('Acronym'), '-MINE');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    const dialog = await screen.findByRole('dialog', { name: 'Changed in another tab' });
    expect(within(dialog).getByText('Title (Latvian)')).toBeInTheDocument();
    expect(within(dialog).getByText('Title (English)')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reload their version (discard mine)' }));
    expect(within(overview).getByLabelText('Acronym')).toHaveValue('SMALL');
    expect(within(overview).getByLabelText('Title (English)')).toHaveValue('Other tab');
    expect((await getProject('small'))?.revision).toBe(2);
  });

  it('keeps the typing when another tab deletes the project, and offers to create it again', async () => {
    const { user, router, section: overview } = await openSection('Overview');
    const acronym = within(overview).getByLabelText('Acronym');
    await user.clear(acronym);
    await user.type(acronym, 'TYPED IN B');
    await deleteProject('small'); // tab A
    expect(await screen.findByText('This project was deleted elsewhere after you opened this form. Saving will create it again.', { selector: '.banner' })).toBeInTheDocument();
    expect(within(overview).getByLabelText('Acronym')).toHaveValue('TYPED IN B');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    const dialog = await screen.findByRole('dialog', { name: 'Changed in another tab' });
    expect(within(dialog).getByText(/deleted elsewhere/)).toBeInTheDocument();
    expect(await getProject('small')).toBeNull(); // nothing saved until the person chooses
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/small'));
    expect((await getProject('small'))?.acronym).toBe('TYPED IN B');
  });

  it('duplicates a project: same partners and programme, no dates, money or events', async () => {
    const user = userEvent.setup();
    const router = renderEditor('/projects/new?from=sample-solid');
    expect(await screen.findByRole('heading', { level: 1, name: 'New project from “SOLID”' })).toBeInTheDocument();
    const overview = await section('Overview');
    expect(within(overview).getByLabelText('Start')).toHaveValue('');
    await user.type(within(overview).getByLabelText('Acronym'), 'SOLID 2');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/projects\/project-/));
    const copy = (await listProjects()).find((p) => p.acronym === 'SOLID 2');
    const solid = await getProject('sample-solid');
    expect(copy?.partners).toEqual(solid?.partners);
    expect(copy?.programmeId).toBe(solid?.programmeId);
    expect(copy?.events).toEqual([]);
    expect(copy?.period).toEqual({ start: null, end: null, lengthMonths: null });
    expect(copy?.budget.councilBudget).toBeNull();
    expect(copy?.origin).toBe('user');
  });

  it('says a project to copy does not exist when its id in the URL is longer than any id can be', async () => {
    renderEditor(`/projects/new?from=${'x'.repeat(100_000)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This project does not exist (it may have been deleted).' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to projects' })).toBeInTheDocument();
  });
});
