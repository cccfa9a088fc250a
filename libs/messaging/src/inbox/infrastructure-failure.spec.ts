import { isInfrastructureFailure } from './infrastructure-failure';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isInfrastructureFailure', () => {
  it('recognises an unreachable or restarting database', () => {
    expect(isInfrastructureFailure(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isInfrastructureFailure(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isInfrastructureFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isInfrastructureFailure(withCode('database "loket_feedback" does not exist', '3D000'))).toBe(true);
  });

  it('recognises transient database trouble: pool exhaustion, deadlocks, serialization and lock or statement timeouts', () => {
    expect(isInfrastructureFailure(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isInfrastructureFailure(withCode('deadlock detected', '40P01'))).toBe(true);
    expect(isInfrastructureFailure(withCode('could not serialize access due to concurrent update', '40001'))).toBe(true);
    expect(isInfrastructureFailure(withCode('canceling statement due to lock timeout', '55P03'))).toBe(true);
    expect(isInfrastructureFailure(withCode('canceling statement due to statement timeout', '57014'))).toBe(true);
    expect(isInfrastructureFailure(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isInfrastructureFailure(withCode('sorry, too many clients already', '53300'))).toBe(true);
    expect(isInfrastructureFailure(withCode('read ECONNRESET', 'ECONNRESET'))).toBe(true);
    expect(isInfrastructureFailure(new Error('the database system is shutting down'))).toBe(true);
    expect(isInfrastructureFailure(withCode('database "loket_feedback" is not currently accepting connections', '55000'))).toBe(true);
  });

  it('looks through the driver error and the cause a library wraps around it', () => {
    const typeorm = Object.assign(new Error('Query failed'), { driverError: { code: '40P01' } });
    expect(isInfrastructureFailure(typeorm)).toBe(true);
    expect(isInfrastructureFailure(new Error('could not record', { cause: withCode('deadlock detected', '40P01') }))).toBe(true);
  });

  it('treats a bad message or a bug as the message’s problem', () => {
    expect(isInfrastructureFailure(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isInfrastructureFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
  });
});
