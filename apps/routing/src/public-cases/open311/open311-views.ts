import type { CategoryView } from '../../catalogue/catalogue-views';
import { MAX_PUBLIC_SENSITIVITY, PublicCase } from '../public-case';

export type Open311Locale = 'nl' | 'en';

/** An Open311 GeoReport v2 service: one per category shown in public (main categories and their subcategories). */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: false;
  type: 'realtime';
  keywords: string;
  group: string;
}

/**
 * An Open311 GeoReport v2 service request, from the public view of a case (the same projection as the public
 * map: redacted text, no photos, no reporter, coarse place for nuisance). Loket extensions: `loket_status`
 * (the case's step) and `report_count`.
 */
export interface Open311Request {
  service_request_id: string;
  status: 'open';
  service_code: string;
  service_name: string;
  description: string;
  requested_datetime: string;
  lat: number;
  long: number;
  loket_status: string;
  report_count: number;
}

/** Every category that may be shown in public, as Open311 services. */
export function open311Services(categories: readonly CategoryView[], locale: Open311Locale): Open311Service[] {
  return categories
    .filter((main) => main.sensitivity <= MAX_PUBLIC_SENSITIVITY)
    .flatMap((main) => {
      const group = main.name[locale];
      const mainService: Open311Service = { service_code: main.code, service_name: group, description: group, metadata: false, type: 'realtime', keywords: main.code, group };
      const subs = main.subcategories
        .filter((sub) => sub.sensitivity <= MAX_PUBLIC_SENSITIVITY)
        .map((sub): Open311Service => ({ service_code: sub.code, service_name: sub.name[locale], description: `${group}: ${sub.name[locale]}`, metadata: false, type: 'realtime', keywords: `${main.code},${sub.code}`, group }));
      return [mainService, ...subs];
    });
}

/** A public case as an Open311 request; its service is its subcategory, else its main category. */
export function toOpen311Request(view: PublicCase, categories: readonly CategoryView[], locale: Open311Locale): Open311Request {
  const main = categories.find((c) => c.code === view.category);
  const sub = main?.subcategories.find((s) => s.code === view.subcategory);
  return {
    service_request_id: view.caseId,
    status: 'open',
    service_code: sub?.code ?? view.category,
    service_name: sub?.name[locale] ?? main?.name[locale] ?? view.category,
    description: view.description,
    requested_datetime: view.openedAt,
    lat: view.lat,
    long: view.lon,
    loket_status: view.status,
    report_count: view.reportCount,
  };
}
