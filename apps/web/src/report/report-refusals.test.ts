import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/http';
import { refusalsOf } from './report-refusals';

describe('refusalsOf', () => {
  it('turns each problem type of intake into its own sentence, about the photos where it is about them', () => {
    expect(refusalsOf(new ApiProblem(413, 'A photo is too large', 'photo 1 is larger than 10 MB', [], 'photo-too-large'))).toEqual([{ key: 'refused.photoTooLarge', field: 'photos' }]);
    expect(refusalsOf(new ApiProblem(415, 'Not a photo', 'photo 2 is not a JPEG', [], 'not-an-image'))).toEqual([{ key: 'refused.notAnImage', field: 'photos' }]);
    expect(refusalsOf(new ApiProblem(429, 'Too many receipts', undefined, [], 'too-many-receipts'))).toEqual([{ key: 'refused.tooManyReceipts', field: 'email' }]);
    expect(refusalsOf(new ApiProblem(422, 'No', undefined, [], 'case-not-followable'))).toEqual([{ key: 'refused.notFollowable' }]);
    expect(refusalsOf(new ApiProblem(503, 'Service unavailable', undefined, [], 'photo-store-unavailable'))).toEqual([{ key: 'refused.photosUnavailable', field: 'photos' }]);
  });

  it('says why a pasted chat message could not be read, about the paste', () => {
    expect(refusalsOf(new ApiProblem(400, 'This chat message cannot be read', 'chatExport holds no message', [{ field: 'chatExport', messages: ['x'] }], 'chat-no-messages'))).toEqual([
      { key: 'chat.problems.no-messages', field: 'chat-export' },
    ]);
    expect(refusalsOf(new ApiProblem(400, 'Your request is not valid', 'chatExport must not be empty', [{ field: 'chatExport', messages: ['x'] }], 'validation-error'))).toEqual([
      { key: 'refused.field.chatExport', field: 'chat-export' },
    ]);
  });

  it('names each field of a 400 once, by the form element it is about', () => {
    const problem = new ApiProblem(400, 'Your request is not valid', 'contact.email must be an email', [
      { field: 'contact.email', messages: ['contact.email must be an email'] },
      { field: 'location.lat', messages: ['lat must not be greater than 90'] },
      { field: 'location.lon', messages: ['lon must not be greater than 180'] },
      { field: 'answers.size', messages: ['unknown option'] },
    ], 'validation-error');
    expect(refusalsOf(problem)).toEqual([
      { key: 'refused.field.email', field: 'email' },
      { key: 'refused.field.location', field: 'where-heading' },
      { key: 'refused.field.answers', field: 'description' },
    ]);
  });

  it('falls back on the status, never on the service’s words', () => {
    expect(refusalsOf(new ApiProblem(0, 'Network error'))).toEqual([{ key: 'refused.network' }]);
    expect(refusalsOf(new Error('boom'))).toEqual([{ key: 'refused.network' }]);
    expect(refusalsOf(new ApiProblem(429, 'Too Many Requests'))).toEqual([{ key: 'refused.tooManyReports' }]);
    expect(refusalsOf(new ApiProblem(503, 'Service Unavailable'))).toEqual([{ key: 'refused.server' }]);
    expect(refusalsOf(new ApiProblem(413, 'Payload Too Large'))).toEqual([{ key: 'refused.photoTooLarge', field: 'photos' }]);
    expect(refusalsOf(new ApiProblem(400, 'Bad', 'x', [], 'validation-error'))).toEqual([{ key: 'refused.invalid' }]);
    expect(refusalsOf(new ApiProblem(418, 'Teapot'))).toEqual([{ key: 'refused.unknown' }]);
  });
});
