import { Injectable } from '@nestjs/common';
import { addressHintsOf } from '@loket/mail-intake';
import { GeocodeResult, Geocoder } from '../../geocoder/geocoder';

/**
 * Where a mail's report is: the first place the text names that the configured geocoder knows, trying the best
 * hints first. Null when none is known. A geocoder that cannot answer throws (GeocoderUnavailableError): the door
 * then asks the relay to deliver again later rather than asking the sender for a place they did give.
 */
@Injectable()
export class MailLocation {
  constructor(private readonly geocoder: Geocoder) {}

  async of(text: string): Promise<GeocodeResult | null> {
    for (const hint of addressHintsOf(text)) {
      const [place] = await this.geocoder.search(hint, 1);
      if (place) return place;
    }
    return null;
  }
}
