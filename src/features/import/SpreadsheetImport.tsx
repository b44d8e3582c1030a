// Import from a spreadsheet: choose an XLSX or CSV file, check which field each column is
// (suggested from its heading), see every row's outcome with its problems, and import all of
// it at once after a safety backup, with undo. Nothing changes while any row has a problem.
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router-dom';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { storageErrorMessage } from '../../components/storageMessage';
import type { WorkProgress } from '../../domain/backup/steps';
import { sheetFields, type ColumnMapping, type SheetField } from '../../domain/sheetImport/fields';
import type { GridCell, SheetGrid } from '../../domain/sheetImport/grid';
import { planSheetImport, type RowPlan, type RowProblem, type SheetImportPlan } from '../../domain/sheetImport/plan';
import { suggestMapping } from '../../domain/sheetImport/fields';
import { fieldName } from '../../i18n/fieldName';
import { useI18n } from '../../i18n/I18nProvider';
import { importEn } from '../../i18n/messages/import.en';
import { importLv } from '../../i18n/messages/import.lv';
import { useScopedMessages, type ScopedTranslate } from '../../i18n/scoped';
import { useRestoreSafetyBackup } from '../../queries/backup';
import { settingsQuery, useDirectories } from '../../queries/portfolio';
import { useApplySheetImport, wholeProjectsQuery } from '../../queries/sheetImport';
import { readSheetFile } from './readSheetFile';

type Ti = ScopedTranslate<typeof importEn>;
/** A file read: `token` makes the ids of the records it adds unique to it. */
type Chosen = { name: string; grid: SheetGrid; at: string; token: string };
type Imported = { create: number; update: number; safetyBackupId: string };

/** The most rows the preview draws; every row is planned and counted. */
const PREVIEW_ROWS = 200;

export function SpreadsheetImport() {
  const ti = useScopedMessages(importEn, importLv);
  const headingId = useId();
  const fileId = useId();
  const problemId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [imported, setImported] = useState<Imported | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setProblem(null);
    setChosen(null);
    setImported(null);
    setReading(true);
    try {
      const result = await readSheetFile(file);
      if (result.ok) setChosen({ name: file.name, grid: result.grid, at: new Date().toISOString(), token: crypto.randomUUID().slice(0, 8) });
      else setProblem(result.problem === 'unreadable' ? ti('sheet.problem.unreadable', { reason: result.detail ?? '' }) : ti(`sheet.problem.${result.problem}`));
    } finally {
      setReading(false);
    }
  };

  const another = () => {
    setChosen(null);
    setImported(null);
    setProblem(null);
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
  };

  return (
    <section className="card sheet-import" aria-labelledby={headingId}>
      <h2 id={headingId}>{ti('sheet.title')}</h2>
      <p className="hint">{ti('sheet.intro')}</p>
      <div className="field">
        <label htmlFor={fileId}>{ti('sheet.file')}</label>
        <input
          id={fileId}
          ref={input}
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => void choose(event)}
          disabled={reading}
          aria-describedby={problem ? problemId : undefined}
          aria-invalid={problem ? true : undefined}
        />
      </div>
      {reading && <p role="status">{ti('sheet.reading')}</p>}
      {problem && (
        <p id={problemId} className="field-error" role="alert">
          {problem}
        </p>
      )}
      {imported ? (
        <ImportDone imported={imported} onAnother={another} />
      ) : (
        chosen && <SheetReview key={chosen.at} chosen={chosen} onImported={setImported} onAnother={another} />
      )}
    </section>
  );
}

function SheetReview({ chosen, onImported, onAnother }: { chosen: Chosen; onImported: (imported: Imported) => void; onAnother: () => void }) {
  const ti = useScopedMessages(importEn, importLv);
  const { t } = useI18n();
  const { grid } = chosen;
  const projects = useQuery(wholeProjectsQuery());
  const settings = useQuery(settingsQuery());
  const directories = useDirectories();
  const [mapping, setMapping] = useState<ColumnMapping>(() => suggestMapping(grid.headers, grid.rows));
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const apply = useApplySheetImport();

  const ready = projects.data !== undefined && settings.data !== undefined && !directories.isPending;
  const identified = mapping.some((field) => field === 'id' || field === 'acronym' || field === 'titleLv' || field === 'titleEn');
  // Ids of new records are made once per file, so the plan does not change between renders.
  const plan = useMemo(() => {
    if (!ready || !identified) return null;
    let n = 0;
    return planSheetImport(grid, mapping, {
      projects: projects.data,
      organisations: directories.organisations,
      programmes: directories.programmes,
      homeOrganisationId: settings.data.homeOrganisationId,
      now: chosen.at,
      newId: () => `${chosen.token}-${(n += 1)}`,
    });
  }, [ready, identified, grid, mapping, projects.data, directories.organisations, directories.programmes, settings.data, chosen.at, chosen.token]);

  const setField = (column: number, field: SheetField | null) =>
    setMapping((current) => current.map((f, i) => (i === column ? field : f === field && field !== null ? null : f)));

  const run = () => {
    if (!plan) return;
    setFailure(null);
    apply.mutate(
      { records: { projects: plan.projects, organisations: plan.organisations, programmes: plan.programmes }, onProgress: setProgress },
      {
        onSuccess: (outcome) => onImported({ create: outcome.projects.added.length, update: outcome.projects.changed.length, safetyBackupId: outcome.safetyBackupId }),
        onError: (error) => setFailure(ti('sheet.failed', { reason: storageErrorMessage(error, t) })),
        onSettled: () => {
          setConfirming(false);
          setProgress(null);
        },
      },
    );
  };

  const source =
    grid.source.kind === 'csv'
      ? ti('sheet.source.csv', { name: chosen.name, rows: ti('sheet.rows', { count: grid.rows.length }), columns: grid.headers.length, delimiter: grid.source.delimiter === '\t' ? ti('sheet.tab') : grid.source.delimiter })
      : ti('sheet.source.xlsx', { name: chosen.name, sheet: grid.source.sheet, rows: ti('sheet.rows', { count: grid.rows.length }), columns: grid.headers.length });
  const writes = plan ? plan.counts.create + plan.counts.update : 0;

  return (
    <div className="sheet-review">
      <p>
        {source}{' '}
        <button type="button" className="link-button" onClick={onAnother}>
          {ti('sheet.another')}
        </button>
      </p>
      <ColumnChoices grid={grid} mapping={mapping} onChange={setField} ti={ti} />
      {!identified && (
        <p className="field-error" role="alert">
          {ti('sheet.noIdentity')}
        </p>
      )}
      {!ready && identified && <p role="status">{t('common.loading')}</p>}
      {plan && (
        <>
          <h3>{ti('sheet.preview.title')}</h3>
          <PlanSummary plan={plan} ti={ti} />
          <label className="sheet-only-problems">
            <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} /> {ti('sheet.onlyProblems')}
          </label>
          <PreviewTable grid={grid} mapping={mapping} rows={onlyProblems ? plan.rows.filter((row) => row.action === 'error') : plan.rows} ti={ti} />
          {failure && (
            <p className="field-error" role="alert">
              {failure}
            </p>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={plan.counts.error > 0 || writes === 0 || apply.isPending} onClick={() => setConfirming(true)}>
              {apply.isPending ? ti('sheet.importing') : ti('sheet.import')}
            </button>
            {plan.counts.error === 0 && writes === 0 && <span className="hint">{ti('sheet.nothingToImport')}</span>}
          </div>
          <ConfirmDialog open={confirming} title={ti('sheet.confirm.title')} confirmLabel={apply.isPending ? ti('sheet.importing') : ti('sheet.import')} busy={apply.isPending} onConfirm={run} onCancel={() => !apply.isPending && setConfirming(false)}>
            <p>{ti('sheet.confirm.body', { create: plan.counts.create, update: plan.counts.update })}</p>
            {progress && progress.total > 0 && (
              <p role="status">
                <progress max={progress.total} value={progress.done} /> {ti('sheet.progress', { done: progress.done, total: progress.total })}
              </p>
            )}
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}

const cellText = (cell: GridCell): string => (cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));

function ColumnChoices({ grid, mapping, onChange, ti }: { grid: SheetGrid; mapping: ColumnMapping; onChange: (column: number, field: SheetField | null) => void; ti: Ti }) {
  const headingId = useId();
  return (
    <>
      <h3 id={headingId}>{ti('sheet.columns.title')}</h3>
      <p className="hint">{ti('sheet.columns.intro')}</p>
      <div className="sheet-columns-scroll">
        <table className="sheet-columns" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{ti('sheet.col.column')}</th>
              <th scope="col">{ti('sheet.col.examples')}</th>
              <th scope="col">{ti('sheet.col.field')}</th>
            </tr>
          </thead>
          <tbody>
            {grid.headers.map((header, column) => {
              const examples = grid.rows
                .map((row) => cellText(row[column] ?? null))
                .filter((text) => text !== '')
                .slice(0, 2);
              const label = header || `#${column + 1}`;
              return (
                <tr key={column}>
                  <th scope="row">{label}</th>
                  <td className="sheet-examples">{examples.join(' · ')}</td>
                  <td>
                    <select aria-label={`${ti('sheet.col.field')}: ${label}`} value={mapping[column] ?? ''} onChange={(event) => onChange(column, (event.target.value || null) as SheetField | null)}>
                      <option value="">{ti('sheet.notImported')}</option>
                      {sheetFields.map((field) => (
                        <option key={field} value={field}>
                          {ti(`sheet.field.${field}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function PlanSummary({ plan, ti }: { plan: SheetImportPlan; ti: Ti }) {
  const { counts } = plan;
  return (
    <div role="status">
      <p>{[ti('sheet.count.create', { count: counts.create }), ti('sheet.count.update', { count: counts.update }), ti('sheet.count.unchanged', { count: counts.unchanged })].join(', ')}.</p>
      {counts.error > 0 && <p className="field-error">{ti('sheet.errors', { count: counts.error })}</p>}
      {plan.organisations.length > 0 && <p>{ti('sheet.newOrganisations', { count: plan.organisations.length, names: plan.organisations.map((o) => o.name).join(', ') })}</p>}
      {plan.programmes.length > 0 && <p>{ti('sheet.newProgrammes', { count: plan.programmes.length, names: plan.programmes.map((p) => p.name.lv || p.name.en).join(', ') })}</p>}
    </div>
  );
}

function problemText(problem: RowProblem, grid: SheetGrid, row: readonly GridCell[], ti: Ti): string {
  switch (problem.kind) {
    case 'cell':
      return ti(`sheet.cellProblem.${problem.problem}`, { column: grid.headers[problem.column] || `#${problem.column + 1}`, value: cellText(row[problem.column] ?? null) });
    case 'same-project':
      return ti('sheet.problem.same-project', { row: problem.otherRow });
    case 'acronym-ambiguous':
      return ti('sheet.problem.acronym-ambiguous', { acronym: problem.acronym });
    case 'programme-ambiguous':
      return ti('sheet.problem.programme-ambiguous', { name: problem.name });
    case 'invalid':
      return ti('sheet.problem.invalid', { path: problem.path });
    default:
      return ti(`sheet.problem.${problem.kind}`);
  }
}

function PreviewTable({ grid, mapping, rows, ti }: { grid: SheetGrid; mapping: ColumnMapping; rows: readonly RowPlan[]; ti: Ti }) {
  const { t } = useI18n();
  const headingId = useId();
  const shown = rows.slice(0, PREVIEW_ROWS);
  const columns = mapping.flatMap((field, column) => (field === null ? [] : [{ field, column }]));
  return (
    <>
      <p id={headingId} className="hint">
        {ti('sheet.shown', { shown: shown.length, total: rows.length })}
      </p>
      <div className="table-scroll sheet-preview-scroll">
        <table className="sheet-preview" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{ti('sheet.col.row')}</th>
              <th scope="col">{ti('sheet.col.result')}</th>
              <th scope="col">{ti('sheet.col.problems')}</th>
              {columns.map(({ field, column }) => (
                <th scope="col" key={column}>
                  {ti(`sheet.field.${field}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((plan) => {
              const cells = grid.rows[plan.sheetRow - 2] ?? [];
              const bad = new Set(plan.problems.flatMap((p) => (p.kind === 'cell' ? [p.column] : [])));
              return (
                <tr key={plan.sheetRow} className={plan.action === 'error' ? 'has-problem' : undefined}>
                  <th scope="row">{plan.sheetRow}</th>
                  <td>
                    <span className={`badge action-${plan.action}`}>{ti(`sheet.action.${plan.action}`)}</span>
                    {plan.matchedBy && <span className="hint"> {ti(`sheet.matched.${plan.matchedBy}`)}</span>}
                  </td>
                  <td className="sheet-notes">
                    {plan.problems.length > 0 ? (
                      <ul className="sheet-problems">
                        {plan.problems.map((problem, i) => (
                          <li key={i}>{problemText(problem, grid, cells, ti)}</li>
                        ))}
                      </ul>
                    ) : plan.changed.length > 0 ? (
                      ti('sheet.changes', { fields: plan.changed.map((path) => fieldName(path, t)).join(', ') })
                    ) : null}
                  </td>
                  {columns.map(({ column }) => (
                    <td key={column} className={bad.has(column) ? 'cell-problem' : undefined} aria-invalid={bad.has(column) ? true : undefined}>
                      {cellText(cells[column] ?? null)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ImportDone({ imported, onAnother }: { imported: Imported; onAnother: () => void }) {
  const ti = useScopedMessages(importEn, importLv);
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [undone, setUndone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const undo = useRestoreSafetyBackup({
    onSuccess: () => setUndone(true),
    onError: (error) => setFailure(storageErrorMessage(error, t)),
    onSettled: () => setAsking(false),
  });
  const counts = [ti('sheet.count.create', { count: imported.create }), ti('sheet.count.update', { count: imported.update })].join(', ');
  return (
    <div className="sheet-done">
      <p role="status" className="banner">
        {undone ? ti('sheet.undone') : ti('sheet.done', { counts })}
      </p>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <Link to="/projects">{ti('sheet.viewProjects')}</Link>
        {!undone && (
          <button type="button" onClick={() => setAsking(true)} disabled={undo.isPending}>
            {undo.isPending ? ti('sheet.undoing') : ti('sheet.undo')}
          </button>
        )}
        <button type="button" onClick={onAnother}>
          {ti('sheet.another')}
        </button>
      </div>
      <ConfirmDialog open={asking} title={ti('sheet.undo.title')} confirmLabel={ti('sheet.undo')} destructive busy={undo.isPending} onConfirm={() => undo.mutate(imported.safetyBackupId)} onCancel={() => !undo.isPending && setAsking(false)}>
        <p>{ti('sheet.undo.body')}</p>
      </ConfirmDialog>
    </div>
  );
}
