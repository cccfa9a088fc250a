import { runReadinessChecks } from './readiness';

describe('runReadinessChecks', () => {
  it('is ready when every check answers', async () => {
    const report = await runReadinessChecks([{ name: 'database', check: async () => undefined }]);
    expect(report).toEqual({ status: 'ready', checks: { database: { status: 'up' } } });
  });

  it('is not ready when one check fails or hangs, and says which', async () => {
    const report = await runReadinessChecks(
      [
        { name: 'database', check: async () => undefined },
        { name: 'kafka', check: () => new Promise(() => undefined) },
        { name: 'cache', check: async () => Promise.reject(new Error('refused')) },
      ],
      50,
    );
    expect(report.status).toBe('not-ready');
    expect(report.checks['kafka']).toEqual({ status: 'down', error: 'kafka did not answer within 50 ms' });
    expect(report.checks['cache']).toEqual({ status: 'down', error: 'refused' });
  });
});
