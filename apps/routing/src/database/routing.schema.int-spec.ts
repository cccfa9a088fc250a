import { pendingSchemaChanges } from '@loket/testing';
import { ROUTING_SCHEMA } from './routing.schema';

describe('routing database schema', () => {
  it('is exactly what the migrations create', async () => {
    expect(await pendingSchemaChanges('loket_routing_schema', ROUTING_SCHEMA)).toEqual([]);
  });
});
