// The portfolio's data model. These zod schemas are the single source of types:
// every other module derives its types from here with z.infer.
//
// Conventions that hold everywhere:
// - money is an integer number of euro cents; unknown is null, never 0;
// - dates are ISO strings that keep their precision (2018-03 is a month, 2018-11-08 a day);
// - texts that exist in two languages are { lv, en }; an empty string means "not written".
//
// The schemas live in schema/ by group (values, directories, project, settings); this module
// gathers them, so the rest of the app imports one name from one place. schema/values.ts sets
// zod up before the first schema is built.
export * from './schema/values';
export * from './schema/directory';
export * from './schema/project';
export * from './schema/settings';

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
