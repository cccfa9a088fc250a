/** What the chaos run did and how long each part took to come back. */
export interface FaultRecord {
  fault: string;
  /** Seconds since the stream began. */
  atSeconds: number;
  /** Reports answered by intake when it was injected. */
  reportsIn: number;
  /** How long the part was deliberately kept away (s), for outages with a set length. */
  downSeconds?: number;
  /** From the fault (or from the end of a set outage) until what it hit worked again (s). */
  recoverySeconds?: number;
  /** What "worked again" meant, or what was observed meanwhile. */
  note: string;
}

export class FaultLog {
  readonly records: FaultRecord[] = [];

  constructor(
    private readonly startedAt: number,
    private readonly reportsIn: () => number,
    private readonly log: (line: string) => void,
  ) {}

  /** Records a fault as it is injected; the caller fills in down and recovery times as they become known. */
  inject(fault: string, note = ''): FaultRecord {
    const record: FaultRecord = { fault, atSeconds: this.seconds(), reportsIn: this.reportsIn(), note };
    this.records.push(record);
    this.log(`fault: ${fault} at ${record.atSeconds.toFixed(1)} s (${record.reportsIn} reports in)`);
    return record;
  }

  recovered(record: FaultRecord, since: number, note?: string): void {
    record.recoverySeconds = (Date.now() - since) / 1000;
    if (note) record.note = record.note ? `${record.note}; ${note}` : note;
    this.log(`recovered: ${record.fault} after ${record.recoverySeconds.toFixed(1)} s${note ? ` (${note})` : ''}`);
  }

  /** The part did not come back: no recovery time, and the reason in the note. */
  failed(record: FaultRecord, error: unknown): void {
    record.recoverySeconds = undefined;
    record.note = `NOT RECOVERED: ${(error as Error).message ?? String(error)}`;
    this.log(`NOT recovered: ${record.fault}: ${record.note}`);
  }

  seconds(): number {
    return (Date.now() - this.startedAt) / 1000;
  }
}
