import { pendingSchemaChanges } from '@loket/testing';
import { WORKBENCH_SCHEMA } from './workbench.schema';

describe('workbench database schema', () => {
  it('is exactly what the migrations create', async () => {
    expect(await pendingSchemaChanges('loket_workbench_schema', WORKBENCH_SCHEMA)).toEqual([]);
  });
});
