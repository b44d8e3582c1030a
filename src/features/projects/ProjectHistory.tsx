// A project's history: when it changed and which fields, newest first; any earlier version can
// be restored (as a new version, so the restore itself can be undone from the same list).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { HistoryEntry, Project } from '../../domain/schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { DataTable } from '../../components/DataTable';
import { TableScroll } from '../../components/TableScroll';
import { fieldName } from '../../i18n/fieldName';
import { formatDateTime } from '../../i18n/format';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { projectHistoryQuery } from '../../queries/history';
import { useRestoreVersion } from '../../queries/projects';
import { useCanEdit } from '../../queries/access';
import { useScopedMessages, type ScopedTranslate } from '../../i18n/scoped';
import { conflictsEn } from '../../i18n/messages/conflicts.en';
import { conflictsLv } from '../../i18n/messages/conflicts.lv';


/** What an entry did: its action, or the conflict it resolved, and who made it when the portfolio is shared. */
function actionText(entry: HistoryEntry, t: Translate, tc: ScopedTranslate<typeof conflictsEn>): string {
  if (entry.resolution) return entry.author ? tc('conflict.history.resolvedBy', { author: entry.author }) : tc('conflict.history.resolved');
  const action = t(`editing.history.action.${entry.action}`);
  return entry.author ? `${action} ${tc('conflict.history.by', { author: entry.author })}` : action;
}

/** The fields an entry changed; for a resolved conflict, which version of each was kept. */
function fieldsText(entry: HistoryEntry, t: Translate, tc: ScopedTranslate<typeof conflictsEn>): string {
  if (entry.resolution?.deletion) return tc(entry.resolution.deletion === 'kept' ? 'conflict.history.deletionKept' : 'conflict.history.deletionDeleted');
  if (entry.resolution) {
    return entry.resolution.kept
      .map(({ field, version }) =>
        tc('conflict.history.kept', {
          field: fieldName(field, t),
          version: version === 0 ? tc('conflict.history.keptShown') : entry.resolution && entry.resolution.versions > 2 ? tc('conflict.history.keptOtherN', { n: version }) : tc('conflict.history.keptOther'),
        }),
      )
      .join('; ');
  }
  return entry.changedFields.length === 0 ? t('editing.history.noFields') : entry.changedFields.map((f) => fieldName(f, t)).join(', ');
}

/** "2026-02-01T10:15:30.000Z" → local date and minute, in the UI language. */
function localMoment(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function ProjectHistory({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const history = useQuery(projectHistoryQuery(project.id));
  const canEdit = useCanEdit();
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  const [restoring, setRestoring] = useState<HistoryEntry | null>(null);

  const restore = useRestoreVersion({
    onSuccess: (_saved, { entry }) => {
      setRestoring(null);
      notify({ tone: 'success', text: t('editing.history.restored', { revision: entry.revision }) });
    },
    onError: (error) => {
      setRestoring(null);
      notify({ tone: 'error', text: storageErrorMessage(error, t) });
    },
  });

  const entries = history.data ?? [];
  return (
    <section className="card" aria-labelledby="history-h" id="history">
      <h2 id="history-h">{t('editing.history.title')}</h2>
      <p className="meta">{t('editing.history.lastChanged', { when: formatDateTime(localMoment(entries[0]?.at ?? project.updatedAt), lang) })}</p>
      {history.error && <p role="alert">{storageErrorMessage(history.error, t)}</p>}
      {!history.isPending && entries.length === 0 ? (
        <p>{t('editing.history.empty')}</p>
      ) : (
        <TableScroll label={t('editing.history.title')}>
          <DataTable columns={[t('editing.history.col.when'), t('editing.history.col.action'), t('editing.history.col.revision'), t('editing.history.col.fields'), { label: <span className="visually-hidden">{t('editing.partnersPage.actions')}</span> }]}>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">{formatDateTime(localMoment(entry.at), lang)}</td>
                <td>{actionText(entry, t, tc)}</td>
                <td>
                  {entry.revision}
                  {entry.revision === project.revision && entry.action !== 'delete' && <span className="hint"> ({t('editing.history.current')})</span>}
                </td>
                <td>{fieldsText(entry, t, tc)}</td>
                <td>
                  {canEdit && entry.revision !== project.revision && (
                    <button type="button" onClick={() => setRestoring(entry)}>
                      {t('editing.history.restore', { revision: entry.revision })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </TableScroll>
      )}
      <ConfirmDialog
        open={restoring !== null}
        title={t('editing.history.restoreConfirm.title', { revision: restoring?.revision ?? '' })}
        confirmLabel={t('editing.history.restore', { revision: restoring?.revision ?? '' })}
        busy={restore.isPending}
        onCancel={() => setRestoring(null)}
        onConfirm={() => restoring && restore.mutate({ entry: restoring, current: project })}
      >
        <p>{t('editing.history.restoreConfirm.body', { revision: restoring?.revision ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
