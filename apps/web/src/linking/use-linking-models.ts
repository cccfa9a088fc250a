import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../werkbank/session';
import { linkingModelPath, LINKING_MODELS_PATH, reasonBody, ROLLBACK_PATH } from './linking-model-requests';
import type { LinkingModels, LinkingModelView, RolledBack } from './linking-model-types';

const KEY = ['linking-models'] as const;

/** Every version of the linking model, and which one routing links with now. */
export function useLinkingModels() {
  const api = useApi();
  return useQuery({
    queryKey: KEY,
    queryFn: () => api.get<LinkingModels>(LINKING_MODELS_PATH),
    retry: false,
  });
}

/**
 * The administrators' changes to the linking model — train a new version, evaluate one, activate one (with a
 * reason), roll back (with a reason) — each reading the list again after it.
 */
export function useLinkingModelChanges() {
  const api = useApi();
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: KEY });
  return {
    train: useMutation({
      mutationFn: () => api.send<LinkingModelView>('POST', LINKING_MODELS_PATH),
      onSuccess: refresh,
    }),
    evaluate: useMutation({
      mutationFn: (version: number) =>
        api.send<LinkingModelView>('POST', linkingModelPath(version, 'evaluate')),
      onSuccess: refresh,
    }),
    activate: useMutation({
      mutationFn: ({ version, reason }: { version: number; reason: string }) =>
        api.send<LinkingModelView>('POST', linkingModelPath(version, 'activate'), reasonBody(reason)),
      onSuccess: refresh,
    }),
    rollback: useMutation({
      mutationFn: (reason: string) => api.send<RolledBack>('POST', ROLLBACK_PATH, reasonBody(reason)),
      onSuccess: refresh,
    }),
  };
}
