// The fields of an organisation (names, city, country, kind), in the organisation dialog and in
// the new organisation inside the project form.
import type { KeyboardEventHandler } from 'react';
import { organisationKinds } from '../domain/constants';
import type { OrganisationDraft } from '../domain/organisationDraft';
import { useI18n } from '../i18n/I18nProvider';

type Props = {
  /** The id the fields' ids start with (`${base}-name` …). */
  base: string;
  draft: OrganisationDraft;
  onChange: (draft: OrganisationDraft) => void;
  errors: { name?: string; country?: string };
  /** The name field takes the focus when the fields appear. */
  autoFocusName?: boolean;
  onKeyDown?: KeyboardEventHandler<HTMLInputElement>;
};

export function OrganisationFields({ base, draft, onChange, errors, autoFocusName = false, onKeyDown }: Props) {
  const { t } = useI18n();
  const field = (key: 'name' | 'nameLv' | 'city' | 'cityLv' | 'country', label: string, error?: string) => (
    <div className="field">
      <label htmlFor={`${base}-${key}`}>{label}</label>
      <input
        id={`${base}-${key}`}
        autoFocus={autoFocusName && key === 'name'}
        value={draft[key]}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${base}-${key}-error` : undefined}
        onChange={(event) => onChange({ ...draft, [key]: event.target.value })}
        onKeyDown={onKeyDown}
      />
      {error && (
        <span id={`${base}-${key}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
  return (
    <>
      {field('name', t('editing.organisation.name'), errors.name)}
      {field('nameLv', t('editing.organisation.nameLv'))}
      {field('city', t('editing.organisation.city'))}
      {field('cityLv', t('editing.organisation.cityLv'))}
      {field('country', t('editing.organisation.country'), errors.country)}
      <div className="field">
        <label htmlFor={`${base}-kind`}>{t('editing.organisation.kind')}</label>
        <select id={`${base}-kind`} value={draft.kind} onChange={(event) => onChange({ ...draft, kind: organisationKinds.find((k) => k === event.target.value) ?? draft.kind })}>
          {organisationKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`orgKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
