// The project a report is made of, with the directories it names; and the name screens use for it.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
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
  const pending = project.isPending || directories.isPending;
  const { data } = project;
  const { organisations, programmes } = directories;
  // One object while nothing changes, so what a screen builds from it is built once.
  return useMemo((): ReportProject => {
    if (error) return { state: 'error', error };
    if (pending) return { state: 'loading' };
    if (!data) return { state: 'missing' };
    return { state: 'ready', project: data, organisations, programmes, name: data.acronym || pickText(data.title, lang) };
  }, [error, pending, data, organisations, programmes, lang]);
}
