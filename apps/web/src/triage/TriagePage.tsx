import { Button, Heading1, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Link, useSearchParams } from 'react-router';
import { PrioritiesPanel } from '../neighbourhood/PrioritiesPanel';
import { TriageFocus, triageFocusOf } from '../neighbourhood/TriageFocus';
import type { CasePage } from '../cases/case-types';
import { queueQuery } from '../queues/queue-filters';
import { SlaBadge } from '../queues/SlaBadge';
import { useCaseChanges } from '../queues/use-case-changes';
import { WORKBENCH } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';

/** The coordinators' triage queue, each case with why it is here, in words. */
export function TriagePage() {
  const { t, i18n } = useTranslation('werkbank');
  useDocumentTitle(t('triage.title'));
  const api = useApi();
  useCaseChanges();
  const [search] = useSearchParams();
  const focus = triageFocusOf(search);
  const pages = useInfiniteQuery({
    queryKey: ['queue', 'triage', focus],
    queryFn: ({ pageParam }) => api.get<CasePage>(`${WORKBENCH}/cases?${queueQuery('triage', focus, pageParam, 25)}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <>
      <Heading1>{t('triage.title')}</Heading1>
      <TriageFocus focus={focus} />
      <ProblemAlert error={pages.error} />
      <Paragraph aria-live="polite">{pages.isPending ? t('loading') : t('queue.count', { count: items.length, more: pages.hasNextPage ? '+' : '' })}</Paragraph>
      {items.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('queue.opened')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('queue.category')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('queue.teamColumn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('triage.why')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('queue.sla')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell>
                  <Link to={`/werkbank/triage/${item.id}`} className="utrecht-link">
                    {date(item.openedAt)}
                  </Link>
                </TableCell>
                <TableCell>
                  {item.category.main}
                  {item.category.sub ? ` / ${item.category.sub}` : ''}
                </TableCell>
                <TableCell>
                  {item.organisation} / {item.team}
                </TableCell>
                <TableCell>
                  <UnorderedList>
                    {(item.triage ?? []).map((reason) => (
                      <UnorderedListItem key={reason.reason}>
                        <strong>{t(`triage.reason.${reason.reason}`)}</strong>: {reason.explanation}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                </TableCell>
                <TableCell>
                  <SlaBadge status={item.slaStatus} dueAt={item.sla.dueAt} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {pages.hasNextPage && (
        <Button appearance="secondary-action-button" onClick={() => void pages.fetchNextPage()}>
          {t('queue.more')}
        </Button>
      )}
      <PrioritiesPanel triageLinks />
    </>
  );
}
