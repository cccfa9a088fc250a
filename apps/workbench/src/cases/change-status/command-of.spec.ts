import { ProblemException } from '@loket/http';
import { SANNE } from '../../../testing/workbench-fakes';
import { ChangeStatusRequest } from './change-status.request';
import { commandOf } from './command-of';

const request = (body: Partial<ChangeStatusRequest>) =>
  ({ expectedVersion: 1, ...body }) as ChangeStatusRequest;

describe('commandOf', () => {
  it('turns an assign without assignee into a claim by the caller', () => {
    expect(commandOf(request({ transition: 'assign' }), SANNE)).toEqual({
      name: 'assign',
      assignee: SANNE.subject,
    });
    expect(commandOf(request({ transition: 'assign', assignee: 'colleague-1' }), SANNE)).toEqual({
      name: 'assign',
      assignee: 'colleague-1',
    });
  });

  it('passes the resolution code and reasons through', () => {
    expect(commandOf(request({ transition: 'resolve', resolutionCode: 'duplicate' }), SANNE)).toEqual({
      name: 'resolve',
      resolutionCode: 'duplicate',
    });
    expect(commandOf(request({ transition: 'wait', reason: 'Aannemer' }), SANNE)).toEqual({
      name: 'wait',
      reason: 'Aannemer',
    });
    expect(commandOf(request({ transition: 'wait' }), SANNE)).toEqual({ name: 'wait' });
    expect(commandOf(request({ transition: 'close' }), SANNE)).toEqual({ name: 'close' });
  });

  it.each([
    [{ transition: 'start', assignee: 'x' }, ['assignee']],
    [{ transition: 'assign', resolutionCode: 'solved' }, ['resolutionCode']],
    [{ transition: 'close', reason: 'klaar', resolutionCode: 'solved' }, ['resolutionCode', 'reason']],
    [{ transition: 'resolve' }, ['resolutionCode']],
  ] as const)('refuses %o with a 400 naming %o', (body, fields) => {
    let thrown: unknown;
    try {
      commandOf(request(body as Partial<ChangeStatusRequest>), SANNE);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemException);
    const problem = thrown as ProblemException;
    expect(problem.status).toBe(400);
    expect((problem.extensions['errors'] as { field: string }[]).map((e) => e.field)).toEqual(fields);
  });
});
