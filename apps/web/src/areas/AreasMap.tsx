import 'leaflet/dist/leaflet.css';
import { circleMarker, geoJSON, type GeoJSON as GeoJsonLayer, layerGroup, type LayerGroup, map as createMap, type Map as LeafletMapInstance, tileLayer } from 'leaflet';
import { useEffect, useRef } from 'react';
import type { MapShape } from './area-upload';

interface Props {
  center: [number, number];
  zoom: number;
  tileUrl: string;
  attribution: string;
  shapes: readonly MapShape[];
  /** Points to mark (e.g. where two areas overlap). */
  markers?: readonly [number, number][];
  label: string;
  testId: string;
}

const OK = { color: '#01689b', weight: 2, fillOpacity: 0.15 };
const PROBLEM = { color: '#d52b1e', weight: 3, fillOpacity: 0.35, dashArray: '6 4' };

/**
 * Areas on a map (Leaflet, loaded with the areas page only): each shape outlined, those with a problem in red and
 * dashed (colour is not the only sign: the list beside the map names every problem), overlaps marked with a dot.
 * The map fits its shapes; arrow keys pan when it has focus.
 */
export default function AreasMap({ center, zoom, tileUrl, attribution, shapes, markers = [], label, testId }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMapInstance | null>(null);
  const layers = useRef<LayerGroup | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = createMap(container.current, { center, zoom, keyboard: true, attributionControl: !!tileUrl });
    if (tileUrl) tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(created);
    layers.current = layerGroup().addTo(created);
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
      layers.current = null;
    };
    // The map is made once; its props are its starting point.
  }, []);

  useEffect(() => {
    const group = layers.current;
    const current = map.current;
    if (!group || !current) return;
    group.clearLayers();
    const drawn: GeoJsonLayer[] = [];
    for (const shape of shapes) {
      try {
        const layer = geoJSON({ type: 'Feature', properties: {}, geometry: shape.geometry } as GeoJSON.Feature, { style: shape.problem ? PROBLEM : OK, interactive: false });
        layer.addTo(group);
        drawn.push(layer);
      } catch {
        // A geometry Leaflet cannot draw is still listed with its problem beside the map.
      }
    }
    for (const [lon, lat] of markers) circleMarker([lat, lon], { radius: 7, color: '#d52b1e', weight: 3, fillOpacity: 0.8, interactive: false }).addTo(group);
    const bounds = drawn.reduce((all, layer) => all.extend(layer.getBounds()), drawn[0]?.getBounds() ?? null);
    if (bounds?.isValid()) current.fitBounds(bounds, { padding: [8, 8] });
  }, [shapes, markers]);

  return <div ref={container} className="loket-map" role="region" aria-label={label} tabIndex={0} data-testid={testId} data-shapes={shapes.length} data-problems={shapes.filter((s) => s.problem).length} />;
}
