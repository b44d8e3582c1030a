// The backup screen: save a backup file, restore one (checked first, then a summary, then
// Replace or Merge), and the safety backups taken before each restore.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { BackupProblem } from '../../domain/backup/problems';
import type { WorkProgress } from '../../domain/backup/steps';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DownloadButton } from '../../components/DownloadButton';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { DataTable } from '../../components/DataTable';
import { TableScroll } from '../../components/TableScroll';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useBackupScreenMessages } from './backupScreenMessages';
import {
  readBackupForRestore,
  SAFETY_BACKUPS_KEPT,
  safetyBackupsQuery,
  safetyBackupText,
  useApplyRestore,
  useBackupStatus,
  useExportBackup,
  useRestoreSafetyBackup,
  type PlanSummary,
  type PreparedRestore,
  type RestoreMode,
} from '../../queries/backup';
import { useCanEdit } from '../../queries/access';
import { useSharing } from '../../queries/sharing';
import { problemMessage } from './problemMessage';
import { WorkProgressBar } from './WorkProgressBar';
import './backup.css';

type Chosen =
  | { state: 'reading'; name: string }
  | { state: 'refused'; name: string; problem: BackupProblem }
  | ({ state: 'ready'; name: string } & PreparedRestore);

/** ISO time to local "YYYY-MM-DDTHH:MM" for formatDateTime, which shows a time as written. */
const localTime = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
};

export default function BackupPage() {
  const { t, lang } = useI18n();
  const tb = useBackupScreenMessages();
  useDocumentTitle(t('nav.backup'));
  const status = useBackupStatus();
  const exporting = useExportBackup();
  const ids = { export: useId(), restore: useId(), file: useId(), safety: useId(), csv: useId() };
  const canEdit = useCanEdit();
  // Shared with colleagues (docs/sync.md, "What a restore means when the data is shared"): a
  // restore's writes reach every copy, so Merge is the default and Replace warns.
  const shared = useSharing().config !== null;
  const when = (iso: string) => formatDateTime(localTime(iso), lang);

  return (
    <section className="page backup-page">
      <h1>{tb('backup.title')}</h1>
      <p>{tb(shared ? 'backup.introShared' : 'backup.intro')}</p>
      <p>
        <Link to="/settings">{tb('backup.storageLink')}</Link>
      </p>

      <section aria-labelledby={ids.export} className="card">
        <h2 id={ids.export}>{t('backup.export.title')}</h2>
        <p>{t('backup.export.body')}</p>
        <p data-testid="last-backup">
          {status.data?.lastExportAt ? tb('backup.last.at', { when: when(status.data.lastExportAt) }) : tb('backup.last.never')}{' '}
          {status.data && tb('backup.last.changes', { count: formatNumber(status.data.changesSinceExport, lang) })}
        </p>
        <button type="button" className="primary" onClick={() => exporting.mutate()} disabled={exporting.isPending} aria-busy={exporting.isPending}>
          {exporting.isPending ? t('backup.export.busy') : t('backup.export.button')}
        </button>
      </section>

      {/* A reader keeps the download, but restores nothing: a restore writes every record. */}
      {canEdit && <RestoreSection headingId={ids.restore} fileId={ids.file} when={when} shared={shared} />}
      <SafetyBackups headingId={ids.safety} when={when} shared={shared} />

      <section aria-labelledby={ids.csv} className="card">
        <h2 id={ids.csv}>{t('backup.csv.title')}</h2>
        <p>
          <Link to="/projects">{t('backup.csv.body')}</Link>
        </p>
      </section>
    </section>
  );
}

function RestoreSection({ headingId, fileId, when, shared }: { headingId: string; fileId: string; when: (iso: string) => string; shared: boolean }) {
  const { t, lang } = useI18n();
  const tb = useBackupScreenMessages();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  // Alone, Replace makes this browser's data the file's. Shared, it does so for every colleague
  // (records the file does not hold are deleted on the server): Merge comes first.
  const firstMode: RestoreMode = shared ? 'merge' : 'replace';
  const modes: readonly RestoreMode[] = shared ? ['merge', 'replace'] : ['replace', 'merge'];
  const [mode, setMode] = useState<RestoreMode>(firstMode);
  const [confirming, setConfirming] = useState(false);
  // How far the check of the chosen file, or the restore, has come (large files take seconds).
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const modeName = useId();

  const reset = () => {
    setChosen(null);
    setConfirming(false);
    if (input.current) input.current.value = '';
  };

  // Only the file chosen last may show its summary (an earlier, larger one can finish later).
  const latest = useRef<File | null>(null);
  const choose = async (file: File | undefined) => {
    latest.current = file ?? null;
    if (!file) return reset();
    setChosen({ state: 'reading', name: file.name });
    setProgress(null);
    try {
      const read = await readBackupForRestore(file, { onProgress: (step) => latest.current === file && setProgress(step) });
      if (latest.current !== file) return;
      setProgress(null);
      if (!read.ok) return setChosen({ state: 'refused', name: file.name, problem: read.problem });
      setMode(firstMode);
      setChosen({ state: 'ready', name: file.name, ...read.prepared });
    } catch (error) {
      if (latest.current !== file) return;
      setChosen(null);
      notify({ tone: 'error', text: storageErrorMessage(error, t) });
    }
  };

  const apply = useApplyRestore({
    onSuccess: (outcome) => {
      notify({
        tone: 'success',
        text: tb('backup.restore.done', { added: outcome.projects.added.length, changed: outcome.projects.changed.length, removed: outcome.projects.removed.length }),
      });
      reset();
    },
    onError: (error) => {
      setConfirming(false);
      notify({ tone: 'error', text: storageErrorMessage(error, t) });
    },
    onSettled: () => {
      setProgress(null);
      return queryClient.invalidateQueries({ queryKey: ['backup-safety'] });
    },
  });

  const plan = chosen?.state === 'ready' ? chosen.plans[mode] : null;
  const warnShared = shared && mode === 'replace';
  const warningId = `${modeName}-shared-warning`;

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{tb('backup.restore.title')}</h2>
      <p>{tb('backup.restore.body')}</p>
      <div className="field">
        <label htmlFor={fileId}>{tb('backup.restore.choose')}</label>
        <input ref={input} id={fileId} type="file" accept=".json,application/json" onChange={(event) => void choose(event.target.files?.[0])} />
      </div>

      {chosen?.state === 'reading' && (
        <>
          <p aria-live="polite">{tb('backup.restore.reading')}</p>
          <WorkProgressBar progress={progress} />
        </>
      )}

      {chosen?.state === 'refused' && (
        <div role="alert" className="backup-refused">
          <p>
            <strong>{tb('backup.restore.refused')}</strong>
          </p>
          <p>{problemMessage(chosen.problem, tb, lang)}</p>
        </div>
      )}

      {chosen?.state === 'ready' && plan && (
        <div className="backup-summary">
          <h3>{tb('backup.restore.fileHolds', { name: chosen.name })}</h3>
          <dl className="facts">
            <dt>{tb('backup.restore.exportedAt')}</dt>
            <dd>{when(chosen.backup.exportedAt)}</dd>
            <dt>{tb('backup.restore.appVersion')}</dt>
            <dd>
              {chosen.backup.app.name} {chosen.backup.app.version}
            </dd>
          </dl>
          <p data-testid="file-counts">
            {tb('backup.restore.counts', {
              projects: t('count.projects', { count: chosen.backup.counts.projects }),
              organisations: t('count.organisations', { count: chosen.backup.counts.organisations }),
              programmes: t('count.programmes', { count: chosen.backup.counts.programmes }),
              history: t('count.historyEntries', { count: chosen.backup.counts.history }),
            })}
          </p>
          {chosen.migratedFrom !== null && <p>{tb('backup.restore.migrated', { from: chosen.migratedFrom, to: chosen.backup.formatVersion })}</p>}

          <fieldset>
            <legend>{tb('backup.restore.mode')}</legend>
            {modes.map((how) => (
              <div key={how} className="backup-mode">
                <input
                  type="radio"
                  id={`${modeName}-${how}`}
                  name={modeName}
                  value={how}
                  checked={mode === how}
                  onChange={() => setMode(how)}
                  aria-describedby={how === 'replace' && warnShared ? `${modeName}-${how}-hint ${warningId}` : `${modeName}-${how}-hint`}
                />
                <label htmlFor={`${modeName}-${how}`}>{tb(`backup.restore.${how}`)}</label>
                <span id={`${modeName}-${how}-hint`} className="hint">
                  {tb(`backup.restore.${how}Hint`)}
                </span>
                {how === 'replace' && warnShared && (
                  <p id={warningId} role="alert" className="backup-shared-warning">
                    {tb('backup.restore.sharedReplaceWarning')}
                  </p>
                )}
              </div>
            ))}
          </fieldset>

          <h3>{tb('backup.restore.changes')}</h3>
          <ul className="backup-changes" data-testid="changes">
            <li>{tb('backup.restore.added', { count: plan.projects.added.length })}</li>
            <li>{tb('backup.restore.changed', { count: plan.projects.changed.length })}</li>
            <li>{tb('backup.restore.removed', { count: plan.projects.removed.length })}</li>
            <li>{tb('backup.restore.unchanged', { count: plan.projects.unchanged })}</li>
          </ul>
          <p>
            {tb('backup.restore.directories', {
              added: plan.organisations.added.length,
              changed: plan.organisations.changed.length,
              removed: plan.organisations.removed.length,
              padded: plan.programmes.added.length,
              pchanged: plan.programmes.changed.length,
              premoved: plan.programmes.removed.length,
            })}
          </p>
          {mode === 'merge' && <Conflicts plan={plan} when={when} />}

          <div className="actions">
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              {tb('backup.restore.apply')}
            </button>
            <button type="button" onClick={reset}>
              {tb('backup.restore.cancel')}
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={tb('backup.restore.apply')}
            confirmLabel={tb(`backup.restore.${mode}`)}
            destructive={mode === 'replace'}
            busy={apply.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => apply.mutate({ prepared: chosen, mode, onProgress: setProgress })}
          >
            <p>{tb(mode === 'merge' ? 'backup.restore.confirmMerge' : shared ? 'backup.restore.confirmReplaceShared' : 'backup.restore.confirmReplace')}</p>
            {apply.isPending && <WorkProgressBar progress={progress} />}
          </ConfirmDialog>
        </div>
      )}
    </section>
  );
}

function Conflicts({ plan, when }: { plan: PlanSummary; when: (iso: string) => string }) {
  const tb = useBackupScreenMessages();
  if (plan.conflicts.length === 0) return <p>{tb('backup.restore.noConflicts')}</p>;
  return (
    <>
      <h3>{tb('backup.restore.conflicts', { count: plan.conflicts.length })}</h3>
      <TableScroll label={tb('backup.restore.conflictsTable')}>
        <DataTable columns={[tb('backup.restore.col.record'), tb('backup.restore.col.here'), tb('backup.restore.col.file'), tb('backup.restore.col.kept')]} label={tb('backup.restore.conflictsTable')}>
          {plan.conflicts.map((c) => (
            <tr key={`${c.table}-${c.id}`}>
              <td>
                {tb(`backup.restore.table.${c.table}`)}: {c.label}
              </td>
              <td>{when(c.currentUpdatedAt)}</td>
              <td>{when(c.fileUpdatedAt)}</td>
              <td>{tb(`backup.restore.kept.${c.winner}`)}</td>
            </tr>
          ))}
        </DataTable>
      </TableScroll>
    </>
  );
}

function SafetyBackups({ headingId, when, shared }: { headingId: string; when: (iso: string) => string; shared: boolean }) {
  const { t } = useI18n();
  const tb = useBackupScreenMessages();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const list = useQuery(safetyBackupsQuery());
  const [confirm, setConfirm] = useState<{ id: string; at: string } | null>(null);
  const restore = useRestoreSafetyBackup({
    onSuccess: () => notify({ tone: 'success', text: tb('backup.safety.done', { when: confirm ? when(confirm.at) : '' }) }),
    onError: (error) => notify({ tone: 'error', text: storageErrorMessage(error, t) }),
    onSettled: () => {
      setConfirm(null);
      void queryClient.invalidateQueries({ queryKey: ['backup-safety'] });
    },
  });
  const items = list.data ?? [];
  const canEdit = useCanEdit();
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{tb('backup.safety.title')}</h2>
      <p>{tb('backup.safety.body', { count: SAFETY_BACKUPS_KEPT })}</p>
      {list.isSuccess && items.length === 0 && <p>{tb('backup.safety.none')}</p>}
      {items.length > 0 && (
        <ul className="backup-safety-list" aria-label={tb('backup.safety.title')}>
          {items.map((item) => (
            <li key={item.id}>
              <span>{tb('backup.safety.item', { when: when(item.at), count: item.counts.projects })}</span>
              {canEdit && (
                <button type="button" aria-label={tb('backup.safety.restoreLabel', { when: when(item.at) })} onClick={() => setConfirm({ id: item.id, at: item.at })}>
                  {tb('backup.safety.restore')}
                </button>
              )}
              <DownloadButton
                label={tb('backup.safety.download')}
                accessibleName={tb('backup.safety.downloadLabel', { when: when(item.at) })}
                makeFile={async () => ({ name: `eu-projects-safety-backup-${localTime(item.at).replace(/[T:]/g, '-')}.json`, type: 'application/json', content: await safetyBackupText(item.id) })}
                onError={(error) => notify({ tone: 'error', text: storageErrorMessage(error, t) })}
              />
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={tb('backup.safety.restore')}
        confirmLabel={tb('backup.safety.restore')}
        destructive
        busy={restore.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm && restore.mutate(confirm.id)}
      >
        {/* Putting a safety backup back is a Replace: shared, it changes every colleague's data too. */}
        <p>{confirm && tb(shared ? 'backup.safety.confirmShared' : 'backup.safety.confirm', { when: when(confirm.at) })}</p>
      </ConfirmDialog>
    </section>
  );
}
