// Writes to the settings.
import { updateSettings } from '../db/portfolioRepository';
import type { Settings } from '../domain/schema';
import { useStorageMutation, type MutationConfig } from './mutation';

export function useUpdateSettings(config?: MutationConfig<Settings, Partial<Settings>>) {
  return useStorageMutation((patch: Partial<Settings>) => updateSettings(patch), [['settings']], config);
}
