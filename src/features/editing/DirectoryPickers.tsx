// Choosing an organisation or a programme by typing any of its names, its city or country, and
// creating a new one in place when it is not in the directory yet.
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Organisation, Programme } from '../../domain/schema';
import { organisationCity, organisationLabel, programmeLabel } from '../../components/labels';
import { OrganisationFields } from '../../components/OrganisationFields';
import { organisationDraft, organisationDraftProblems, organisationFields } from '../../domain/organisationDraft';
import { storageErrorMessage } from '../../components/storageMessage';
import { countryName } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useCreateOrganisation, useCreateProgramme } from '../../queries/directory';
import { useDirectories } from '../../queries/portfolio';
import { Combobox, type ComboOption } from './Combobox';

export function organisationOptions(organisations: readonly Organisation[], lang: 'lv' | 'en'): ComboOption[] {
  return organisations
    .map((o) => ({
      id: o.id,
      label: organisationLabel(o, lang),
      detail: [organisationCity(o, lang), o.country ? countryName(o.country, lang) : ''].filter(Boolean).join(', '),
      search: [o.name, o.nameLv, o.city, o.cityLv, o.country, countryName(o.country, 'lv'), countryName(o.country, 'en')].filter(Boolean).join(' '),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

type PickerProps = { id: string; label: string; value: string; onChange: (id: string) => void; errorId?: string; invalid?: boolean };

type DirectoryPickerProps = PickerProps & {
  options: ComboOption[];
  createLabel: (text: string) => string;
  placeholder: string;
  hint?: string;
  /** The inline form for a new entry, opened with the text typed; `done` gets the new id, or null when cancelled. */
  renderNew: (initialName: string, done: (createdId: string | null) => void) => ReactNode;
};

/** A directory's combobox, and the inline form that adds an entry the directory does not have yet. */
function DirectoryPicker({ id, label, value, onChange, errorId, invalid, options, createLabel, placeholder, hint, renderNew }: DirectoryPickerProps) {
  const [creating, setCreating] = useState<string | null>(null);
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const done = (createdId: string | null) => {
    setCreating(null);
    if (createdId === null) {
      document.getElementById(id)?.focus();
      return;
    }
    onChange(createdId);
    // The directory query refreshes on the database's change event; focus the picker again.
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  return (
    <div className="field grow picker">
      <Combobox
        id={id}
        label={label}
        value={value}
        options={options}
        onChange={onChange}
        createLabel={createLabel}
        onCreate={setCreating}
        placeholder={placeholder}
        hintId={hintId}
        errorId={errorId}
        invalid={invalid}
      />
      {hint !== undefined && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {creating !== null && renderNew(creating, done)}
    </div>
  );
}

/** Enter in a field of an inline form creates, Escape cancels (the form is inside the project form, so no <form>). */
const createKeys = (create: () => Promise<void>, cancel: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    void create();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    cancel();
  }
};

type InlineCreateProps = { base: string; title: string; createButton: string; saveError?: string; busy: boolean; onCreate: () => Promise<void>; onCancel: () => void; children: ReactNode };

/** The frame of an inline form: its title, its fields, a failed save, and create and cancel. */
function InlineCreate({ base, title, createButton, saveError, busy, onCreate, onCancel, children }: InlineCreateProps) {
  const { t } = useI18n();
  return (
    <div className="inline-create" role="group" aria-labelledby={`${base}-title`}>
      <p id={`${base}-title`} className="inline-create-title">
        {title}
      </p>
      {children}
      {saveError && (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void onCreate()}>
          {createButton}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

export function OrganisationPicker(props: PickerProps) {
  const { t, lang } = useI18n();
  const { organisations } = useDirectories();
  const options = useMemo(() => organisationOptions(organisations, lang), [organisations, lang]);
  return (
    <DirectoryPicker
      {...props}
      options={options}
      createLabel={(text) => t('editing.organisation.create', { name: text })}
      placeholder={t('editing.organisation.placeholder')}
      hint={t('editing.organisation.hint')}
      renderNew={(initialName, done) => <NewOrganisation initialName={initialName} onCancel={() => done(null)} onCreated={(organisation) => done(organisation.id)} />}
    />
  );
}

/** A small form for a new organisation, inside the project form (so it is not a <form> itself). */
function NewOrganisation({ initialName, onCancel, onCreated }: { initialName: string; onCancel: () => void; onCreated: (o: Organisation) => void }) {
  const { t } = useI18n();
  const createOrganisation = useCreateOrganisation().mutateAsync;
  const base = useId();
  const [draft, setDraft] = useState(() => organisationDraft(null, initialName));
  const [errors, setErrors] = useState<{ name?: string; country?: string; save?: string }>({});
  const [busy, setBusy] = useState(false);

  const create = async () => {
    const problems = organisationDraftProblems(draft);
    setErrors({ name: problems.name ? t('editing.error.required') : undefined, country: problems.country ? t('editing.error.country') : undefined });
    if (problems.name || problems.country) {
      document.getElementById(problems.name ? `${base}-name` : `${base}-country`)?.focus();
      return;
    }
    setBusy(true);
    try {
      onCreated(await createOrganisation({ ...organisationFields(draft), notes: '' }));
    } catch (error) {
      setErrors({ save: storageErrorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <InlineCreate base={base} title={t('editing.organisation.newTitle')} createButton={t('editing.organisation.createButton')} saveError={errors.save} busy={busy} onCreate={create} onCancel={onCancel}>
      <div className="grid">
        <OrganisationFields base={base} draft={draft} onChange={setDraft} errors={errors} autoFocusName onKeyDown={createKeys(create, onCancel)} />
      </div>
    </InlineCreate>
  );
}

export function programmeOptions(programmes: readonly Programme[], lang: 'lv' | 'en'): ComboOption[] {
  return programmes
    .map((p) => ({
      id: p.id,
      label: programmeLabel(p, lang),
      detail: p.strand[lang] || p.strand.en || p.strand.lv || undefined,
      search: [p.name.lv, p.name.en, p.strand.lv, p.strand.en, p.measure.lv, p.measure.en, ...p.funders.flatMap((f) => [f.lv, f.en])].join(' '),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

export function ProgrammePicker(props: PickerProps) {
  const { t, lang } = useI18n();
  const { programmes } = useDirectories();
  const options = useMemo(() => programmeOptions(programmes, lang), [programmes, lang]);
  return (
    <DirectoryPicker
      {...props}
      options={options}
      createLabel={(text) => t('editing.programme.create', { name: text })}
      placeholder={t('editing.programme.placeholder')}
      renderNew={(initialName, done) => <NewProgramme initialName={initialName} onCancel={() => done(null)} onCreated={(programme) => done(programme.id)} />}
    />
  );
}

type ProgrammeDraft = Record<'nameLv' | 'nameEn' | 'strandLv' | 'strandEn' | 'measureLv' | 'measureEn' | 'funderLv' | 'funderEn', string>;

function NewProgramme({ initialName, onCancel, onCreated }: { initialName: string; onCancel: () => void; onCreated: (p: Programme) => void }) {
  const { t, lang } = useI18n();
  const createProgramme = useCreateProgramme().mutateAsync;
  const base = useId();
  const [draft, setDraft] = useState<ProgrammeDraft>({
    nameLv: lang === 'lv' ? initialName : '',
    nameEn: lang === 'en' ? initialName : '',
    strandLv: '',
    strandEn: '',
    measureLv: '',
    measureEn: '',
    funderLv: '',
    funderEn: '',
  });
  const [error, setError] = useState<{ name?: string; save?: string }>({});
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (draft.nameLv.trim() === '' && draft.nameEn.trim() === '') {
      setError({ name: t('editing.error.required') });
      document.getElementById(`${base}-${lang === 'lv' ? 'nameLv' : 'nameEn'}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const funder = draft.funderLv.trim() || draft.funderEn.trim() ? [{ lv: draft.funderLv.trim(), en: draft.funderEn.trim() }] : [];
      onCreated(
        await createProgramme({
          name: { lv: draft.nameLv.trim(), en: draft.nameEn.trim() },
          strand: { lv: draft.strandLv.trim(), en: draft.strandEn.trim() },
          measure: { lv: draft.measureLv.trim(), en: draft.measureEn.trim() },
          funders: funder,
        }),
      );
    } catch (failure) {
      setError({ save: storageErrorMessage(failure, t) });
    } finally {
      setBusy(false);
    }
  };
  const field = (key: keyof ProgrammeDraft, label: string, fieldLang: 'lv' | 'en', invalid?: string) => (
    <div className="field">
      <label htmlFor={`${base}-${key}`}>{label}</label>
      <input
        id={`${base}-${key}`}
        lang={fieldLang}
        autoFocus={key === (lang === 'lv' ? 'nameLv' : 'nameEn')}
        value={draft[key]}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${base}-name-error` : undefined}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
        onKeyDown={createKeys(create, onCancel)}
      />
    </div>
  );
  return (
    <InlineCreate base={base} title={t('editing.programme.newTitle')} createButton={t('editing.programme.createButton')} saveError={error.save} busy={busy} onCreate={create} onCancel={onCancel}>
      <div className="grid">
        {field('nameLv', t('editing.inLatvian', { label: t('editing.programme.name') }), 'lv', error.name)}
        {field('nameEn', t('editing.inEnglish', { label: t('editing.programme.name') }), 'en', error.name)}
        {field('strandLv', t('editing.inLatvian', { label: t('editing.programme.strand') }), 'lv')}
        {field('strandEn', t('editing.inEnglish', { label: t('editing.programme.strand') }), 'en')}
        {field('measureLv', t('editing.inLatvian', { label: t('editing.programme.measure') }), 'lv')}
        {field('measureEn', t('editing.inEnglish', { label: t('editing.programme.measure') }), 'en')}
        {field('funderLv', t('editing.inLatvian', { label: t('editing.programme.funder') }), 'lv')}
        {field('funderEn', t('editing.inEnglish', { label: t('editing.programme.funder') }), 'en')}
      </div>
      {error.name && (
        <p id={`${base}-name-error`} className="field-error">
          {t('editing.programme.nameRequired')}
        </p>
      )}
    </InlineCreate>
  );
}
