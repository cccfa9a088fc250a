import 'reflect-metadata';
import { topicsReadBy } from '@loket/contracts';
import { eventPatternsOf } from '@loket/testing';
import { WorkbenchEventsController } from './workbench-events.controller';

describe('the workbench service reads exactly the topics the broker lets it read', () => {
  it('subscribes to the topics TOPIC_ACCESS names it a reader of, and no others', () => {
    expect(eventPatternsOf(WorkbenchEventsController)).toEqual([...topicsReadBy('workbench')].sort());
  });
});
