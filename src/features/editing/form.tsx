// The form's building blocks on react-hook-form: labelled fields that each subscribe to their own
// path (a keystroke re-renders the field typed in, nothing else), the live warnings in a context
// of their own, and the conversion between the domain's field errors and react-hook-form's. An
// error is shown beside its field and never touches what was typed.
import { createContext, useContext, type ReactNode } from 'react';
import {
  get,
  useController,
  useFormContext,
  useFormState,
  useWatch,
  type FieldErrors,
  type FieldPath,
  type FieldPathByValue,
  type UseFormReturn,
} from 'react-hook-form';
import type { Warning } from '../../domain/consistency';
import { parseLooseDate } from '../../domain/dates';
import type { ProjectFormValues, ProjectMeta, TextPair } from '../../domain/projectForm';
import type { FieldError, FormErrorCode, FormErrors } from '../../domain/projectFormReading';
import type { Language, Project } from '../../domain/schema';
import { CardSection } from '../../components/CardSection';
import { WarningList } from '../../components/Warnings';
import type { MessageKey } from '../../i18n/en';
import { useI18n, type Translate } from '../../i18n/I18nProvider';

/** Typed paths into the form's values: a misspelt path is a compile error. */
export type FormPath = FieldPath<ProjectFormValues>;
export type TextPath = FieldPathByValue<ProjectFormValues, string>;
export type PairPath = FieldPathByValue<ProjectFormValues, TextPair>;

/** The project form's react-hook-form handle (values typed as text; a valid submit yields a Project). */
export type ProjectFormMethods = UseFormReturn<ProjectFormValues, ProjectMeta, Project>;
export const useProjectForm = () => useFormContext<ProjectFormValues, ProjectMeta, Project>();

// ---------------------------------------------------------------- warnings

type WarningsValue = { warnings: Warning[]; homeOrganisationId: string | null };
const WarningsContext = createContext<WarningsValue>({ warnings: [], homeOrganisationId: null });
export const WarningsProvider = WarningsContext.Provider;

/** Warnings whose field is one of the paths given or lies under one of them. */
export function FieldWarnings({ at, exact }: { at: string[]; exact?: boolean }) {
  const { warnings } = useContext(WarningsContext);
  const shown = warnings.filter((w) => at.some((prefix) => w.field === prefix || (!exact && w.field.startsWith(`${prefix}.`))));
  return (
    <div aria-live="polite">
      <WarningList warnings={shown} />
    </div>
  );
}

// ---------------------------------------------------------------- errors

/**
 * The domain's errors (by dotted path, a code and its parameters) as react-hook-form's nested
 * errors: the code is the error's type, the parameters (a length limit) travel as JSON in its
 * message. A path under one already in error (a row inside a list in error) is left out.
 */
export function toHookErrors(errors: FormErrors): FieldErrors<ProjectFormValues> {
  const nested: Record<string, unknown> = {};
  for (const [path, error] of Object.entries(errors)) {
    const parts = path.split('.');
    let node: Record<string, unknown> = nested;
    let blocked = false;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (next !== undefined && (typeof next !== 'object' || next === null || 'type' in next)) {
        blocked = true;
        break;
      }
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    const leaf = parts[parts.length - 1] ?? '';
    if (blocked || node[leaf] !== undefined) continue;
    node[leaf] = { type: error.code, message: error.params ? JSON.stringify(error.params) : '' };
  }
  return nested as FieldErrors<ProjectFormValues>;
}

function fromHookError(error: unknown): FieldError | undefined {
  if (!error || typeof error !== 'object' || typeof (error as { type?: unknown }).type !== 'string') return undefined;
  const { type, message } = error as { type: string; message?: string };
  return message ? { code: type as FormErrorCode, params: JSON.parse(message) as FieldError['params'] } : { code: type as FormErrorCode };
}

/** How many fields are in error (the leaves of react-hook-form's nested errors). */
export function countErrors(errors: unknown): number {
  if (!errors || typeof errors !== 'object') return 0;
  if (typeof (errors as { type?: unknown }).type === 'string') return 1;
  return Object.values(errors).reduce<number>((n, child) => n + countErrors(child), 0);
}

/** The error of one field; the field re-renders only when its own error comes or goes. */
export function useFieldError(path: FormPath): FieldError | undefined {
  const { control } = useProjectForm();
  const { errors } = useFormState({ control, name: path, exact: true });
  return fromHookError(get(errors, path));
}

/** The person is fixing this field: its old complaint goes (the text stays as typed). */
function useClearOwnError(path: FormPath): () => void {
  const { getFieldState, clearErrors } = useProjectForm();
  return () => {
    // Only when there is one: clearing notifies every field that watches errors.
    if (getFieldState(path).error) clearErrors(path);
  };
}

/** The DOM id of the control for a form path ('budget.payments.0.amount' → 'f-budget-payments-0-amount'). */
export const fieldId = (path: string): string => `f-${path.replace(/\./g, '-')}`;

export function errorText(error: FieldError, t: Translate): string {
  return t(`editing.error.${error.code}` as MessageKey, error.params);
}

function ErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <span id={`${id}-error`} className="field-error">
      {errorText(error, t)}
    </span>
  );
}

// ---------------------------------------------------------------- fields

type FieldProps = {
  path: TextPath;
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

/** A labelled text control bound to one path of the form's values (uncontrolled: typing re-renders nothing). */
export function TextField({ path, label, hint, multiline, rows = 3, inputMode, type = 'text', lang, className, list, autoComplete = 'off', after }: FieldProps) {
  const { register } = useProjectForm();
  const error = useFieldError(path);
  const clearOwnError = useClearOwnError(path);
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    lang,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    ...register(path, { onChange: clearOwnError }),
  } as const;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type} inputMode={inputMode} list={list} autoComplete={autoComplete} />}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <ErrorText id={id} error={error} />
      {after}
    </div>
  );
}

/**
 * A date typed the way people write it (08.11.2018) or picked from the browser's calendar:
 * a picked day is written into the text box in the same day-first form.
 */
export function DateField(props: Omit<FieldProps, 'hint' | 'after'>) {
  const { control, setValue, getFieldState, clearErrors } = useProjectForm();
  const { t } = useI18n();
  const typed = useWatch({ control, name: props.path }) ?? '';
  const parsed = parseLooseDate(typed);
  const picked = typeof parsed === 'string' && parsed !== 'invalid' ? parsed : '';
  return (
    <TextField
      {...props}
      // Digits and a separator: a phone shows its number keyboard (the reader takes . , / or -).
      inputMode="decimal"
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
            if (!(y && m && d)) return;
            setValue(props.path, `${d}.${m}.${y}`, { shouldDirty: true });
            if (getFieldState(props.path).error) clearErrors(props.path);
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
  path: TextPath;
  label: string;
  options: readonly { value: V; label: string }[];
  /** The label of the "nothing chosen" option, when there is one. */
  empty?: string;
  hint?: string;
}) {
  const { register } = useProjectForm();
  const error = useFieldError(path);
  const clearOwnError = useClearOwnError(path);
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...register(path, { onChange: clearOwnError })}>
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
      <ErrorText id={id} error={error} />
    </div>
  );
}

/** A text in both languages: two fields side by side, each marked with its language. */
export function BilingualField({ path, label, multiline, rows }: { path: PairPath; label: string; multiline?: boolean; rows?: number }) {
  const { t } = useI18n();
  return (
    <div className="bilingual-field">
      <TextField path={`${path}.lv` as TextPath} label={t('editing.inLatvian', { label })} lang="lv" multiline={multiline} rows={rows} />
      <TextField path={`${path}.en` as TextPath} label={t('editing.inEnglish', { label })} lang="en" multiline={multiline} rows={rows} />
    </div>
  );
}

/** Radio buttons for a small choice, in a fieldset named by its legend. */
export function RadioField<V extends string>({ path, legend, options }: { path: TextPath; legend: string; options: readonly { value: V; label: string }[] }) {
  const { register } = useProjectForm();
  const error = useFieldError(path);
  const clearOwnError = useClearOwnError(path);
  const id = fieldId(path);
  return (
    <fieldset className="radio-field" id={id} tabIndex={-1} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option, index) => (
        <label key={option.value}>
          <input type="radio" id={index === 0 ? `${id}-first` : undefined} value={option.value} {...register(path, { onChange: clearOwnError })} /> {option.label}
        </label>
      ))}
      <ErrorText id={id} error={error} />
    </fieldset>
  );
}

/** A directory picker's binding: the chosen id, a setter, and the field's error. */
export function usePickedId(path: TextPath) {
  const { control } = useProjectForm();
  const { field } = useController({ control, name: path });
  const error = useFieldError(path);
  const clearOwnError = useClearOwnError(path);
  const id = fieldId(path);
  return {
    id,
    value: field.value,
    onChange: (value: string) => {
      field.onChange(value);
      clearOwnError();
    },
    invalid: Boolean(error),
    errorId: error ? `${id}-error` : undefined,
    error: <ErrorText id={id} error={error} />,
  };
}

export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <CardSection id={id} title={title} className="form-section">
      {children}
    </CardSection>
  );
}
