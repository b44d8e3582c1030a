// Create, edit and duplicate a project. The form keeps what was typed as text; saving validates
// it against the domain's schema, refuses to overwrite a version saved elsewhere since the form
// was opened (the person chooses: reload or overwrite), and a failed save keeps the form as it was.
// Leaving with unsaved changes asks first, in the app and when the tab is closed.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Modal } from '../../components/Modal';
import { Link, useBlocker, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { changedFields } from '../../domain/changes';
import { sameData } from '../../domain/sameData';
import { consistencyWarnings } from '../../domain/consistency';
import {
  duplicateFormValues,
  emptyFormValues,
  readForm,
  setAtPath,
  toFormValues,
  validateForm,
  type FormErrors,
  type ProjectFormValues,
  type ProjectMeta,
} from '../../domain/projectForm';
import type { Language, Project } from '../../domain/schema';
import { idParam } from '../../domain/urlParams';
import { getProject, saveProject } from '../../db/portfolioRepository';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useReportUnsavedChanges } from '../../components/unsavedChanges';
import { pickText } from '../../i18n/format';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { projectDetailQuery, settingsQuery, useDirectories } from '../../queries/portfolio';
import { BudgetSection } from './BudgetSection';
import { ByYearSection } from './ByYearSection';
import { ContactsSection } from './ContactsSection';
import { ContentSection } from './ContentSection';
import { EventsSection } from './EventsSection';
import { FormProvider, type FormContextValue } from './form';
import { fieldLabel } from './fieldLabels';
import { NotesSection } from './NotesSection';
import { OverviewSection } from './OverviewSection';
import { PartnersSection } from './PartnersSection';
import './editing.css';

type Mode = { kind: 'new' } | { kind: 'duplicate'; source: Project } | { kind: 'edit'; project: Project };

export default function ProjectEditPage() {
  const { projectId } = useParams();
  const [params] = useSearchParams();
  const { t, lang } = useI18n();
  // The project to edit (in the path) or to copy (`?from=`). An id no record can have (too
  // long) is not looked up: it shows as not found. An empty `from=` opens a new project.
  const requestedId = projectId ?? params.get('from') ?? '';
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
  const mode: Mode | null = failed || loading || missing ? null : projectId && project ? { kind: 'edit', project } : project ? { kind: 'duplicate', source: project } : { kind: 'new' };
  useDocumentTitle(failed ? t('error.title') : loading ? null : mode ? formTitle(mode, t, lang) : t('project.notFoundTitle'));

  if (failed) {
    return (
      <section className="page">
        <p role="alert">{storageErrorMessage(source.error ?? directories.error, t)}</p>
      </section>
    );
  }
  if (loading) return <p className="page loading">{t('common.loading')}</p>;
  if (!mode) {
    return (
      <section className="page">
        <h1>{t('project.notFound')}</h1>
        <Link to="/projects">{t('project.backToList')}</Link>
      </section>
    );
  }
  // A new key for another project (or a new duplicate) starts a fresh form.
  const key = mode.kind === 'edit' ? `edit-${mode.project.id}` : mode.kind === 'duplicate' ? `dup-${mode.source.id}` : 'new';
  return <ProjectForm key={key} mode={mode} homeOrganisationId={settings.data?.homeOrganisationId ?? null} />;
}

/** The form's heading, and the screen's name in the document's title. */
function formTitle(mode: Mode, t: Translate, lang: Language): string {
  const nameOf = (project: Project) => project.acronym || pickText(project.title, lang);
  if (mode.kind === 'edit') return t('editing.title.edit', { name: nameOf(mode.project) });
  if (mode.kind === 'duplicate') return t('editing.title.duplicate', { name: nameOf(mode.source) });
  return t('editing.title.new');
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

type Conflict = { current: Project | null; changed: string[] };

function ProjectForm({ mode, homeOrganisationId }: { mode: Mode; homeOrganisationId: string | null }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const decimal = lang === 'lv' ? ',' : '.';

  const [initial] = useState(() => {
    if (mode.kind === 'edit') return { values: toFormValues(mode.project, decimal), meta: metaOf(mode.project), base: mode.project };
    if (mode.kind === 'duplicate') return { values: duplicateFormValues(mode.source, decimal), meta: newMeta(), base: null };
    return { values: emptyFormValues(), meta: newMeta(), base: null };
  });
  const [values, setValues] = useState<ProjectFormValues>(initial.values);
  // What "unchanged" means: the values as opened, or as last reloaded.
  const [pristine, setPristine] = useState<ProjectFormValues>(initial.values);
  const [meta, setMeta] = useState<ProjectMeta>(initial.meta);
  // The stored version the form started from; a save is refused if the stored one has moved on.
  const [base, setBase] = useState<Project | null>(initial.base);
  const [errors, setErrors] = useState<FormErrors>({});
  const [focusTick, setFocusTick] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(pristine), [values, pristine]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  // The update prompt waits while this is true, rather than reload the form away.
  useReportUnsavedChanges(dirty);
  const leaving = useRef(false);

  // Another tab saved, restored or deleted this project since the form was opened: say so
  // before the save does. The whole record is compared: a restore can bring a revision back.
  const live = useQuery({ ...projectDetailQuery(meta.id), enabled: mode.kind === 'edit' });
  const deletedElsewhere = mode.kind === 'edit' && live.isSuccess && live.data === null;
  const changedElsewhere = mode.kind === 'edit' && base !== null && live.data != null && !sameData(live.data, base);

  const set = useCallback((path: string, value: unknown) => {
    setValues((current) => setAtPath(current, path, value));
    // The person is fixing this field: its old complaint goes; the text stays as typed.
    setErrors((current) => {
      if (!(path in current)) return current;
      const { [path]: _fixed, ...rest } = current;
      return rest;
    });
  }, []);

  const deferred = useDeferredValue(values);
  const warnings = useMemo(() => consistencyWarnings(readForm(deferred, meta).project, { homeOrganisationId }), [deferred, meta, homeOrganisationId]);
  const context = useMemo<FormContextValue>(() => ({ values, errors, warnings, set, homeOrganisationId }), [values, errors, warnings, set, homeOrganisationId]);

  // Leaving with unsaved changes asks first: in-app navigation …
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyRef.current && !leaving.current && currentLocation.pathname !== nextLocation.pathname);
  // … and closing or reloading the tab.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  // After a refused save, the focus goes to the first field that needs attention.
  useEffect(() => {
    if (focusTick === 0) return;
    const first = document.querySelector<HTMLElement>('.edit-form [aria-invalid="true"]');
    if (!first) return;
    const target = first.tagName === 'FIELDSET' ? (first.querySelector<HTMLElement>('input') ?? first) : first;
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  }, [focusTick]);

  /** `expected`: the stored project this save may replace (null: none, it was deleted). */
  const save = async (expected: Project | null | undefined = base) => {
    setSaveError(null);
    const outcome = validateForm(values, meta);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      setFocusTick((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await saveProject(outcome.project, mode.kind === 'edit' ? { expected } : {});
      leaving.current = true;
      setConflict(null);
      notify({ tone: 'success', text: t('editing.saved', { name: saved.acronym || pickText(saved.title, lang) }) });
      await navigate(`/projects/${encodeURIComponent(saved.id)}`);
    } catch (error) {
      if ((error as { kind?: string }).kind === 'conflict') {
        const current = await getProject(meta.id).catch(() => null);
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

  const reloadFromStore = (current: Project) => {
    const next = toFormValues(current, decimal);
    setValues(next);
    setPristine(next);
    setBase(current);
    setMeta(metaOf(current));
    setErrors({});
    setConflict(null);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const title = formTitle(mode, t, lang);
  const errorCount = Object.keys(errors).length;
  const cancelTo = mode.kind === 'edit' ? `/projects/${encodeURIComponent(mode.project.id)}` : mode.kind === 'duplicate' ? `/projects/${encodeURIComponent(mode.source.id)}` : '/projects';

  return (
    <FormProvider value={context}>
      <form className="page edit-form" onSubmit={onSubmit} noValidate aria-labelledby="edit-heading">
        <p className="breadcrumb">
          <Link to={cancelTo}>← {t('editing.back')}</Link>
        </p>
        <h1 id="edit-heading">{title}</h1>
        {mode.kind === 'duplicate' && <p className="hint">{t('editing.duplicate.hint')}</p>}
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
        {errorCount > 0 && (
          <p className="error-summary" role="alert">
            {t('editing.errorSummary', { count: errorCount })}
          </p>
        )}
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
          <span className="hint" aria-live="polite">
            {dirty ? t('editing.unsaved') : t('editing.noChanges')}
          </span>
          <Link to={cancelTo} className="button-link">
            {t('common.cancel')}
          </Link>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('editing.saving') : t('editing.save')}
          </button>
        </div>
      </form>

      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('editing.leave.title')}
        confirmLabel={t('editing.leave.confirm')}
        destructive
        onCancel={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      >
        <p>{t('editing.leave.body')}</p>
      </ConfirmDialog>

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

function ConflictDialog({
  conflict,
  busy,
  onCancel,
  onReload,
  onOverwrite,
}: {
  conflict: Conflict | null;
  busy: boolean;
  onCancel: () => void;
  onReload: () => void;
  onOverwrite: () => void;
}) {
  const { t } = useI18n();
  const open = conflict !== null;
  return (
    <Modal open={open} labelledBy="conflict-title" onCancel={onCancel}>
      <h2 id="conflict-title">{t('editing.conflict.title')}</h2>
      {conflict && (
        <>
          <p>{conflict.current ? t('editing.conflict.body') : t('editing.conflict.deleted')}</p>
          {conflict.changed.length > 0 && (
            <>
              <p>{t('editing.conflict.changed')}</p>
              <ul>
                {conflict.changed.map((field) => (
                  <li key={field}>{fieldLabel(field, t)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('editing.conflict.keepEditing')}
        </button>
        {conflict?.current && (
          <button type="button" onClick={onReload}>
            {t('editing.conflict.reload')}
          </button>
        )}
        <button type="button" className="danger" disabled={busy} onClick={onOverwrite}>
          {t('editing.conflict.overwrite')}
        </button>
      </div>
    </Modal>
  );
}
