import { Provider } from '@nestjs/common';
import { GazetteerGeocoder, parseGazetteer } from './gazetteer/gazetteer-geocoder';
import demoGazetteer from './gazetteer/demo-gazetteer.json';
import { GeocoderConfig } from './geocoder.config';
import { Geocoder } from './geocoder';
import { PdokLocatieserverGeocoder } from './pdok/pdok-locatieserver-geocoder';

/** The geocoder the configuration chose. */
export function geocoderProvider(config: GeocoderConfig): Provider {
  const geocoder =
    config.kind === 'pdok'
      ? new PdokLocatieserverGeocoder({ url: config.url, timeoutMs: config.timeoutMs, ...(config.filter ? { filter: config.filter } : {}) })
      : new GazetteerGeocoder(parseGazetteer(demoGazetteer));
  return { provide: Geocoder, useValue: geocoder };
}
