import 'reflect-metadata';
import { topicsReadBy } from '@loket/contracts';
import { eventPatternsOf } from '@loket/testing';
import { RoutingEventsController } from './routing-events.controller';

describe('the routing service reads exactly the topics the broker lets it read', () => {
  it('subscribes to the topics TOPIC_ACCESS names it a reader of, and no others', () => {
    expect(eventPatternsOf(RoutingEventsController)).toEqual([...topicsReadBy('routing')].sort());
  });
});
