import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { useRuntimeConfig } from '../config/runtime-config';
import type { CaseReport } from './case-types';

const PlacesMap = lazy(() => import('../public-map/PublicCasesMap'));

/** minLon, minLat, maxLon, maxLat around the reports; null when they are all on one spot (then: centre, zoom in). */
export function boundsOf(points: readonly { lat: number; lon: number }[]): [number, number, number, number] | null {
  if (points.length < 2) return null;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const bounds: [number, number, number, number] = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  return bounds[0] === bounds[2] && bounds[1] === bounds[3] ? null : bounds;
}

/**
 * The reports' pins on a map (the loket's Leaflet map, loaded with this part only; tiles as configured, a plain
 * background offline). The places are also in each report's text, for whoever does not use the map.
 */
export function CasePlaces({ reports }: { reports: readonly CaseReport[] }) {
  const { t } = useTranslation('werkbank');
  const config = useRuntimeConfig();
  const points = reports.map((r) => r.location);
  const first = points[0];
  if (!first) return null;
  return (
    <Suspense fallback={<Paragraph>{t('loading')}</Paragraph>}>
      <PlacesMap
        center={[first.lat, first.lon]}
        zoom={16}
        tileUrl={config.map.tileUrl}
        attribution={config.map.attribution}
        bounds={boundsOf(points)}
        cases={points}
        label={t('case.mapLabel', { count: points.length })}
        testId="case-map"
      />
    </Suspense>
  );
}
