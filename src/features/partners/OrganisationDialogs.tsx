// Editing one organisation, and merging two records of the same organisation into one.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Modal } from '../../components/Modal';
import type { Organisation } from '../../domain/schema';
import type { ProjectOverview } from '../../domain/overview';
import { organisationCity, organisationLabel } from '../../components/labels';
import { useNotify } from '../../components/Notifications';
import { countryName } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useMergeOrganisations, useUpdateOrganisation } from '../../queries/directory';
import { DialogFooter } from '../../components/DialogFooter';
import { OrganisationFields } from '../../components/OrganisationFields';
import { organisationDraft, organisationDraftProblems, organisationFields } from '../../domain/organisationDraft';

/** A modal <dialog> that holds a form; Escape cancels. */
export function FormDialog({ open, title, children, onCancel }: { open: boolean; title: string; children: ReactNode; onCancel: () => void }) {
  const titleId = useId();
  return (
    <Modal open={open} labelledBy={titleId} className="dialog wide-dialog" onCancel={onCancel}>
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </Modal>
  );
}

export function EditOrganisationDialog({ organisation, onClose }: { organisation: Organisation | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <FormDialog open={organisation !== null} title={t('editing.partnersPage.editTitle')} onCancel={onClose}>
      {organisation && <EditOrganisationForm key={organisation.id} organisation={organisation} onClose={onClose} />}
    </FormDialog>
  );
}

function EditOrganisationForm({ organisation, onClose }: { organisation: Organisation; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const base = useId();
  const [draft, setDraft] = useState(() => organisationDraft(organisation));
  const [notes, setNotes] = useState(organisation.notes);
  const [errors, setErrors] = useState<{ name?: boolean; country?: boolean }>({});
  const save = useUpdateOrganisation({
    onSuccess: (saved) => {
      notify({ tone: 'success', text: t('editing.partnersPage.saved', { name: saved.name }) });
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = organisationDraftProblems(draft);
    setErrors(next);
    if (next.name || next.country) {
      document.getElementById(`${base}-${next.name ? 'name' : 'country'}`)?.focus();
      return;
    }
    save.mutate({ ...organisation, ...organisationFields(draft), notes });
  };

  return (
    <form onSubmit={submit} noValidate className="dialog-form">
      <OrganisationFields
        base={base}
        draft={draft}
        onChange={setDraft}
        errors={{ name: errors.name ? t('editing.error.required') : undefined, country: errors.country ? t('editing.error.country') : undefined }}
      />
      <div className="field wide">
        <label htmlFor={`${base}-notes`}>{t('editing.partnersPage.notes')}</label>
        <textarea id={`${base}-notes`} rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </div>
      <DialogFooter error={save.error} pending={save.isPending} submitLabel={t('editing.save.short')} wide onCancel={onClose} />
    </form>
  );
}

export function MergeOrganisationDialog({
  organisation,
  organisations,
  projectsByOrganisation,
  onClose,
}: {
  organisation: Organisation | null;
  organisations: Organisation[];
  projectsByOrganisation: Map<string, ProjectOverview[]>;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const name = organisation ? organisationLabel(organisation, lang) : '';
  return (
    <FormDialog open={organisation !== null} title={t('editing.partnersPage.mergeTitle', { name })} onCancel={onClose}>
      {organisation && (
        <MergeForm key={organisation.id} organisation={organisation} organisations={organisations} usage={projectsByOrganisation.get(organisation.id)?.length ?? 0} onClose={onClose} />
      )}
    </FormDialog>
  );
}

function MergeForm({ organisation, organisations, usage, onClose }: { organisation: Organisation; organisations: Organisation[]; usage: number; onClose: () => void }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const selectId = useId();
  const [keepId, setKeepId] = useState('');
  const [missing, setMissing] = useState(false);
  const name = organisationLabel(organisation, lang);
  const others = organisations
    .filter((o) => o.id !== organisation.id)
    .sort((a, b) => organisationLabel(a, lang).localeCompare(organisationLabel(b, lang), lang));
  const merge = useMergeOrganisations({
    onSuccess: ({ projectsChanged }) => {
      const kept = organisations.find((o) => o.id === keepId);
      notify({ tone: 'success', text: t('editing.partnersPage.merged', { removed: name, kept: organisationLabel(kept, lang), count: projectsChanged }) });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!keepId) {
      setMissing(true);
      document.getElementById(selectId)?.focus();
      return;
    }
    merge.mutate({ keepId, removeId: organisation.id });
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>{t('editing.partnersPage.mergeBody', { name })}</p>
      <p>{t('editing.partnersPage.mergeUsage', { name, count: usage })}</p>
      <div className="field grow">
        <label htmlFor={selectId}>{t('editing.partnersPage.mergeInto')}</label>
        <select
          id={selectId}
          value={keepId}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${selectId}-error` : undefined}
          onChange={(event) => {
            setKeepId(event.target.value);
            setMissing(false);
          }}
        >
          <option value="">{t('editing.partnersPage.mergeChoose')}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {[organisationLabel(o, lang), organisationCity(o, lang), o.country ? countryName(o.country, lang) : ''].filter(Boolean).join(', ')}
            </option>
          ))}
        </select>
        {missing && (
          <span id={`${selectId}-error`} className="field-error">
            {t('editing.partnersPage.mergeNeedsTarget')}
          </span>
        )}
      </div>
      <DialogFooter error={merge.error} pending={merge.isPending} submitLabel={t('editing.partnersPage.mergeConfirm')} destructive onCancel={onClose} />
    </form>
  );
}
