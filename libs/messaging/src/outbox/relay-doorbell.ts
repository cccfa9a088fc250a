/**
 * How the relay waits between passes: until it is rung (a NOTIFY from a committed outbox row, or stop) or the
 * fallback poll's time is up. Rings coalesce: any number while a pass runs leave one ring behind, so the next
 * wait returns at once and the relay makes exactly one more pass. A ring is never lost (a row committed while a
 * batch is in flight is picked up by the pass after it) and a burst of commits never starts a pass per commit.
 */
export class RelayDoorbell {
  private rung = false;
  private waiter: (() => void) | null = null;

  /** Asks for another pass: wakes a waiting relay, or makes its next wait return at once. */
  ring(): void {
    this.rung = true;
    this.waiter?.();
  }

  /** Resolves `true` when rung (now or earlier, since the last wait), `false` when `ms` passed without a ring. */
  wait(ms: number): Promise<boolean> {
    if (this.rung) {
      this.rung = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(false);
      }, ms);
      this.waiter = () => {
        clearTimeout(timer);
        this.waiter = null;
        this.rung = false;
        resolve(true);
      };
    });
  }
}
