// The project a report is made of, with the directories it names; and the name screens use for it.
import { useQuery } from '@tanstack/react-query';
import type { Organisation, Programme, Project } from '../../domain/schema';
import { pickText } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { projectDetailQuery, useDirectories } from '../../queries/portfolio';

export type ReportProject =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'missing' }
  | { state: 'ready'; project: Project; organisations: Organisation[]; programmes: Programme[]; name: string };

export function useReportProject(projectId: string): ReportProject {
  const { lang } = useI18n();
  const project = useQuery(projectDetailQuery(projectId));
  const directories = useDirectories();
  const error = project.error ?? directories.error;
  if (error) return { state: 'error', error };
  if (project.isPending || directories.isPending) return { state: 'loading' };
  if (!project.data) return { state: 'missing' };
  return {
    state: 'ready',
    project: project.data,
    organisations: directories.organisations,
    programmes: directories.programmes,
    name: project.data.acronym || pickText(project.data.title, lang),
  };
}
