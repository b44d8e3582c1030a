// The settings of this browser's portfolio.
import * as z from 'zod';
import { defaultSettings } from '../constants';
import { idSchema, isoDateTimeSchema } from './values';

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
