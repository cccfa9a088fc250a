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

/** An open public case near a point, as "is it one of these?" lists it. */
export type NearbyCase = PublicCase & { distanceMetres: number };

/** How sure routing's incident linker is that it is the same incident: at its link threshold, or in its grey zone. */
export type Likelihood = 'probably-same' | 'possibly-same';

/** A nearby case the linker judged against what the resident is typing. */
export type SimilarCase = NearbyCase & {
  likelihood: Likelihood;
  /** Words the resident's text shares with the case's public description. */
  sharedWords: string[];
};

/** What the resident is about to report; `category` is the main or sub category code they chose. */
export interface SimilarCasesQuestion {
  lat: number;
  lon: number;
  category: string;
  /** 3 to 2,000 characters. */
  description: string;
  /** 1 to 10; routing gives 3 when it is left out. */
  limit?: number;
}

/** Routing (apps/routing): the taxonomy, areas and the public view of open cases. */
export const routing = {
  categories: () => request<Category[]>('routing', '/v1/categories'),
  areasAt: (lat: number, lon: number) => request<AreasAt>('routing', '/v1/areas/at', { query: { lat, lon } }),
  nearbyCases: (lat: number, lon: number, category?: string) =>
    request<NearbyCase[]>('routing', '/v1/public/cases/nearby', { query: { lat, lon, category } }),
  /** Nearby cases the linker judges probably or possibly the same incident, best first (possibly none). A POST: the text stays out of addresses and logs. */
  similarCases: (question: SimilarCasesQuestion, signal?: AbortSignal) =>
    request<SimilarCase[]>('routing', '/v1/public/cases/similar', { method: 'POST', json: question, signal }),
};
