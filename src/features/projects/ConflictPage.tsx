// A project in conflict (docs/sync.md, "Conflicts"): colleagues changed it while apart and the
// engine keeps every version. This screen lists, field by field, where the versions differ, with
// the values side by side in the UI language, and a choice per field of the version to keep
// (the version shown, unless chosen otherwise). "Keep this combination" saves it through the
// normal save, so the history records it with who resolved it and what was kept, and the other
// versions are then removed from every copy.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { compareVersions, combineVersions, keptFields, type Choice } from '../../domain/sync/conflict';
import type { Organisation, Programme, Project } from '../../domain/schema';
import { DataTable } from '../../components/DataTable';
import { organisationLabel, programmeLabel } from '../../components/labels';
import { TableScroll } from '../../components/TableScroll';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDate, formatDateTime, formatMoney, formatMonth, formatNumber, pickText, UNKNOWN } from '../../i18n/format';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { useScopedMessages, type ScopedTranslate } from '../../i18n/scoped';
import { conflictsEn } from '../../i18n/messages/conflicts.en';
import { conflictsLv } from '../../i18n/messages/conflicts.lv';
import type { Language } from '../../domain/schema';
import { useCanEdit } from '../../queries/access';
import { projectVersionsQuery, useResolveDeletion, useResolveProject } from '../../queries/conflicts';
import { conflictsQuery, projectDetailQuery, useDirectories } from '../../queries/portfolio';
import { docId } from '../../domain/sync/docIds';
import { useSharing } from '../../queries/sharing';
import { fieldName } from '../../i18n/fieldName';

type Tc = ScopedTranslate<typeof conflictsEn>;

export default function ConflictPage() {
  const { projectId = '' } = useParams();
  const { t, lang } = useI18n();
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  const read = useQuery(projectVersionsQuery(projectId));
  const stored = useQuery(projectDetailQuery(projectId));
  const conflicts = useQuery(conflictsQuery());
  const deleted = conflicts.data?.find((row) => row.id === docId('project', projectId))?.deleted ?? [];
  const shown = (read.data?.ok ? read.data.versions[0]?.record : undefined) ?? stored.data ?? undefined;
  const name = shown ? shown.acronym || pickText(shown.title, lang) : projectId;
  useDocumentTitle(tc('conflict.title', { name }));

  const back = (
    <p className="breadcrumb">
      <Link to={`/projects/${encodeURIComponent(projectId)}`}>← {tc('conflict.cancel')}</Link>
    </p>
  );
  if (read.isPending || conflicts.isPending || stored.isPending) return <p className="page loading">{t('common.loading')}</p>;
  // A colleague's deletion comes first; the versions' comparison follows once it is settled, if any.
  if (deleted.length > 0 && stored.data) return <DeletionChoice project={stored.data} deleted={deleted} name={name} back={back} tc={tc} />;
  if (read.error || !read.data.ok) {
    const reason = read.error ? storageErrorMessage(read.error, t) : tc(`conflict.cannot.${read.data.ok ? 'resolved' : read.data.reason}`, { detail: read.data.ok ? '' : read.data.detail });
    return (
      <section className="page">
        {back}
        <h1>{tc('conflict.title', { name })}</h1>
        <p role={read.error ? 'alert' : 'status'}>{reason}</p>
      </section>
    );
  }
  return <Compare key={read.data.versions.map((version) => version.rev).join()} versions={read.data.versions} name={name} back={back} tc={tc} />;
}

/** A project a colleague deleted while it was edited apart: keep it, or delete it after all. */
function DeletionChoice({ project, deleted, name, back, tc }: { project: Project; deleted: string[]; name: string; back: ReactNode; tc: Tc }) {
  const { t } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  const { config } = useSharing();
  const resolve = useResolveDeletion({
    onSuccess: (kept) => {
      notify({ tone: 'success', text: tc(kept ? 'conflict.deleted.kept' : 'conflict.deleted.deleted') });
      void navigate(kept ? `/projects/${encodeURIComponent(kept.id)}` : '/projects');
    },
    onError: (error) => notify({ tone: 'error', text: storageErrorMessage(error, t) }),
  });
  const choose = (keep: boolean) =>
    resolve.mutate({
      shown: project,
      keep,
      deleted,
      note: { ...(config?.user ? { author: config.user } : {}), resolution: { versions: 2, kept: [], deletion: keep ? 'kept' : 'deleted' } },
    });

  return (
    <section className="page conflict-page" aria-labelledby="conflict-heading">
      {back}
      <h1 id="conflict-heading">{tc('conflict.title', { name })}</h1>
      <p>{tc('conflict.deleted.intro')}</p>
      {canEdit ? (
        <div className="actions">
          <button type="button" className="primary" onClick={() => choose(true)} disabled={resolve.isPending}>
            {tc('conflict.deleted.keep')}
          </button>
          <button type="button" className="danger" onClick={() => choose(false)} disabled={resolve.isPending}>
            {tc('conflict.deleted.delete')}
          </button>
        </div>
      ) : (
        <p role="note">{tc('conflict.readerCannot')}</p>
      )}
    </section>
  );
}

function versionLabel(index: number, count: number, tc: Tc): string {
  if (index === 0) return tc('conflict.version.shown');
  return count > 2 ? tc('conflict.version.otherN', { n: index }) : tc('conflict.version.other');
}

function Compare({ versions, name, back, tc }: { versions: { rev: string; record: Project }[]; name: string; back: ReactNode; tc: Tc }) {
  const { t } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  const { config } = useSharing();
  const directories = useDirectories();
  const records = useMemo(() => versions.map((version) => version.record), [versions]);
  const differences = useMemo(() => compareVersions(records), [records]);
  const [choice, setChoice] = useState<Choice>({});
  const shown = records[0] as Project;

  const resolve = useResolveProject({
    onSuccess: (saved) => {
      notify({ tone: 'success', text: tc('conflict.resolved') });
      void navigate(`/projects/${encodeURIComponent(saved.id)}`);
    },
    onError: (error) => notify({ tone: 'error', text: storageErrorMessage(error, t) }),
  });

  function keep() {
    resolve.mutate({
      shown,
      combined: combineVersions(records, choice),
      others: versions.slice(1).map((version) => version.rev),
      note: { ...(config?.user ? { author: config.user } : {}), resolution: { versions: records.length, kept: keptFields(records, choice) } },
    });
  }

  return (
    <section className="page conflict-page" aria-labelledby="conflict-heading">
      {back}
      <h1 id="conflict-heading">{tc('conflict.title', { name })}</h1>
      <p>{tc('conflict.intro')}</p>
      {differences.length === 0 ? (
        <p role="status">{tc('conflict.onlyBookkeeping')}</p>
      ) : (
        <TableScroll label={tc('conflict.col.field')}>
          <DataTable className="conflict-table" columns={[tc('conflict.col.field'), ...records.map((_, index) => versionLabel(index, records.length, tc))]}>
            {differences.map(({ field, values }) => {
              const label = fieldName(field, t);
              const chosen = choice[field] ?? 0;
              return (
                <tr key={field}>
                  <th scope="row">{label}</th>
                  {values.map((value, index) => (
                    <td key={versions[index]?.rev} className={chosen === index ? 'chosen' : undefined}>
                      <label className="conflict-choice">
                        {canEdit && (
                          <input
                            type="radio"
                            name={`keep-${field}`}
                            checked={chosen === index}
                            onChange={() => setChoice((current) => ({ ...current, [field]: index }))}
                            aria-label={`${label}: ${tc('conflict.keepVersion', { version: versionLabel(index, records.length, tc) })}`}
                          />
                        )}
                        <FieldValue field={field} value={value} organisationsById={directories.organisationsById} programmesById={directories.programmesById} />
                      </label>
                    </td>
                  ))}
                </tr>
              );
            })}
          </DataTable>
        </TableScroll>
      )}
      {canEdit ? (
        <div className="actions">
          <button type="button" className="primary" onClick={keep} disabled={resolve.isPending} aria-busy={resolve.isPending}>
            {resolve.isPending ? tc('conflict.keeping') : tc('conflict.keep')}
          </button>
        </div>
      ) : (
        <p role="note">{tc('conflict.readerCannot')}</p>
      )}
    </section>
  );
}

type Directories = { organisationsById: Map<string, Organisation>; programmesById: Map<string, Programme> };

function isLocalized(value: unknown): value is { lv: string; en: string } {
  return typeof value === 'object' && value !== null && 'lv' in value && 'en' in value;
}

/** One value of a project's field, as the project page would say it, in the UI language. */
function describe(field: string, value: unknown, lang: Language, t: Translate, directories: Directories): string {
  if (value === null || value === undefined || value === '') return UNKNOWN;
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') {
    if (field.endsWith('Percent')) return `${formatNumber(value, lang)} %`;
    return field.startsWith('budget.') ? formatMoney(value, lang) : formatNumber(value, lang);
  }
  if (typeof value === 'string') {
    if (field === 'programmeId') return programmeLabel(directories.programmesById.get(value), lang);
    if (field === 'councilRole') return t(`role.${value as 'lead' | 'partner'}`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
    if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(value, lang);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, lang);
    return value;
  }
  if (isLocalized(value)) return pickText(value, lang) || UNKNOWN;
  if (typeof value === 'object') {
    const item = value as Record<string, unknown>;
    if (typeof item.organisationId === 'string') {
      const role = item.role as 'lead' | 'partner' | 'associated';
      return `${organisationLabel(directories.organisationsById.get(item.organisationId), lang)} (${t(`partnerRole.${role}`)})`;
    }
    if (typeof item.year === 'number' && 'amount' in item) return `${item.year}: ${describe('budget.amount', item.amount, lang, t, directories)}`;
    if (typeof item.kind === 'string' && 'amount' in item && 'sharePercent' in item) {
      return `${t(`payment.${item.kind as 'advance' | 'interim' | 'balance'}`)}: ${describe('budget.amount', item.amount, lang, t, directories)}`;
    }
    if (typeof item.name === 'string') return item.name;
    for (const key of ['title', 'text', 'label'] as const) if (isLocalized(item[key])) return pickText(item[key] as { lv: string; en: string }, lang) || UNKNOWN;
    return Object.entries(item)
      .filter(([, part]) => part !== null && part !== '')
      .map(([key, part]) => describe(`${field}.${key}`, part, lang, t, directories))
      .join(', ');
  }
  return String(value);
}

function FieldValue({ field, value, ...directories }: { field: string; value: unknown } & Directories) {
  const { t, lang } = useI18n();
  if (Array.isArray(value)) {
    if (value.length === 0) return <span>{UNKNOWN}</span>;
    return (
      <ul className="conflict-list">
        {value.map((item, index) => (
          <li key={index}>{describe(field, item, lang, t, directories)}</li>
        ))}
      </ul>
    );
  }
  return <span>{describe(field, value, lang, t, directories)}</span>;
}
