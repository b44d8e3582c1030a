// Settings → Sharing: organisations and programmes that colleagues changed while apart. Each is
// resolved by keeping one version as a whole (the version shown, or the other): the directories'
// records are small, and a project's compare screen is where fields are combined one by one.
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
import { directoryVersionsQuery, useKeepDirectoryVersion } from '../../queries/conflicts';
import { conflictsQuery } from '../../queries/portfolio';

function nameOf(record: Organisation | Programme, lang: 'lv' | 'en'): string {
  return 'nameLv' in record ? organisationLabel(record, lang) : programmeLabel(record, lang);
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
  const type = parseDocId(id)?.type === 'organisation' ? tc('conflict.directory.organisation') : tc('conflict.directory.programme');
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

export function DirectoryConflicts() {
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  const conflicts = useQuery(conflictsQuery());
  const ids = (conflicts.data ?? []).map((row) => row.id).filter((id) => {
    const type = parseDocId(id)?.type;
    return type === 'organisation' || type === 'programme';
  });
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="directory-conflicts-h">
      <h3 id="directory-conflicts-h">{tc('conflict.directory.title')}</h3>
      <p>{tc('conflict.directory.intro')}</p>
      <ul className="directory-conflicts">
        {ids.map((id) => (
          <DirectoryConflict key={id} id={id} />
        ))}
      </ul>
    </section>
  );
}
