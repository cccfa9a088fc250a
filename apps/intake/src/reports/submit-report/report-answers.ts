import { ProblemException } from '@loket/http';
import { questionsFor, RecordedAnswer, Taxonomy, validateAnswers } from '@loket/taxonomy';
import type { SubmitReportRequest } from './submit-report.request';

/**
 * The reporter's answers to the chosen category's extra questions, checked against the questions of the taxonomy in
 * force; a
 * 400 problem naming every fault (unknown question, wrong type, missing required answer, too long).
 */
export function recordedAnswersOf(taxonomy: Taxonomy, request: Pick<SubmitReportRequest, 'category' | 'subcategory' | 'answers'>): RecordedAnswer[] {
  const choice = request.category ? { main: request.category, ...(request.subcategory ? { sub: request.subcategory } : {}) } : null;
  const { category, questions } = questionsFor(taxonomy, choice);
  const name = category ? [category.main, category.sub].filter(Boolean).join('/') : choice ? `unknown category ${choice.main}` : 'a report without a category';
  const result = validateAnswers(questions, request.answers, name);
  if (!result.ok) {
    const detail = result.faults.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ');
    throw ProblemException.badRequest(detail, result.faults);
  }
  return result.answers;
}
