export const QUEUES = ['mine', 'team', 'organisation'] as const;
export type QueueName = (typeof QUEUES)[number] | 'triage';

export const STATUSES = ['new', 'assigned', 'in_progress', 'waiting', 'referred', 'resolved', 'closed'] as const;
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const SLA_STATUSES = ['on-track', 'at-risk', 'breached'] as const;
export const SORTS = ['-openedAt', 'openedAt', 'dueAt', '-priority'] as const;

/** The filters of a queue screen; they live in the page's address, so a view can be bookmarked and shared. */
export interface QueueFilters {
  status?: string;
  priority?: string;
  slaStatus?: string;
  categoryMain?: string;
  areaId?: string;
  q?: string;
  sort?: string;
}

const KEYS = ['status', 'priority', 'slaStatus', 'categoryMain', 'areaId', 'q', 'sort'] as const;

export function filtersFrom(search: URLSearchParams): QueueFilters {
  const filters: QueueFilters = {};
  for (const key of KEYS) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

export function searchOf(filters: QueueFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  return search;
}

/** The workbench's query string for one page of a queue. */
export function queueQuery(queue: QueueName, filters: QueueFilters, cursor: string | null, limit: number): string {
  const search = searchOf(filters);
  search.set('queue', queue);
  search.set('limit', String(limit));
  if (cursor) search.set('cursor', cursor);
  return search.toString();
}

/** The workbench's query string for the counts of the queues: the same filters, no order or page. */
export function countsQuery(filters: QueueFilters): string {
  const search = searchOf(filters);
  search.delete('sort');
  return search.toString();
}

/** A queue's count as a tab shows it: "37", or "1.000+" when the queue holds more than the workbench counts. */
export function countLabel(count: { count: number; more: boolean }, language: string): string {
  return `${new Intl.NumberFormat(language).format(count.count)}${count.more ? '+' : ''}`;
}
