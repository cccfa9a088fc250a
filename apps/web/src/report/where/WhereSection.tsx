import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { routing } from '../../api/routing';
import { useRuntimeConfig } from '../../config/runtime-config';
import { Capabilities } from '../capabilities';
import { AddressSearch } from './AddressSearch';
import { LatLon } from './lat-lon';
import type { MapHandle } from './LeafletMap';

const LeafletMap = lazy(() => import('./LeafletMap'));

interface Props {
  location: LatLon | null;
  onLocation(place: LatLon): void;
  capabilities?: Capabilities;
  error?: string;
  /** Tells the form whether the place is outside every area of the municipality. */
  onOutside(outside: boolean): void;
}

/** Where it is: a pin on the map, the device's location, or an address; a place outside the municipality is refused. */
export function WhereSection({ location, onLocation, capabilities, error, onOutside }: Props) {
  const { t } = useTranslation('report');
  const config = useRuntimeConfig();
  const handle = useRef<MapHandle | null>(null);
  const [locating, setLocating] = useState(false);
  const [denied, setDenied] = useState(false);
  const areas = useQuery({
    queryKey: ['areas-at', location?.lat, location?.lon],
    queryFn: () => routing.areasAt(location?.lat ?? 0, location?.lon ?? 0),
    enabled: !!location && !!capabilities?.areasAt,
    retry: false,
  });
  const outside = !!location && areas.data?.inside === false;
  useEffect(() => onOutside(outside), [outside, onOutside]);

  const useMyLocation = () => {
    setDenied(false);
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onLocation({ lat: position.coords.latitude, lon: position.coords.longitude });
      },
      () => {
        setLocating(false);
        setDenied(true);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  return (
    <section aria-labelledby="where-heading" className="loket-stack">
      <Heading2 id="where-heading">{t('where.heading')}</Heading2>
      {error && (
        <Paragraph id="where-error" className="utrecht-form-field-error-message">
          {error}
        </Paragraph>
      )}
      <div className="loket-actions">
        {'geolocation' in navigator && (
          <Button appearance="secondary-action-button" onClick={useMyLocation} busy={locating}>
            {t('where.useMyLocation')}
          </Button>
        )}
      </div>
      {locating && <Paragraph role="status">{t('where.locating')}</Paragraph>}
      {denied && <Paragraph role="alert">{t('where.locationDenied')}</Paragraph>}
      <Suspense fallback={<div className="loket-map"><Paragraph>{t('where.mapLoading')}</Paragraph></div>}>
        <LeafletMap
          center={location ? [location.lat, location.lon] : config.map.center}
          zoom={config.map.zoom}
          tileUrl={config.map.tileUrl}
          attribution={config.map.attribution}
          pin={location}
          label={t('where.mapLabel')}
          onPick={onLocation}
          onReady={(h) => (handle.current = h)}
        />
      </Suspense>
      <Button appearance="secondary-action-button" data-testid="pin-here" onClick={() => handle.current && onLocation(handle.current.center())}>
        {t('where.pinHere')}
      </Button>
      <Paragraph aria-live="polite" data-testid="chosen-place">
        {location ? t('where.chosen', { lat: location.lat.toFixed(5), lon: location.lon.toFixed(5) }) : t('where.none')}
        {areas.data?.inside && areas.data.areas.length > 0 ? ` ${t('where.inArea', { names: areas.data.areas.map((a) => a.name).join(', ') })}` : ''}
      </Paragraph>
      {areas.data && !areas.data.inside && (
        <Alert type="error" role="alert">
          <Paragraph>{t('where.outside')}</Paragraph>
        </Alert>
      )}
      {capabilities?.geocoder && <AddressSearch onPick={(place) => onLocation(place)} />}
    </section>
  );
}
