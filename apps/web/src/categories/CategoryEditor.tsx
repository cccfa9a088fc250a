import { Button, FormField, FormFieldDescription, FormFieldTextbox, FormLabel, Heading2, Heading3, Heading4, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api/http';
import { currentLanguage } from '../i18n/i18n';
import { QuestionsEditor } from './QuestionsEditor';
import {
  addSubcategory, errorsAt, fieldId, newQuestion, removeSubcategory, SENSITIVITIES, withCategory, withQuestions, withSubcategory,
  type Owner, type TaxonomyDocument,
} from './taxonomy-draft';

interface Props {
  doc: TaxonomyDocument;
  main: number;
  errors: readonly FieldError[];
  editable: boolean;
  onChange(doc: TaxonomyDocument): void;
}

/** One main category: its names, sensitivity, usual organisation and questions, then each subcategory's. */
export function CategoryEditor({ doc, main, errors, editable, onChange }: Props) {
  const { t, i18n } = useTranslation('beheer');
  const language = currentLanguage(i18n);
  const category = doc.categories[main];
  if (!category) return null;
  const path = `categories.${main}`;

  const text = (field: string, label: string, value: string, change: (value: string) => void) => {
    const messages = errorsAt(errors, field);
    return (
      <FormFieldTextbox
        id={fieldId(field)}
        label={label}
        value={value}
        readOnly={!editable}
        invalid={messages.length > 0}
        errorMessage={messages.length ? messages.join('; ') : undefined}
        onChange={(event) => change((event.target as HTMLInputElement).value)}
      />
    );
  };
  /** A select of the field's values; `inherit`, when given, is the empty choice ("as the main category"). */
  const select = (field: string, label: string, value: string, options: [string, string][], change: (value: string) => void, inherit?: string) => {
    const messages = errorsAt(errors, field);
    const id = fieldId(field);
    return (
      <FormField type="select" invalid={messages.length > 0}>
        <FormLabel htmlFor={id}>{label}</FormLabel>
        {messages.length > 0 && (
          <FormFieldDescription id={`${id}-error`} invalid>
            {messages.join('; ')}
          </FormFieldDescription>
        )}
        <Select id={id} value={value} disabled={!editable} invalid={messages.length > 0} aria-describedby={messages.length ? `${id}-error` : undefined} onChange={(e) => change(e.target.value)}>
          {inherit !== undefined && <SelectOption value="">{inherit}</SelectOption>}
          {options.map(([v, l]) => (
            <SelectOption key={v} value={v}>
              {l}
            </SelectOption>
          ))}
        </Select>
      </FormField>
    );
  };
  const sensitivities: [string, string][] = SENSITIVITIES.map((s) => [String(s), t(`sensitivity.${s}`)]);
  const organisations: [string, string][] = doc.organisations.map((o) => [o.code, o.name]);
  if (category.organisation && !doc.organisations.some((o) => o.code === category.organisation)) organisations.push([category.organisation, category.organisation]);
  const addQuestion = (owner: Owner) => onChange(withQuestions(doc, owner, (qs) => [...qs, newQuestion(doc, owner)]));
  const name = category.name[language] || category.code;
  const listErrors = errorsAt(errors, `${path}.sub`);

  return (
    <section aria-labelledby="category-heading" className="loket-stack" data-testid="category-editor" data-category={category.code}>
      <Heading2 id="category-heading">{t('categories.editing', { name })}</Heading2>
      {text(`${path}.code`, t('categories.code'), category.code, (code) => onChange(withCategory(doc, main, (c) => ({ ...c, code }))))}
      {text(`${path}.name.nl`, t('categories.nameNl'), category.name.nl, (nl) => onChange(withCategory(doc, main, (c) => ({ ...c, name: { ...c.name, nl } }))))}
      {text(`${path}.name.en`, t('categories.nameEn'), category.name.en, (en) => onChange(withCategory(doc, main, (c) => ({ ...c, name: { ...c.name, en } }))))}
      {select(`${path}.sensitivity`, t('categories.sensitivity'), String(category.sensitivity), sensitivities, (s) => onChange(withCategory(doc, main, (c) => ({ ...c, sensitivity: Number(s) }))))}
      {select(`${path}.organisation`, t('categories.organisation'), category.organisation, organisations, (o) => onChange(withCategory(doc, main, (c) => ({ ...c, organisation: o }))))}
      <Heading3>{t('categories.questionsOf', { owner: name })}</Heading3>
      <QuestionsEditor
        path={path}
        ownerName={name}
        questions={category.questions ?? []}
        errors={errors}
        editable={editable}
        onChange={(questions) => onChange(withQuestions(doc, { main }, () => questions))}
        onAdd={() => addQuestion({ main })}
      />
      <Heading3 id="subcategories-heading">{t('categories.subcategories')}</Heading3>
      {listErrors.length > 0 && (
        <FormFieldDescription id={fieldId(`${path}.sub`)} invalid tabIndex={-1}>
          {listErrors.join('; ')}
        </FormFieldDescription>
      )}
      {category.sub.map((sub, s) => {
        const at = `${path}.sub.${s}`;
        const subName = (language === 'en' ? sub.en : sub.nl) || sub.code || t('categories.newSubcategory');
        const change = (next: Partial<typeof sub>) => onChange(withSubcategory(doc, main, s, (old) => withOptional({ ...old, ...next })));
        return (
          <section key={s} aria-labelledby={`${fieldId(at)}-heading`} className="beheer-subcategory loket-stack" data-subcategory={sub.code}>
            <Heading4 id={`${fieldId(at)}-heading`}>{subName}</Heading4>
            {text(`${at}.code`, t('categories.codeOf', { name: subName }), sub.code, (code) => change({ code }))}
            {text(`${at}.nl`, t('categories.nameNlOf', { name: subName }), sub.nl, (nl) => change({ nl }))}
            {text(`${at}.en`, t('categories.nameEnOf', { name: subName }), sub.en, (en) => change({ en }))}
            {select(`${at}.sensitivity`, t('categories.sensitivityOf', { name: subName }), sub.sensitivity === undefined ? '' : String(sub.sensitivity), sensitivities, (v) => change({ sensitivity: v === '' ? undefined : Number(v) }), t('categories.asMain'))}
            {select(`${at}.organisation`, t('categories.organisationOf', { name: subName }), sub.organisation ?? '', organisations, (v) => change({ organisation: v === '' ? undefined : v }), t('categories.asMain'))}
            <QuestionsEditor
              path={at}
              ownerName={subName}
              questions={sub.questions ?? []}
              errors={errors}
              editable={editable}
              onChange={(questions) => onChange(withQuestions(doc, { main, sub: s }, () => questions))}
              onAdd={() => addQuestion({ main, sub: s })}
            />
            {editable && (
              <Button appearance="subtle-button" onClick={() => onChange(removeSubcategory(doc, main, s))}>
                {t('categories.removeSubcategory', { name: subName })}
              </Button>
            )}
          </section>
        );
      })}
      {editable && (
        <Button appearance="secondary-action-button" onClick={() => onChange(addSubcategory(doc, main))}>
          {t('categories.addSubcategory', { name })}
        </Button>
      )}
    </section>
  );
}

/** Leaves out a subcategory's optional fields that are not set, rather than sending them empty. */
function withOptional<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
