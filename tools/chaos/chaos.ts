// The chaos run (issue #10 §5): npm run chaos [-- --reports N] [--rate R] [--keep]
// Starts its own PostgreSQL cluster, Kafka, Keycloak, mail sink and services (never the shared ones), streams N
// reports (10,000 by default) at intake while every kind of fault hits them, prints the table of faults and of
// counts expected vs found, and exits 1 when any count differs. Run directories: .local/chaos/runs/<id>/.
import { join, resolve } from 'node:path';
import { reapAbandonedRuns, runChaos } from '@loket/testing';

interface Args {
  reports: number;
  rate?: number;
  keep: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { reports: 10_000, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const n = Number(argv[++i]);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number`);
      return n;
    };
    if (flag === '--reports') args.reports = Math.round(value());
    else if (flag === '--rate') args.rate = value();
    else if (flag === '--keep') args.keep = true;
    else throw new Error(`unknown argument ${flag}; usage: npm run chaos -- [--reports N] [--rate R] [--keep]`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const base = join(resolve(__dirname, '../..'), '.local/chaos');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      reapAbandonedRuns(base, (line) => process.stderr.write(`[chaos] ${line}\n`), process.pid);
      process.exit(130);
    });
  }
  const rate = args.rate ?? (args.reports >= 5_000 ? 15 : 8);
  const result = await runChaos({ reports: args.reports, ratePerSecond: rate, keep: args.keep, base });
  process.stdout.write(`${result.table}\n`);
  process.exitCode = result.ok ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`chaos run failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
});
