import { pendingSchemaChanges } from '@loket/testing';
import { INTAKE_SCHEMA } from './intake.schema';

describe('intake database schema', () => {
  it('is exactly what the migrations create', async () => {
    expect(await pendingSchemaChanges('loket_intake_schema', INTAKE_SCHEMA)).toEqual([]);
  });
});
