// The in-page half of scripts/bench/sheetImport.mjs: importing the projects list's own Excel file
// of N projects into a portfolio without them, as the Import screen does it (read the file, plan
// every row against what is stored, write it all after a safety backup), beside the JSON restore
// of a backup of the same projects into the same state (check the file, then a merge restore).
// Bundled as an ES module and loaded into the running app.
import { applyImport, applyRestore, exportBackup, prepareRestore } from '../../src/db/backup';
import { getDatabase } from '../../src/db/database';
import { getSettings, listOrganisations, listProgrammes, listProjects, putPortfolio, updateSettings } from '../../src/db/portfolioRepository';
import { xlsxBlob } from '../../src/components/xlsxFile';
import { projectsTable } from '../../src/domain/csv';
import { projectOverview } from '../../src/domain/overview';
import { xlsxSheet } from '../../src/domain/spreadsheet';
import { suggestMapping } from '../../src/domain/sheetImport/fields';
import { planSheetImport } from '../../src/domain/sheetImport/plan';
import { readSheetFile } from '../../src/features/import/readSheetFile';
import { backupEn } from '../../src/i18n/messages/backup.en';
import { generatePortfolio } from '../../tests/fixtures/generator';

const round = (ms: number) => Math.round(ms * 10) / 10;

let sheet: Blob | null = null;
let backupText = '';

/** Store N generated projects, write the list's Excel file and a JSON backup of them, then remove the projects (untimed). */
async function prepare(count: number, seedValue: number): Promise<{ projects: number; xlsxBytes: number; jsonBytes: number }> {
  const generated = generatePortfolio({ projects: count, seed: seedValue });
  await putPortfolio(generated, { mode: 'replace' });
  await updateSettings({ homeOrganisationId: generated.homeOrganisationId });
  const projects = await listProjects();
  const table = projectsTable(projects.map(projectOverview), {
    language: 'en',
    today: new Date().toISOString().slice(0, 10),
    organisationsById: new Map((await listOrganisations()).map((o) => [o.id, o])),
    programmesById: new Map((await listProgrammes()).map((p) => [p.id, p])),
    // The English list's own headings, as its Excel button writes them.
    heading: (column) => backupEn[`backup.csv.col.${column}`],
    roleLabel: (role) => (role === 'lead' ? 'Lead partner' : 'Partner'),
  });
  sheet = await xlsxBlob(xlsxSheet(table, { name: 'Projects', language: 'en' }));
  backupText = (await exportBackup()).text;
  await clearProjects();
  return { projects: projects.length, xlsxBytes: sheet.size, jsonBytes: backupText.length };
}

/** The projects and their history gone, the directories kept: where both imports start (untimed). */
async function clearProjects(): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', [db.projects, db.history], () => Promise.all([db.projects.clear(), db.history.clear()]));
}

/** Baseline: the JSON backup of the same projects restored into the same state (check, then merge). */
async function jsonRestore(): Promise<{ ms: number; written: number }> {
  const t = performance.now();
  const read = await prepareRestore(backupText);
  if (!read.ok) throw new Error(`own backup refused: ${JSON.stringify(read.problem)}`);
  const outcome = await applyRestore(read.prepared.backup, 'merge', { basis: read.prepared.basis });
  return { ms: round(performance.now() - t), written: outcome.projects.added.length + outcome.projects.changed.length };
}

/** Ours, as the Import screen does it: read the file, plan every row against what is stored, write it all. */
async function sheetImport(): Promise<{ ms: number; readMs: number; planMs: number; writeMs: number; written: number }> {
  if (!sheet) throw new Error('prepare first');
  const t = performance.now();
  const read = await readSheetFile(new File([sheet], 'projects.xlsx'));
  if (!read.ok) throw new Error(`own Excel file refused: ${read.problem}`);
  const readMs = performance.now() - t;
  const p = performance.now();
  const [projects, organisations, programmes, settings] = await Promise.all([listProjects(), listOrganisations(), listProgrammes(), getSettings()]);
  let n = 0;
  const plan = planSheetImport(read.grid, suggestMapping(read.grid.headers, read.grid.rows), {
    projects,
    organisations,
    programmes,
    homeOrganisationId: settings.homeOrganisationId,
    now: new Date().toISOString(),
    newId: () => `bench-${(n += 1)}`,
  });
  if (plan.counts.error > 0) throw new Error(`${plan.counts.error} rows refused, first: ${JSON.stringify(plan.rows.find((r) => r.action === 'error'))}`);
  const planMs = performance.now() - p;
  const w = performance.now();
  const outcome = await applyImport({ projects: plan.projects, organisations: plan.organisations, programmes: plan.programmes });
  const writeMs = performance.now() - w;
  return { ms: round(performance.now() - t), readMs: round(readMs), planMs: round(planMs), writeMs: round(writeMs), written: outcome.projects.added.length + outcome.projects.changed.length };
}

export type SheetImportBench = { prepare: typeof prepare; clearProjects: typeof clearProjects; jsonRestore: typeof jsonRestore; sheetImport: typeof sheetImport };

declare global {
  interface Window {
    __sheetImportBench?: SheetImportBench;
  }
}

window.__sheetImportBench = { prepare, clearProjects, jsonRestore, sheetImport };
