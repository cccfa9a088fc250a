import 'reflect-metadata';
import { topicsReadBy } from '@loket/contracts';
import { eventPatternsOf } from '@loket/testing';
import { FeedbackEventsController } from './feedback-events.controller';

describe('the feedback service reads exactly the topics the broker lets it read', () => {
  it('subscribes to the topics TOPIC_ACCESS names it a reader of, and no others', () => {
    expect(eventPatternsOf(FeedbackEventsController)).toEqual([...topicsReadBy('feedback')].sort());
  });
});
