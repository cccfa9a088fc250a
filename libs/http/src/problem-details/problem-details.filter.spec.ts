import { ArgumentsHost, NotFoundException } from '@nestjs/common';
import { isObservable, lastValueFrom, Observable } from 'rxjs';
import { ProblemException } from './problem';
import { ProblemDetailsFilter, toProblem } from './problem-details.filter';

describe('toProblem', () => {
  it('keeps the field errors of a validation problem', () => {
    const problem = toProblem(ProblemException.badRequest('location.lat: too big', [{ field: 'location.lat', messages: ['too big'] }]));
    expect(problem).toMatchObject({ status: 400, errors: [{ field: 'location.lat', messages: ['too big'] }] });
    expect(problem.type).toMatch(/validation-error$/);
  });

  it('maps a malformed JSON body to a 400', () => {
    expect(toProblem({ type: 'entity.parse.failed', status: 400 })).toMatchObject({ status: 400, type: expect.stringMatching(/malformed-json$/) });
  });

  it('maps an oversized body to a 400 that says so', () => {
    expect(toProblem({ type: 'entity.too.large', status: 413 })).toMatchObject({ status: 400, type: expect.stringMatching(/payload-too-large$/) });
  });

  it('maps Nest HTTP exceptions by their status', () => {
    expect(toProblem(new NotFoundException('Cannot GET /x'))).toMatchObject({ status: 404, title: 'Not found', detail: 'Cannot GET /x' });
  });

  it('reveals nothing of an unexpected error', () => {
    const problem = toProblem(new Error('password=hunter2 leaked in a stack'));
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('hunter2');
  });
});

describe('ProblemDetailsFilter on another transport than HTTP', () => {
  it('hands the error back to the event transport untouched instead of writing an HTTP response', async () => {
    const error = new Error('the database went away');
    const kafkaHost = {
      getType: () => 'rpc',
      switchToHttp: () => {
        throw new Error('a Kafka context has no HTTP response');
      },
    } as unknown as ArgumentsHost;
    const result = new ProblemDetailsFilter().catch(error, kafkaHost);
    expect(isObservable(result)).toBe(true);
    await expect(lastValueFrom(result as Observable<never>)).rejects.toBe(error);
  });
});
