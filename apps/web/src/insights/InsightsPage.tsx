import { Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { CategoryCorrectionsPanel } from '../categories/CategoryCorrectionsPanel';
import { LinkPrecisionPanel } from '../linking/LinkPrecisionPanel';
import { PrioritiesPanel } from '../neighbourhood/PrioritiesPanel';
import { WORKBENCH } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';
import { FIGURES, seriesOf, shownFigure, type Figure, type InsightsTable } from './insight-series';

const InsightChart = lazy(() => import('./InsightChart'));
const DIMENSIONS = ['period', 'area', 'category'] as const;
const RATES = new Set<Figure>(['loopClosureRate', 'slaMetShare', 'satisfactionShare', 'reopenRate']);

/**
 * Steering on social effect: figures per period, area or category, as charts and as a table; suppressed cells say so.
 * Beside them, the measured precision of automatic linking and residents' priorities.
 */
export function InsightsPage() {
  const { t, i18n } = useTranslation('werkbank');
  useDocumentTitle(t('insights.title'));
  const api = useApi();
  const [groupBy, setGroupBy] = useState<(typeof DIMENSIONS)[number]>('period');
  const [period, setPeriod] = useState('month');
  const query = `groupBy=${groupBy}&period=${period}`;
  const insights = useQuery({ queryKey: ['insights', query], queryFn: () => api.get<InsightsTable>(`${WORKBENCH}/insights?${query}`) });
  const [csvError, setCsvError] = useState<unknown>(null);
  const download = async () => {
    setCsvError(null);
    try {
      const blob = await api.download(`${WORKBENCH}/insights?${query}&format=csv`, 'text/csv');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `loket-insights-${groupBy}-${period}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      setCsvError(error);
    }
  };
  const format = (figure: Figure, value: number) => (RATES.has(figure) ? `${Math.round(value * 100)}%` : value.toLocaleString(i18n.language, { maximumFractionDigits: 1 }));
  const cell = (row: InsightsTable['total'], figure: Figure) => {
    const shown = shownFigure(row, figure);
    if ('value' in shown) return format(figure, shown.value);
    return 'suppressed' in shown ? <span className="werkbank-suppressed">{t('insights.suppressed')}</span> : '—';
  };
  return (
    <>
      <Heading1>{t('insights.title')}</Heading1>
      <div className="werkbank-filters">
        <FormField>
          <FormLabel htmlFor="insights-by">{t('insights.groupBy')}</FormLabel>
          <Select id="insights-by" value={groupBy} onChange={(e) => setGroupBy(e.target.value as (typeof DIMENSIONS)[number])}>
            {DIMENSIONS.map((d) => (
              <SelectOption key={d} value={d}>
                {t(`insights.by.${d}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="insights-period">{t('insights.period')}</FormLabel>
          <Select id="insights-period" value={period} onChange={(e) => setPeriod(e.target.value)}>
            <SelectOption value="month">{t('insights.month')}</SelectOption>
            <SelectOption value="week">{t('insights.week')}</SelectOption>
          </Select>
        </FormField>
        <Button appearance="secondary-action-button" onClick={() => void download()}>
          {t('insights.csv')}
        </Button>
      </div>
      <ProblemAlert error={insights.error ?? csvError} />
      {insights.data && (
        <>
          <Paragraph>{t('insights.suppression', { minimum: insights.data.minimumReporters })}</Paragraph>
          <div className="werkbank-charts">
            {FIGURES.map((figure) => {
              const series = seriesOf(insights.data, groupBy, figure);
              return (
                <section key={figure} aria-labelledby={`chart-${figure}`}>
                  <Heading2 id={`chart-${figure}`}>{t(`insights.figure.${figure}`)}</Heading2>
                  <Suspense fallback={<Paragraph>{t('loading')}</Paragraph>}>
                    <InsightChart kind={groupBy === 'period' ? 'line' : 'bar'} label={t(`insights.figure.${figure}`)} labels={series.labels} values={series.values} color="#1a6fa8" />
                  </Suspense>
                  {series.suppressed.some(Boolean) && <Paragraph>{t('insights.gaps', { labels: series.labels.filter((_, i) => series.suppressed[i]).join(', ') })}</Paragraph>}
                </section>
              );
            })}
          </div>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t(`insights.by.${groupBy}`)}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('insights.reporters')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('insights.reports')}</TableHeaderCell>
                {FIGURES.map((f) => (
                  <TableHeaderCell scope="col" key={f}>
                    {t(`insights.figure.${f}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...insights.data.cells, insights.data.total].map((row, index) => (
                <TableRow key={index} data-suppressed={row.suppressed}>
                  <TableHeaderCell scope="row">{index === insights.data.cells.length ? t('insights.total') : String(row[groupBy] ?? '—')}</TableHeaderCell>
                  <TableCell>{row.suppressed ? <span className="werkbank-suppressed">{t('insights.suppressed')}</span> : row.reporters}</TableCell>
                  <TableCell>{row.suppressed ? '' : row.reports}</TableCell>
                  {FIGURES.map((f) => (
                    <TableCell key={f}>{cell(row, f)}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <LinkPrecisionPanel />
      <CategoryCorrectionsPanel />
      <PrioritiesPanel />
    </>
  );
}
