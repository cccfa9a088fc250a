/** Where use-cases get the time from, so tests (and the SLA job to come) can control it. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
