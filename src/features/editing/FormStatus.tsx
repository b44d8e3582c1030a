// What surrounds the project form's fields, each part subscribing only to the form state it
// shows: the live warnings, the error summary, the "unsaved changes" note, the guard against
// leaving with unsaved changes, and the dialog for a save refused because of another tab.
import { useCallback, useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { useFormState } from 'react-hook-form';
import { useBlocker } from 'react-router-dom';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Modal } from '../../components/Modal';
import { consistencyWarnings, type Warning } from '../../domain/consistency';
import type { ProjectFormValues, ProjectMeta } from '../../domain/projectForm';
import { readForm } from '../../domain/projectFormReading';
import type { Project } from '../../domain/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { fieldLabel } from './fieldLabels';
import { countErrors, useProjectForm, WarningsProvider } from './form';
import { useReportUnsavedChanges } from '../../components/unsavedChanges';

export type Conflict = { current: Project | null; changed: string[] };

/**
 * The live consistency warnings, read from the whole form after each change. They are worked
 * out after the frame that shows the keystroke (never holding up typing), and the fields that
 * show warnings re-render only when the warnings themselves change.
 */
export function LiveWarnings({ meta, homeOrganisationId, children }: { meta: ProjectMeta; homeOrganisationId: string | null; children: ReactNode }) {
  const { subscribe, getValues } = useProjectForm();
  const compute = useCallback(() => consistencyWarnings(readForm(getValues(), meta).project, { homeOrganisationId }), [getValues, meta, homeOrganisationId]);
  const [warnings, setWarnings] = useState<Warning[]>(compute);
  useEffect(() => {
    let pending = false;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      pending = false;
      if (stopped) return;
      const next = compute();
      setWarnings((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
    };
    const schedule = () => {
      if (pending) return;
      pending = true;
      // The next frame first (the typed character shows), then the work.
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => (timer = setTimeout(update, 0)));
      else timer = setTimeout(update, 0);
    };
    schedule();
    const unsubscribe = subscribe({ formState: { values: true }, callback: schedule });
    return () => {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
    };
  }, [subscribe, compute]);
  const context = useMemo(() => ({ warnings, homeOrganisationId }), [warnings, homeOrganisationId]);
  return <WarningsProvider value={context}>{children}</WarningsProvider>;
}

/**
 * Leaving with unsaved changes asks first: in-app navigation, and closing or reloading the tab.
 * Its own component, so that the form becoming dirty (or clean again) re-renders only this.
 * `leaving`: set once a save succeeded, so its navigation is not held.
 */
export function LeaveGuard({ leaving }: { leaving: RefObject<boolean> }) {
  const { t } = useI18n();
  const { isDirty } = useFormState<ProjectFormValues>();
  // The update prompt waits while this is true, rather than reload the form away.
  useReportUnsavedChanges(isDirty);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => isDirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty]);
  return (
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
  );
}

/** "Unsaved changes" / "No changes" beside the save button. */
export function UnsavedNote() {
  const { t } = useI18n();
  const { isDirty } = useFormState<ProjectFormValues>();
  return (
    <span className="hint" aria-live="polite">
      {isDirty ? t('editing.unsaved') : t('editing.noChanges')}
    </span>
  );
}

/**
 * "N fields need attention", and after a refused save the focus on the first field in error.
 * It re-renders when the errors change; they come in the same update as the fields' own.
 */
export function ErrorSummary() {
  const { t } = useI18n();
  const { errors, submitCount } = useFormState<ProjectFormValues>();
  const count = countErrors(errors);
  useEffect(() => {
    if (submitCount === 0) return;
    const first = document.querySelector<HTMLElement>('.edit-form [aria-invalid="true"]');
    if (!first) return;
    const target = first.tagName === 'FIELDSET' ? (first.querySelector<HTMLElement>('input') ?? first) : first;
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  }, [submitCount]);
  if (count === 0) return null;
  return (
    <p className="error-summary" role="alert">
      {t('editing.errorSummary', { count })}
    </p>
  );
}

export function ConflictDialog({
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
        <button type="button" onClick={onCancel} data-autofocus>
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
