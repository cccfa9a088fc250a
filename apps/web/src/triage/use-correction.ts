import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
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
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['case'] });
      followUp();
    },
  });
}

let listeners: ((until: number) => void)[] = [];
const FOLLOW_UP_MS = 60_000;

/** After a correction, the open case files are fetched every 2 s for a minute, until the workbench has followed. */
function followUp(): void {
  const until = Date.now() + FOLLOW_UP_MS;
  for (const listener of listeners) listener(until);
}

export function useFollowUp(): number | false {
  const [until, setUntil] = useState(0);
  useEffect(() => {
    listeners.push(setUntil);
    return () => {
      listeners = listeners.filter((l) => l !== setUntil);
    };
  }, []);
  useEffect(() => {
    if (until <= Date.now()) return;
    const timer = setTimeout(() => setUntil(0), until - Date.now());
    return () => clearTimeout(timer);
  }, [until]);
  return until > Date.now() ? 2_000 : false;
}
