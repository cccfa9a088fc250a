import type { TopicMessages } from 'kafkajs';

/** An outbox row as the relay reads it: the envelope as stored text, and what its headers need beside it. */
export interface OutboxRow {
  sequence: string;
  topic: string;
  message_key: string;
  event_id: string;
  event_type: string;
  correlation_id: string | null;
  value: string;
}

/**
 * One `sendBatch` from rows in sequence order: a topic's messages keep that order, so a key's events (one
 * partition) leave in sequence. The headers let consumers and tools see the event without parsing the value.
 */
export function toTopicMessages(rows: OutboxRow[]): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages['messages']>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({
      key: row.message_key,
      value: row.value,
      headers: { 'event-id': row.event_id, 'event-type': row.event_type, 'correlation-id': row.correlation_id ?? row.event_id },
    });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
