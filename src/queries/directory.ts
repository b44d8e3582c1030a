// Writes to the directories of organisations and programmes.
import { createOrganisation, createProgramme, mergeOrganisations, updateOrganisation, updateProgramme, type OrganisationInput, type ProgrammeInput } from '../db/directoryRepository';
import type { Organisation, Programme } from '../domain/schema';
import { useStorageMutation, type MutationConfig } from './mutation';

export type { OrganisationInput, ProgrammeInput };

// A rename shows in every project that names the organisation or programme.
const organisationKeys = [['organisations'], ['projects']] as const;
const programmeKeys = [['programmes'], ['projects']] as const;
// A merge also rewrites the partners of projects, which their history records.
const mergeKeys = [['organisations'], ['projects'], ['history']] as const;

export function useCreateOrganisation(config?: MutationConfig<Organisation, OrganisationInput>) {
  return useStorageMutation((input: OrganisationInput) => createOrganisation(input), organisationKeys, config);
}

export function useUpdateOrganisation(config?: MutationConfig<Organisation, Organisation>) {
  return useStorageMutation((organisation: Organisation) => updateOrganisation(organisation), organisationKeys, config);
}

/** Merge `removeId` into `keepId`: the projects that named the one removed name the one kept. */
export function useMergeOrganisations(config?: MutationConfig<{ projectsChanged: number }, { keepId: string; removeId: string }>) {
  return useStorageMutation(({ keepId, removeId }: { keepId: string; removeId: string }) => mergeOrganisations(keepId, removeId), mergeKeys, config);
}

export function useCreateProgramme(config?: MutationConfig<Programme, ProgrammeInput>) {
  return useStorageMutation((input: ProgrammeInput) => createProgramme(input), programmeKeys, config);
}

export type SaveProgrammeInput = { programme: Programme | null; fields: ProgrammeInput };

/** Save the fields of a programme: a change to `programme`, or a new one when it is null. */
export function useSaveProgramme(config?: MutationConfig<Programme, SaveProgrammeInput>) {
  return useStorageMutation(
    ({ programme, fields }: SaveProgrammeInput) => (programme ? updateProgramme({ ...programme, ...fields }) : createProgramme(fields)),
    programmeKeys,
    config,
  );
}
