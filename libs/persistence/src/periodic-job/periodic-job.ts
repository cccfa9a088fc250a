/** Where a job tells about its passes: Nest's `Logger` fits, as does anything with these two. */
export interface JobLogger {
  log(message: string): void;
  warn(message: string): void;
}

/** Held around a pass so that one instance of a service runs it at a time (see `AdvisoryPassLock`). */
export interface PassLock {
  /** Runs `pass` while holding the lock `name`; false, without running it, when another holder has it. */
  whileHeld(name: string, pass: () => Promise<void>): Promise<boolean>;
}

export interface PeriodicJobOptions {
  /** Names the job in log lines and, with `lock`, names the lock the instances share ("<service>.<job>"). */
  name: string;
  /** The pause from the end of one pass to the start of the next; 0 or less: never on a timer, only `runPass()`. */
  everyMs: number;
  /** The first pass right away, or one interval after `start()` (the default). */
  firstPass?: 'at-start' | 'after-interval';
  /** The work. `stopping` is aborted when the job stops, so that a pass that loops can end after the item in hand. */
  pass: (stopping: AbortSignal) => Promise<void>;
  /** What a failed pass could not do, for its log line: "could not forget old webhook deliveries". */
  failing: string;
  logger: JobLogger;
  /** Once across instances: a pass runs only while it holds this lock, and is skipped while another instance holds it. */
  lock?: PassLock;
}

/** `held-elsewhere`: another instance held the job's lock, so this one left the pass to it. */
export type PassOutcome = 'done' | 'failed' | 'held-elsewhere';

/**
 * The one scaffolding of every periodic job: a pass every `everyMs` (counted from the end of the last, so a slow
 * pass never queues up more), never two passes at once in this process, a failed pass logged and the next one
 * tried on schedule, the running pass awaited on `stop()`, and timers that never keep the process alive. With a
 * `lock`, a pass also runs in only one instance of the service at a time. No framework: a Nest provider calls
 * `start()` on bootstrap and `stop()` on shutdown.
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PassOutcome> | null = null;
  private wakeAfterPass = false;
  private readonly stopper = new AbortController();

  constructor(private readonly options: PeriodicJobOptions) {}

  get name(): string {
    return this.options.name;
  }

  /** Aborted once `stop()` was called (the signal each pass is given). */
  get stopping(): AbortSignal {
    return this.stopper.signal;
  }

  /** Schedules the passes; a job with no interval, or one already started or stopped, is left as it is. */
  start(): void {
    if (this.options.everyMs <= 0 || this.timer || this.stopper.signal.aborted) return;
    this.schedule(this.options.firstPass === 'at-start' ? 0 : this.options.everyMs);
  }

  /** No pass starts any more; resolves when the pass under way (if any) has ended. */
  async stop(): Promise<void> {
    this.stopper.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /**
   * One pass now, as the timer runs it (the lock taken, a failure logged, never rejecting); while a pass is
   * under way in this process, its outcome instead of a second pass.
   */
  runPass(): Promise<PassOutcome> {
    this.running ??= this.passLogged().finally(() => (this.running = null));
    return this.running;
  }

  /**
   * Something for the job arrived (e.g. a NOTIFY): the next pass starts now instead of at the end of the interval,
   * and when a pass is under way, right after it (any number of wakes during one pass make one more pass). A job
   * that was not started, or was stopped, is left as it is. The interval counts again from the end of that pass.
   */
  wake(): void {
    if (!this.timer || this.stopper.signal.aborted) return;
    if (this.running) {
      if (this.wakeAfterPass) return;
      this.wakeAfterPass = true;
      void this.running.finally(() => {
        this.wakeAfterPass = false;
        this.wake();
      });
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      void this.runPass().finally(() => {
        if (!this.stopper.signal.aborted) this.schedule(this.options.everyMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async passLogged(): Promise<PassOutcome> {
    const { name, lock, pass } = this.options;
    try {
      if (!lock) {
        await pass(this.stopper.signal);
        return 'done';
      }
      return (await lock.whileHeld(name, () => pass(this.stopper.signal))) ? 'done' : 'held-elsewhere';
    } catch (error) {
      const next = this.options.everyMs > 0 ? `next try in ${spoken(this.options.everyMs)}` : 'not scheduled again';
      this.options.logger.warn(`${this.options.failing} (${next}): ${(error as Error)?.message ?? String(error)}`);
      return 'failed';
    }
  }
}

/** "an hour", "15 minutes", "30 s", "200 ms": the interval as the log line says it. */
function spoken(ms: number): string {
  const units: [number, string, string][] = [
    [3_600_000, 'an hour', 'hours'],
    [60_000, 'a minute', 'minutes'],
  ];
  for (const [size, one, many] of units) if (ms % size === 0) return ms === size ? one : `${ms / size} ${many}`;
  return ms % 1_000 === 0 ? `${ms / 1_000} s` : `${ms} ms`;
}
