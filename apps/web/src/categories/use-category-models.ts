import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { reasonBody } from '../linking/linking-model-requests';
import { useApi } from '../werkbank/session';
import { CATEGORY_MODEL_ROLLBACK_PATH, CATEGORY_MODELS_PATH, categoryModelPath } from './category-model-requests';
import type { CategoryModelRolledBack, CategoryModels, CategoryModelView } from './category-model-types';

const KEY = ['category-models'] as const;

/** Every version of the category suggester, and which one routing and intake suggest by now. */
export function useCategoryModels() {
  const api = useApi();
  return useQuery({
    queryKey: KEY,
    queryFn: () => api.get<CategoryModels>(CATEGORY_MODELS_PATH),
    retry: false,
  });
}

/**
 * The administrators' changes to the category suggester — train a new version, evaluate one, activate one (with a
 * reason), roll back (with a reason) — each reading the list again after it.
 */
export function useCategoryModelChanges() {
  const api = useApi();
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: KEY });
  return {
    train: useMutation({
      mutationFn: () => api.send<CategoryModelView>('POST', CATEGORY_MODELS_PATH),
      onSuccess: refresh,
    }),
    evaluate: useMutation({
      mutationFn: (version: number) => api.send<CategoryModelView>('POST', categoryModelPath(version, 'evaluate')),
      onSuccess: refresh,
    }),
    activate: useMutation({
      mutationFn: ({ version, reason }: { version: number; reason: string }) =>
        api.send<CategoryModelView>('POST', categoryModelPath(version, 'activate'), reasonBody(reason)),
      onSuccess: refresh,
    }),
    rollback: useMutation({
      mutationFn: (reason: string) => api.send<CategoryModelRolledBack>('POST', CATEGORY_MODEL_ROLLBACK_PATH, reasonBody(reason)),
      onSuccess: refresh,
    }),
  };
}
