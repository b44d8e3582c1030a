// The compare screen's door to a conflict (docs/sync.md, "Conflicts"): the versions the engine
// keeps of a record, and the person's choice written back. Loaded with that screen only.
import { queryOptions } from '@tanstack/react-query';
import type { Project } from '../domain/schema';
import type { EntryNote } from '../db/portfolioRepository';
import { useStorageMutation, type MutationConfig } from './mutation';
import { withReplica } from './sharing';

import type { DeletionResolution, DirectoryDeletionResult, Versions } from '../db/sync/resolve';
import { listConflicts } from '../db/sync/listConflicts';
import { docId } from '../domain/sync/docIds';

export type { Versions };
export type { ConflictRow } from '../db/sync/conflicts';

const resolveModule = () => import('../db/sync/resolve');

/** The versions of a project in conflict, the shown one first. Never cached: the replica may move on. */
export const projectVersionsQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['syncConflicts', 'versions', projectId],
    queryFn: async (): Promise<Versions<Project>> => {
      // Not listed as a conflict (resolved meanwhile, or never): say so without opening the replica.
      if (!(await listConflicts()).some((row) => row.id === docId('project', projectId))) return { ok: false, reason: 'resolved', detail: projectId };
      const { projectVersions } = await resolveModule();
      return withReplica((replica) => projectVersions(replica, projectId));
    },
    staleTime: 0,
    gcTime: 0,
  });

export type ResolveInput = { shown: Project; combined: Project; others: readonly string[]; note: EntryNote };

/** Save the chosen combination (history and outbox as any save), then drop the other versions. */
export function useResolveProject(config?: MutationConfig<Project, ResolveInput>) {
  return useStorageMutation(
    async (input: ResolveInput) => {
      const { resolveProject } = await resolveModule();
      return withReplica((replica) => resolveProject(replica, input));
    },
    [['projects'], ['history'], ['syncConflicts']],
    config,
  );
}

export type { DeletionResolution };

/** A project a colleague deleted while it was edited: keep it (saved again, with the choice in its history) or delete it after all. */
export function useResolveDeletion(config?: MutationConfig<Project | null, DeletionResolution>) {
  return useStorageMutation(
    async (input: DeletionResolution) => {
      const { resolveDeletion } = await resolveModule();
      return withReplica((replica) => resolveDeletion(replica, input));
    },
    [['projects'], ['history'], ['syncConflicts']],
    config,
  );
}

/** The versions of an organisation or a programme in conflict (`organisation:<id>`, `programme:<id>`). */
export const directoryVersionsQuery = (id: string) =>
  queryOptions({
    queryKey: ['syncConflicts', 'versions', id],
    queryFn: async () => {
      const { directoryVersions } = await resolveModule();
      return withReplica((replica) => directoryVersions(replica, id));
    },
    staleTime: 0,
    gcTime: 0,
  });

/** Keep one version of an organisation or a programme as a whole (0: the one shown). */
export function useKeepDirectoryVersion(config?: MutationConfig<void, { id: string; keep: number }>) {
  return useStorageMutation(
    async ({ id, keep }: { id: string; keep: number }) => {
      const { keepDirectoryVersion } = await resolveModule();
      return withReplica((replica) => keepDirectoryVersion(replica, id, keep));
    },
    [['organisations'], ['programmes'], ['projects'], ['syncConflicts']],
    config,
  );
}

export type DirectoryDeletionInput = { id: string; keep: boolean; deleted: readonly string[] };

/** An organisation or a programme a colleague deleted while it was changed: keep it, or delete it after all (refused while something names it). */
export function useResolveDirectoryDeletion(config?: MutationConfig<DirectoryDeletionResult, DirectoryDeletionInput>) {
  return useStorageMutation(
    async ({ id, keep, deleted }: DirectoryDeletionInput) => {
      const { resolveDirectoryDeletion } = await resolveModule();
      return withReplica((replica) => resolveDirectoryDeletion(replica, id, keep, deleted));
    },
    [['organisations'], ['programmes'], ['syncConflicts']],
    config,
  );
}
