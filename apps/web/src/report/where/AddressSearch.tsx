import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormFieldTextbox, Paragraph } from '@utrecht/component-library-react';
import { ApiProblem } from '../../api/http';
import { GeocoderHit, intake } from '../../api/intake';
import { LatLon } from './lat-lon';

/** Why a search found nothing to show, in the page's own words (never the service's). */
function searchFailureKey(error: unknown): string {
  if (!(error instanceof ApiProblem) || error.status === 0 || error.status >= 500) return 'where.searchUnavailable';
  if (error.status === 429) return 'where.searchTooMany';
  return 'where.searchInvalid';
}

/** Address or postcode lookup through intake's geocoder (offline gazetteer by default, PDOK by configuration). */
export function AddressSearch({ onPick }: { onPick(place: LatLon, label: string): void }) {
  const { t } = useTranslation('report');
  const [query, setQuery] = useState('');
  const search = useMutation({ mutationFn: (q: string) => intake.geocode(q) });
  const run = () => query.trim().length >= 2 && search.mutate(query.trim());
  return (
    <div className="loket-stack">
      <FormFieldTextbox
        id="address-search"
        label={t('where.search')}
        type="search"
        autoComplete="street-address"
        value={query}
        onChange={(event) => setQuery((event.target as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            run();
          }
        }}
      />
      <Button appearance="secondary-action-button" onClick={run} busy={search.isPending}>
        {t('where.searchButton')}
      </Button>
      <div aria-live="polite">
        {search.isError && (
          <Alert type="error" role="alert">
            <Paragraph>{t(searchFailureKey(search.error))}</Paragraph>
          </Alert>
        )}
        {search.data && search.data.length === 0 && <Paragraph>{t('where.noResults')}</Paragraph>}
        {search.data && search.data.length > 0 && (
          <ul className="loket-suggestions" aria-label={t('where.searchResults')}>
            {search.data.slice(0, 5).map((hit: GeocoderHit) => (
              <li key={`${hit.label}-${hit.lat}-${hit.lon}`}>
                <Button appearance="subtle-button" onClick={() => onPick({ lat: hit.lat, lon: hit.lon }, hit.label)}>
                  {hit.label}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
