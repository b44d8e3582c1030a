// The portfolio's data model. These zod schemas are the single source of types:
// every other module derives its types from here with z.infer.
//
// Conventions that hold everywhere:
// - money is an integer number of euro cents; unknown is null, never 0;
// - dates are ISO strings that keep their precision (2018-03 is a month, 2018-11-08 a day);
// - texts that exist in two languages are { lv, en }; an empty string means "not written".
import * as z from 'zod';
import {
  organisationKinds,
  councilRoles,
  partnerRoles,
  paymentKinds,
  paymentDueConditions,
  eventKinds,
  eventDirections,
  indicatorKinds,
  linkKinds,
  projectOrigins,
  languages,
  MAX_ID_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
  defaultSettings,
} from './constants';
import { isRealDateTime, isRealDay, isRealMonth } from './dates';

export {
  organisationKinds,
  councilRoles,
  partnerRoles,
  paymentKinds,
  paymentDueConditions,
  eventKinds,
  eventDirections,
  indicatorKinds,
  linkKinds,
  projectOrigins,
  languages,
  defaultSettings,
} from './constants';

// zod 4 may compile object parsers with `new Function`, and before the first object schema is
// built it probes whether it may: under the production build's Content-Security-Policy (no
// 'unsafe-eval') that probe is blocked, and the browser reports a violation each time a bundle
// starts. The fast path it would enable matters little here (a backup's records go through
// quickAccept.ts), so zod is told never to try. This must run before any schema is built, in
// every bundle that builds one: every module that builds schemas imports this one (the app and
// the backup worker through backup/read.ts), and this line comes before the first schema below.
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
const NOT_BLANK = '\\S';

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
const nameIn = (lang: Language) => ({ type: 'object', properties: { [lang]: { type: 'string', pattern: NOT_BLANK } } });

// ---------------------------------------------------------------- directories

export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const organisationSchema = z.strictObject({
  id: idSchema,
  /** The name as the organisation itself writes it (Panevėžys, Magdeburg, Łódź). */
  name: z
    .string()
    .min(1)
    .max(300)
    .refine((name) => name.trim() !== '', ruleMessages.organisationName)
    .meta({ pattern: NOT_BLANK }),
  /** The Latvian form, where it differs (Paņeveža, Magdeburga, Lodza). */
  nameLv: z.string().max(300).nullable(),
  city: z.string().max(200).nullable(),
  cityLv: z.string().max(200).nullable(),
  country: countryCodeSchema.nullable(),
  kind: organisationKindSchema,
  notes: z.string().max(5000),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const programmeSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  strand: localizedTextSchema,
  measure: localizedTextSchema,
  funders: z.array(localizedTextSchema).max(20),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
})
  // As the programme form: a programme has a name in at least one language.
  .refine((programme) => programme.name.lv.trim() !== '' || programme.name.en.trim() !== '', { message: ruleMessages.programmeName, path: ['name'] })
  .meta({ anyOf: [nameIn('lv'), nameIn('en')].map((name) => ({ type: 'object', properties: { name } })) });
export type Programme = z.infer<typeof programmeSchema>;

// ---------------------------------------------------------------- project parts

export const councilRoleSchema = z.enum(councilRoles);
export type CouncilRole = z.infer<typeof councilRoleSchema>;

export const partnerRoleSchema = z.enum(partnerRoles);
export type PartnerRole = z.infer<typeof partnerRoleSchema>;

export const projectPartnerSchema = z.strictObject({
  organisationId: idSchema,
  role: partnerRoleSchema,
  /** How the source wrote this partner in this project, kept verbatim ("Paņeveža, Lietuva"). */
  nameAsWritten: z.string().max(500).nullable(),
});
export type ProjectPartner = z.infer<typeof projectPartnerSchema>;

export const periodSchema = z.strictObject({
  start: isoDateSchema.nullable(),
  end: isoDateSchema.nullable(),
  lengthMonths: z.number().int().min(1).max(240).nullable(),
});
export type Period = z.infer<typeof periodSchema>;

export const paymentKindSchema = z.enum(paymentKinds);
export type PaymentKind = z.infer<typeof paymentKindSchema>;


export const paymentSchema = z.strictObject({
  kind: paymentKindSchema,
  sharePercent: percentSchema,
  amount: moneySchema,
  /** When the payment is due, as a condition ("after completion"), where no date is known. */
  dueCondition: z.enum(paymentDueConditions).nullable(),
  expectedDate: isoDateSchema.nullable(),
  receivedDate: isoDateSchema.nullable(),
  receivedAmount: moneySchema,
  note: z.string().max(2000),
});
export type Payment = z.infer<typeof paymentSchema>;

export const yearAmountSchema = z.strictObject({ year: yearSchema, amount: moneySchema });
export type YearAmount = z.infer<typeof yearAmountSchema>;

export const budgetSchema = z.strictObject({
  /** The whole consortium's budget. */
  totalBudget: moneySchema,
  /** The council's own share of the project. */
  councilBudget: moneySchema,
  euCofinancing: moneySchema,
  /** EU share of eligible costs, where the source states it (100% for TTChan and DeCoDe). */
  euCofinancingPercent: percentSchema,
  councilCofinancing: moneySchema,
  otherCofinancing: moneySchema,
  otherCofinancingSource: z.string().max(300),
  /** Pre-financing as a total, where the source states one beside the per-year amounts. */
  prefinancingTotal: moneySchema,
  prefinancingPercent: percentSchema,
  payments: z.array(paymentSchema).max(50),
  prefinancingByYear: z.array(yearAmountSchema).max(50),
  cofinancingByYear: z.array(yearAmountSchema).max(50),
  note: localizedTextSchema,
});
export type Budget = z.infer<typeof budgetSchema>;

export const eventKindSchema = z.enum(eventKinds);
export type EventKind = z.infer<typeof eventKindSchema>;

/** An event's date: a month, exact days, or unknown. Never a made-up day. */
export const eventDateSchema = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('unknown') }),
  z.strictObject({ precision: z.literal('month'), month: isoMonthSchema }),
  z.strictObject({ precision: z.literal('day'), start: isoDateSchema, end: isoDateSchema }),
]);
export type EventDate = z.infer<typeof eventDateSchema>;


export const mobilityEventSchema = z.strictObject({
  id: idSchema,
  order: z.number().int().min(0).max(10000).nullable(),
  kind: eventKindSchema,
  title: localizedTextSchema,
  hostCity: z.string().max(200).nullable(),
  hostCityLv: z.string().max(200).nullable(),
  hostCountry: countryCodeSchema.nullable(),
  /** The place exactly as the source wrote it ("Kauņa, Septembris"). */
  placeAsWritten: z.string().max(300).nullable(),
  date: eventDateSchema,
  /** Hosted in the council's own city, or the council sends people out. */
  direction: z.enum(eventDirections),
  /** Council staff sent; null when unknown. */
  representatives: z.number().int().min(0).max(100000).nullable(),
  notes: localizedTextSchema,
});
export type MobilityEvent = z.infer<typeof mobilityEventSchema>;


export const resultSchema = z.strictObject({
  text: localizedTextSchema,
  /** A countable indicator, when the result is one ("16 staff mobilities"). */
  indicator: z
    .strictObject({
      kind: z.enum(indicatorKinds),
      target: z.number().int().min(0).nullable(),
      achieved: z.number().int().min(0).nullable(),
    })
    .nullable(),
});
export type Result = z.infer<typeof resultSchema>;

export const contactSchema = z.strictObject({
  name: z.string().min(1).max(200),
  position: localizedTextSchema,
  phone: z
    .string()
    .max(40)
    .regex(/^\+?[0-9 ()\-./]{3,40}$/, 'phone may hold digits, spaces and + ( ) - . /')
    .nullable(),
  email: z.email('not an e-mail address').max(300).nullable(),
});
export type Contact = z.infer<typeof contactSchema>;


export const linkSchema = z.strictObject({
  kind: z.enum(linkKinds),
  label: localizedTextSchema,
  /** null when the source names a document but not where it is. */
  url: safeUrlSchema.nullable(),
});
export type ProjectLink = z.infer<typeof linkSchema>;

export const pressReleaseSchema = z.strictObject({
  title: localizedTextSchema,
  url: safeUrlSchema.nullable(),
  date: isoDateSchema.nullable(),
});
export type PressRelease = z.infer<typeof pressReleaseSchema>;

export const councilDecisionSchema = z.strictObject({
  number: z.string().max(50).nullable(),
  date: isoDateSchema.nullable(),
  signedBy: z.string().max(200).nullable(),
});


// ---------------------------------------------------------------- project

export const projectSchema = z.strictObject({
  id: idSchema,
  acronym: z.string().max(50),
  title: localizedTextSchema,
  councilRole: councilRoleSchema,
  /** Every organisation in the consortium, the lead partner included (role 'lead'). */
  partners: z.array(projectPartnerSchema).max(500),
  programmeId: idSchema.nullable(),
  period: periodSchema,
  /** Short description paragraphs that are neither objectives nor activities. */
  summary: localizedTextSchema,
  objectives: z.array(localizedTextSchema).max(50),
  activities: z.array(localizedTextSchema).max(200),
  results: z.array(resultSchema).max(200),
  budget: budgetSchema,
  events: z.array(mobilityEventSchema).max(1000),
  contacts: z.array(contactSchema).max(50),
  website: safeUrlSchema.nullable(),
  links: z.array(linkSchema).max(100),
  pressReleases: z.array(pressReleaseSchema).max(500),
  councilDecision: councilDecisionSchema.nullable(),
  /** "Information last updated" as the source page states it. */
  infoUpdatedAt: isoDateTimeSchema.nullable(),
  notes: localizedTextSchema,
  origin: z.enum(projectOrigins),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  revision: z.number().int().min(1),
})
  // The rules the form applies beyond each field (projectForm.ts), so a restore accepts exactly
  // what the forms could have saved.
  .superRefine((project, ctx) => {
    if (project.acronym.trim() === '' && project.title.lv.trim() === '' && project.title.en.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['acronym'], message: ruleMessages.identity });
    }
    const { start, end } = project.period;
    if (start !== null && end !== null && end < start) ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: ruleMessages.periodOrder });
    project.events.forEach((event, i) => {
      if (event.date.precision === 'day' && event.date.end < event.date.start) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'date', 'end'], message: ruleMessages.eventOrder });
      }
    });
  })
  // The identity rule as JSON Schema can say it; the order of dates it cannot (it compares values).
  .meta({
    anyOf: [
      { type: 'object', properties: { acronym: { type: 'string', pattern: NOT_BLANK } } },
      ...[nameIn('lv'), nameIn('en')].map((title) => ({ type: 'object', properties: { title } })),
    ],
  });
export type Project = z.infer<typeof projectSchema>;

// ---------------------------------------------------------------- history

export const historyActions = ['create', 'update', 'delete', 'restore', 'import'] as const;

/**
 * One change to a project, kept so a project page can say what changed when, and so an
 * earlier version can be restored. There are no user accounts: an entry has a time, not a name.
 */
export const historyEntrySchema = z.strictObject({
  id: idSchema,
  projectId: idSchema,
  at: isoDateTimeSchema,
  action: z.enum(historyActions),
  /** The project's revision after this change (for a deletion: the revision deleted). */
  revision: z.number().int().min(1),
  /** Top-level fields that changed, as dotted paths ('budget.euCofinancing', 'events'). */
  changedFields: z.array(z.string().max(200)).max(500),
  /** The project as it was after this change (for a deletion: as it was before it). */
  snapshot: projectSchema,
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

// ---------------------------------------------------------------- settings

export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const settingsSchema = z.strictObject({
  /** The council itself: its events are "hosted" when held in its city. */
  homeOrganisationId: idSchema.nullable(),
  /** When this browser's database was first set up (the sample portfolio is offered only then). */
  initialisedAt: isoDateTimeSchema.nullable(),
  /** The user has seen and closed the "this is sample data" notice. */
  sampleNoticeDismissed: z.boolean(),
  /** navigator.storage.persist() was asked for once (on the first write). */
  persistenceRequested: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
// constants.ts writes the defaults without importing this module; this keeps the two in step.
const _defaultsAreSettings: Settings = defaultSettings;


/** A text not yet written in either language. */
export const emptyLocalized = (): LocalizedText => ({ lv: '', en: '' });
