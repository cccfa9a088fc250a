import { request } from './http';
import type { PublicCase } from './routing';

export interface PublicArea {
  code: string;
  name: string;
  kind: 'wijk' | 'buurt' | 'custom';
  /** minLon, minLat, maxLon, maxLat */
  bbox: [number, number, number, number];
}

export interface PublicCasesFilter {
  area?: string;
  category?: string;
  limit: number;
  offset: number;
}

/** Routing's public view (apps/routing public-cases, areas): the public map's cases and the areas by name. */
export const publicMap = {
  areas: () => request<PublicArea[]>('routing', '/v1/public/areas'),
  cases: (filter: PublicCasesFilter) => request<PublicCase[]>('routing', '/v1/public/cases', { query: { ...filter } }),
};
