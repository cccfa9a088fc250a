import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line and every event published within one request or one consumed event carries. */
export interface CorrelationScope {
  correlationId: string;
  /** The id of the event being handled, if any: becomes the causationId of events published meanwhile. */
  causationId: string | null;
}

const storage = new AsyncLocalStorage<CorrelationScope>();

export const CorrelationContext = {
  run<T>(scope: CorrelationScope, fn: () => T): T {
    return storage.run(scope, fn);
  },
  current(): CorrelationScope | undefined {
    return storage.getStore();
  },
  /** The current scope, or a fresh one when code runs outside any request or event (jobs, start-up). */
  currentOrNew(): CorrelationScope {
    return storage.getStore() ?? { correlationId: randomUUID(), causationId: null };
  },
};

export const CORRELATION_HEADER = 'x-correlation-id';
