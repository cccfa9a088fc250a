import { Alert, Button, Heading1, Heading2, Paragraph, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { FEEDBACK } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';
import { changedCells, LEVELS, SENSITIVITIES, TIERS, withCell, type Matrix } from './matrix';

interface PolicyVersion<T> {
  version: number;
  content: T;
  createdAt: string;
  createdBy: { username: string };
}

/**
 * The disclosure matrix as an editable grid: category sensitivity × reporter tier → the most a reporter hears.
 * Each level is explained beside it; saving makes a new version, in force at once (409 when someone else saved).
 */
export function MatrixPage() {
  const { t } = useTranslation('beheer');
  useDocumentTitle(t('matrix.title'));
  const api = useApi();
  const client = useQueryClient();
  const current = useQuery({ queryKey: ['disclosure', 'matrix'], queryFn: () => api.get<PolicyVersion<Matrix>>(`${FEEDBACK}/admin/disclosure-matrix`) });
  const history = useQuery({ queryKey: ['disclosure', 'matrix', 'history'], queryFn: () => api.get<{ items: { version: number; createdAt: string; createdBy: { username: string } }[] }>(`${FEEDBACK}/admin/disclosure-matrix/versions`) });
  const [draft, setDraft] = useState<Matrix | null>(null);
  useEffect(() => setDraft(current.data?.content ?? null), [current.data]);
  const save = useMutation({
    mutationFn: (matrix: Matrix) => api.send<PolicyVersion<Matrix>>('PUT', `${FEEDBACK}/admin/disclosure-matrix`, { matrix, expectedVersion: current.data?.version }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['disclosure'] }),
  });
  if (current.error) return <ProblemAlert error={current.error} />;
  if (!current.data || !draft) return <Paragraph>{t('loading')}</Paragraph>;
  const changed = changedCells(current.data.content, draft);
  return (
    <>
      <Heading1>{t('matrix.title')}</Heading1>
      <Paragraph>{t('matrix.intro', { version: current.data.version, username: current.data.createdBy.username })}</Paragraph>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('matrix.sensitivity')}</TableHeaderCell>
            {TIERS.map((tier) => (
              <TableHeaderCell scope="col" key={tier}>
                {t(`tier.${tier}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {SENSITIVITIES.map((s) => (
            <TableRow key={s}>
              <TableHeaderCell scope="row">{t(`sensitivity.${s}`)}</TableHeaderCell>
              {TIERS.map((tier) => (
                <TableCell key={tier}>
                  <Select
                    aria-label={t('matrix.cell', { sensitivity: t(`sensitivity.${s}`), tier: t(`tier.${tier}`) })}
                    value={String(draft[s]?.[tier] ?? 0)}
                    onChange={(event) => setDraft(withCell(draft, s, tier, Number(event.target.value)))}
                  >
                    {LEVELS.map((level) => (
                      <SelectOption key={level} value={String(level)}>
                        {level} · {t(`level.${level}`)}
                      </SelectOption>
                    ))}
                  </Select>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Heading2>{t('matrix.levels')}</Heading2>
      <UnorderedList>
        {LEVELS.map((level) => (
          <UnorderedListItem key={level}>
            <strong>
              {level} {t(`level.${level}`)}
            </strong>
            : {t(`levelHelp.${level}`)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph aria-live="polite">{changed.length ? t('matrix.changed', { cells: changed.join(', ') }) : t('matrix.unchanged')}</Paragraph>
      <ProblemAlert error={save.error} onReload={() => { save.reset(); void current.refetch(); }} />
      {save.isSuccess && <Alert type="ok" role="status"><Paragraph>{t('saved', { version: save.data.version })}</Paragraph></Alert>}
      <Button appearance="primary-action-button" disabled={changed.length === 0 || save.isPending} onClick={() => save.mutate(draft)}>
        {t('matrix.save')}
      </Button>
      <Heading2>{t('history')}</Heading2>
      <UnorderedList>
        {(history.data?.items ?? []).map((v) => (
          <UnorderedListItem key={v.version}>
            {t('version', { version: v.version, username: v.createdBy.username, at: new Date(v.createdAt).toLocaleString() })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
