import { RelayDoorbell } from './relay-doorbell';

describe('RelayDoorbell', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('waits for the fallback poll when nobody rings', async () => {
    const bell = new RelayDoorbell();
    let result: boolean | undefined;
    void bell.wait(1_000).then((rung) => (result = rung));
    await jest.advanceTimersByTimeAsync(999);
    expect(result).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(result).toBe(false);
  });

  it('wakes a waiting relay at once when rung', async () => {
    const bell = new RelayDoorbell();
    const waiting = bell.wait(60_000);
    bell.ring();
    await expect(waiting).resolves.toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('keeps a ring that came while no one waited (a commit during a pass) for the next wait, once', async () => {
    const bell = new RelayDoorbell();
    bell.ring();
    bell.ring();
    bell.ring();
    await expect(bell.wait(60_000)).resolves.toBe(true);
    let second: boolean | undefined;
    void bell.wait(1_000).then((rung) => (second = rung));
    await jest.advanceTimersByTimeAsync(0);
    expect(second).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(second).toBe(false);
  });

  it('a ring that woke a wait is spent: the wait after it sleeps again', async () => {
    const bell = new RelayDoorbell();
    const first = bell.wait(60_000);
    bell.ring();
    await expect(first).resolves.toBe(true);
    let next: boolean | undefined;
    void bell.wait(500).then((rung) => (next = rung));
    await jest.advanceTimersByTimeAsync(499);
    expect(next).toBeUndefined();
    bell.ring();
    await jest.advanceTimersByTimeAsync(0);
    expect(next).toBe(true);
  });
});
