import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { SubmittedReport } from '../api/intake';
import { useAuth } from '../auth/auth';

/** After sending: the tracking code, large and copyable, and the way to the tracking page. */
export function Receipt({ receipt, followed, emailGiven, onAnother }: { receipt: SubmittedReport; followed: boolean; emailGiven: boolean; onAnother(): void }) {
  const { t } = useTranslation('report');
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  const person = useAuth().person;
  const hasMyReports = !!person && ['resident', 'volunteer'].some((role) => person.roles.includes(role));
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="loket-stack" data-testid="receipt">
      <Heading1 ref={heading} tabIndex={-1}>
        {followed ? t('receipt.followTitle') : t('receipt.title')}
      </Heading1>
      <Paragraph id="tracking-code-label">{t('receipt.codeLabel')}</Paragraph>
      <p className="loket-code" aria-labelledby="tracking-code-label" data-testid="tracking-code">
        {receipt.trackingCode}
      </p>
      <Paragraph>{t('receipt.keep')}</Paragraph>
      <div className="loket-actions">
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            navigator.clipboard?.writeText(receipt.trackingCode).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('receipt.copy')}
        </Button>
        <Link className="utrecht-button-link utrecht-button-link--primary-action-button" to={`/volgen/${encodeURIComponent(receipt.trackingCode)}`}>
          {t('receipt.track')}
        </Link>
      </div>
      <Paragraph role="status">{copied ? t('receipt.copied') : ''}</Paragraph>
      {emailGiven && <Paragraph>{t('receipt.email')}</Paragraph>}
      {hasMyReports && (
        <Paragraph>
          <Link className="utrecht-link" to="/mijn-meldingen">
            {t('receipt.myReports')}
          </Link>
        </Paragraph>
      )}
      <Button appearance="subtle-button" onClick={onAnother}>
        {t('receipt.another')}
      </Button>
    </div>
  );
}
