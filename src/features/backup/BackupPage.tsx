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
      <h1>{t('backup.title')}</h1>
      <p>{t(shared ? 'backup.introShared' : 'backup.intro')}</p>
      <p>
        <Link to="/settings">{t('backup.storageLink')}</Link>
      </p>

      <section aria-labelledby={ids.export} className="card">
        <h2 id={ids.export}>{t('backup.export.title')}</h2>
        <p>{t('backup.export.body')}</p>
        <p data-testid="last-backup">
          {status.data?.lastExportAt ? t('backup.last.at', { when: when(status.data.lastExportAt) }) : t('backup.last.never')}{' '}
          {status.data && t('backup.last.changes', { count: formatNumber(status.data.changesSinceExport, lang) })}
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
        text: t('backup.restore.done', { added: outcome.projects.added.length, changed: outcome.projects.changed.length, removed: outcome.projects.removed.length }),
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
      <h2 id={headingId}>{t('backup.restore.title')}</h2>
      <p>{t('backup.restore.body')}</p>
      <div className="field">
        <label htmlFor={fileId}>{t('backup.restore.choose')}</label>
        <input ref={input} id={fileId} type="file" accept=".json,application/json" onChange={(event) => void choose(event.target.files?.[0])} />
      </div>

      {chosen?.state === 'reading' && (
        <>
          <p aria-live="polite">{t('backup.restore.reading')}</p>
          <WorkProgressBar progress={progress} />
        </>
      )}

      {chosen?.state === 'refused' && (
        <div role="alert" className="backup-refused">
          <p>
            <strong>{t('backup.restore.refused')}</strong>
          </p>
          <p>{problemMessage(chosen.problem, t, lang)}</p>
        </div>
      )}

      {chosen?.state === 'ready' && plan && (
        <div className="backup-summary">
          <h3>{t('backup.restore.fileHolds', { name: chosen.name })}</h3>
          <dl className="facts">
            <dt>{t('backup.restore.exportedAt')}</dt>
            <dd>{when(chosen.backup.exportedAt)}</dd>
            <dt>{t('backup.restore.appVersion')}</dt>
            <dd>
              {chosen.backup.app.name} {chosen.backup.app.version}
            </dd>
          </dl>
          <p data-testid="file-counts">
            {t('backup.restore.counts', {
              projects: t('count.projects', { count: chosen.backup.counts.projects }),
              organisations: t('count.organisations', { count: chosen.backup.counts.organisations }),
              programmes: t('count.programmes', { count: chosen.backup.counts.programmes }),
              history: t('count.historyEntries', { count: chosen.backup.counts.history }),
            })}
          </p>
          {chosen.migratedFrom !== null && <p>{t('backup.restore.migrated', { from: chosen.migratedFrom, to: chosen.backup.formatVersion })}</p>}

          <fieldset>
            <legend>{t('backup.restore.mode')}</legend>
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
                <label htmlFor={`${modeName}-${how}`}>{t(`backup.restore.${how}`)}</label>
                <span id={`${modeName}-${how}-hint`} className="hint">
                  {t(`backup.restore.${how}Hint`)}
                </span>
                {how === 'replace' && warnShared && (
                  <p id={warningId} role="alert" className="backup-shared-warning">
                    {t('backup.restore.sharedReplaceWarning')}
                  </p>
                )}
              </div>
            ))}
          </fieldset>

          <h3>{t('backup.restore.changes')}</h3>
          <ul className="backup-changes" data-testid="changes">
            <li>{t('backup.restore.added', { count: plan.projects.added.length })}</li>
            <li>{t('backup.restore.changed', { count: plan.projects.changed.length })}</li>
            <li>{t('backup.restore.removed', { count: plan.projects.removed.length })}</li>
            <li>{t('backup.restore.unchanged', { count: plan.projects.unchanged })}</li>
          </ul>
          <p>
            {t('backup.restore.directories', {
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
              {t('backup.restore.apply')}
            </button>
            <button type="button" onClick={reset}>
              {t('backup.restore.cancel')}
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={t('backup.restore.apply')}
            confirmLabel={t(`backup.restore.${mode}`)}
            destructive={mode === 'replace'}
            busy={apply.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => apply.mutate({ prepared: chosen, mode, onProgress: setProgress })}
          >
            <p>{t(mode === 'merge' ? 'backup.restore.confirmMerge' : shared ? 'backup.restore.confirmReplaceShared' : 'backup.restore.confirmReplace')}</p>
            {apply.isPending && <WorkProgressBar progress={progress} />}
          </ConfirmDialog>
        </div>
      )}
    </section>
  );
}

function Conflicts({ plan, when }: { plan: PlanSummary; when: (iso: string) => string }) {
  const { t } = useI18n();
  if (plan.conflicts.length === 0) return <p>{t('backup.restore.noConflicts')}</p>;
  return (
    <>
      <h3>{t('backup.restore.conflicts', { count: plan.conflicts.length })}</h3>
      <TableScroll label={t('backup.restore.conflictsTable')}>
        <DataTable columns={[t('backup.restore.col.record'), t('backup.restore.col.here'), t('backup.restore.col.file'), t('backup.restore.col.kept')]} label={t('backup.restore.conflictsTable')}>
          {plan.conflicts.map((c) => (
            <tr key={`${c.table}-${c.id}`}>
              <td>
                {t(`backup.restore.table.${c.table}`)}: {c.label}
              </td>
              <td>{when(c.currentUpdatedAt)}</td>
              <td>{when(c.fileUpdatedAt)}</td>
              <td>{t(`backup.restore.kept.${c.winner}`)}</td>
            </tr>
          ))}
        </DataTable>
      </TableScroll>
    </>
  );
}

function SafetyBackups({ headingId, when, shared }: { headingId: string; when: (iso: string) => string; shared: boolean }) {
  const { t } = useI18n();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const list = useQuery(safetyBackupsQuery());
  const [confirm, setConfirm] = useState<{ id: string; at: string } | null>(null);
  const restore = useRestoreSafetyBackup({
    onSuccess: () => notify({ tone: 'success', text: t('backup.safety.done', { when: confirm ? when(confirm.at) : '' }) }),
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
      <h2 id={headingId}>{t('backup.safety.title')}</h2>
      <p>{t('backup.safety.body', { count: SAFETY_BACKUPS_KEPT })}</p>
      {list.isSuccess && items.length === 0 && <p>{t('backup.safety.none')}</p>}
      {items.length > 0 && (
        <ul className="backup-safety-list" aria-label={t('backup.safety.title')}>
          {items.map((item) => (
            <li key={item.id}>
              <span>{t('backup.safety.item', { when: when(item.at), count: item.counts.projects })}</span>
              {canEdit && (
                <button type="button" aria-label={t('backup.safety.restoreLabel', { when: when(item.at) })} onClick={() => setConfirm({ id: item.id, at: item.at })}>
                  {t('backup.safety.restore')}
                </button>
              )}
              <DownloadButton
                label={t('backup.safety.download')}
                accessibleName={t('backup.safety.downloadLabel', { when: when(item.at) })}
                makeFile={async () => ({ name: `eu-projects-safety-backup-${localTime(item.at).replace(/[T:]/g, '-')}.json`, type: 'application/json', content: await safetyBackupText(item.id) })}
                onError={(error) => notify({ tone: 'error', text: storageErrorMessage(error, t) })}
              />
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={t('backup.safety.restore')}
        confirmLabel={t('backup.safety.restore')}
        destructive
        busy={restore.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() => confirm && restore.mutate(confirm.id)}
      >
        {/* Putting a safety backup back is a Replace: shared, it changes every colleague's data too. */}
        <p>{confirm && t(shared ? 'backup.safety.confirmShared' : 'backup.safety.confirm', { when: when(confirm.at) })}</p>
      </ConfirmDialog>
    </section>
  );
}
