import { percentiles } from './percentiles';

/** One item offered to a pipeline: its id and when it was sent (ms). */
export interface Offered {
  id: string;
  sentAt: number;
}

/** A pipeline under load, as a phase sees it: something that takes items at a rate and tells when each completed. */
export interface LoadTarget {
  /** Offers `rate` items a second for `seconds`; resolves, once sending stopped, with the items it accepted. */
  offer(rate: number, seconds: number): Promise<Offered[]>;
  /** When an item completed (ms), once it has. */
  doneAt(id: string): number | undefined;
  /** Waits until every one of `ids` completed, or until `deadline` (ms). */
  waitFor(ids: readonly string[], deadline: number): Promise<void>;
}

export interface PhaseFigures {
  offered_per_s: number;
  seconds: number;
  offered: number;
  completed: number;
  not_completed: number;
  /** Completed items / (last completion − first send): what the pipeline delivered, end to end. */
  completed_per_s: number;
  /** The rate the items actually went out at (a client that cannot keep up offers less than asked). */
  sent_per_s: number;
  /** The rate they completed at, from first to last completion: what the pipeline delivers while it has work. */
  delivered_per_s: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  /**
   * Whether it kept up: everything completed, completions came at (nearly) the rate items went out, and the
   * latency of the last third of the phase did not run away from the first third's.
   */
  kept_up: boolean;
}

/** Offers `rate`/s for `seconds`, waits (at most `drainMs`) for everything to complete, and sums the phase up. */
export async function runPhase(target: LoadTarget, rate: number, seconds: number, drainMs: number): Promise<PhaseFigures> {
  const offered = await target.offer(rate, seconds);
  await target.waitFor(
    offered.map((o) => o.id),
    Date.now() + drainMs,
  );
  return phaseFigures(target, offered, rate, seconds);
}

export function phaseFigures(target: LoadTarget, offered: readonly Offered[], rate: number, seconds: number): PhaseFigures {
  const completed = offered.filter((o) => target.doneAt(o.id) !== undefined).sort((a, b) => a.sentAt - b.sentAt);
  const latency = (o: Offered) => target.doneAt(o.id)! - o.sentAt;
  const all = percentiles(completed.map(latency));
  const third = Math.floor(completed.length / 3);
  const early = percentiles(completed.slice(0, third).map(latency)).p50;
  const late = percentiles(completed.slice(completed.length - third).map(latency)).p50;
  const sentTimes = offered.map((o) => o.sentAt);
  const doneTimes = completed.map((o) => target.doneAt(o.id)!);
  const firstSent = smallest(sentTimes);
  const lastDone = largest(doneTimes);
  const firstDone = smallest(doneTimes);
  const lastSent = largest(sentTimes);
  const perSecond = (n: number, ms: number) => (n > 1 && ms > 0 ? Math.round(((n - 1) * 10_000) / ms) / 10 : 0);
  const sent = perSecond(offered.length, lastSent - firstSent);
  const delivered = perSecond(completed.length, lastDone - firstDone);
  return {
    offered_per_s: rate,
    seconds,
    offered: offered.length,
    completed: completed.length,
    not_completed: offered.length - completed.length,
    completed_per_s: completed.length ? Math.round((completed.length * 10_000) / (lastDone - firstSent)) / 10 : 0,
    sent_per_s: sent,
    delivered_per_s: delivered,
    p50_ms: all.p50,
    p95_ms: all.p95,
    p99_ms: all.p99,
    max_ms: all.max,
    // A pipeline over its capacity queues: each later item waits longer. Under it, latency stays flat.
    kept_up: completed.length === offered.length && third > 0 && delivered >= 0.85 * sent && late <= 2 * early + 500,
  };
}

export interface CapacityOptions {
  startRate: number;
  /** Each step offers this much more than the one before. */
  factor: number;
  stepSeconds: number;
  maxSteps: number;
  drainMs: number;
  log: (message: string) => void;
}

/**
 * The capacity of a pipeline, found by offering it more and more in steps (`startRate`, × `factor`, …), each
 * drained before the next, until a step does not keep up (see PhaseFigures.kept_up). The capacity is the
 * rate the highest step that kept up actually went out at, or what the first step that did not keep up
 * delivered while it had work, whichever is more (the steps are `factor` apart; a pipeline that is behind
 * works flat out, so what it delivers then is what it can do). When even `startRate` is too much, it steps
 * down first until a step keeps up. Never an overload that lasts: a step lasts `stepSeconds`.
 */
export async function findCapacity(target: LoadTarget, options: CapacityOptions): Promise<{ capacity: number; ceilingReached: boolean; steps: PhaseFigures[] }> {
  const steps: PhaseFigures[] = [];
  let rate = options.startRate;
  let keptUp = 0;
  for (let step = 0; step < options.maxSteps; step++) {
    const figures = await runPhase(target, rate, options.stepSeconds, options.drainMs);
    steps.push(figures);
    options.log(
      `  step ${step + 1}: offered ${rate}/s (sent ${figures.sent_per_s}/s) → delivered ${figures.delivered_per_s}/s, p50 ${figures.p50_ms} ms, p99 ${figures.p99_ms} ms, ${figures.kept_up ? 'kept up' : 'fell behind'}`,
    );
    if (!figures.kept_up && keptUp === 0 && rate > 1) {
      // Even the first rate was too much: go down (to what it delivered, at most a step lower) until a step keeps up.
      rate = Math.max(1, Math.floor(Math.min(figures.delivered_per_s, rate / options.factor)));
      continue;
    }
    if (!figures.kept_up) return { capacity: Math.max(keptUp, Math.floor(figures.delivered_per_s)), ceilingReached: true, steps };
    keptUp = Math.floor(Math.min(rate, figures.sent_per_s));
    rate = Math.round(rate * options.factor);
  }
  const last = steps[steps.length - 1];
  return { capacity: keptUp || Math.max(1, Math.floor(last?.delivered_per_s ?? 1)), ceilingReached: keptUp === 0, steps };
}

// Math.min(...xs) spreads every element onto the stack: a 60 s phase of the bare pipeline (~140,000 events) overflowed it.
function smallest(values: readonly number[]): number {
  return values.reduce((min, value) => (value < min ? value : min), Infinity);
}

function largest(values: readonly number[]): number {
  return values.reduce((max, value) => (value > max ? value : max), -Infinity);
}
