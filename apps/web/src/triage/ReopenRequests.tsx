import { Button, ButtonGroup, FormField, FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, CasePage } from '../cases/case-types';
import { useCaseMutation } from '../cases/use-case-file';
import { WORKBENCH } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';

/** Pending reopen requests of the case (from the triage queue's reasons): grant, or decline with a reason. */
export function ReopenRequests({ file }: { file: CaseFile }) {
  const { t } = useTranslation('werkbank');
  const api = useApi();
  const triage = useInfiniteQuery({
    queryKey: ['queue', 'triage'],
    queryFn: ({ pageParam }) => api.get<CasePage>(`${WORKBENCH}/cases?queue=triage&limit=100${pageParam ? `&cursor=${pageParam}` : ''}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const item = triage.data?.pages.flatMap((p) => p.items).find((i) => i.id === file.id);
  const requests = (item?.triage ?? []).filter((r) => r.reason === 'reopen-requested' && r.requestId);
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="reopen-heading">
      <Heading2 id="reopen-heading">{t('triage.reopenRequests')}</Heading2>
      {requests.map((request) => (
        <ReopenRequest key={request.requestId} file={file} requestId={request.requestId ?? ''} remark={request.remark ?? null} />
      ))}
    </section>
  );
}

function ReopenRequest({ file, requestId, remark }: { file: CaseFile; requestId: string; remark: string | null }) {
  const { t } = useTranslation('werkbank');
  const [reason, setReason] = useState('');
  const grant = useCaseMutation<{ expectedVersion: number }>(file.id, `/reopen-requests/${requestId}/grant`);
  const decline = useCaseMutation<{ reason: string }>(file.id, `/reopen-requests/${requestId}/decline`);
  return (
    <div className="werkbank-report">
      <Paragraph>{remark ? t('triage.remark', { remark }) : t('triage.noRemark')}</Paragraph>
      <FormField>
        <FormLabel htmlFor={`decline-${requestId}`}>{t('triage.declineReason')}</FormLabel>
        <Textbox id={`decline-${requestId}`} value={reason} onChange={(event) => setReason(event.target.value)} />
      </FormField>
      <ButtonGroup>
        <Button appearance="primary-action-button" disabled={grant.isPending} onClick={() => grant.mutate({ expectedVersion: file.version })}>
          {t('triage.grant')}
        </Button>
        <Button appearance="secondary-action-button" disabled={!reason.trim() || decline.isPending} onClick={() => decline.mutate({ reason })}>
          {t('triage.decline')}
        </Button>
      </ButtonGroup>
      <ProblemAlert error={grant.error ?? decline.error} />
    </div>
  );
}
