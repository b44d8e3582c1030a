// The model's fixed vocabularies and defaults, as plain values without zod, so screens can
// list them without loading the validation library on the first screen.
export const organisationKinds = ['municipality', 'ngo', 'university', 'chamber', 'government', 'other'] as const;
export const councilRoles = ['lead', 'partner'] as const;
export const partnerRoles = ['lead', 'partner', 'associated'] as const;
export const paymentKinds = ['advance', 'interim', 'balance'] as const;
export const paymentDueConditions = ['at-start', 'after-interim-report', 'after-completion', 'other'] as const;
export const eventKinds = ['kick-off', 'meeting', 'seminar', 'study-visit', 'conference', 'final-conference', 'other'] as const;
export const eventDirections = ['outgoing', 'hosted'] as const;
export const indicatorKinds = ['events', 'hosted-events', 'staff-mobilities', 'other'] as const;
export const linkKinds = ['final-result', 'material', 'presentation', 'other'] as const;
export const projectOrigins = ['sample', 'user'] as const;
export const languages = ['lv', 'en'] as const;

/** The longest id a record may have. */
export const MAX_ID_LENGTH = 100;
/** The years the portfolio accepts, in dates, year filters and URL parameters alike. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2200;

/** Typed here without the schema (which imports this module); schema.ts checks it against Settings. */
export const defaultSettings: { homeOrganisationId: string | null; initialisedAt: string | null; sampleNoticeDismissed: boolean; persistenceRequested: boolean } = {
  homeOrganisationId: null,
  initialisedAt: null,
  sampleNoticeDismissed: false,
  persistenceRequested: false,
};
