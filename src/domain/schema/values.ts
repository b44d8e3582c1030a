// The values every record is built from: ids, calendar dates in the years the forms accept,
// money, percentages, links, bilingual texts. See ../schema.ts for the conventions.
import * as z from 'zod';
import { languages, MAX_ID_LENGTH, MAX_YEAR, MIN_YEAR } from '../constants';
import { isRealDateTime, isRealDay, isRealMonth } from '../dates';

// zod 4 may compile object parsers with `new Function`, and before the first object schema is
// built it probes whether it may: under the production build's Content-Security-Policy (no
// 'unsafe-eval') that probe is blocked, and the browser reports a violation each time a bundle
// starts. The fast path it would enable matters little here (a backup's records go through
// quickAccept.ts), so zod is told never to try. This must run before any schema is built, in
// every bundle that builds one: every module that builds schemas imports this one (the app and
// the backup worker through backup/read.ts), and this line comes before the first schema: the
// other schema modules import this one first.
z.config({ jitless: true });

// ---------------------------------------------------------------- calendar rules
// Every date and time read from outside (forms, backups, older data) must be a real calendar
// instant (isRealDay, isRealMonth, isRealDateTime in dates.ts), in the years the forms accept.

/** The messages of the rules beyond a field's type; the backup screen says each in the user's language. */
export const ruleMessages = {
  dayPattern: 'date must be YYYY-MM-DD',
  monthPattern: 'month must be YYYY-MM',
  dateTimePattern: 'date-time must be ISO 8601',
  day: 'not a real calendar day (YYYY-MM-DD, years 1950–2200)',
  month: 'not a real calendar month (YYYY-MM, years 1950–2200)',
  dateTime: 'not a real date and time (ISO 8601, years 1950–2200)',
  periodOrder: 'the period ends before it starts',
  eventOrder: 'the event ends before it starts',
  identity: 'a project needs an acronym or a title',
  organisationName: 'an organisation needs a name',
  programmeName: 'a programme needs a name in Latvian or English',
  negativeZero: 'an amount cannot be negative',
} as const;

export const idSchema = z.string().min(1).max(MAX_ID_LENGTH);

// ---------------------------------------------------------------- for the published JSON Schema
// docs/backup-format.schema.json is generated from these schemas (backup/format.schema.test.ts). A
// refinement is code, which JSON Schema cannot carry, so each one that a pattern or a format can
// state at least in part says so in its metadata (`.meta`, read only by z.toJSONSchema). The app
// itself keeps its own checks and messages: a loose pattern ("the shape is wrong") and then the
// real rule ("not a real day"), so a person reading a refused backup learns which.

/** MIN_YEAR..MAX_YEAR (1950–2200) as a pattern; backup/format.schema.test.ts holds the two together. */
const YEAR = '(?:19[5-9]\\d|20\\d{2}|21\\d{2}|2200)';
const MONTH = '(?:0[1-9]|1[0-2])';
/** Any day 01–31: that the month has it (no 30 February) only the app, or format "date", checks. */
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,3})?)?';
const OFFSET = '(?:Z|[+-](?:0\\d|1[0-4]):[0-5]\\d)';
/** Has a character other than white space (JavaScript's \s is the set trim() removes). */
export const NOT_BLANK = '\\S';

/** A calendar day, `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, ruleMessages.dayPattern)
  .refine(isRealDay, ruleMessages.day)
  .meta({ format: 'date', pattern: `^${YEAR}-${MONTH}-${DAY}$` });

/** A calendar month, `YYYY-MM`. */
export const isoMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, ruleMessages.monthPattern)
  .refine(isRealMonth, ruleMessages.month)
  .meta({ pattern: `^${YEAR}-${MONTH}$` });

/** A moment, ISO 8601 with time (`2021-05-21T11:03` local, or full UTC with Z). */
export const isoDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/, ruleMessages.dateTimePattern)
  .refine(isRealDateTime, ruleMessages.dateTime)
  // Not format "date-time": that is RFC 3339, which requires seconds and an offset, and the
  // forms write local times without either (2021-05-21T11:03).
  .meta({
    pattern: `^${YEAR}-${MONTH}-${DAY}T${TIME}${OFFSET}?$`,
    description: 'ISO 8601 date and time: local time without an offset, as the forms write it (2021-05-21T11:03), or UTC, as the app stamps its records (2026-05-21T11:03:00.000Z); seconds and an offset are optional. The app also checks that the day exists.',
  });

/** Euro cents, a whole number ≥ 0, or null when unknown. */
export const moneySchema = z
  .number()
  .int('money is stored in whole cents')
  .nonnegative('money cannot be negative')
  .max(1e15)
  // -0 passes "≥ 0" and is shown as "-€0.00": nothing the forms save.
  .refine((cents) => !Object.is(cents, -0), ruleMessages.negativeZero)
  .nullable();

export const percentSchema = z
  .number()
  .min(0)
  .max(100)
  .refine((n) => !Object.is(n, -0), ruleMessages.negativeZero)
  .nullable();

/** A whole count ≥ 0 (people, events, an indicator), never -0: JSON's "-0" would show as "-0". */
export const wholeCountSchema = (max = Number.MAX_SAFE_INTEGER) =>
  z
    .number()
    .int()
    .min(0)
    .max(max)
    .refine((n) => !Object.is(n, -0), ruleMessages.negativeZero);

export const yearSchema = z.number().int().min(MIN_YEAR).max(MAX_YEAR);

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code');

/** A user-entered link: only http, https and mailto are ever stored or rendered. */
export const safeUrlSchema = z
  .string()
  .max(2000)
  .refine((s) => /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(s), 'links must start with http://, https:// or mailto:')
  // The same rule; JSON Schema patterns take no flags, so the schemes are spelt in either case.
  .meta({ pattern: '^(?:[Hh][Tt][Tt][Pp][Ss]?://\\S+|[Mm][Aa][Ii][Ll][Tt][Oo]:\\S+)$' });

export const localizedTextSchema = z.strictObject({ lv: z.string().max(20000), en: z.string().max(20000) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** JSON Schema: a bilingual text whose `lang` version is not blank. */
export const nameIn = (lang: Language) => ({ type: 'object', properties: { [lang]: { type: 'string', pattern: NOT_BLANK } } });

export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** A text not yet written in either language. */
export const emptyLocalized = (): LocalizedText => ({ lv: '', en: '' });
