import { describeErrors, EventDefinition, EventEnvelope, EventEnvelopeSchema, validateSchema } from '@loket/contracts';

export type ReadResult<P extends object> =
  | { ok: true; envelope: EventEnvelope<P> }
  | { ok: false; reason: string };

/** Validates what arrived from the broker: the envelope, its type and version, then the payload's schema. */
export function readEnvelope<P extends object>(definition: EventDefinition<P>, raw: unknown): ReadResult<P> {
  const parsed = parseEnvelope(definition, raw);
  return parsed.ok ? validatePayload(definition, parsed.envelope) : parsed;
}

/**
 * The envelope, its type and version checked; the payload not yet (its personal fields may still be sealed:
 * open them first, then {@link validatePayload}).
 */
export function parseEnvelope(definition: EventDefinition<object>, raw: unknown): ReadResult<object> {
  const value = typeof raw === 'string' ? tryParse(raw) : raw;
  const envelope = validateSchema(EventEnvelopeSchema, value);
  if (!envelope.ok) return { ok: false, reason: `invalid envelope: ${describeErrors(envelope.errors)}` };
  const { type, version } = envelope.value;
  if (type !== definition.type || version !== definition.version) {
    return { ok: false, reason: `unexpected event ${type} v${version} on a ${definition.type} v${definition.version} topic` };
  }
  return { ok: true, envelope: envelope.value as EventEnvelope<object> };
}

/** Checks the (opened) payload against the event's schema. */
export function validatePayload<P extends object>(definition: EventDefinition<P>, envelope: EventEnvelope<object>): ReadResult<P> {
  const payload = validateSchema(definition.schema, envelope.payload);
  if (!payload.ok) return { ok: false, reason: `invalid ${envelope.type} payload: ${describeErrors(payload.errors)}` };
  return { ok: true, envelope: { ...envelope, payload: payload.value } };
}

function tryParse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
