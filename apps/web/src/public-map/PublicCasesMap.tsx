import 'leaflet/dist/leaflet.css';
import { circleMarker, LayerGroup, layerGroup, map as createMap, Map as LeafletMapInstance, tileLayer } from 'leaflet';
import { useEffect, useRef } from 'react';
import type { PublicCase } from '../api/routing';

interface Props {
  center: [number, number];
  zoom: number;
  /** Empty: a plain background, no tiles (no internet needed). */
  tileUrl: string;
  attribution: string;
  /** minLon, minLat, maxLon, maxLat of the chosen area: the map shows it whole. */
  bounds: [number, number, number, number] | null;
  /** Where the dots go (the public map's cases; the case file's reports). */
  cases: readonly Pick<PublicCase, 'lat' | 'lon'>[];
  label: string;
  testId?: string;
}

/**
 * The public map (Leaflet, loaded only with this page): one dot per report of the page the list shows, in
 * the same places the list's reports are (nuisance already coarsened by routing). Arrow keys pan when it has focus.
 */
export default function PublicCasesMap({ center, zoom, tileUrl, attribution, bounds, cases, label, testId = 'public-map' }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMapInstance | null>(null);
  const dots = useRef<LayerGroup | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = createMap(container.current, { center, zoom, keyboard: true, attributionControl: !!tileUrl });
    if (tileUrl) tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(created);
    dots.current = layerGroup().addTo(created);
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
      dots.current = null;
    };
    // The map is made once; its props are its starting point.
  }, []);

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    if (bounds) current.fitBounds([[bounds[1], bounds[0]], [bounds[3], bounds[2]]], { padding: [8, 8] });
    else current.setView(center, zoom);
  }, [bounds?.join(',')]);

  useEffect(() => {
    const group = dots.current;
    if (!group) return;
    group.clearLayers();
    for (const c of cases) {
      circleMarker([c.lat, c.lon], { radius: 8, weight: 2, color: '#01689b', fillOpacity: 0.6, interactive: false }).addTo(group);
    }
  }, [cases]);

  return <div ref={container} className="loket-map" role="region" aria-label={label} tabIndex={0} data-testid={testId} />;
}
