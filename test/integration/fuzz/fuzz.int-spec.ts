import { fuzzReport, runFuzz } from '@loket/testing';

const REQUESTS = 3_000;

/**
 * The fuzz run of issue #13 §5 at 3,000 requests, as `npm test`'s small version (`npm run fuzz` sends 100,000):
 * every operation of the four services' OpenAPI documents, called with requests generated from their schemas
 * by every kind of caller, every write defective by construction. No answer 5xx, none showing internals, no
 * defective write accepted, no row stored by one.
 */
describe('the fuzz run', () => {
  it(`answers ${REQUESTS} generated requests without a 5xx, a leak or a stored row`, async () => {
    const result = await runFuzz({ requests: REQUESTS });
    process.stderr.write(`${fuzzReport(result)}\n`);
    expect(result.requests).toBe(REQUESTS);
    expect(result.operations).toBeGreaterThan(50);
    expect(result.findings).toEqual([]);
    expect(result.storedRows).toEqual({});
  }, 600_000);
});
