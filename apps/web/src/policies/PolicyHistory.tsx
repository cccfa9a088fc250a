import { Button, ButtonGroup, Heading2, Heading3, Paragraph, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROUTING } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';
import { defaultComparison, type PolicyChange, type PolicyDiff, type PolicyVersion } from './policy-history';

interface Props {
  policyId: string;
  isAdmin: boolean;
}

/** Every version of the policy with who made, published and retired it and when; the differences between two; retire a draft. */
export function PolicyHistory({ policyId, isAdmin }: Props) {
  const { t, i18n } = useTranslation('beheer');
  const api = useApi();
  const client = useQueryClient();
  const base = `${ROUTING}/policies/${policyId}`;
  const versions = useQuery({ queryKey: ['policies', policyId, 'versions'], queryFn: () => api.get<PolicyVersion[]>(`${base}/versions`) });
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const suggested = defaultComparison(versions.data ?? []);
  useEffect(() => setPair(suggested), [suggested?.from, suggested?.to]);
  const diff = useQuery({
    queryKey: ['policies', policyId, 'diff', pair?.from, pair?.to],
    queryFn: () => api.get<PolicyDiff>(`${base}/diff?from=${pair?.from}&to=${pair?.to}`),
    enabled: pair !== null && pair.from !== pair.to,
  });
  const retire = useMutation({
    mutationFn: (version: number) => api.send<unknown>('POST', `${base}/versions/${version}/retire`),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['policies'] }),
  });
  const when = (at: string | null, by: string | null) => (at ? t('policies.history.byAt', { by: by ?? t('policies.history.system'), at: new Date(at).toLocaleString(i18n.language) }) : '—');

  return (
    <section aria-labelledby="policy-history-heading" data-testid="policy-history">
      <Heading2 id="policy-history-heading">{t('policies.history.title')}</Heading2>
      <ProblemAlert error={versions.error ?? retire.error} />
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('policies.history.version')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('policies.history.state')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('policies.history.rules')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('policies.history.created')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('policies.history.published')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('policies.history.retired')}</TableHeaderCell>
            {isAdmin && <TableHeaderCell scope="col">{t('policies.history.actions')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {(versions.data ?? []).map((v) => (
            <TableRow key={v.version} data-version={v.version}>
              <TableCell>{v.version}</TableCell>
              <TableCell>{t(`policies.status.${v.status}`, { defaultValue: v.status })}</TableCell>
              <TableCell>{v.rules}</TableCell>
              <TableCell>{when(v.createdAt, v.createdBy)}</TableCell>
              <TableCell>{when(v.publishedAt, v.publishedBy)}</TableCell>
              <TableCell>{when(v.retiredAt, v.retiredBy)}</TableCell>
              {isAdmin && (
                <TableCell>
                  {v.status === 'draft' && (
                    <Button appearance="subtle-button" disabled={retire.isPending} onClick={() => retire.mutate(v.version)}>
                      {t('policies.history.retire', { version: v.version })}
                    </Button>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {versions.data && versions.data.length > 1 && (
        <>
          <Heading3>{t('policies.history.compare')}</Heading3>
          <ButtonGroup>
            <VersionSelect label={t('policies.history.from')} id="diff-from" versions={versions.data} value={pair?.from} onChange={(from) => setPair({ from, to: pair?.to ?? from })} />
            <VersionSelect label={t('policies.history.to')} id="diff-to" versions={versions.data} value={pair?.to} onChange={(to) => setPair({ from: pair?.from ?? to, to })} />
          </ButtonGroup>
          <ProblemAlert error={diff.error} />
          {diff.data && pair && pair.from !== pair.to && (
            <div role="status" data-testid="policy-diff">
              <Paragraph>{t('policies.history.diffOf', { from: diff.data.from.version, to: diff.data.to.version, count: diff.data.changes.length })}</Paragraph>
              <UnorderedList>
                {diff.data.changes.map((change) => (
                  <UnorderedListItem key={change.kind + ('ruleId' in change ? change.ruleId : '')}>
                    <ChangeText change={change} />
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function VersionSelect({ label, id, versions, value, onChange }: { label: string; id: string; versions: PolicyVersion[]; value: number | undefined; onChange: (version: number) => void }) {
  const { t } = useTranslation('beheer');
  return (
    <span className="beheer-field">
      <label htmlFor={id}>{label}</label>{' '}
      <Select id={id} value={value === undefined ? '' : String(value)} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <SelectOption key={v.version} value={String(v.version)}>
            {t('policies.history.option', { version: v.version, status: t(`policies.status.${v.status}`, { defaultValue: v.status }) })}
          </SelectOption>
        ))}
      </Select>
    </span>
  );
}

/** One change in the reader's language, from the diff's structured parts. */
function ChangeText({ change }: { change: PolicyChange }) {
  const { t } = useTranslation('beheer');
  const value = (text: string) => text || t('policies.diff.none');
  switch (change.kind) {
    case 'rule-added':
      return <>{t('policies.diff.added', { rule: change.ruleName, id: change.ruleId, position: change.position })}</>;
    case 'rule-removed':
      return <>{t('policies.diff.removed', { rule: change.ruleName, id: change.ruleId, position: change.position })}</>;
    case 'rule-moved':
      return <>{t('policies.diff.moved', { rule: change.ruleName, id: change.ruleId, from: change.from, to: change.to })}</>;
    case 'fallback-changed':
      return <>{t('policies.diff.fallback', { before: change.before, after: change.after })}</>;
    case 'rule-changed':
      return (
        <>
          {t('policies.diff.changed', { rule: change.ruleName, id: change.ruleId })}{' '}
          {change.fields
            .map((f) => t('policies.diff.field', { field: t(`policies.diff.fields.${f.field}`, { defaultValue: f.field }), before: value(f.before), after: value(f.after) }))
            .join('; ')}
        </>
      );
  }
}
