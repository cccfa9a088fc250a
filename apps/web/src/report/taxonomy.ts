import { useQuery } from '@tanstack/react-query';
import { Category, CategoryQuestion, Localised, routing } from '../api/routing';
import { Language } from '../i18n/i18n';

export interface CategoryChoice {
  category: string;
  subcategory?: string;
}

export function useTaxonomy() {
  return useQuery({ queryKey: ['categories'], queryFn: routing.categories, staleTime: 10 * 60_000, retry: false });
}

export function localised(text: Localised | undefined, language: Language): string {
  return text ? text[language] || text.nl : '';
}

/** "Afval: grofvuil"; a code the taxonomy does not know is shown as the code. */
export function choiceName(choice: CategoryChoice, taxonomy: readonly Category[] | undefined, language: Language): string {
  const main = taxonomy?.find((c) => c.code === choice.category);
  const sub = main?.subcategories.find((s) => s.code === choice.subcategory);
  const mainName = main ? localised(main.name, language) : choice.category;
  const subName = sub ? localised(sub.name, language) : choice.subcategory;
  return subName ? `${mainName}: ${subName}` : mainName;
}

/** The questions of the main category, then those of the subcategory. */
export function questionsFor(choice: CategoryChoice | null, taxonomy: readonly Category[] | undefined): CategoryQuestion[] {
  if (!choice) return [];
  const main = taxonomy?.find((c) => c.code === choice.category);
  const sub = main?.subcategories.find((s) => s.code === choice.subcategory);
  return [...(main?.questions ?? []), ...(sub?.questions ?? [])];
}
