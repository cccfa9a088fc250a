import 'leaflet/dist/leaflet.css';
import { CircleMarker, circleMarker, map as createMap, Map as LeafletMapInstance, tileLayer } from 'leaflet';
import { useEffect, useRef } from 'react';
import { LatLon } from './lat-lon';

export interface MapHandle {
  center(): LatLon;
}

interface Props {
  center: [number, number];
  zoom: number;
  /** Empty: a plain background, no tiles (no internet needed). */
  tileUrl: string;
  attribution: string;
  pin: LatLon | null;
  label: string;
  onPick(place: LatLon): void;
  onReady(handle: MapHandle): void;
}

/** Leaflet, loaded only when the map is shown. Click to drop the pin; arrow keys pan when it has focus. */
export default function LeafletMap({ center, zoom, tileUrl, attribution, pin, label, onPick, onReady }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMapInstance | null>(null);
  const marker = useRef<CircleMarker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!container.current) return;
    const created = createMap(container.current, { center, zoom, keyboard: true, attributionControl: !!tileUrl });
    if (tileUrl) tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(created);
    created.on('click', (event) => pick.current({ lat: event.latlng.lat, lon: event.latlng.lng }));
    map.current = created;
    onReady({ center: () => ({ lat: created.getCenter().lat, lon: created.getCenter().lng }) });
    return () => {
      created.remove();
      map.current = null;
      marker.current = null;
    };
    // The map is made once; its props are its starting point.
  }, []);

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    if (!pin) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) marker.current = circleMarker([pin.lat, pin.lon], { radius: 10, weight: 3, color: '#01689b', fillOpacity: 0.7 }).addTo(current);
    else marker.current.setLatLng([pin.lat, pin.lon]);
    if (!current.getBounds().contains([pin.lat, pin.lon])) current.panTo([pin.lat, pin.lon]);
  }, [pin]);

  return <div ref={container} className="loket-map" role="region" aria-label={label} tabIndex={0} data-testid="map" />;
}
