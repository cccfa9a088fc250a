import { Alert, Button, FormField, FormLabel, Heading1, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useSearchParams } from 'react-router';
import { WORKBENCH } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';

interface AuditEntry {
  sequence: number;
  occurredAt: string;
  actor: { kind: string; username: string | null; organisation: string | null; roles: string[] };
  action: string;
  caseId: string | null;
  details: Record<string, unknown>;
  hash: string;
}

interface Verification {
  ok: boolean;
  verified: number;
  head?: { sequence: number; hash: string };
  broken?: { sequence: number; reason: string; detail: string };
}

const FILTERS = ['caseId', 'actor', 'from', 'to'] as const;

/** The workbench's audit log with its filters, and the chain verified from the page. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation('beheer');
  useDocumentTitle(t('audit.title'));
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const query = new URLSearchParams();
  for (const key of FILTERS) if (search.get(key)) query.set(key, search.get(key) ?? '');
  const pages = useInfiniteQuery({
    queryKey: ['audit', query.toString()],
    queryFn: ({ pageParam }) => {
      const page = new URLSearchParams(query);
      page.set('limit', '50');
      if (pageParam) page.set('cursor', pageParam);
      return api.get<{ items: AuditEntry[]; nextCursor: string | null }>(`${WORKBENCH}/audit-log?${page.toString()}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const verify = useMutation({ mutationFn: () => api.send<Verification>('POST', `${WORKBENCH}/audit-log/verification`) });
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of FILTERS) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, key === 'from' || key === 'to' ? new Date(value).toISOString() : value);
    }
    setSearch(next);
  };
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Heading1>{t('audit.title')}</Heading1>
      <Button appearance="secondary-action-button" onClick={() => verify.mutate()} disabled={verify.isPending}>
        {t('audit.verify')}
      </Button>
      <ProblemAlert error={verify.error} />
      {verify.data && (
        <Alert type={verify.data.ok ? 'ok' : 'error'} role="status">
          <Paragraph>
            {verify.data.ok
              ? t('audit.ok', { verified: verify.data.verified, head: verify.data.head?.sequence })
              : t('audit.broken', { sequence: verify.data.broken?.sequence, reason: verify.data.broken?.reason, verified: verify.data.verified })}
          </Paragraph>
          {verify.data.broken && <Paragraph>{verify.data.broken.detail}</Paragraph>}
        </Alert>
      )}
      <form onSubmit={apply} className="werkbank-filters" key={search.toString()}>
        <Filter name="caseId" label={t('audit.caseId')} value={search.get('caseId')} />
        <Filter name="actor" label={t('audit.actor')} value={search.get('actor')} />
        <Filter name="from" label={t('audit.from')} value={search.get('from')?.slice(0, 16)} type="datetime-local" />
        <Filter name="to" label={t('audit.to')} value={search.get('to')?.slice(0, 16)} type="datetime-local" />
        <Button type="submit" appearance="secondary-action-button">
          {t('apply')}
        </Button>
      </form>
      <ProblemAlert error={pages.error} />
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">#</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.actor')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.action')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.caseId')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.details')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((entry) => (
            <TableRow key={entry.sequence}>
              <TableCell>{entry.sequence}</TableCell>
              <TableCell>{new Date(entry.occurredAt).toLocaleString(i18n.language)}</TableCell>
              <TableCell>{entry.actor.kind === 'system' ? t('audit.system') : `${entry.actor.username ?? ''} (${entry.actor.organisation ?? entry.actor.roles.join(', ')})`}</TableCell>
              <TableCell>{entry.action}</TableCell>
              <TableCell>{entry.caseId ?? '—'}</TableCell>
              <TableCell>
                <code>{JSON.stringify(entry.details)}</code>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pages.hasNextPage && (
        <Button appearance="secondary-action-button" onClick={() => void pages.fetchNextPage()}>
          {t('more')}
        </Button>
      )}
    </>
  );
}

function Filter({ name, label, value, type = 'text' }: { name: string; label: string; value?: string | null; type?: string }) {
  return (
    <FormField>
      <FormLabel htmlFor={`audit-${name}`}>{label}</FormLabel>
      <Textbox id={`audit-${name}`} name={name} type={type as 'text'} defaultValue={value ?? ''} />
    </FormField>
  );
}
