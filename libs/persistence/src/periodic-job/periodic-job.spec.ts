import { PassLock, PeriodicJob, PeriodicJobOptions } from './periodic-job';

/** A pass the test finishes by hand, counting how many are under way at once. */
class ControlledPasses {
  started = 0;
  underWay = 0;
  mostAtOnce = 0;
  signals: AbortSignal[] = [];
  private finishers: ((error?: Error) => void)[] = [];

  readonly pass = (stopping: AbortSignal): Promise<void> => {
    this.started++;
    this.signals.push(stopping);
    this.underWay++;
    this.mostAtOnce = Math.max(this.mostAtOnce, this.underWay);
    return new Promise<void>((resolve, reject) => {
      this.finishers.push((error) => {
        this.underWay--;
        if (error) reject(error);
        else resolve();
      });
    });
  };

  /** Ends the oldest pass under way, and lets its promise callbacks run. */
  async finish(error?: Error): Promise<void> {
    const finish = this.finishers.shift();
    if (!finish) throw new Error('no pass under way');
    finish(error);
    await settle();
  }
}

/** Lets promise callbacks (and the timer re-arming that follows a pass) run. */
const settle = () => jest.advanceTimersByTimeAsync(0);

function setup(options: Partial<PeriodicJobOptions> = {}) {
  const passes = new ControlledPasses();
  const logger = { log: jest.fn(), warn: jest.fn() };
  const job = new PeriodicJob({ name: 'test.job', everyMs: 1_000, pass: passes.pass, failing: 'could not do the test job', logger, ...options });
  return { job, passes, logger };
}

describe('PeriodicJob', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs a pass one interval after start, and each next one an interval after the last ended', async () => {
    const { job, passes } = setup();
    job.start();
    await jest.advanceTimersByTimeAsync(999);
    expect(passes.started).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(passes.started).toBe(1);

    await jest.advanceTimersByTimeAsync(5_000); // a slow pass: nothing queues up behind it
    expect(passes.started).toBe(1);
    await passes.finish();
    await jest.advanceTimersByTimeAsync(999);
    expect(passes.started).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(passes.started).toBe(2);
    await passes.finish();
    await job.stop();
  });

  it('runs the first pass right away when asked to', async () => {
    const { job, passes } = setup({ firstPass: 'at-start' });
    job.start();
    await settle();
    expect(passes.started).toBe(1);
    await passes.finish();
    await job.stop();
  });

  it('never runs two passes at once in one process: a pass asked for meanwhile is the one under way', async () => {
    const { job, passes } = setup();
    const first = job.runPass();
    const second = job.runPass();
    job.start();
    await jest.advanceTimersByTimeAsync(3_000);
    expect(passes.started).toBe(1);
    await passes.finish();
    expect(await first).toBe('done');
    expect(await second).toBe('done');
    expect(passes.mostAtOnce).toBe(1);
    await job.stop();
  });

  it('logs a failed pass and goes on with the next one on schedule', async () => {
    const { job, passes, logger } = setup({ everyMs: 15 * 60_000 });
    job.start();
    await jest.advanceTimersByTimeAsync(15 * 60_000);
    const outcome = job.runPass();
    await passes.finish(new Error('database away'));
    expect(await outcome).toBe('failed');
    expect(logger.warn).toHaveBeenCalledWith('could not do the test job (next try in 15 minutes): database away');

    await jest.advanceTimersByTimeAsync(15 * 60_000);
    expect(passes.started).toBe(2);
    await passes.finish();
    await job.stop();
  });

  it('on stop, tells the pass under way, waits for it, and starts no other', async () => {
    const { job, passes } = setup();
    job.start();
    await jest.advanceTimersByTimeAsync(1_000);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await settle();
    expect(passes.signals[0]?.aborted).toBe(true);
    expect(stopped).toBe(false);
    await passes.finish();
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(passes.started).toBe(1);
  });

  it('is never on a timer without an interval', async () => {
    const { job, passes } = setup({ everyMs: 0 });
    job.start();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(passes.started).toBe(0);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('with a lock, runs the pass while holding it and leaves it to the holder when another instance has it', async () => {
    let heldElsewhere = false;
    const names: string[] = [];
    const lock: PassLock = {
      async whileHeld(name, pass) {
        names.push(name);
        if (heldElsewhere) return false;
        await pass();
        return true;
      },
    };
    const { job, passes } = setup({ lock });
    const done = job.runPass();
    await passes.finish();
    expect(await done).toBe('done');
    heldElsewhere = true;
    expect(await job.runPass()).toBe('held-elsewhere');
    expect(passes.started).toBe(1);
    expect(names).toEqual(['test.job', 'test.job']);
  });

  it('woken, runs the next pass at once, and the interval counts again from its end', async () => {
    const { job, passes } = setup({ everyMs: 10_000 });
    job.start();
    await jest.advanceTimersByTimeAsync(3_000);
    expect(passes.started).toBe(0);
    job.wake();
    await settle();
    expect(passes.started).toBe(1);
    await passes.finish();
    await jest.advanceTimersByTimeAsync(9_999);
    expect(passes.started).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(passes.started).toBe(2);
    await passes.finish();
    await job.stop();
  });

  it('woken during a pass, runs exactly one more right after it, however often it was woken', async () => {
    const { job, passes } = setup({ everyMs: 10_000, firstPass: 'at-start' });
    job.start();
    await settle();
    expect(passes.started).toBe(1);
    job.wake();
    job.wake();
    job.wake();
    await settle();
    expect(passes.started).toBe(1);
    await passes.finish();
    expect(passes.started).toBe(2);
    expect(passes.mostAtOnce).toBe(1);
    await passes.finish();
    await jest.advanceTimersByTimeAsync(9_999);
    expect(passes.started).toBe(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(passes.started).toBe(3);
    await passes.finish();
    await job.stop();
  });

  it('is not woken before start or after stop', async () => {
    const { job, passes } = setup({ everyMs: 10_000 });
    job.wake();
    await jest.advanceTimersByTimeAsync(20_000);
    expect(passes.started).toBe(0);
    job.start();
    await job.stop();
    job.wake();
    await jest.advanceTimersByTimeAsync(20_000);
    expect(passes.started).toBe(0);
  });

  it('logs a lock that cannot be taken as a failed pass', async () => {
    const lock: PassLock = { whileHeld: () => Promise.reject(new Error('connection refused')) };
    const { job, passes, logger } = setup({ lock, everyMs: 3_600_000 });
    expect(await job.runPass()).toBe('failed');
    expect(passes.started).toBe(0);
    expect(logger.warn).toHaveBeenCalledWith('could not do the test job (next try in an hour): connection refused');
  });
});

describe('PeriodicJob timers', () => {
  it('never keep the process alive', async () => {
    const timeouts = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timeouts();
    const job = new PeriodicJob({ name: 'test.unref', everyMs: 60_000, pass: async () => undefined, failing: 'x', logger: console });
    job.start();
    expect(timeouts()).toBe(before);
    await job.stop();
  });
});
