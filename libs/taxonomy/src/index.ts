export type {
  AnswerValue,
  CategoryQuestion,
  LocalisedText,
  QuestionKind,
  QuestionOption,
  Taxonomy,
  TaxonomyCategory,
  TaxonomyOrganisation,
  TaxonomySubcategory,
} from './taxonomy.types';
export { QUESTION_KINDS } from './taxonomy.types';
export { SEED_TAXONOMY } from './seed-taxonomy';
export type { CategoryQuestions } from './questions/questions-for';
export { questionsFor } from './questions/questions-for';
export type { AnswerFault, AnswersResult, RecordedAnswer } from './questions/validate-answers';
export { validateAnswers } from './questions/validate-answers';
export type { TaxonomyIssue } from './edit/validate-taxonomy';
export { validateTaxonomy } from './edit/validate-taxonomy';
export type { CategoriesInUse } from './edit/category-removals';
export { categoryRemovalIssues } from './edit/category-removals';
