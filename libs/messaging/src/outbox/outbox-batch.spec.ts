import { OutboxRow, toTopicMessages } from './outbox-batch';

const row = (sequence: number, topic: string, key: string, correlation: string | null = null): OutboxRow => ({
  sequence: String(sequence),
  topic,
  message_key: key,
  event_id: `event-${sequence}`,
  event_type: 'test.thing-happened',
  correlation_id: correlation,
  value: `{"id":"event-${sequence}"}`,
});

describe('toTopicMessages', () => {
  it('groups rows by topic and keeps the sequence order within each topic', () => {
    const batch = toTopicMessages([row(1, 'a', 'k1'), row(2, 'b', 'k2'), row(3, 'a', 'k1'), row(4, 'a', 'k3'), row(5, 'b', 'k2')]);
    expect(batch.map((t) => [t.topic, t.messages.map((m) => m.headers?.['event-id'])])).toEqual([
      ['a', ['event-1', 'event-3', 'event-4']],
      ['b', ['event-2', 'event-5']],
    ]);
  });

  it('sends the stored envelope text as the value, the key, and the event id, type and correlation id as headers', () => {
    const [{ messages }] = toTopicMessages([row(7, 'a', 'k', 'corr-1'), row(8, 'a', 'k')]);
    expect(messages[0]).toEqual({
      key: 'k',
      value: '{"id":"event-7"}',
      headers: { 'event-id': 'event-7', 'event-type': 'test.thing-happened', 'correlation-id': 'corr-1' },
    });
    expect(messages[1].headers?.['correlation-id']).toBe('event-8');
  });
});
