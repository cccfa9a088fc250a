import {
  Button,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Link, NavLink, useParams, useSearchParams } from 'react-router';
import type { CaseCounts, CasePage } from '../cases/case-types';
import { WORKBENCH } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';
import { countLabel, countsQuery, filtersFrom, PRIORITIES, QUEUES, queueQuery, SLA_STATUSES, SORTS, STATUSES, type QueueFilters, type QueueName } from './queue-filters';
import { SlaBadge } from './SlaBadge';
import { useCaseChanges } from './use-case-changes';

const PAGE_SIZE = 25;

/** A professional's queue (mine, team, organisation): filters and sort in the address, cursor pages, live. */
export function QueuePage() {
  const { t, i18n } = useTranslation('werkbank');
  useDocumentTitle(t('queue.title'));
  const api = useApi();
  const params = useParams();
  const queue = (QUEUES as readonly string[]).includes(params['queue'] ?? '') ? (params['queue'] as QueueName) : 'team';
  const [search, setSearch] = useSearchParams();
  const filters = filtersFrom(search);
  useCaseChanges();
  const pages = useInfiniteQuery({
    queryKey: ['queue', queue, filters],
    queryFn: ({ pageParam }) => api.get<CasePage>(`${WORKBENCH}/cases?${queueQuery(queue, filters, pageParam, PAGE_SIZE)}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  // Under ['queue']: whatever refreshes the queues (a case changed, an action) refreshes the counts too.
  const counts = useQuery({
    queryKey: ['queue', 'counts', filters],
    queryFn: () => api.get<CaseCounts>(`${WORKBENCH}/cases/counts?${countsQuery(filters)}`),
  });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: QueueFilters = {};
    for (const key of ['status', 'priority', 'slaStatus', 'categoryMain', 'q', 'sort'] as const) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next[key] = value;
    }
    setSearch(new URLSearchParams(next as Record<string, string>));
  };
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <>
      <Heading1>{t('queue.title')}</Heading1>
      <nav aria-label={t('queue.queues')} className="werkbank-tabs">
        {QUEUES.map((name) => {
          const count = counts.data?.[name];
          return (
            <NavLink key={name} to={`/werkbank/queues/${name}${search.size > 0 ? `?${search.toString()}` : ''}`} className="utrecht-link" aria-current={name === queue ? 'page' : undefined}>
              {t(`queue.${name}`)}
              {count && ` ${t('queue.tabCount', { n: countLabel(count, i18n.language) })}`}
            </NavLink>
          );
        })}
      </nav>
      <form onSubmit={apply} className="werkbank-filters" aria-label={t('queue.filters')} key={search.toString()}>
        <Choice name="status" label={t('queue.status')} value={filters.status} options={STATUSES.map((s) => [s, t(`status.${s}`)])} />
        <Choice name="priority" label={t('queue.priority')} value={filters.priority} options={PRIORITIES.map((p) => [p, t(`priority.${p}`)])} />
        <Choice name="slaStatus" label={t('queue.sla')} value={filters.slaStatus} options={SLA_STATUSES.map((s) => [s, t(`sla.${s}`)])} />
        <FormField>
          <FormLabel htmlFor="filter-category">{t('queue.category')}</FormLabel>
          <Textbox id="filter-category" name="categoryMain" defaultValue={filters.categoryMain ?? ''} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="filter-q">{t('queue.search')}</FormLabel>
          <Textbox id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="filter-sort">{t('queue.sort')}</FormLabel>
          <Select id="filter-sort" name="sort" defaultValue={filters.sort ?? '-openedAt'}>
            {SORTS.map((s) => (
              <SelectOption key={s} value={s}>
                {t(`sort.${s}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <Button type="submit" appearance="secondary-action-button">
          {t('queue.apply')}
        </Button>
      </form>
      <ProblemAlert error={pages.error} />
      <Paragraph aria-live="polite">
        {pages.isPending ? t('loading') : t('queue.count', { count: items.length, more: pages.hasNextPage ? '+' : '' })}
      </Paragraph>
      {items.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('queue.opened')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('queue.category')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('queue.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('queue.priority')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('queue.teamColumn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('queue.sla')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell>
                  <Link to={`/werkbank/cases/${item.id}`} className="utrecht-link">
                    {date(item.openedAt)}
                  </Link>
                </TableCell>
                <TableCell>
                  {item.category.main}
                  {item.category.sub ? ` / ${item.category.sub}` : ''}
                </TableCell>
                <TableCell>{t(`status.${item.status}`)}</TableCell>
                <TableCell>{t(`priority.${item.priority}`)}</TableCell>
                <TableCell>{item.team}</TableCell>
                <TableCell>
                  <SlaBadge status={item.slaStatus} dueAt={item.sla.dueAt} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {pages.hasNextPage && (
        <Button appearance="secondary-action-button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          {t('queue.more')}
        </Button>
      )}
    </>
  );
}

function Choice({ name, label, value, options }: { name: string; label: string; value?: string; options: [string, string][] }) {
  const { t } = useTranslation('werkbank');
  return (
    <FormField>
      <FormLabel htmlFor={`filter-${name}`}>{label}</FormLabel>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        <SelectOption value="">{t('queue.any')}</SelectOption>
        {options.map(([v, text]) => (
          <SelectOption key={v} value={v}>
            {text}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
