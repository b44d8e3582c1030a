// The form's building blocks: a context holding the typed values, the errors by field and the
// live warnings, and labelled fields that read and write one dotted path each. An error is shown
// beside its field and never touches what was typed.
import { createContext, useContext, useId, type ReactNode } from 'react';
import type { Warning } from '../../domain/consistency';
import { parseLooseDate } from '../../domain/dates';
import { getAtPath, type FieldError, type FormErrors, type ProjectFormValues } from '../../domain/projectForm';
import type { Language } from '../../domain/schema';
import { WarningList } from '../../components/Warnings';
import type { MessageKey } from '../../i18n/en';
import { useI18n, type Translate } from '../../i18n/I18nProvider';

export type FormContextValue = {
  values: ProjectFormValues;
  errors: FormErrors;
  warnings: Warning[];
  set: (path: string, value: unknown) => void;
  homeOrganisationId: string | null;
};

const FormContext = createContext<FormContextValue | null>(null);
export const FormProvider = FormContext.Provider;

export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('useForm must be used inside <FormProvider>');
  return value;
}

/** The DOM id of the control for a form path ('budget.payments.0.amount' → 'f-budget-payments-0-amount'). */
export const fieldId = (path: string): string => `f-${path.replace(/\./g, '-')}`;

export function errorText(error: FieldError, t: Translate): string {
  return t(`editing.error.${error.code}` as MessageKey, error.params);
}

type FieldProps = {
  path: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'tel' | 'url';
  type?: 'text' | 'email' | 'tel' | 'url';
  lang?: Language;
  className?: string;
  list?: string;
  autoComplete?: string;
  /** Extra content under the control (a computed preview, a picker). */
  after?: ReactNode;
};

/** A labelled text control bound to one path of the form's values. */
export function TextField({ path, label, hint, multiline, rows = 3, inputMode, type = 'text', lang, className, list, autoComplete = 'off', after }: FieldProps) {
  const { values, errors, set } = useForm();
  const { t } = useI18n();
  const id = fieldId(path);
  const value = (getAtPath(values, path) as string | undefined) ?? '';
  const error = errors[path];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: path,
    value,
    lang,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => set(path, event.target.value)} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} list={list} autoComplete={autoComplete} onChange={(event) => set(path, event.target.value)} />
      )}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {errorText(error, t)}
        </span>
      )}
      {after}
    </div>
  );
}

/**
 * A date typed the way people write it (08.11.2018) or picked from the browser's calendar:
 * a picked day is written into the text box in the same day-first form.
 */
export function DateField(props: Omit<FieldProps, 'hint' | 'after'>) {
  const { values, set } = useForm();
  const { t } = useI18n();
  const typed = (getAtPath(values, props.path) as string | undefined) ?? '';
  const parsed = parseLooseDate(typed);
  const picked = typeof parsed === 'string' && parsed !== 'invalid' ? parsed : '';
  return (
    <TextField
      {...props}
      hint={t('editing.hint.date')}
      after={
        <input
          type="date"
          className="date-picker"
          // A mouse convenience: keyboard users type the date in the field itself, and the
          // Tab order stays field to field.
          tabIndex={-1}
          aria-label={t('editing.pickDate', { field: props.label })}
          value={picked}
          onChange={(event) => {
            const [y, m, d] = event.target.value.split('-');
            if (y && m && d) set(props.path, `${d}.${m}.${y}`);
          }}
        />
      }
    />
  );
}

export function MoneyField(props: Omit<FieldProps, 'inputMode' | 'hint'> & { hint?: string }) {
  const { t } = useI18n();
  return <TextField {...props} inputMode="decimal" className={`money-field ${props.className ?? ''}`} hint={props.hint ?? t('editing.hint.money')} />;
}

export function SelectField<V extends string>({
  path,
  label,
  options,
  empty,
  hint,
}: {
  path: string;
  label: string;
  options: readonly { value: V; label: string }[];
  /** The label of the "nothing chosen" option, when there is one. */
  empty?: string;
  hint?: string;
}) {
  const { values, errors, set } = useForm();
  const { t } = useI18n();
  const id = fieldId(path);
  const value = (getAtPath(values, path) as string | undefined) ?? '';
  const error = errors[path];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={path} value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(event) => set(path, event.target.value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {errorText(error, t)}
        </span>
      )}
    </div>
  );
}

/** A text in both languages: two fields side by side, each marked with its language. */
export function BilingualField({ path, label, multiline, rows }: { path: string; label: string; multiline?: boolean; rows?: number }) {
  const { t } = useI18n();
  return (
    <div className="bilingual-field">
      <TextField path={`${path}.lv`} label={t('editing.inLatvian', { label })} lang="lv" multiline={multiline} rows={rows} />
      <TextField path={`${path}.en`} label={t('editing.inEnglish', { label })} lang="en" multiline={multiline} rows={rows} />
    </div>
  );
}

/** Radio buttons for a small choice, in a fieldset named by its legend. */
export function RadioField<V extends string>({ path, legend, options }: { path: string; legend: string; options: readonly { value: V; label: string }[] }) {
  const { values, errors, set } = useForm();
  const { t } = useI18n();
  const name = useId();
  const id = fieldId(path);
  const value = getAtPath(values, path) as string;
  const error = errors[path];
  return (
    <fieldset className="radio-field" id={id} tabIndex={-1} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option, index) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            id={index === 0 ? `${id}-first` : undefined}
            value={option.value}
            checked={value === option.value}
            onChange={() => set(path, option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {errorText(error, t)}
        </span>
      )}
    </fieldset>
  );
}

/** Warnings whose field is one of the paths given or lies under one of them. */
export function FieldWarnings({ at, exact }: { at: string[]; exact?: boolean }) {
  const { warnings } = useForm();
  const shown = warnings.filter((w) => at.some((prefix) => w.field === prefix || (!exact && w.field.startsWith(`${prefix}.`))));
  return (
    <div aria-live="polite">
      <WarningList warnings={shown} />
    </div>
  );
}

export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card form-section" aria-labelledby={`${id}-h`} id={id}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}
