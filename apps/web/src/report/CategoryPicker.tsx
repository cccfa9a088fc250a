import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { intake } from '../api/intake';
import { currentLanguage } from '../i18n/i18n';
import { CategoryChoice, choiceName, localised, useTaxonomy } from './taxonomy';
import { useDebounced } from './useDebounced';

interface Props {
  /** The words Loket suggests a category from: the description, or the text a forwarded chat message becomes. */
  text: string;
  choice: CategoryChoice | null;
  /** `byPerson`: the resident chose it (a later suggestion does not overrule it). */
  onChoice(choice: CategoryChoice | null, byPerson: boolean): void;
  chosenByPerson: boolean;
}

/** Loket suggests the kind of report from the text as it is typed; the two-level taxonomy corrects it. */
export function CategoryPicker({ text, choice, onChoice, chosenByPerson }: Props) {
  const { t, i18n } = useTranslation('report');
  const language = currentLanguage(i18n);
  const taxonomy = useTaxonomy();
  const settled = useDebounced(text.trim(), 400);
  const suggestions = useQuery({
    queryKey: ['category-suggestions', settled],
    queryFn: ({ signal }) => intake.suggestCategories(settled, signal),
    enabled: settled.length >= 8,
    staleTime: Infinity,
    retry: false,
  });
  const categories = taxonomy.data ?? [];
  const main = categories.find((c) => c.code === choice?.category);
  const top = (suggestions.data ?? []).slice(0, 3);
  const best = top[0];
  useEffect(() => {
    if (best && !chosenByPerson) onChoice({ category: best.category, subcategory: best.subcategory }, false);
  }, [best, chosenByPerson, onChoice]);

  return (
    <>
      <div aria-live="polite">
        {top.length > 0 && (
          <>
            <Paragraph id="suggestions-label">{t('category.suggested')}</Paragraph>
            <ul className="loket-suggestions" aria-labelledby="suggestions-label" data-testid="category-suggestions">
              {top.map((s) => {
                const name = choiceName(s, taxonomy.data, language);
                const selected = choice?.category === s.category && choice?.subcategory === s.subcategory;
                return (
                  <li key={`${s.category}/${s.subcategory}`}>
                    <Button
                      appearance={selected ? 'primary-action-button' : 'secondary-action-button'}
                      aria-pressed={selected}
                      onClick={() => onChoice({ category: s.category, subcategory: s.subcategory }, true)}
                    >
                      {name}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
      <Heading2 id="category-heading">{t('category.heading')}</Heading2>
      <Paragraph data-testid="category-chosen">{choice ? t('category.chosen', { name: choiceName(choice, taxonomy.data, language) }) : t('category.none')}</Paragraph>
      {taxonomy.isError && <Paragraph small>{t('category.unavailable')}</Paragraph>}
      {categories.length > 0 && (
        <div className="loket-stack">
          <FormField type="select">
            <FormLabel htmlFor="category-main">{t('category.main')}</FormLabel>
            <Select
              id="category-main"
              value={choice?.category ?? ''}
              onChange={(event) => onChoice(event.target.value ? { category: event.target.value } : null, true)}
            >
              <SelectOption value="">{t('category.pick')}</SelectOption>
              {categories.map((c) => (
                <SelectOption key={c.code} value={c.code}>
                  {localised(c.name, language)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          {main && main.subcategories.length > 0 && (
            <FormField type="select">
              <FormLabel htmlFor="category-sub">{t('category.sub')}</FormLabel>
              <Select
                id="category-sub"
                value={choice?.subcategory ?? ''}
                onChange={(event) => onChoice({ category: main.code, subcategory: event.target.value || undefined }, true)}
              >
                <SelectOption value="">{t('category.pick')}</SelectOption>
                {main.subcategories.map((s) => (
                  <SelectOption key={s.code} value={s.code}>
                    {localised(s.name, language)}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
          )}
        </div>
      )}
    </>
  );
}
