import { DeliverNextMessage, DeliveryOutcome } from './deliver-next-message';
import { DeliveryWorker } from './delivery-worker';

function workerWith(outcomes: DeliveryOutcome[], batchSize = 10) {
  const calls: number[] = [];
  const deliverNext = {
    execute: async () => {
      calls.push(calls.length);
      return outcomes.shift() ?? 'nothing-due';
    },
  } as unknown as DeliverNextMessage;
  return { sut: new DeliveryWorker(deliverNext, { pollIntervalMs: 10, batchSize }), calls };
}

describe('DeliveryWorker.runOnce', () => {
  it('sends until nothing is due', async () => {
    const { sut, calls } = workerWith(['sent', 'sent', 'cancelled', 'sent']);
    await expect(sut.runOnce()).resolves.toBe(3);
    expect(calls).toHaveLength(5);
  });

  it('stops at the first failure: the mail server is likely down for the rest too', async () => {
    const { sut, calls } = workerWith(['sent', 'retry-later', 'sent']);
    await expect(sut.runOnce()).resolves.toBe(1);
    expect(calls).toHaveLength(2);
  });

  it('sends no more than a batch in one pass', async () => {
    const { sut, calls } = workerWith(Array.from({ length: 50 }, () => 'sent' as const), 5);
    await expect(sut.runOnce()).resolves.toBe(5);
    expect(calls).toHaveLength(5);
  });

  it('takes nothing more once the app shuts down', async () => {
    const { sut, calls } = workerWith(['sent', 'sent']);
    await sut.onApplicationShutdown();
    await expect(sut.runOnce()).resolves.toBe(0);
    expect(calls).toHaveLength(0);
  });

  it('drains a burst batch after batch in one pass, and stops when nothing more is due', async () => {
    const { sut, calls } = workerWith([...Array.from({ length: 12 }, () => 'sent' as const), 'cancelled'], 5);
    await expect(sut.drain()).resolves.toBe(12);
    expect(calls).toHaveLength(14); // three batches of five (the last ends when nothing is due)
  });

  it('a drain stops at a failure too', async () => {
    const { sut, calls } = workerWith(['sent', 'sent', 'sent', 'retry-later', 'sent'], 2);
    await expect(sut.drain()).resolves.toBe(3);
    expect(calls).toHaveLength(4);
  });
});
