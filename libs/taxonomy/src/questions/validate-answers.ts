import type { AnswerValue, CategoryQuestion, LocalisedText } from '../taxonomy.types';

/** An answer as it is kept with the report: the question as it was asked, so the case file reads it later. */
export interface RecordedAnswer {
  questionId: string;
  kind: CategoryQuestion['kind'];
  label: LocalisedText;
  value: AnswerValue;
  /** For a choice: the chosen option's label. */
  valueLabel?: LocalisedText;
  /** The answer is the question's `urgentIf` (e.g. someone is in danger right now). */
  urgent?: true;
}

export interface AnswerFault {
  /** `answers.<questionId>`, or `answers` for the whole. */
  field: string;
  messages: string[];
}

export type AnswersResult = { ok: true; answers: RecordedAnswer[] } | { ok: false; faults: AnswerFault[] };

const DEFAULT_MAX_TEXT = 500;
const MAX_ANSWERS = 50;

/**
 * Checks a reporter's answers against the category's questions: every answer must belong to a question, have
 * the question's kind and fit its bounds, and every required question must be answered. An empty text or a
 * null counts as not answered. Answers come back in the questions' order, with what the case file shows.
 * `answers` undefined means the client did not send any (a client of the API from before questions existed):
 * nothing is required of it then.
 */
export function validateAnswers(questions: readonly CategoryQuestion[], answers: unknown, categoryName: string): AnswersResult {
  if (answers === undefined) return { ok: true, answers: [] };
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    return { ok: false, faults: [{ field: 'answers', messages: ['answers must be an object of question id → answer'] }] };
  }
  const given = answers as Record<string, unknown>;
  if (Object.keys(given).length > MAX_ANSWERS) {
    return { ok: false, faults: [{ field: 'answers', messages: [`answers may hold at most ${MAX_ANSWERS} answers`] }] };
  }
  const faults: AnswerFault[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(given)) {
    if (!byId.has(id)) faults.push(fault(id, `${printable(id)} is not a question of ${categoryName}`));
  }
  const recorded: RecordedAnswer[] = [];
  for (const question of questions) {
    const raw = Object.prototype.hasOwnProperty.call(given, question.id) ? given[question.id] : undefined;
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === undefined || value === null || value === '') {
      if (question.required) faults.push(fault(question.id, `${question.id} is required: ${question.label.en}`));
      continue;
    }
    const problem = problemOf(question, value);
    if (problem) {
      faults.push(fault(question.id, problem));
      continue;
    }
    recorded.push(recordOf(question, value as AnswerValue));
  }
  return faults.length ? { ok: false, faults } : { ok: true, answers: recorded };
}

function problemOf(question: CategoryQuestion, value: unknown): string | null {
  switch (question.kind) {
    case 'yes-no':
      return typeof value === 'boolean' ? null : `${question.id} must be true (yes) or false (no)`;
    case 'text': {
      if (typeof value !== 'string') return `${question.id} must be a text`;
      const max = question.maxLength ?? DEFAULT_MAX_TEXT;
      return value.length > max ? `${question.id} must be at most ${max} characters` : null;
    }
    case 'choice': {
      const values = (question.options ?? []).map((o) => o.value);
      return typeof value === 'string' && values.includes(value) ? null : `${question.id} must be one of: ${values.join(', ')}`;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${question.id} must be a number`;
      if (question.integer && !Number.isInteger(value)) return `${question.id} must be a whole number`;
      if (question.min !== undefined && value < question.min) return `${question.id} must be at least ${question.min}`;
      if (question.max !== undefined && value > question.max) return `${question.id} must be at most ${question.max}`;
      return null;
    }
  }
}

function recordOf(question: CategoryQuestion, value: AnswerValue): RecordedAnswer {
  const option = question.kind === 'choice' ? question.options?.find((o) => o.value === value) : undefined;
  return {
    questionId: question.id,
    kind: question.kind,
    label: { nl: question.label.nl, en: question.label.en },
    value,
    ...(option ? { valueLabel: { nl: option.label.nl, en: option.label.en } } : {}),
    ...(question.urgentIf && question.urgentIf.equals === value ? { urgent: true as const } : {}),
  };
}

function fault(id: string, message: string): AnswerFault {
  return { field: `answers.${printable(id)}`, messages: [message] };
}

/** A question id as it may be echoed back: no control characters, not endless. */
function printable(id: string): string {
  return id.replace(/[^\x20-\x7e]/g, '?').slice(0, 64);
}
