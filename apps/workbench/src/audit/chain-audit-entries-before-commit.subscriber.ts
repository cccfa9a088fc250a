import { Injectable } from '@nestjs/common';
import { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { AuditLog } from './persistence/audit-log';
import { takePending } from './pending-audit-entries';

/**
 * Just before a transaction commits, chains the audit entries it recorded onto the log. Taking the chain
 * head's lock last keeps it held only for the commit, and never before a lock on a case (no deadlocks); if
 * appending fails, the transaction rolls back with it.
 */
@Injectable()
export class ChainAuditEntriesBeforeCommit implements EntitySubscriberInterface {
  constructor(
    dataSource: DataSource,
    private readonly log: AuditLog,
  ) {
    dataSource.subscribers.push(this);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const pending = takePending(event.queryRunner);
    if (pending.length > 0) await this.log.append(event.queryRunner.manager, pending);
  }
}
