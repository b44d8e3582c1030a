// Writes to projects, and the reads a screen makes at the moment it needs them (not kept on
// screen): each one the only way a screen reaches the stored projects.
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { deleteProject, getProjects, restoreProject, saveProject } from '../db/portfolioRepository';
import type { HistoryEntry, Project } from '../domain/schema';
import { projectDetailQuery } from './portfolio';
import { useStorageMutation, type MutationConfig } from './mutation';

/** A project's writes change the projects and their history. */
const projectKeys = [['projects'], ['history']] as const;

/** Full records of the given projects, for exports of what a list shows. */
export const projectsByIdQuery = (ids: readonly string[]) =>
  queryOptions({ queryKey: ['projects', 'by-id', ids], queryFn: () => getProjects(ids) });

export type SaveProjectInput = { project: Project; expected?: Project | null };

/** Save a project; with `expected`, refused (kind 'conflict') if the stored one has moved on. */
export function useSaveProject(config?: MutationConfig<Project, SaveProjectInput>) {
  return useStorageMutation(({ project, ...options }: SaveProjectInput) => saveProject(project, options), projectKeys, config);
}

export type RestoreVersionInput = { entry: HistoryEntry; current: Project };

/**
 * Bring back an earlier version of a project, saved as a new version (so the restore itself can
 * be undone); refused if the stored project is no longer the one shown.
 */
export function useRestoreVersion(config?: MutationConfig<Project, RestoreVersionInput>) {
  return useStorageMutation(
    ({ entry, current }: RestoreVersionInput) => saveProject({ ...entry.snapshot, revision: current.revision }, { expected: current }),
    projectKeys,
    config,
  );
}

/** Delete a project; the deleted record comes back, for undo. */
export function useDeleteProject(config?: MutationConfig<Project, string>) {
  return useStorageMutation((id: string) => deleteProject(id), projectKeys, config);
}

/** Put a deleted project back (the undo of a delete). */
export function useRestoreProject(config?: MutationConfig<void, Project>) {
  return useStorageMutation((project: Project) => restoreProject(project), projectKeys, config);
}

/** Fetch reads that must be fresh at the moment they are made, whatever the cache holds. */
export function useFreshRead() {
  const queryClient = useQueryClient();
  return {
    project: useCallback((id: string) => queryClient.fetchQuery({ ...projectDetailQuery(id), staleTime: 0 }), [queryClient]),
    projects: useCallback((ids: readonly string[]) => queryClient.fetchQuery({ ...projectsByIdQuery(ids), staleTime: 0 }), [queryClient]),
  };
}
