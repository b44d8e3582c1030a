// Settings → Sharing: organisations and programmes that colleagues changed while apart. Each is
// resolved by keeping one version as a whole (the version shown, or the other): the directories'
// records are small, and a project's compare screen is where fields are combined one by one. One
// a colleague deleted (a merge deletes one organisation) while another changed it is kept, or
// deleted after all when nothing names it; that question comes first, as on a project.
import { useQuery } from '@tanstack/react-query';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { organisationLabel, programmeLabel } from '../../components/labels';
import { parseDocId } from '../../domain/sync/docIds';
import type { Organisation, Programme } from '../../domain/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { useScopedMessages } from '../../i18n/scoped';
import { conflictsEn } from '../../i18n/messages/conflicts.en';
import { conflictsLv } from '../../i18n/messages/conflicts.lv';
import { useCanEdit } from '../../queries/access';
import { directoryVersionsQuery, useKeepDirectoryVersion, useResolveDirectoryDeletion, type ConflictRow } from '../../queries/conflicts';
import { conflictsQuery, useDirectories } from '../../queries/portfolio';

function nameOf(record: Organisation | Programme, lang: 'lv' | 'en'): string {
  return 'nameLv' in record ? organisationLabel(record, lang) : programmeLabel(record, lang);
}

/** "Organisation" or "Programme", from the record's document id. */
function typeLabel(id: string, tc: (key: 'conflict.directory.organisation' | 'conflict.directory.programme') => string): string {
  return parseDocId(id)?.type === 'organisation' ? tc('conflict.directory.organisation') : tc('conflict.directory.programme');
}

function DirectoryConflict({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  const notify = useNotify();
  const canEdit = useCanEdit();
  const read = useQuery(directoryVersionsQuery(id));
  const keep = useKeepDirectoryVersion({
    onSuccess: () => notify({ tone: 'success', text: tc('conflict.directory.resolved') }),
    onError: (error) => notify({ tone: 'error', text: storageErrorMessage(error, t) }),
  });
  const type = typeLabel(id, tc);
  if (!read.data) return <li>{read.error ? storageErrorMessage(read.error, t) : t('common.loading')}</li>;
  if (!read.data.ok) return <li>{`${type}: ${tc(`conflict.cannot.${read.data.reason}`, { detail: read.data.detail })}`}</li>;
  const [shown, other] = read.data.versions;
  if (!shown || !other) return null;
  return (
    <li>
      <span>
        {type}: <strong>{nameOf(shown.record, lang)}</strong> ({tc('conflict.version.shown')}) / <strong>{nameOf(other.record, lang)}</strong> ({tc('conflict.version.other')})
      </span>
      {canEdit && (
        <span className="actions">
          <button type="button" disabled={keep.isPending} onClick={() => keep.mutate({ id, keep: 0 })}>
            {tc('conflict.directory.keepShown')}
          </button>
          <button type="button" disabled={keep.isPending} onClick={() => keep.mutate({ id, keep: 1 })}>
            {tc('conflict.directory.keepOther')}
          </button>
        </span>
      )}
    </li>
  );
}

/** A record a colleague deleted while it was changed elsewhere: keep it, or delete it after all. */
function DirectoryDeletion({ row }: { row: ConflictRow & { deleted: string[] } }) {
  const { t, lang } = useI18n();
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  const notify = useNotify();
  const canEdit = useCanEdit();
  const { organisationsById, programmesById } = useDirectories();
  const named = parseDocId(row.id);
  const record = named?.type === 'organisation' ? organisationsById.get(named.key) : programmesById.get(named?.key ?? '');
  const resolve = useResolveDirectoryDeletion({
    onSuccess: (result, { keep }) => {
      if (result.done) notify({ tone: 'success', text: tc(keep ? 'conflict.directory.deletion.kept' : 'conflict.directory.deletion.deleted') });
      else notify({ tone: 'error', text: result.home ? tc('conflict.directory.deletion.home') : tc('conflict.directory.deletion.named', { count: result.projects }) });
    },
    onError: (error) => notify({ tone: 'error', text: storageErrorMessage(error, t) }),
  });
  const type = typeLabel(row.id, tc);
  return (
    <li>
      <span>
        {type}: <strong>{record ? nameOf(record, lang) : named?.key}</strong>. {tc('conflict.directory.deletion.note')}
      </span>
      {canEdit && (
        <span className="actions">
          <button type="button" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: row.id, keep: true, deleted: row.deleted })}>
            {tc('conflict.directory.deletion.keep')}
          </button>
          <button type="button" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: row.id, keep: false, deleted: row.deleted })}>
            {tc('conflict.deleted.delete')}
          </button>
        </span>
      )}
    </li>
  );
}

const askedAboutDeletion = (row: ConflictRow): row is ConflictRow & { deleted: string[] } => (row.deleted?.length ?? 0) > 0;

export function DirectoryConflicts() {
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  const conflicts = useQuery(conflictsQuery());
  const rows = (conflicts.data ?? []).filter((row) => {
    const type = parseDocId(row.id)?.type;
    return type === 'organisation' || type === 'programme';
  });
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="directory-conflicts-h">
      <h3 id="directory-conflicts-h">{tc('conflict.directory.title')}</h3>
      <p>{tc('conflict.directory.intro')}</p>
      <ul className="directory-conflicts">
        {rows.map((row) => (askedAboutDeletion(row) ? <DirectoryDeletion key={row.id} row={row} /> : <DirectoryConflict key={row.id} id={row.id} />))}
      </ul>
    </section>
  );
}
