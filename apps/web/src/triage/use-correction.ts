import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROUTING } from '../werkbank/api';
import { useApi } from '../werkbank/session';

/**
 * A coordinator's correction through routing (link, unlink, merge, split, re-route). Routing publishes it and
 * the workbench follows within moments; the change signal then refreshes the open case files and queues.
 */
export function useCorrection<TBody, TResult>(path: (body: TBody) => string, payload: (body: TBody) => unknown = (body) => body) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => api.send<TResult>('POST', `${ROUTING}${path(body)}`, payload(body)),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['case'] }),
  });
}
