import { request } from './http';

export interface Localised {
  nl: string;
  en: string;
}

export type QuestionKind = 'yes-no' | 'text' | 'choice' | 'number';

export interface CategoryQuestion {
  id: string;
  kind: QuestionKind;
  label: Localised;
  help?: Localised;
  required: boolean;
  options?: { value: string; label: Localised }[];
  urgentIf?: { equals: string | number | boolean; message: Localised };
}

export interface Subcategory {
  code: string;
  name: Localised;
  sensitivity: number;
  questions?: CategoryQuestion[];
}

export interface Category {
  code: string;
  name: Localised;
  sensitivity: number;
  subcategories: Subcategory[];
  questions?: CategoryQuestion[];
}

export interface AreasAt {
  inside: boolean;
  areas: { code: string; name: string }[];
}

export interface PublicCase {
  caseId: string;
  category: string;
  subcategory?: string;
  status: string;
  openedAt: string;
  description: string;
  lat: number;
  lon: number;
  reportCount: number;
}

/** Routing (apps/routing): the taxonomy, areas and the public view of open cases. */
export const routing = {
  categories: () => request<Category[]>('routing', '/v1/categories'),
  areasAt: (lat: number, lon: number) => request<AreasAt>('routing', '/v1/areas/at', { query: { lat, lon } }),
  nearbyCases: (lat: number, lon: number, category?: string) =>
    request<PublicCase[]>('routing', '/v1/public/cases/nearby', { query: { lat, lon, category } }),
};
