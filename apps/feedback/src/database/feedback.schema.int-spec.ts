import { pendingSchemaChanges } from '@loket/testing';
import { FEEDBACK_SCHEMA } from './feedback.schema';

describe('feedback database schema', () => {
  it('is exactly what the migrations create', async () => {
    expect(await pendingSchemaChanges('loket_feedback_schema', FEEDBACK_SCHEMA)).toEqual([]);
  });
});
