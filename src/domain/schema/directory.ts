// The directories projects refer to: organisations (partners) and programmes.
import * as z from 'zod';
import { organisationKinds } from '../constants';
import { countryCodeSchema, idSchema, isoDateTimeSchema, localizedTextSchema, nameIn, NOT_BLANK, ruleMessages } from './values';

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
