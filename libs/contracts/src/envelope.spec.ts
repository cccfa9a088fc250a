import { randomUUID } from 'node:crypto';
import { EventEnvelopeSchema } from './envelope';
import { EVENT_CATALOGUE } from './events/event-catalogue';
import { validateSchema } from './validation/validate-schema';

describe('EventEnvelopeSchema', () => {
  const envelope = (type: string) => ({
    id: randomUUID(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    producer: 'routing',
    payload: {},
  });

  it('takes the type of every event in the catalogue', () => {
    for (const { type } of EVENT_CATALOGUE) expect(validateSchema(EventEnvelopeSchema, envelope(type))).toMatchObject({ ok: true });
  });

  it('refuses a type that is not entity.fact in lower case', () => {
    for (const type of ['case', 'Case.Opened', 'case.opened!', '-case.opened', 'case..opened']) {
      expect(validateSchema(EventEnvelopeSchema, envelope(type))).toMatchObject({ ok: false });
    }
  });
});
