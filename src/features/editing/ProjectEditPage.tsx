// Create, edit and duplicate a project. The form keeps what was typed as text; saving validates
// it against the domain's schema, refuses to overwrite a version saved elsewhere since the form
// was opened (the person chooses: reload or overwrite), and a failed save keeps the form as it was.
// Leaving with unsaved changes asks first, in the app and when the tab is closed.
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { changedFields } from '../../domain/changes';
import { sameData } from '../../domain/sameData';
import { duplicateFormValues, emptyFormValues, toFormValues, type ProjectFormValues, type ProjectMeta } from '../../domain/projectForm';
import type { Language, Project } from '../../domain/schema';
import { idParam } from '../../domain/urlParams';
import { useFreshRead, useSaveProject } from '../../queries/projects';
import { useCanEdit } from '../../queries/access';
import { useScopedMessages, type ScopedTranslate } from '../../i18n/scoped';
import { importEn } from '../../i18n/messages/import.en';
import { importLv } from '../../i18n/messages/import.lv';
import { dropImportDraft, readImportDraft } from '../../queries/importDraft';
import { conflictsEn } from '../../i18n/messages/conflicts.en';
import { conflictsLv } from '../../i18n/messages/conflicts.lv';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { pickText } from '../../i18n/format';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { projectDetailQuery, settingsQuery, useDirectories } from '../../queries/portfolio';
import { BudgetSection } from './BudgetSection';
import { ByYearSection } from './ByYearSection';
import { ContactsSection } from './ContactsSection';
import { ContentSection } from './ContentSection';
import { EventsSection } from './EventsSection';
import { ConflictDialog, ErrorSummary, LeaveGuard, LiveWarnings, UnsavedNote, type Conflict } from './FormStatus';
import { projectFormResolver } from './resolver';
import { NotesSection } from './NotesSection';
import { OverviewSection } from './OverviewSection';
import { PartnersSection } from './PartnersSection';
import './editing.css';

type Mode = { kind: 'new' } | { kind: 'duplicate'; source: Project } | { kind: 'edit'; project: Project } | { kind: 'import'; draft: Project };

/** A reader of the shared portfolio gets a clear message instead of the form (docs/sync.md, "Roles"). */
export default function ProjectEditPage() {
  const canEdit = useCanEdit();
  return canEdit ? <ProjectEditScreen /> : <ReaderCannotEdit />;
}

function ReaderCannotEdit() {
  const { t } = useI18n();
  const { projectId } = useParams();
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  useDocumentTitle(tc('reader.badge'));
  return (
    <section className="page">
      <h1>{tc('reader.badge')}</h1>
      <p role="alert">{tc('reader.cannotEdit')}</p>
      <p>
        <Link to={projectId ? `/projects/${encodeURIComponent(projectId)}` : '/projects'}>{t('project.backToList')}</Link>
      </p>
    </section>
  );
}

function ProjectEditScreen() {
  const { projectId } = useParams();
  const [params] = useSearchParams();
  const { t, lang } = useI18n();
  // The project to edit (in the path) or to copy (`?from=`). An id no record can have (too
  // long) is not looked up: it shows as not found. An empty `from=` opens a new project.
  const requestedId = projectId ?? params.get('from') ?? '';
  // A draft read from a page on the Import screen (`?draft=page`), kept for this tab.
  const fromPage = !projectId && params.get('draft') === 'page';
  const [draft] = useState(() => (fromPage ? readImportDraft() : null));
  const sourceId = idParam(requestedId) ?? '';
  const impossibleId = requestedId !== '' && sourceId === '';
  const source = useQuery({ ...projectDetailQuery(sourceId), enabled: sourceId !== '' });
  const settings = useQuery(settingsQuery());
  const directories = useDirectories();
  // The project the form was opened from. Once the form is open it stays open, even when the
  // project is deleted meanwhile in another tab: the form says so, and nothing typed is lost.
  const [opened, setOpened] = useState<Project | null>(null);
  if (source.data && source.data.id === sourceId && opened?.id !== sourceId) setOpened(source.data);
  const project = source.data ?? (opened?.id === sourceId ? opened : null);

  const failed = Boolean(source.error || directories.error);
  const loading = (sourceId !== '' && source.isPending) || directories.isPending || settings.isPending;
  const missing = impossibleId || (sourceId !== '' && !project);
  const mode: Mode | null =
    failed || loading || missing || (fromPage && !draft)
      ? null
      : projectId && project
        ? { kind: 'edit', project }
        : project
          ? { kind: 'duplicate', source: project }
          : draft
            ? { kind: 'import', draft }
            : { kind: 'new' };
  // Once open, the form stays open for this address: a later read that fails or starts over
  // (a directory refetch while the database is busy or closing) must not take away what was typed.
  const address = `${projectId ?? ''}|${requestedId}|${fromPage}`;
  const [kept, setKept] = useState<{ address: string; mode: Mode } | null>(null);
  if (mode && kept?.address !== address) setKept({ address, mode });
  const shown = kept?.address === address ? kept.mode : mode;
  const ti = useScopedMessages(importEn, importLv);
  useDocumentTitle(shown ? formTitle(shown, t, lang, ti) : failed ? t('error.title') : loading || (fromPage && !draft) ? null : t('project.notFoundTitle'));

  if (shown) {
    // A new key for another project (or a new duplicate) starts a fresh form.
    const key = shown.kind === 'edit' ? `edit-${shown.project.id}` : shown.kind === 'duplicate' ? `dup-${shown.source.id}` : shown.kind;
    const readError = failed ? storageErrorMessage(source.error ?? directories.error, t) : null;
    return <ProjectForm key={key} mode={shown} homeOrganisationId={settings.data?.homeOrganisationId ?? null} readError={readError} />;
  }
  if (failed) {
    return (
      <section className="page">
        <p role="alert">{storageErrorMessage(source.error ?? directories.error, t)}</p>
      </section>
    );
  }
  if (loading) return <p className="page loading">{t('common.loading')}</p>;
  if (fromPage && !draft) return <DraftMissing />;
  return (
    <section className="page">
      <h1>{t('project.notFound')}</h1>
      <Link to="/projects">{t('project.backToList')}</Link>
    </section>
  );
}

/** The form's heading, and the screen's name in the document's title. */
function formTitle(mode: Mode, t: Translate, lang: Language, ti: ScopedTranslate<typeof importEn>): string {
  const nameOf = (project: Project) => project.acronym || pickText(project.title, lang);
  if (mode.kind === 'edit') return t('editing.title.edit', { name: nameOf(mode.project) });
  if (mode.kind === 'duplicate') return t('editing.title.duplicate', { name: nameOf(mode.source) });
  if (mode.kind === 'import') return ti('import.formTitle');
  return t('editing.title.new');
}

/** `?draft=page` with no draft kept in this tab (another tab, or after it was saved). */
function DraftMissing() {
  const ti = useScopedMessages(importEn, importLv);
  useDocumentTitle(ti('import.formTitle'));
  return (
    <section className="page">
      <h1>{ti('import.formTitle')}</h1>
      <p role="alert">{ti('import.draftMissing')}</p>
      <p>
        <Link to="/import">{ti('import.title')}</Link>
      </p>
    </section>
  );
}

function newMeta(): ProjectMeta {
  const now = new Date().toISOString();
  return { id: `project-${crypto.randomUUID()}`, origin: 'user', createdAt: now, updatedAt: now, revision: 1 };
}

const metaOf = (project: Project): ProjectMeta => ({
  id: project.id,
  origin: project.origin,
  createdAt: project.createdAt,
  updatedAt: project.updatedAt,
  revision: project.revision,
});

function ProjectForm({ mode, homeOrganisationId, readError }: { mode: Mode; homeOrganisationId: string | null; readError: string | null }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const saveProject = useSaveProject();
  const read = useFreshRead();
  const decimal = lang === 'lv' ? ',' : '.';

  const [initial] = useState(() => {
    if (mode.kind === 'edit') return { values: toFormValues(mode.project, decimal), meta: metaOf(mode.project), base: mode.project };
    if (mode.kind === 'duplicate') return { values: duplicateFormValues(mode.source, decimal), meta: newMeta(), base: null };
    if (mode.kind === 'import') return { values: toFormValues(mode.draft, decimal), meta: newMeta(), base: null };
    return { values: emptyFormValues(), meta: newMeta(), base: null };
  });
  const [meta, setMeta] = useState<ProjectMeta>(initial.meta);
  // Errors show after a save is tried and stay until that field is edited (or the next try):
  // no validation while typing. "Unchanged" means as opened, or as last reloaded (reset).
  const form = useForm<ProjectFormValues, ProjectMeta, Project>({
    defaultValues: initial.values,
    resolver: projectFormResolver,
    context: meta,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  // The stored version the form started from; a save is refused if the stored one has moved on.
  const [base, setBase] = useState<Project | null>(initial.base);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const leaving = useRef(false);

  // Another tab saved, restored or deleted this project since the form was opened: say so
  // before the save does. The whole record is compared: a restore can bring a revision back.
  const live = useQuery({ ...projectDetailQuery(meta.id), enabled: mode.kind === 'edit' });
  const deletedElsewhere = mode.kind === 'edit' && live.isSuccess && live.data === null;
  const changedElsewhere = mode.kind === 'edit' && base !== null && live.data != null && !sameData(live.data, base);

  /** Store the validated project. `expected`: the stored project it may replace (null: none, it was deleted). */
  const store = async (project: Project, expected: Project | null | undefined) => {
    setSaving(true);
    try {
      const saved = await saveProject.mutateAsync({ project, ...(mode.kind === 'edit' ? { expected } : {}) });
      leaving.current = true;
      setConflict(null);
      if (mode.kind === 'import') dropImportDraft();
      notify({ tone: 'success', text: t('editing.saved', { name: saved.acronym || pickText(saved.title, lang) }) });
      await navigate(`/projects/${encodeURIComponent(saved.id)}`);
    } catch (error) {
      if ((error as { kind?: string }).kind === 'conflict') {
        const current = await read.project(meta.id).catch(() => null);
        setConflict({ current, changed: current && base ? changedFields(base, current) : [] });
      } else {
        // The form stays exactly as it was; the person can try again.
        const message = storageErrorMessage(error, t);
        setSaveError(message);
        notify({ tone: 'error', text: message });
      }
    } finally {
      setSaving(false);
    }
  };

  const save = (expected: Project | null | undefined = base) => {
    setSaveError(null);
    // A refused save: ErrorSummary shows the count and focuses the first field in error.
    return form.handleSubmit((project) => store(project, expected))();
  };

  const reloadFromStore = (current: Project) => {
    form.reset(toFormValues(current, decimal));
    setBase(current);
    setMeta(metaOf(current));
    setConflict(null);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const ti = useScopedMessages(importEn, importLv);
  const title = formTitle(mode, t, lang, ti);
  const cancelTo =
    mode.kind === 'edit'
      ? `/projects/${encodeURIComponent(mode.project.id)}`
      : mode.kind === 'duplicate'
        ? `/projects/${encodeURIComponent(mode.source.id)}`
        : mode.kind === 'import'
          ? '/import'
          : '/projects';

  return (
    <FormProvider {...form}>
      <LiveWarnings meta={meta} homeOrganisationId={homeOrganisationId}>
        <form className="page edit-form" onSubmit={onSubmit} noValidate aria-labelledby="edit-heading">
          <p className="breadcrumb">
            <Link to={cancelTo}>← {t('editing.back')}</Link>
          </p>
          <h1 id="edit-heading">{title}</h1>
          {mode.kind === 'duplicate' && <p className="hint">{t('editing.duplicate.hint')}</p>}
          {mode.kind === 'import' && (
            <p className="banner" role="note">
              {ti('import.draftHint')}
            </p>
          )}
          {readError && (
            <p className="banner" role="alert">
              {t('editing.readFailed', { reason: readError })}
            </p>
          )}
          {changedElsewhere && (
            <p className="banner" role="status">
              {t('editing.changedElsewhere')}
            </p>
          )}
          {deletedElsewhere && (
            <p className="banner" role="status">
              {t('editing.conflict.deleted')}
            </p>
          )}
          <ErrorSummary />
          <OverviewSection />
          <PartnersSection />
          <BudgetSection />
          <ByYearSection />
          <EventsSection />
          <ContentSection />
          <ContactsSection />
          <NotesSection />
          <div className="form-footer">
            {saveError && (
              <p className="field-error" role="alert">
                {saveError}
              </p>
            )}
            <UnsavedNote />
            <Link to={cancelTo} className="button-link">
              {t('common.cancel')}
            </Link>
            <button type="submit" className="primary" disabled={saving}>
              {saving ? t('editing.saving') : t('editing.save')}
            </button>
          </div>
        </form>
      </LiveWarnings>

      <LeaveGuard leaving={leaving} />

      <ConflictDialog
        conflict={conflict}
        busy={saving}
        onCancel={() => setConflict(null)}
        onReload={() => conflict?.current && reloadFromStore(conflict.current)}
        onOverwrite={() => void save(conflict?.current ?? null)}
      />
    </FormProvider>
  );
}
