import type { Taxonomy } from '@loket/taxonomy';
import type { TaxonomyVersionRecord } from '../taxonomy-version.entity';

/** One version as the history lists it: its state, size, and who did what when (null: the seed, or not yet). */
export interface TaxonomyVersionView {
  version: number;
  status: TaxonomyVersionRecord['status'];
  /** A draft's edit count: send it back with the next edit. */
  revision: number;
  categories: number;
  subcategories: number;
  questions: number;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  supersededAt: string | null;
}

/** One version with its document. */
export interface TaxonomyVersionDocumentView extends TaxonomyVersionView {
  taxonomy: Taxonomy;
}

export function taxonomyVersionView(r: TaxonomyVersionRecord): TaxonomyVersionView {
  const categories = r.document.categories;
  return {
    version: r.version,
    status: r.status,
    revision: r.revision,
    categories: categories.length,
    subcategories: categories.reduce((n, c) => n + c.sub.length, 0),
    questions: categories.reduce((n, c) => n + (c.questions?.length ?? 0) + c.sub.reduce((m, s) => m + (s.questions?.length ?? 0), 0), 0),
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    publishedBy: r.publishedBy,
    supersededAt: r.supersededAt?.toISOString() ?? null,
  };
}

export function taxonomyVersionDocumentView(r: TaxonomyVersionRecord): TaxonomyVersionDocumentView {
  return { ...taxonomyVersionView(r), taxonomy: r.document };
}
