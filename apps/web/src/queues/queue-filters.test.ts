import { describe, expect, it } from 'vitest';
import { countLabel, countsQuery, filtersFrom, queueQuery, searchOf } from './queue-filters';

describe('queue filters', () => {
  it('come from the address and go back to it, blanks left out', () => {
    const filters = filtersFrom(new URLSearchParams('status=new&q=%20grofvuil%20&priority=&other=x'));
    expect(filters).toEqual({ status: 'new', q: 'grofvuil' });
    expect(searchOf(filters).toString()).toBe('status=new&q=grofvuil');
  });

  it('make the workbench query of a page, with the cursor of the previous one', () => {
    expect(queueQuery('team', { sort: 'dueAt' }, 'abc', 25)).toBe('sort=dueAt&queue=team&limit=25&cursor=abc');
    expect(queueQuery('mine', {}, null, 25)).toBe('queue=mine&limit=25');
  });

  it('count the queues with the same filters but no order, and say "1.000+" beyond the cap', () => {
    expect(countsQuery({ status: 'new', sort: 'dueAt', q: 'hek' })).toBe('status=new&q=hek');
    expect(countLabel({ count: 1000, more: true }, 'nl')).toBe('1.000+');
    expect(countLabel({ count: 1000, more: true }, 'en')).toBe('1,000+');
    expect(countLabel({ count: 37, more: false }, 'nl')).toBe('37');
  });
});
