// The shape shared by every write hook: the caller's options (messages, navigation) plus the
// write itself, which afterwards invalidates by key prefix everything read from the tables it
// changed. Other tabs learn of the write through useLiveInvalidation.
import { useMutation, useQueryClient, type QueryKey, type UseMutationOptions } from '@tanstack/react-query';

/** What a screen may add to a write: everything but the write itself. */
export type MutationConfig<TData, TVariables> = Omit<UseMutationOptions<TData, Error, TVariables>, 'mutationFn'>;

export function useStorageMutation<TData, TVariables = void>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  invalidates: readonly QueryKey[],
  config: MutationConfig<TData, TVariables> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TData, Error, TVariables>({
    ...config,
    mutationFn,
    onSuccess: (...args) => {
      for (const queryKey of invalidates) void queryClient.invalidateQueries({ queryKey });
      return config.onSuccess?.(...args);
    },
  });
}
