import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { ROUTING } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { hasRole, useApi, usePrincipal } from '../werkbank/session';
import { PolicyHistory } from './PolicyHistory';
import { issuesByRule, listOf, moveRule, moveRuleTo, type PolicyDocument, type PolicyIssue, type Rule } from './policy-rules';

interface VersionSummary {
  policyId: string;
  version: number;
  status: string;
  rules: number;
  createdAt: string;
  publishedAt: string | null;
}

interface Simulation {
  reports: number;
  unrouted: { reportId: string; policy: string }[];
  changed: { reportId: string; before: { explanation: string }; after: { explanation: string } }[];
}

const POLICY = 'default';

/**
 * The routing policy editor: the draft's ordered rules as a table (move with the buttons, by keyboard),
 * validation problems on the rule they concern, simulation against recent reports, publish.
 */
export function PolicyEditorPage() {
  const { t } = useTranslation('beheer');
  useDocumentTitle(t('policies.title'));
  const api = useApi();
  const client = useQueryClient();
  const isAdmin = hasRole(usePrincipal(), 'admin');
  const versions = useQuery({ queryKey: ['policies'], queryFn: () => api.get<VersionSummary[]>(`${ROUTING}/policies`) });
  const newest = [...(versions.data ?? [])].filter((v) => v.policyId === POLICY).sort((a, b) => b.version - a.version);
  const chosen = newest.find((v) => v.status === 'draft') ?? newest.find((v) => v.status === 'published');
  const doc = useQuery({
    queryKey: ['policies', chosen?.version],
    queryFn: () => api.get<PolicyDocument>(`${ROUTING}/policies/${POLICY}/versions/${chosen?.version}`),
    enabled: chosen !== undefined,
  });
  const [rules, setRules] = useState<Rule[] | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  useEffect(() => setRules(doc.data?.rules ?? null), [doc.data]);
  const refresh = () => void client.invalidateQueries({ queryKey: ['policies'] });
  const path = `${ROUTING}/policies/${POLICY}/versions/${chosen?.version}`;
  const createDraft = useMutation({ mutationFn: () => api.send<PolicyDocument>('POST', `${ROUTING}/policies/${POLICY}/drafts`, {}), onSuccess: refresh });
  const saveDraft = useMutation({ mutationFn: () => api.send<PolicyDocument>('PUT', path, { rules, fallback: doc.data?.fallback ?? null }), onSuccess: refresh });
  const validate = useMutation({ mutationFn: () => api.send<{ publishable: boolean; issues: PolicyIssue[] }>('POST', `${path}/validate`) });
  const simulate = useMutation({ mutationFn: () => api.send<Simulation>('POST', `${path}/simulate`, { lastReports: 500 }) });
  const publish = useMutation({ mutationFn: () => api.send<unknown>('POST', `${path}/publish`), onSuccess: refresh });
  const issues = issuesByRule(validate.data?.issues ?? []);
  const isDraft = doc.data?.status === 'draft';
  const editable = isDraft && isAdmin;
  const dirty = rules !== null && doc.data !== undefined && JSON.stringify(rules) !== JSON.stringify(doc.data.rules);
  const edit = (index: number, change: (rule: Rule) => Rule) => rules && setRules(rules.map((r, i) => (i === index ? change(r) : r)));

  return (
    <>
      <Heading1>{t('policies.title')}</Heading1>
      <ProblemAlert error={versions.error ?? doc.error} />
      <Paragraph>
        {chosen ? t('policies.showing', { version: chosen.version, status: t(`policies.status.${chosen.status}`, { defaultValue: chosen.status }) }) : t('loading')}
      </Paragraph>
      {/* Only once the version shown is loaded: a draft made before the list arrived left the page on the old list
          (the refetch joined the request already under way, sent before the draft existed). */}
      {doc.data && !isDraft && isAdmin && (
        <Button appearance="primary-action-button" onClick={() => createDraft.mutate()} disabled={createDraft.isPending}>
          {t('policies.newDraft')}
        </Button>
      )}
      {rules && editable && <Paragraph>{t('policies.dragHint')}</Paragraph>}
      {rules && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">#</TableHeaderCell>
              <TableHeaderCell scope="col">{t('policies.rule')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('policies.categories')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('policies.areas')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('policies.outcome')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('policies.sla')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('policies.problems')}</TableHeaderCell>
              {editable && <TableHeaderCell scope="col">{t('policies.order')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rules.map((rule, index) => (
              <TableRow
                key={rule.id}
                data-rule={rule.id}
                draggable={editable}
                className={dragged === index ? 'beheer-rule--dragged' : undefined}
                title={editable ? t('policies.drag', { rule: rule.name }) : undefined}
                onDragStart={(e) => {
                  setDragged(index);
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', rule.id);
                }}
                onDragOver={(e) => dragged !== null && e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  if (dragged !== null) setRules(moveRuleTo(rules, dragged, index));
                  setDragged(null);
                }}
                onDragEnd={() => setDragged(null)}
              >
                <TableCell>{index + 1}</TableCell>
                <TableCell>{rule.name}</TableCell>
                <TableCell>
                  {editable ? (
                    <Textbox aria-label={t('policies.categoriesOf', { rule: rule.name })} defaultValue={(rule.conditions.categories ?? []).join(', ')} onBlur={(e) => edit(index, (r) => ({ ...r, conditions: { ...r.conditions, categories: listOf(e.target.value) } }))} />
                  ) : (
                    (rule.conditions.categories ?? []).join(', ') || t('policies.any')
                  )}
                </TableCell>
                <TableCell>{(rule.conditions.areas ?? []).join(', ') || t('policies.any')}</TableCell>
                <TableCell>
                  {editable ? (
                    <>
                      <Textbox aria-label={t('policies.organisationOf', { rule: rule.name })} defaultValue={rule.outcome.organisation} onBlur={(e) => edit(index, (r) => ({ ...r, outcome: { ...r.outcome, organisation: e.target.value.trim() } }))} />
                      <Textbox aria-label={t('policies.teamOf', { rule: rule.name })} defaultValue={rule.outcome.team} onBlur={(e) => edit(index, (r) => ({ ...r, outcome: { ...r.outcome, team: e.target.value.trim() } }))} />
                      <Select aria-label={t('policies.priorityOf', { rule: rule.name })} value={rule.outcome.priority} onChange={(e) => edit(index, (r) => ({ ...r, outcome: { ...r.outcome, priority: e.target.value as Rule['outcome']['priority'] } }))}>
                        {['low', 'normal', 'high', 'urgent'].map((p) => (
                          <SelectOption key={p} value={p}>
                            {p}
                          </SelectOption>
                        ))}
                      </Select>
                    </>
                  ) : (
                    `${rule.outcome.organisation} / ${rule.outcome.team} · ${rule.outcome.priority}`
                  )}
                </TableCell>
                <TableCell>
                  {rule.outcome.sla.amount} {rule.outcome.sla.unit} ({rule.outcome.sla.calendar})
                </TableCell>
                <TableCell>
                  {(issues.get(rule.id) ?? []).map((issue) => (
                    <Paragraph key={issue.code + issue.message} className={`werkbank-issue werkbank-issue--${issue.severity}`}>
                      {t(`policies.${issue.severity}`)}: {issue.message}
                    </Paragraph>
                  ))}
                </TableCell>
                {editable && (
                  <TableCell>
                    <ButtonGroup>
                      <Button appearance="subtle-button" aria-label={t('policies.up', { rule: rule.name })} disabled={index === 0} onClick={() => setRules(moveRule(rules, index, -1))}>
                        ↑
                      </Button>
                      <Button appearance="subtle-button" aria-label={t('policies.down', { rule: rule.name })} disabled={index === rules.length - 1} onClick={() => setRules(moveRule(rules, index, 1))}>
                        ↓
                      </Button>
                      <Button appearance="subtle-button" aria-label={t('policies.remove', { rule: rule.name })} onClick={() => setRules(rules.filter((_, i) => i !== index))}>
                        ✕
                      </Button>
                    </ButtonGroup>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {(issues.get('') ?? []).map((issue) => (
        <Alert key={issue.code + issue.message} type={issue.severity === 'error' ? 'error' : 'warning'}>
          <Paragraph>{issue.message}</Paragraph>
        </Alert>
      ))}
      <ButtonGroup>
        {editable && (
          <Button appearance="secondary-action-button" disabled={!dirty || saveDraft.isPending} onClick={() => saveDraft.mutate()}>
            {t('policies.save')}
          </Button>
        )}
        <Button appearance="secondary-action-button" disabled={!chosen || dirty} onClick={() => validate.mutate()}>
          {t('policies.validate')}
        </Button>
        <Button appearance="secondary-action-button" disabled={!isDraft || dirty} onClick={() => simulate.mutate()}>
          {t('policies.simulate')}
        </Button>
        {editable && (
          <Button appearance="primary-action-button" disabled={dirty || publish.isPending} onClick={() => publish.mutate()}>
            {t('policies.publish')}
          </Button>
        )}
      </ButtonGroup>
      <ProblemAlert error={createDraft.error ?? saveDraft.error ?? validate.error ?? simulate.error ?? publish.error} />
      {validate.data && (
        <Paragraph role="status">{validate.data.publishable ? t('policies.publishable', { count: validate.data.issues.length }) : t('policies.notPublishable')}</Paragraph>
      )}
      {publish.isSuccess && <Alert type="ok" role="status"><Paragraph>{t('policies.published')}</Paragraph></Alert>}
      {simulate.data && (
        <section aria-labelledby="simulation-heading">
          <Heading2 id="simulation-heading">{t('policies.simulation', { changed: simulate.data.changed.length, reports: simulate.data.reports })}</Heading2>
          <UnorderedList>
            {simulate.data.changed.slice(0, 20).map((change) => (
              <UnorderedListItem key={change.reportId}>
                {t('policies.change', { before: change.before.explanation, after: change.after.explanation })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      <PolicyHistory policyId={POLICY} isAdmin={isAdmin} />
    </>
  );
}
