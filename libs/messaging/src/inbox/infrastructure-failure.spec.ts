import { isInfrastructureFailure } from './infrastructure-failure';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isInfrastructureFailure', () => {
  it('recognises an unreachable or restarting database', () => {
    expect(isInfrastructureFailure(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isInfrastructureFailure(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isInfrastructureFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isInfrastructureFailure(withCode('database "loket_feedback" does not exist', '3D000'))).toBe(true);
  });

  it('treats a bad message or a bug as the message’s problem', () => {
    expect(isInfrastructureFailure(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isInfrastructureFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
  });
});
