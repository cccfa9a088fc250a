import { Heading2, Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatProportion } from '../linking/proportion';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { hasRole, useApi, usePrincipal } from '../werkbank/session';
import { CATEGORY_SOURCES, categoryCorrectionsPath, CORRECTIONS_DAYS, type CategoryCorrections } from './category-corrections';

/**
 * For coordinators and administrators (insights): how often the category a case opened with was right, as the
 * coordinators' category corrections measure it — for the reporters' own choices and for the suggester's (its
 * top-1 on real reports) — and which categories were corrected to which. Not asked for anyone else; a failure is
 * said in the panel, the rest of the page stays.
 */
export function CategoryCorrectionsPanel() {
  const mayRead = hasRole(usePrincipal(), 'coordinator', 'admin');
  return mayRead ? <MeasuredCorrections /> : null;
}

function MeasuredCorrections() {
  const { t, i18n } = useTranslation('werkbank');
  const api = useApi();
  const measured = useQuery({
    queryKey: ['category-corrections', CORRECTIONS_DAYS],
    queryFn: () => api.get<CategoryCorrections>(categoryCorrectionsPath(CORRECTIONS_DAYS)),
    retry: false,
  });
  const data = measured.data;
  return (
    <section aria-labelledby="category-corrections-heading" data-testid="category-corrections-panel">
      <Heading2 id="category-corrections-heading">{t('categoryCorrections.heading', { days: data?.days ?? CORRECTIONS_DAYS })}</Heading2>
      <Paragraph>{t('categoryCorrections.intro')}</Paragraph>
      <ProblemAlert error={measured.error} explain={(problem) => (problem.missing ? t('categoryCorrections.unavailable') : undefined)} />
      {measured.isPending && <Paragraph aria-live="polite">{t('loading')}</Paragraph>}
      {data && (
        <>
          <Paragraph>{t('categoryCorrections.since', { since: new Date(data.since).toLocaleDateString(i18n.language, { dateStyle: 'long' }) })}</Paragraph>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('categoryCorrections.chosenBy')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('categoryCorrections.opened')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('categoryCorrections.corrected')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('categoryCorrections.kept')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {CATEGORY_SOURCES.map((source) => {
                const row = data.bySource[source];
                // nobody chose the category of a triage case ("overig"): a coordinator giving it one is no error
                const kept = source !== 'triage' && row.kept ? formatProportion(row.kept, i18n.language) : null;
                const none = source === 'triage' ? t('categoryCorrections.notApplicable') : t('categoryCorrections.notMeasured');
                return (
                  <TableRow key={source} data-source={source}>
                    <TableHeaderCell scope="row">{t(`categoryCorrections.source.${source}`)}</TableHeaderCell>
                    <TableCell>{row.opened}</TableCell>
                    <TableCell>{row.corrected}</TableCell>
                    <TableCell>{kept ?? <span className="werkbank-suppressed">{none}</span>}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Heading3>{t('categoryCorrections.confusions')}</Heading3>
          {data.confusions.length === 0 ? (
            <Paragraph>{t('categoryCorrections.noConfusions')}</Paragraph>
          ) : (
            <ul data-testid="category-confusions">
              {data.confusions.map((c) => (
                <li key={`${c.from}→${c.to}`}>{t('categoryCorrections.confusion', { from: c.from, to: c.to, count: c.count })}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
