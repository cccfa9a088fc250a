import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseReport } from './case-types';

/** Every report of the case with its text, place, kind of reporter, extra answers and photos when it has them. */
export function CaseReports({ caseId, reports }: { caseId: string; reports: CaseReport[] }) {
  const { t, i18n } = useTranslation('werkbank');
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="reports-heading">
      <Heading2 id="reports-heading">{t('case.reports', { count: reports.length })}</Heading2>
      {reports.map((report, index) => (
        <article key={report.reportId} className="werkbank-report" aria-labelledby={`report-${report.reportId}`}>
          <Heading3 id={`report-${report.reportId}`}>
            {t('case.report', { n: index + 1, at: date(report.submittedAt) })}
          </Heading3>
          <Paragraph data-testid="report-description">{report.description}</Paragraph>
          <Paragraph>
            {t('case.where', { lat: report.location.lat.toFixed(5), lon: report.location.lon.toFixed(5), areas: report.areaIds.join(', ') || '—' })}
            {' · '}
            {t(`tier.${report.reporterTier}`)}
          </Paragraph>
          {report.answers && Object.keys(report.answers).length > 0 && (
            <dl className="werkbank-facts">
              {Object.entries(report.answers).map(([question, answer]) => (
                <div key={question}>
                  <dt>{question}</dt>
                  <dd>{String(answer)}</dd>
                </div>
              ))}
            </dl>
          )}
          {report.photos && report.photos.length > 0 && (
            <Paragraph>
              {report.photos.map((photo, n) => (
                <a key={photo.photoId} className="utrecht-link" href={`/api/workbench/v1/cases/${caseId}/reports/${report.reportId}/photos/${photo.photoId}`}>
                  {t('case.photo', { n: n + 1 })}
                </a>
              ))}
            </Paragraph>
          )}
        </article>
      ))}
    </section>
  );
}
