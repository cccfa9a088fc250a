import { Heading2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyVersion } from './taxonomy-draft';

/** Every version of the taxonomy: its state, its size, and who made and published it when. */
export function TaxonomyHistory({ versions }: { versions: readonly TaxonomyVersion[] }) {
  const { t, i18n } = useTranslation('beheer');
  const when = (at: string | null, by: string | null) => (at ? t('categories.history.byAt', { by: by ?? t('categories.history.system'), at: new Date(at).toLocaleString(i18n.language) }) : '—');
  return (
    <section aria-labelledby="taxonomy-history-heading" data-testid="taxonomy-history">
      <Heading2 id="taxonomy-history-heading">{t('categories.history.title')}</Heading2>
      <div className="werkbank-scroll" role="region" aria-labelledby="taxonomy-history-heading" tabIndex={0}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('categories.history.version')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('categories.history.state')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('categories.history.size')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('categories.history.created')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('categories.history.published')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('categories.history.superseded')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.map((v) => (
              <TableRow key={v.version} data-version={v.version}>
                <TableCell>{v.version}</TableCell>
                <TableCell>{t(`categories.status.${v.status}`)}</TableCell>
                <TableCell>{t('categories.history.sizeOf', { categories: v.categories, subcategories: v.subcategories, questions: v.questions })}</TableCell>
                <TableCell>{when(v.createdAt, v.createdBy)}</TableCell>
                <TableCell>{when(v.publishedAt, v.publishedBy)}</TableCell>
                <TableCell>{when(v.supersededAt, null)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
