import type { PriorityChoice } from '../api/neighbourhood-priorities';

/** The form's state: where you live and three places for themes ('' = not chosen). */
export interface PriorityDraft {
  areaId: string;
  places: [string, string, string];
}

export type DraftErrors = Partial<Record<'areaId' | 'first' | 'places', 'required' | 'repeated' | 'gap'>>;

export function draftOf(choice: PriorityChoice | null): PriorityDraft {
  const [a = '', b = '', c = ''] = choice?.themes ?? [];
  return { areaId: choice?.areaId ?? '', places: [a, b, c] };
}

/** What is wrong with the draft (nothing: an empty object): a neighbourhood and a first theme are needed, no theme twice, no gap. */
export function checkDraft(draft: PriorityDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.areaId) errors.areaId = 'required';
  if (!draft.places[0]) errors.first = 'required';
  const chosen = draft.places.filter(Boolean);
  if (new Set(chosen).size !== chosen.length) errors.places = 'repeated';
  else if (draft.places[1] === '' && draft.places[2] !== '') errors.places = 'gap';
  return errors;
}

export function choiceOf(draft: PriorityDraft): PriorityChoice {
  return { areaId: draft.areaId, themes: draft.places.filter(Boolean) };
}
