import { DataSource } from 'typeorm';
import { type AuditAnchor, ChainVerifier, type ChainVerification, EMPTY_CHAIN } from '@loket/audit-chain';
import { TypeormAuditLog } from './persistence/typeorm-audit-log';

/**
 * Checks the whole audit chain in one snapshot (REPEATABLE READ, so appends meanwhile do not disturb it),
 * page by page in sequence order, that it ends at the recorded head, and that every anchored entry is what its
 * anchor (signature already checked: see verifyWithAnchors) says. Stops at the first broken entry.
 */
export async function verifyAuditLog(dataSource: DataSource, anchors: readonly AuditAnchor[] = [], pageSize = 1_000): Promise<ChainVerification> {
  const log = new TypeormAuditLog(dataSource);
  return dataSource.transaction('REPEATABLE READ', async (tx) => {
    const verifier = new ChainVerifier(EMPTY_CHAIN, anchors);
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

/** One line for people: how many entries verified, or the first broken one and why. */
export function describeVerification(result: ChainVerification, database: string): string {
  return result.ok
    ? `audit chain of ${database} verified: ${result.verified} entries, head at entry ${result.head.sequence} (${result.head.hash}), ${anchorsLine(result.anchorsChecked)}`
    : `audit chain of ${database} BROKEN at entry ${result.broken.sequence} (${result.broken.reason}): ${result.broken.detail}; ${result.verified} entries verified before it`;
}

function anchorsLine(checked: number): string {
  return checked === 0 ? 'no anchor outside the database checked (a consistent rewrite would not show)' : `${checked} anchors outside the database checked`;
}
