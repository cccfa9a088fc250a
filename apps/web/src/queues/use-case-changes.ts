import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { WORKBENCH } from '../werkbank/api';
import { useApi } from '../werkbank/session';

interface Changes {
  changed: boolean;
  cursor: string;
  pollAfterMs: number;
}

/**
 * Asks the workbench every few seconds whether a case the caller may see changed; when one did, the queues
 * and open case files are fetched again — the list refreshes without a reload.
 */
export function useCaseChanges(): void {
  const api = useApi();
  const client = useQueryClient();
  const cursor = useRef<string | null>(null);
  const { data } = useQuery({
    queryKey: ['case-changes'],
    queryFn: async () => {
      const since = cursor.current ? `?since=${encodeURIComponent(cursor.current)}` : '';
      const answer = await api.get<Changes>(`${WORKBENCH}/cases/changes${since}`);
      cursor.current = answer.cursor;
      return answer;
    },
    refetchInterval: (query) => query.state.data?.pollAfterMs ?? 5_000,
    refetchIntervalInBackground: true,
    gcTime: 0,
  });
  useEffect(() => {
    if (data?.changed) {
      void client.invalidateQueries({ queryKey: ['queue'] });
      void client.invalidateQueries({ queryKey: ['case'] });
    }
  }, [data, client]);
}
