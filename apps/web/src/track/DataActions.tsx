import { useMutation, UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { ProblemMessage } from '../app/ProblemMessage';

interface Props {
  exportData(): Promise<Record<string, unknown>>;
  erase: UseMutationResult<Record<string, unknown>, Error, void>;
}

/** "See my data" as a readable list (not JSON), and erasure after an explicit confirmation. */
export function DataActions({ exportData, erase }: Props) {
  const { t } = useTranslation('track');
  const exported = useMutation({ mutationFn: exportData });
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <section aria-labelledby="export-heading" className="loket-stack">
        <Heading2 id="export-heading">{t('link.exportHeading')}</Heading2>
        <Paragraph>{t('link.exportText')}</Paragraph>
        <Button appearance="secondary-action-button" busy={exported.isPending} onClick={() => exported.mutate()}>
          {t('link.export')}
        </Button>
        {exported.isError && <ProblemMessage error={exported.error} />}
        {exported.data && (
          <div data-testid="export">
            <Heading3>{t('link.exportResult')}</Heading3>
            <DataList value={exported.data} />
          </div>
        )}
      </section>
      <section aria-labelledby="erase-heading" className="loket-stack">
        <Heading2 id="erase-heading">{t('link.eraseHeading')}</Heading2>
        <Paragraph>{t('link.eraseText')}</Paragraph>
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
    </>
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
