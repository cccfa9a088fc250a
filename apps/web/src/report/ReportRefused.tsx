import { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { refusalsOf } from './report-refusals';

/** Intake refused the report: why, in the page's language, each reason a link to the field it is about. */
export function ReportRefused({ error, onField }: { error: unknown; onField(event: MouseEvent<HTMLAnchorElement>, field: string): void }) {
  const { t } = useTranslation('report');
  const refusals = refusalsOf(error);
  return (
    <div data-testid="report-refused">
      <Alert type="error" role="alert">
        <Paragraph>
          <strong>{t('failed')}</strong>
        </Paragraph>
        <ul>
          {refusals.map(({ key, field }) => (
            <li key={key}>
              {field ? (
                <a className="utrecht-link" href={`#${field}`} onClick={(event) => onField(event, field)}>
                  {t(key)}
                </a>
              ) : (
                t(key)
              )}
            </li>
          ))}
        </ul>
        <Paragraph small>{t('refused.nothingStored')}</Paragraph>
      </Alert>
    </div>
  );
}
