// Verifies the workbench's audit chain: npm run audit:verify
// Reads the database settings from the same environment as the workbench (LOKET_DB_*, LOKET_WORKBENCH_DB_NAME).
// Prints the number of entries verified (exit 0) or the first broken entry (exit 1); exit 2 when it cannot check.
import 'reflect-metadata';
import { describeVerification, verifyAuditLogIn } from '../../apps/workbench/src/audit/verify-audit-log';
import { workbenchConfigFromEnv } from '../../apps/workbench/src/workbench.config';

async function main(): Promise<number> {
  const { database } = workbenchConfigFromEnv();
  const result = await verifyAuditLogIn(database);
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
