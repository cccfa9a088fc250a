import { PriorityChoice, pointsFor } from './ranking';

/** Fewer people than this in a cell (a neighbourhood, or a theme within one): the cell is suppressed. */
export const MINIMUM_PEOPLE = 5;

export interface ThemeTally {
  theme: string;
  /** Fewer than the minimum mentioned it (zero included): no figures. */
  suppressed: boolean;
  /** How many people ranked this theme; null when suppressed. */
  people: number | null;
  /** 3 for every first place, 2 for a second, 1 for a third; null when suppressed. */
  points: number | null;
  /** 1 for the most important visible theme of the neighbourhood; null when suppressed. */
  rank: number | null;
}

export interface NeighbourhoodPriorities {
  areaId: string;
  name: string;
  /** Fewer than the minimum answered for this neighbourhood (zero included): no figures at all. */
  suppressed: boolean;
  respondents: number | null;
  /** Every theme: visible ones by points (most first), then the suppressed ones by code. Empty when suppressed. */
  themes: ThemeTally[];
}

/**
 * The priorities per neighbourhood from everyone's answers. A neighbourhood with fewer than `minimumPeople`
 * answers shows nothing but that it is suppressed; within a visible one, a theme fewer than `minimumPeople`
 * ranked is suppressed likewise. Zero is suppressed too, so "suppressed" never tells 0 from 1-4.
 */
export function aggregatePriorities(
  answers: readonly PriorityChoice[],
  areas: readonly { id: string; name: string }[],
  themes: readonly string[],
  minimumPeople = MINIMUM_PEOPLE,
): NeighbourhoodPriorities[] {
  const byArea = new Map<string, PriorityChoice[]>();
  for (const answer of answers) byArea.set(answer.areaId, [...(byArea.get(answer.areaId) ?? []), answer]);
  return areas.map((area) => {
    const answered = byArea.get(area.id) ?? [];
    if (answered.length < minimumPeople) return { areaId: area.id, name: area.name, suppressed: true, respondents: null, themes: [] };
    return { areaId: area.id, name: area.name, suppressed: false, respondents: answered.length, themes: tallyThemes(answered, themes, minimumPeople) };
  });
}

function tallyThemes(answers: readonly PriorityChoice[], themes: readonly string[], minimumPeople: number): ThemeTally[] {
  const people = new Map<string, number>();
  const points = new Map<string, number>();
  for (const answer of answers) {
    answer.themes.forEach((theme, position) => {
      people.set(theme, (people.get(theme) ?? 0) + 1);
      points.set(theme, (points.get(theme) ?? 0) + pointsFor(position));
    });
  }
  const visible = themes
    .filter((theme) => (people.get(theme) ?? 0) >= minimumPeople)
    .map((theme) => ({ theme, people: people.get(theme) ?? 0, points: points.get(theme) ?? 0 }))
    .sort((a, b) => b.points - a.points || b.people - a.people || a.theme.localeCompare(b.theme))
    .map((tally, index): ThemeTally => ({ ...tally, suppressed: false, rank: index + 1 }));
  const hidden = themes
    .filter((theme) => (people.get(theme) ?? 0) < minimumPeople)
    .sort((a, b) => a.localeCompare(b))
    .map((theme): ThemeTally => ({ theme, suppressed: true, people: null, points: null, rank: null }));
  return [...visible, ...hidden];
}
