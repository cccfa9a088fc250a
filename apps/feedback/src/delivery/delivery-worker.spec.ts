import { DeliverNextMessage, DeliveryOutcome } from './deliver-next-message';
import { DeliveryWorker } from './delivery-worker';

function workerWith(outcomes: DeliveryOutcome[], batchSize = 10, concurrency = 1) {
  const calls: number[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const deliverNext = {
    execute: async () => {
      calls.push(calls.length);
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((done) => setImmediate(done));
      inFlight--;
      return outcomes.shift() ?? 'nothing-due';
    },
  } as unknown as DeliverNextMessage;
  return { sut: new DeliveryWorker(deliverNext, { pollIntervalMs: 10, batchSize, concurrency }), calls, mostInFlight: () => mostInFlight };
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

  it('sends several at once, never more than the concurrency, and no more than a batch', async () => {
    const { sut, calls, mostInFlight } = workerWith(Array.from({ length: 50 }, () => 'sent' as const), 10, 4);
    await expect(sut.runOnce()).resolves.toBe(10);
    expect(calls).toHaveLength(10);
    expect(mostInFlight()).toBe(4);
  });

  it('with several at once, a failure stops every lane from taking another', async () => {
    const outcomes: DeliveryOutcome[] = ['sent', 'retry-later', ...Array.from({ length: 20 }, () => 'sent' as const)];
    let failureSeen = false;
    let takenAfterFailure = 0;
    const deliverNext = {
      execute: async () => {
        if (failureSeen) takenAfterFailure++;
        const outcome = outcomes.shift()!;
        await new Promise((done) => setImmediate(done));
        if (outcome === 'retry-later') failureSeen = true;
        return outcome;
      },
    } as unknown as DeliverNextMessage;
    const sut = new DeliveryWorker(deliverNext, { pollIntervalMs: 10, batchSize: 20, concurrency: 3 });
    await sut.runOnce();
    expect(failureSeen).toBe(true);
    expect(takenAfterFailure).toBe(0); // the lanes under way finish their message; none takes another
    expect(outcomes.length).toBeGreaterThan(15);
  });

  it('with several at once, an error fails the pass after every lane has finished', async () => {
    let calls = 0;
    let finished = 0;
    const deliverNext = {
      execute: async () => {
        calls++;
        if (calls === 4) throw new Error('database away');
        await new Promise((done) => setTimeout(done, 5));
        finished++;
        return 'sent' as const;
      },
    } as unknown as DeliverNextMessage;
    const sut = new DeliveryWorker(deliverNext, { pollIntervalMs: 10, batchSize: 10, concurrency: 3 });
    await expect(sut.runOnce()).rejects.toThrow('database away');
    // the second message added a lane, whose first claim failed: the message under way in the other lane was seen
    // through before the pass failed
    expect(finished).toBe(3);
    expect(calls).toBe(4);
  });

  it('starts with one lane and adds one for each message found after the first: one due message costs two claims, not one per lane', async () => {
    const { sut, calls, mostInFlight } = workerWith(['sent'], 20, 8);
    await expect(sut.runOnce()).resolves.toBe(1);
    expect(calls).toHaveLength(2);
    expect(mostInFlight()).toBe(1);
  });

  it('fans a burst out to the concurrency', async () => {
    const { sut, calls, mostInFlight } = workerWith(Array.from({ length: 30 }, () => 'sent' as const), 30, 8);
    await expect(sut.runOnce()).resolves.toBe(30);
    expect(calls).toHaveLength(30);
    expect(mostInFlight()).toBe(8);
  });
});
