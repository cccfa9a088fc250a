import { DataSource } from 'typeorm';
import { ChainVerifier, type ChainVerification } from '@loket/audit-chain';
import type { DatabaseConfig } from '@loket/persistence';
import { serviceDataSourceOptions } from '@loket/persistence';
import { AuditChainHeadRecord } from './persistence/audit-chain-head.entity';
import { AuditLogEntryRecord } from './persistence/audit-log-entry.entity';
import { TypeormAuditLog } from './persistence/typeorm-audit-log';

/**
 * Checks the whole audit chain in one snapshot (REPEATABLE READ, so appends meanwhile do not disturb it),
 * page by page in sequence order, and that it ends at the recorded head. Stops at the first broken entry.
 */
export async function verifyAuditLog(dataSource: DataSource, pageSize = 1_000): Promise<ChainVerification> {
  const log = new TypeormAuditLog(dataSource);
  return dataSource.transaction('REPEATABLE READ', async (tx) => {
    const verifier = new ChainVerifier();
    let after = 0;
    for (;;) {
      const page = await log.entriesAfter(tx, after, pageSize);
      for (const entry of page) if (verifier.accept(entry)) return verifier.finish();
      if (page.length < pageSize) break;
      after = page[page.length - 1].sequence;
    }
    return verifier.finish(await log.head(tx));
  });
}

/** Connects to the workbench database (only the audit tables), verifies, disconnects. */
export async function verifyAuditLogIn(config: DatabaseConfig): Promise<ChainVerification> {
  const options = serviceDataSourceOptions(config, { entities: [AuditLogEntryRecord, AuditChainHeadRecord], migrations: [] });
  const dataSource = await new DataSource({ ...options, logging: false }).initialize();
  try {
    return await verifyAuditLog(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** One line for people: how many entries verified, or the first broken one and why. */
export function describeVerification(result: ChainVerification, database: string): string {
  return result.ok
    ? `audit chain of ${database} verified: ${result.verified} entries, head at entry ${result.head.sequence} (${result.head.hash})`
    : `audit chain of ${database} BROKEN at entry ${result.broken.sequence} (${result.broken.reason}): ${result.broken.detail}; ${result.verified} entries verified before it`;
}
