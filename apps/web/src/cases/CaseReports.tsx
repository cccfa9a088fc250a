import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import type { CaseAnswer, CaseReport } from './case-types';
import { CasePlaces } from './CasePlaces';
import { ReportPhoto } from './ReportPhoto';

/** Every report of the case with its text, place (also on a map), kind of reporter, how it came in, answers and photos. */
export function CaseReports({ caseId, reports }: { caseId: string; reports: CaseReport[] }) {
  const { t, i18n } = useTranslation('werkbank');
  const language = currentLanguage(i18n);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const answer = (a: CaseAnswer) =>
    a.valueLabel ? a.valueLabel[language] : typeof a.value === 'boolean' ? t(a.value ? 'case.yes' : 'case.no') : String(a.value);
  return (
    <section aria-labelledby="reports-heading">
      <Heading2 id="reports-heading">{t('case.reports', { count: reports.length })}</Heading2>
      <CasePlaces reports={reports} />
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
            {report.channel && ` · ${t(`case.channels.${report.channel}`, { defaultValue: report.channel })}`}
            {report.observedAt && ` · ${t('case.observed', { at: date(report.observedAt) })}`}
          </Paragraph>
          {report.answers && report.answers.length > 0 && (
            <dl className="werkbank-facts">
              {report.answers.map((a) => (
                <div key={a.questionId} className={a.urgent ? 'werkbank-answer--urgent' : undefined}>
                  <dt>{a.label[language]}</dt>
                  <dd>
                    {answer(a)}
                    {a.urgent && ` (${t('case.urgentAnswer')})`}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {report.photos && report.photos.length > 0 && (
            <div className="werkbank-photos">
              {report.photos.map((photo, n) => (
                <ReportPhoto key={photo.photoId} caseId={caseId} reportId={report.reportId} photo={photo} alt={t('case.photoAlt', { n: n + 1, report: index + 1 })} />
              ))}
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
