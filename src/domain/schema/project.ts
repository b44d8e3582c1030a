// A project and its parts (partners, period, budget, events, results, contacts, links), and
// the history entries that keep its earlier versions.
import * as z from 'zod';
import { councilRoles, eventDirections, eventKinds, indicatorKinds, linkKinds, partnerRoles, paymentDueConditions, paymentKinds, projectOrigins } from '../constants';
import { countryCodeSchema, idSchema, isoDateSchema, isoDateTimeSchema, isoMonthSchema, localizedTextSchema, moneySchema, nameIn, NOT_BLANK, percentSchema, ruleMessages, safeUrlSchema, wholeCountSchema, yearSchema } from './values';

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
  order: wholeCountSchema(10000).nullable(),
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
  representatives: wholeCountSchema(100000).nullable(),
  notes: localizedTextSchema,
});
export type MobilityEvent = z.infer<typeof mobilityEventSchema>;


export const resultSchema = z.strictObject({
  text: localizedTextSchema,
  /** A countable indicator, when the result is one ("16 staff mobilities"). */
  indicator: z
    .strictObject({
      kind: z.enum(indicatorKinds),
      target: wholeCountSchema().nullable(),
      achieved: wholeCountSchema().nullable(),
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
 * A change that resolved a conflict (docs/sync.md, "Conflicts"): how many versions there were,
 * and for each field where they differed, the version kept (0 is the one every copy showed).
 * When a colleague had deleted the project while it was edited, `deletion` says what was chosen:
 * the project kept, or deleted after all.
 */
export const resolutionSchema = z.strictObject({
  versions: z.number().int().min(2).max(100),
  kept: z.array(z.strictObject({ field: z.string().max(200), version: z.number().int().min(0).max(99) })).max(500),
  deletion: z.enum(['kept', 'deleted']).optional(),
});
export type Resolution = z.infer<typeof resolutionSchema>;

/**
 * One change to a project, kept so a project page can say what changed when, and so an
 * earlier version can be restored. A local portfolio has no user accounts: its entries have a
 * time, not a name. When the portfolio is shared, an entry may name its author (the signed-in
 * user); entries written before, or without sharing, have none (both fields are optional, so
 * every earlier backup and shared record still reads).
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
  /** Who made the change: the user signed in to the sharing server. */
  author: z.string().min(1).max(200).optional(),
  /** Set when the change resolved a conflict between versions of the project. */
  resolution: resolutionSchema.optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
