import { EventEnvelopeSchema } from '../envelope';
import { PERSONAL_BOX_ALGORITHM, PersonalData } from '../sealing/personal-fields';
import { EVENT_CATALOGUE } from '../events/event-catalogue';
import { deadLetterTopicOf } from '../topics';
import { jsonSchemaOf } from './json-schema-of';

/**
 * The AsyncAPI 3 document of every Loket event: one channel per topic, the envelope with the payload's schema,
 * the message key, and the dead-letter channel. Generated from the catalogue: `npm run asyncapi`.
 */
export function asyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const envelope = jsonSchemaOf(EventEnvelopeSchema);
  for (const event of EVENT_CATALOGUE) {
    const name = `${event.type}.v${event.version}`;
    const envelopeProperties = envelope['properties'] as Record<string, unknown>;
    messages[name] = {
      name,
      title: `${event.type} v${event.version}`,
      contentType: 'application/json',
      headers: {
        type: 'object',
        properties: { 'event-id': { type: 'string', format: 'uuid' }, 'event-type': { const: event.type }, 'correlation-id': { type: 'string' } },
      },
      payload: {
        ...envelope,
        properties: { ...envelopeProperties, type: { const: event.type }, version: { const: event.version }, payload: jsonSchemaOf(event.schema) },
      },
      ...(event.personalData ? personalDataNote(event.personalData) : {}),
    };
    channels[name] = { address: event.topic, messages: { [name]: { $ref: `#/components/messages/${name}` } } };
    channels[`${name}.dead-letters`] = {
      address: deadLetterTopicOf(event.topic),
      description: 'Messages a consumer gave up on, unchanged, with dlq-reason, dlq-original-topic/partition/offset, dlq-attempts and dlq-consumer headers.',
    };
    operations[`publish.${name}`] = { action: 'send', channel: { $ref: `#/channels/${name}` } };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Loket events',
      version: '1',
      description:
        'Every event travels in one envelope; delivery is at least once (transactional outbox, consumers de-duplicate by envelope id). Messages are keyed by case id, or by report id before a case exists. Contact details never travel in plain text, and what an event says about a reporter travels sealed under their report\'s own key (see each message\'s x-loket-personal-data).',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}

/** How a message's personal fields travel: sealed under their subject's key, and what a reader gets once it is gone. */
function personalDataNote(personal: PersonalData): Record<string, unknown> {
  const paths = personal.fields.map((field) => field.path).join(', ');
  return {
    description:
      `${paths} travel sealed: each is replaced by {"$sealed": "${PERSONAL_BOX_ALGORITHM}", iv, ciphertext, tag} (AES-256-GCM over the field's JSON, ` +
      `bound to the envelope id, the field's path and the subject) under the key of the subject named at ${personal.subject}, kept in the key vault. ` +
      'Forgetting the reporter destroys that key: every copy then reads as forgotten. The schema below is the payload as read, after opening.',
    'x-loket-personal-data': {
      subject: personal.subject,
      fields: personal.fields.map((field) => ({ path: field.path, whenForgotten: field.whenForgotten })),
    },
  };
}
