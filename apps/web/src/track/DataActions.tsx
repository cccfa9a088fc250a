import { useMutation, UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { LinkSent } from '../api/feedback';
import { ProblemMessage } from '../app/ProblemMessage';

/** A moment as the reader's clock shows it, in the page's language. */
function useTimeOf() {
  const { i18n } = useTranslation();
  return (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) : '');
}

/**
 * On the manage link: seeing or erasing one's data takes a short-lived link of its own, e-mailed on request, so
 * a forwarded e-mail does not hand over the data. Also: revoke every link sent so far.
 */
export function RequestDataLinks({ emailOnFile, request, revoke }: {
  emailOnFile: boolean;
  request(purpose: 'export' | 'erase'): Promise<LinkSent>;
  revoke(): Promise<LinkSent>;
}) {
  const { t } = useTranslation('track');
  const timeOf = useTimeOf();
  const asked = useMutation({ mutationFn: request });
  const revoked = useMutation({ mutationFn: revoke });
  return (
    <>
      <section aria-labelledby="data-link-heading" className="loket-stack">
        <Heading2 id="data-link-heading">{t('link.requestHeading')}</Heading2>
        <Paragraph>{t('link.requestText')}</Paragraph>
        {emailOnFile ? (
          <ButtonGroup>
            <Button appearance="secondary-action-button" busy={asked.isPending && asked.variables === 'export'} onClick={() => asked.mutate('export')}>
              {t('link.requestExport')}
            </Button>
            <Button appearance="secondary-action-button" busy={asked.isPending && asked.variables === 'erase'} onClick={() => asked.mutate('erase')}>
              {t('link.requestErase')}
            </Button>
          </ButtonGroup>
        ) : (
          <Paragraph>{t('link.requestNoEmail')}</Paragraph>
        )}
        {asked.isSuccess && (
          <Alert type="ok" role="status">
            <Paragraph>{t('link.requestSent', { time: timeOf(asked.data.validUntil) })}</Paragraph>
          </Alert>
        )}
        {asked.isError && <ProblemMessage error={asked.error} />}
      </section>
      <section aria-labelledby="revoke-heading" className="loket-stack">
        <Heading2 id="revoke-heading">{t('link.revokeHeading')}</Heading2>
        <Paragraph>{t('link.revokeText')}</Paragraph>
        {revoked.isSuccess ? (
          <Alert type="ok" role="status">
            <Paragraph>{revoked.data.sentByEmail ? t('link.revokedNewLink') : t('link.revokedNoEmail')}</Paragraph>
          </Alert>
        ) : (
          <Button appearance="secondary-action-button" busy={revoked.isPending} onClick={() => revoked.mutate()}>
            {t('link.revoke')}
          </Button>
        )}
        {revoked.isError && <ProblemMessage error={revoked.error} />}
      </section>
    </>
  );
}

/** On an export link: "see my data" as a readable list (not JSON); the link works once. */
export function ExportData({ exportData, validUntil }: { exportData(): Promise<Record<string, unknown>>; validUntil: string }) {
  const { t } = useTranslation('track');
  const timeOf = useTimeOf();
  const exported = useMutation({ mutationFn: exportData });
  return (
    <section aria-labelledby="export-heading" className="loket-stack">
      <Heading2 id="export-heading">{t('link.exportHeading')}</Heading2>
      <Paragraph>{t('link.exportText')}</Paragraph>
      <Paragraph>{t('link.validUntil', { time: timeOf(validUntil) })}</Paragraph>
      {!exported.data && (
        <Button appearance="primary-action-button" busy={exported.isPending} onClick={() => exported.mutate()}>
          {t('link.export')}
        </Button>
      )}
      {exported.isError && <ProblemMessage error={exported.error} />}
      {exported.data && (
        <div data-testid="export">
          <Heading3>{t('link.exportResult')}</Heading3>
          <DataList value={exported.data} />
        </div>
      )}
    </section>
  );
}

/** On an erase link: erasure after an explicit confirmation. */
export function EraseData({ erase, validUntil }: { erase: UseMutationResult<Record<string, unknown>, Error, void>; validUntil: string }) {
  const { t } = useTranslation('track');
  const timeOf = useTimeOf();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="erase-heading" className="loket-stack">
      <Heading2 id="erase-heading">{t('link.eraseHeading')}</Heading2>
      <Paragraph>{t('link.eraseText')}</Paragraph>
      <Paragraph>{t('link.validUntil', { time: timeOf(validUntil) })}</Paragraph>
      {confirming ? (
        <Button appearance="primary-action-button" busy={erase.isPending} onClick={() => erase.mutate()}>
          {t('link.eraseConfirm')}
        </Button>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setConfirming(true)}>
          {t('link.erase')}
        </Button>
      )}
      {erase.isError && <ProblemMessage error={erase.error} />}
    </section>
  );
}

/** Any JSON value as nested definition lists: keys as terms, values as text (never as markup). */
function DataList({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <>–</>;
  if (Array.isArray(value)) {
    return value.length === 0 ? <>–</> : (
      <ol>
        {value.map((item, index) => (
          <li key={index}>
            <DataList value={item} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="loket-data-list">
        {Object.entries(value as Record<string, unknown>).map(([key, item]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>
              <DataList value={item} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}
