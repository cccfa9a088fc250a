// Verifies the workbench's audit chain: npm run audit:verify
// Reads the database settings from the same environment as the workbench (LOKET_DB_*, LOKET_WORKBENCH_DB_NAME), and
// the anchors kept outside the database from LOKET_AUDIT_ANCHOR_FILE, checked with the keys of
// LOKET_AUDIT_SIGNING_KEYS (an auditor without the private keys gives the public ones: LOKET_AUDIT_VERIFY_KEYS).
// Prints the number of entries verified (exit 0) or the first broken entry (exit 1); exit 2 when it cannot check.
import 'reflect-metadata';
import { createPublicKey } from 'node:crypto';
import { verifyAuditLogIn } from '../../apps/workbench/src/audit/anchors/anchored-verification';
import { keyPairsFrom } from '../../apps/workbench/src/audit/anchors/audit-anchors.config';
import { describeVerification } from '../../apps/workbench/src/audit/verify-audit-log';
import { workbenchConfigFromEnv } from '../../apps/workbench/src/workbench.config';

async function main(): Promise<number> {
  const { database, auditAnchors } = workbenchConfigFromEnv();
  const auditorKeys = keyPairsFrom(process.env['LOKET_AUDIT_VERIFY_KEYS'] ?? '', 'LOKET_AUDIT_VERIFY_KEYS');
  const verifyKeys = new Map([...auditAnchors.verifyKeys, ...auditorKeys.map(([kid, pem]) => [kid, createPublicKey(pem)] as const)]);
  const result = await verifyAuditLogIn(database, { ...auditAnchors, verifyKeys });
  const line = describeVerification(result, database.database);
  (result.ok ? process.stdout : process.stderr).write(`${line}\n`);
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`audit chain could not be verified: ${(error as Error).message ?? error}\n`);
    process.exit(2);
  },
);
