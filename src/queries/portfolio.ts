// Reads of the portfolio through TanStack Query. Keys go from general to specific so a
// change to a table invalidates everything read from it (see useLiveInvalidation).
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import {
  countProjects,
  countSampleProjects,
  getProject,
  listNewestOverviews,
  listProjectOverviews,
  getSettings,
  getStorageStatus,
  listOrganisations,
  listProgrammes,
  subscribeToChanges,
} from '../db/portfolioRepository';
import { listConflicts } from '../db/sync/listConflicts';
import type { Organisation, Programme } from '../domain/schema';
import { useEffect, useMemo } from 'react';

/** Every project's overview (the lighter read for screens that need the whole portfolio). */
export const overviewsQuery = () => queryOptions({ queryKey: ['projects', 'overviews'], queryFn: () => listProjectOverviews() });
export const newestOverviewsQuery = (limit: number) =>
  queryOptions({ queryKey: ['projects', 'newest', limit], queryFn: () => listNewestOverviews(limit) });
export const projectsCountQuery = () => queryOptions({ queryKey: ['projects', 'count'], queryFn: countProjects });
export const sampleProjectsCountQuery = () => queryOptions({ queryKey: ['projects', 'sample-count'], queryFn: countSampleProjects });
export const projectDetailQuery = (id: string) => queryOptions({ queryKey: ['projects', 'detail', id], queryFn: () => getProject(id) });
export const organisationsQuery = () => queryOptions({ queryKey: ['organisations'], queryFn: listOrganisations });
export const programmesQuery = () => queryOptions({ queryKey: ['programmes'], queryFn: listProgrammes });
export const settingsQuery = () => queryOptions({ queryKey: ['settings'], queryFn: getSettings });
/** The shared records kept in more than one version until a person resolves them (docs/sync.md). */
export const conflictsQuery = () => queryOptions({ queryKey: ['syncConflicts'], queryFn: listConflicts });
export const storageStatusQuery = () => queryOptions({ queryKey: ['storage-status'], queryFn: getStorageStatus });

/** Organisations and programmes by id, for joins in lists and pages. */
export function useDirectories() {
  const organisations = useQuery(organisationsQuery());
  const programmes = useQuery(programmesQuery());
  const organisationsById = useMemo(() => new Map((organisations.data ?? []).map((o): [string, Organisation] => [o.id, o])), [organisations.data]);
  const programmesById = useMemo(() => new Map((programmes.data ?? []).map((p): [string, Programme] => [p.id, p])), [programmes.data]);
  return {
    organisations: organisations.data ?? [],
    programmes: programmes.data ?? [],
    organisationsById,
    programmesById,
    isPending: organisations.isPending || programmes.isPending,
    error: organisations.error ?? programmes.error,
  };
}

/**
 * Keep every open tab current: when any tab writes, Dexie tells all of them which tables
 * changed, and the queries reading those tables are refetched.
 */
export function useLiveInvalidation(queryClient: QueryClient): void {
  useEffect(
    () =>
      subscribeToChanges((tables) => {
        for (const table of tables) void queryClient.invalidateQueries({ queryKey: [table] });
        void queryClient.invalidateQueries({ queryKey: ['storage-status'] });
      }),
    [queryClient],
  );
}
