import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { neighbourhoodPriorities } from '../api/neighbourhood-priorities';
import { currentLanguage } from '../i18n/i18n';
import { localised, useTaxonomy } from '../report/taxonomy';
import { ProblemAlert } from '../werkbank/ProblemAlert';

/**
 * For coordinators (insights, triage): residents' priorities per neighbourhood; small cells suppressed, said so,
 * never shown as zero. With `triageLinks`, each visible theme opens the triage queue for that neighbourhood and
 * theme, so a coordinator can take a neighbourhood's priorities first.
 */
export function PrioritiesPanel({ triageLinks = false }: { triageLinks?: boolean }) {
  const { t, i18n } = useTranslation('neighbourhood');
  const language = currentLanguage(i18n);
  const taxonomy = useTaxonomy();
  const overview = useQuery({ queryKey: ['neighbourhood-priorities'], queryFn: neighbourhoodPriorities.overview, retry: false });
  const minimum = overview.data?.minimumPeople ?? 5;
  const themeName = (code: string) => localised(taxonomy.data?.find((c) => c.code === code)?.name, language) || code;
  const suppressed = <span className="werkbank-suppressed">{t('panel.suppressed', { minimum })}</span>;
  return (
    <section aria-labelledby="priorities-heading" data-testid="priorities-panel">
      <Heading2 id="priorities-heading">{t('panel.heading')}</Heading2>
      <Paragraph>{t('panel.intro', { minimum })}</Paragraph>
      <ProblemAlert error={overview.error} />
      {overview.data && overview.data.neighbourhoods.length === 0 && <Paragraph>{t('panel.none')}</Paragraph>}
      {overview.data && overview.data.neighbourhoods.length > 0 && (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('panel.neighbourhood')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('panel.respondents')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('panel.themes')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.data.neighbourhoods.map((n) => {
                const visible = n.themes.filter((theme) => !theme.suppressed);
                return (
                  <TableRow key={n.areaId} data-area={n.areaId}>
                    <TableHeaderCell scope="row">{n.name}</TableHeaderCell>
                    <TableCell>{n.suppressed ? suppressed : n.respondents}</TableCell>
                    <TableCell>
                      {n.suppressed ? (
                        suppressed
                      ) : (
                        <>
                          {visible.length > 0 && (
                            <ol>
                              {visible.map((theme) => (
                                <li key={theme.theme}>
                                  {t('panel.theme', { rank: theme.rank, theme: themeName(theme.theme), people: theme.people, points: theme.points })}
                                  {triageLinks && (
                                    <>
                                      {' '}
                                      <Link className="utrecht-link" to={`/werkbank/triage?${new URLSearchParams({ areaId: n.areaId, categoryMain: theme.theme }).toString()}`}>
                                        {t('panel.triageLink', { theme: themeName(theme.theme), area: n.name })}
                                      </Link>
                                    </>
                                  )}
                                </li>
                              ))}
                            </ol>
                          )}
                          {visible.length < n.themes.length && <span className="werkbank-suppressed">{t('panel.otherSuppressed')}</span>}
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
      )}
    </section>
  );
}
