// Validation of records on their way into storage. Loaded on the first write (a dynamic
// import) so the validation library is not part of the first screen's download.
import { organisationSchema, programmeSchema, projectSchema, settingsSchema, type Organisation, type Programme, type Project, type Settings } from '../domain/schema';
import { quickSafeParse } from '../domain/quickAccept';
import { StorageError } from './errors';

function fail(error: { issues: { path: PropertyKey[]; message: string }[] }, what: string): never {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  throw new StorageError('invalid', `${what}${path ? ` ${path}` : ''}: ${issue?.message ?? 'invalid'}`, error);
}

export function validProject(project: Project): Project {
  const parsed = projectSchema.safeParse(project);
  return parsed.success ? parsed.data : fail(parsed.error, `project ${project.id}`);
}

/**
 * A project as read back from storage. Records were checked on the way in, but a database can
 * hold what an older build, another program or a damaged disk left: such a record is reported
 * (kind 'corrupt', naming the field) instead of crashing the screen that shows it.
 */
export function storedProject(project: Project): Project {
  // The quick check first (no copy; see quickAccept.ts): a project page reads one record, and on a
  // phone-class CPU zod's checked copy of a large one is a visible part of its first render.
  const parsed = quickSafeParse(projectSchema, project);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  throw new StorageError('corrupt', path || 'project', parsed.error);
}

export function validOrganisation(organisation: Organisation): Organisation {
  const parsed = organisationSchema.safeParse(organisation);
  return parsed.success ? parsed.data : fail(parsed.error, `organisation ${organisation.id}`);
}

export function validProgramme(programme: Programme): Programme {
  const parsed = programmeSchema.safeParse(programme);
  return parsed.success ? parsed.data : fail(parsed.error, `programme ${programme.id}`);
}

export function validSettings(settings: Settings): Settings {
  const parsed = settingsSchema.safeParse(settings);
  return parsed.success ? parsed.data : fail(parsed.error, 'settings');
}
