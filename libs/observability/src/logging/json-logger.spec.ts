import { CorrelationContext } from '../correlation/correlation-context';
import { JsonLogger } from './json-logger';

describe('JsonLogger', () => {
  const capture = (minLevel: 'log' | 'warn' = 'log') => {
    const lines: Record<string, unknown>[] = [];
    return { lines, logger: new JsonLogger('intake', minLevel, (line) => lines.push(JSON.parse(line))) };
  };

  it('writes one JSON object a line with service, context and the current correlation id', () => {
    const { lines, logger } = capture();
    CorrelationContext.run({ correlationId: 'corr-1', causationId: null }, () => logger.log('report stored', 'SubmitReport'));
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', service: 'intake', context: 'SubmitReport', correlationId: 'corr-1', msg: 'report stored' }),
    ]);
  });

  it('leaves out what is below its level', () => {
    const { lines, logger } = capture('warn');
    logger.log('chatty');
    logger.warn('careful');
    expect(lines.map((l) => l['msg'])).toEqual(['careful']);
  });

  it('keeps the stack of an error', () => {
    const { lines, logger } = capture();
    logger.error(new Error('boom'), 'Relay');
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'boom', context: 'Relay', stack: expect.stringContaining('Error: boom') });
  });
});
