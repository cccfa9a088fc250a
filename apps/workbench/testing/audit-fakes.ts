// A fake of the workbench's audit trail for unit tests of use-cases: keeps what would have been recorded.
import type { EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import { AuditedAction, AuditTrail } from '../src/audit/audit-trail';
import { SystemClock } from '../src/clock';
import { fakeDataSource } from './workbench-fakes';

export class RecordingAuditTrail extends AuditTrail {
  readonly recorded: { action: AuditedAction; actor: Principal | null }[] = [];

  constructor() {
    super(fakeDataSource, new SystemClock());
  }

  override record(_tx: EntityManager, action: AuditedAction, actor: Principal | null = null): void {
    this.recorded.push({ action, actor });
  }

  override async recordRead(principal: Principal, action: AuditedAction): Promise<void> {
    this.recorded.push({ action, actor: principal });
  }
}
