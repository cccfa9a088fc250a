import type { EachBatchPayload, EachMessagePayload, KafkaMessage } from 'kafkajs';
import { ConsumerBatch } from '../inbox/consumer-batch';
import { RetryLater } from '../inbox/retry-later';
import { consumeBatch } from './consume-batch';

/** A fetched batch of `count` messages at offsets 10, 11, …, and what consumeBatch did with kafkajs's hooks. */
function fetched(count: number) {
  const resolved: string[] = [];
  const committed: number[] = [];
  const messages = Array.from({ length: count }, (_, i) => ({ offset: String(10 + i), value: Buffer.from(`m${i}`) }) as KafkaMessage);
  const payload = {
    batch: { topic: 't', partition: 0, messages },
    resolveOffset: (offset: string) => resolved.push(offset),
    commitOffsetsIfNecessary: async () => {
      committed.push(resolved.length);
    },
    uncommittedOffsets: () => ({ topics: [] }),
    heartbeat: async () => undefined,
    pause: () => () => undefined,
    isRunning: () => true,
    isStale: () => false,
  } as unknown as EachBatchPayload;
  return { payload, resolved, committed };
}

/** Spies on the transactions consumeBatch opens: how each one ended. */
function watchTransactions() {
  const ended: ('commit' | 'rollback')[] = [];
  jest.spyOn(ConsumerBatch.prototype, 'commit').mockImplementation(async () => void ended.push('commit'));
  jest.spyOn(ConsumerBatch.prototype, 'rollback').mockImplementation(async () => void ended.push('rollback'));
  return ended;
}

afterEach(() => jest.restoreAllMocks());

describe('consumeBatch', () => {
  it('handles the messages in offset order, one transaction per run of at most the limit, offsets after each commit', async () => {
    const ended = watchTransactions();
    const { payload, resolved, committed } = fetched(5);
    const seen: string[] = [];
    const inBatch: boolean[] = [];
    await consumeBatch(
      payload,
      async ({ message }: EachMessagePayload) => {
        seen.push(message.offset);
        inBatch.push(ConsumerBatch.active() !== undefined);
      },
      2,
    );
    expect(seen).toEqual(['10', '11', '12', '13', '14']);
    expect(inBatch).toEqual([true, true, true, true, true]);
    expect(ended).toEqual(['commit', 'commit', 'commit']);
    expect(resolved).toEqual(['11', '13', '14']);
    expect(committed).toEqual([1, 2, 3]);
  });

  it('commits the messages before one that must be tried again, resolves up to them, and passes the retry on', async () => {
    const ended = watchTransactions();
    const { payload, resolved } = fetched(4);
    const seen: string[] = [];
    const run = consumeBatch(
      payload,
      async ({ message }: EachMessagePayload) => {
        seen.push(message.offset);
        if (message.offset === '12') {
          ConsumerBatch.active()!.requestRetry({ scope: 'from-this-message', reason: 'handler failed' });
          throw new Error('rewritten by the exception filter');
        }
      },
      100,
    );
    await expect(run).rejects.toThrow(RetryLater);
    expect(seen).toEqual(['10', '11', '12']);
    expect(ended).toEqual(['commit']);
    expect(resolved).toEqual(['11']);
  });

  it('rolls the whole run back and resolves nothing when the database failed under it', async () => {
    const ended = watchTransactions();
    const { payload, resolved } = fetched(3);
    const run = consumeBatch(
      payload,
      async ({ message }: EachMessagePayload) => {
        if (message.offset === '11') {
          ConsumerBatch.active()!.requestRetry({ scope: 'whole-batch', reason: 'infrastructure unavailable: Connection terminated' });
          throw new Error('rewritten');
        }
      },
      100,
    );
    await expect(run).rejects.toThrow('infrastructure unavailable');
    expect(ended).toEqual(['rollback']);
    expect(resolved).toEqual([]);
  });

  it('a first failing message resolves nothing but still ends its transaction', async () => {
    const ended = watchTransactions();
    const { payload, resolved } = fetched(2);
    await expect(
      consumeBatch(
        payload,
        async () => {
          throw new Error('no handler could even start');
        },
        100,
      ),
    ).rejects.toThrow('no handler could even start');
    expect(ended).toEqual(['commit']);
    expect(resolved).toEqual([]);
  });

  it('a failed database commit resolves nothing', async () => {
    jest.spyOn(ConsumerBatch.prototype, 'commit').mockRejectedValue(new Error('Connection terminated'));
    const { payload, resolved } = fetched(2);
    await expect(consumeBatch(payload, async () => undefined, 100)).rejects.toThrow('Connection terminated');
    expect(resolved).toEqual([]);
  });

  it('works several messages optimistically; one that does not go through has the run rolled back and worked again carefully', async () => {
    const ended = watchTransactions();
    const { payload, resolved } = fetched(4);
    const seen: string[] = [];
    let failuresLeft = 1;
    await consumeBatch(
      payload,
      async ({ message }: EachMessagePayload) => {
        const batch = ConsumerBatch.active()!;
        seen.push(`${message.offset}${batch.careful ? ' careful' : ''}`);
        if (message.offset === '12' && !batch.careful && failuresLeft-- > 0) batch.redoCarefully('handler failed');
      },
      100,
    );
    expect(seen).toEqual(['10', '11', '12', '10 careful', '11 careful', '12 careful', '13 careful']);
    expect(ended).toEqual(['rollback', 'commit']);
    expect(resolved).toEqual(['13']);
  });

  it('works a run of one message carefully from the start', async () => {
    watchTransactions();
    const { payload } = fetched(1);
    const careful: boolean[] = [];
    await consumeBatch(payload, async () => void careful.push(ConsumerBatch.active()!.careful), 100);
    expect(careful).toEqual([true]);
  });
});

describe('ConsumerBatch', () => {
  it('runs what waits for the commit after it, and never for a run rolled back', async () => {
    const counted: string[] = [];
    const committed = new ConsumerBatch([], false);
    committed.afterCommit(() => counted.push('committed'));
    const undone = new ConsumerBatch([], false);
    undone.afterCommit(() => counted.push('rolled back'));
    await undone.rollback();
    await undone.commit();
    expect(counted).toEqual([]);
    await committed.commit();
    expect(counted).toEqual(['committed']);
  });

  it('refuses a redo of a careful run', () => {
    expect(() => new ConsumerBatch([], true).redoCarefully('x')).toThrow('a careful run is not redone');
  });
});
