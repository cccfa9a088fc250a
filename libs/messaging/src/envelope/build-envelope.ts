import { randomUUID } from 'node:crypto';
import { describeErrors, EventDefinition, EventEnvelope, validateSchema } from '@loket/contracts';
import { CorrelationContext } from '@loket/observability';

export class InvalidEventError extends Error {
  constructor(type: string, detail: string) {
    super(`event ${type} is not valid: ${detail}`);
  }
}

/**
 * Wraps a payload in the envelope, after validating it against its schema: an invalid event is never
 * written, so it can never be published. Correlation and causation come from the current request or event.
 */
export function buildEnvelope<P extends object>(
  definition: EventDefinition<P>,
  payload: P,
  producer: string,
  now: Date = new Date(),
): EventEnvelope<P> {
  const checked = validateSchema(definition.schema, payload);
  if (!checked.ok) throw new InvalidEventError(definition.type, describeErrors(checked.errors));
  const scope = CorrelationContext.currentOrNew();
  return {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: now.toISOString(),
    correlationId: scope.correlationId,
    causationId: scope.causationId,
    producer,
    // The plain payload as given, not the class instance: what is validated is what is sent.
    payload: JSON.parse(JSON.stringify(payload)) as P,
  };
}
