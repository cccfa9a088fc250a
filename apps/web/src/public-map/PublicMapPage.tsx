import './public-map.css';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { publicMap } from '../api/public-map';
import { ProblemMessage } from '../app/ProblemMessage';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useRuntimeConfig } from '../config/runtime-config';
import { currentLanguage } from '../i18n/i18n';
import { choiceName, localised, useTaxonomy } from '../report/taxonomy';
import { casesRequest, filterFromSearch, MapFilter, PAGE_SIZE, pageOf, searchFromFilter } from './public-map-filter';

const PublicCasesMap = lazy(() => import('./PublicCasesMap'));
/** Categories shown in public: 1 public space, 2 nuisance. */
const MAX_PUBLIC_SENSITIVITY = 2;

/**
 * Open reports in the neighbourhood, on a map and in a list that shows the same (the list is the accessible
 * alternative to the map): only non-sensitive categories, the first report's text redacted by routing, no
 * photos, nothing about who reported, nuisance placed roughly. Filter by area and category; page by page.
 */
export default function PublicMapPage() {
  const { t, i18n } = useTranslation('public-map');
  useDocumentTitle(t('title'));
  const language = currentLanguage(i18n);
  const config = useRuntimeConfig();
  const [search, setSearch] = useSearchParams();
  const filter = filterFromSearch(search);
  const taxonomy = useTaxonomy();
  const areas = useQuery({ queryKey: ['public-areas'], queryFn: publicMap.areas, staleTime: 10 * 60_000, retry: false });
  const cases = useQuery({ queryKey: ['public-cases', filter], queryFn: () => publicMap.cases(casesRequest(filter)), retry: false });
  const page = pageOf(cases.data ?? []);
  const change = (next: Partial<MapFilter>) => setSearch(searchFromFilter({ ...filter, page: 1, ...next }));
  const area = areas.data?.find((a) => a.code === filter.area) ?? null;
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' });
  const publicCategories = (taxonomy.data ?? []).filter((c) => c.sensitivity <= MAX_PUBLIC_SENSITIVITY && c.code !== 'overig');
  const kinds = ['buurt', 'wijk', 'custom'] as const;

  return (
    <div className="loket-stack">
      <Heading1>{t('title')}</Heading1>
      <Paragraph>{t('intro')}</Paragraph>
      <Paragraph small>{t('privacy')}</Paragraph>
      <form className="loket-filters" aria-label={t('filter.label')} onSubmit={(event) => event.preventDefault()}>
        <FormField type="select">
          <FormLabel htmlFor="map-area">{t('filter.area')}</FormLabel>
          <Select id="map-area" value={filter.area} onChange={(event) => change({ area: event.target.value })}>
            <SelectOption value="">{t('filter.allAreas')}</SelectOption>
            {kinds
              .map((kind) => ({ kind, inKind: (areas.data ?? []).filter((a) => a.kind === kind) }))
              .filter(({ inKind }) => inKind.length > 0)
              .map(({ kind, inKind }) => (
                <optgroup key={kind} label={t(`filter.kind.${kind}`)}>
                  {inKind.map((a) => (
                    <SelectOption key={a.code} value={a.code}>
                      {a.name}
                    </SelectOption>
                  ))}
                </optgroup>
              ))}
          </Select>
        </FormField>
        <FormField type="select">
          <FormLabel htmlFor="map-category">{t('filter.category')}</FormLabel>
          <Select id="map-category" value={filter.category} onChange={(event) => change({ category: event.target.value })}>
            <SelectOption value="">{t('filter.allCategories')}</SelectOption>
            {publicCategories.map((c) => (
              <SelectOption key={c.code} value={c.code}>
                {localised(c.name, language)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </form>
      {cases.error ? <ProblemMessage error={cases.error} /> : null}
      <Paragraph role="status" aria-live="polite" data-testid="map-count">
        {cases.isPending
          ? t('loading')
          : page.items.length === 0
            ? t('none')
            : t('shown', { count: page.items.length, page: filter.page, area: area?.name ?? t('filter.everywhere') })}
      </Paragraph>
      <Suspense fallback={<div className="loket-map"><Paragraph>{t('mapLoading')}</Paragraph></div>}>
        <PublicCasesMap
          center={config.map.center}
          zoom={config.map.zoom}
          tileUrl={config.map.tileUrl}
          attribution={config.map.attribution}
          bounds={area?.bbox ?? null}
          cases={page.items}
          label={t('mapLabel')}
        />
      </Suspense>
      <section aria-labelledby="map-list-heading">
        <Heading2 id="map-list-heading">{t('listHeading')}</Heading2>
        <ol className="loket-case-list" data-testid="public-cases" start={(filter.page - 1) * PAGE_SIZE + 1}>
          {page.items.map((c) => (
            <li key={c.caseId} data-case={c.caseId}>
              <strong>{choiceName({ category: c.category, subcategory: c.subcategory }, taxonomy.data, language)}</strong>
              <Paragraph>{c.description || t('noDescription')}</Paragraph>
              <Paragraph small>
                {t(`status.${c.status}`, { defaultValue: t('status.open') })} · {t('since', { date: date.format(new Date(c.openedAt)) })} ·{' '}
                {t('reports', { count: c.reportCount })}
              </Paragraph>
            </li>
          ))}
        </ol>
      </section>
      {(filter.page > 1 || page.hasNext) && (
        <nav aria-label={t('paging.label')} className="loket-actions">
          {filter.page > 1 && (
            <Button appearance="secondary-action-button" onClick={() => change({ area: filter.area, category: filter.category, page: filter.page - 1 })}>
              {t('paging.previous')}
            </Button>
          )}
          {page.hasNext && (
            <Button appearance="secondary-action-button" onClick={() => change({ area: filter.area, category: filter.category, page: filter.page + 1 })}>
              {t('paging.next')}
            </Button>
          )}
        </nav>
      )}
    </div>
  );
}
