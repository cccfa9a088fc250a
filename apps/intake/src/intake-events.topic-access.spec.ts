import 'reflect-metadata';
import { topicsReadBy } from '@loket/contracts';
import { eventPatternsOf } from '@loket/testing';
import { IntakeEventsController } from './intake-events.controller';

describe('the intake service reads exactly the topics the broker lets it read', () => {
  it('subscribes to the topics TOPIC_ACCESS names it a reader of, and no others', () => {
    expect(eventPatternsOf(IntakeEventsController)).toEqual([...topicsReadBy('intake')].sort());
  });
});
