// Validation for react-hook-form: the form's text is read with the tolerant money and date
// readers, then checked against the domain's zod schema (validateForm); a valid form yields the
// Project to store. Not @hookform/resolvers' zodResolver: the values are typed text, not the
// schema's types, and the readers must run first to say, per field, what could not be read.
import type { Resolver } from 'react-hook-form';
import type { ProjectFormValues, ProjectMeta } from '../../domain/projectForm';
import { validateForm } from '../../domain/projectFormReading';
import type { Project } from '../../domain/schema';
import { toHookErrors } from './form';

/** `context` is the record's identity and bookkeeping (ProjectMeta), passed by useForm. */
export const projectFormResolver: Resolver<ProjectFormValues, ProjectMeta, Project> = (values, meta) => {
  if (!meta) throw new Error('projectFormResolver needs the project meta as the form context');
  const outcome = validateForm(values, meta);
  return outcome.ok ? { values: outcome.project, errors: {} } : { values: {}, errors: toHookErrors(outcome.errors) };
};
