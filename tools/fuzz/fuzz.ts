// The fuzz run (issue #13 §5): npm run fuzz [-- --requests N] [--seed S]
// Starts the four services on fresh databases against the running Kafka and Keycloak (`npm run up`, or
// `bash deploy/local/infra.sh up`), calls every operation of their OpenAPI documents with requests generated
// from the schemas (100,000 by default; every write defective by construction), prints the counts and every
// finding, and exits 1 on any: a 5xx, an answer showing internals, a defective write accepted or a row it stored.
import { fuzzReport, runFuzz } from '@loket/testing';

function parseArgs(argv: string[]): { requests: number; seed?: number } {
  const args: { requests: number; seed?: number } = { requests: 100_000 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const n = Number(argv[++i]);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number`);
    if (flag === '--requests') args.requests = n;
    else if (flag === '--seed') args.seed = n;
    else throw new Error(`unknown argument ${flag}; usage: npm run fuzz -- [--requests N] [--seed S]`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const result = await runFuzz({ ...args, log: (line) => process.stderr.write(`[fuzz] ${line}\n`) });
  process.stdout.write(`${fuzzReport(result)}\n`);
  process.exitCode = result.findings.length === 0 && Object.keys(result.storedRows).length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`fuzz run failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
});
