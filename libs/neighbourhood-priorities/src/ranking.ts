/** A resident ranks at most this many themes (main categories) for their neighbourhood. */
export const MAX_THEMES = 3;

/** One person's answer: the neighbourhood they live in and the themes that matter most there, most important first. */
export interface PriorityChoice {
  areaId: string;
  themes: string[];
}

export type RankingCheck = { ok: true; themes: string[] } | { ok: false; message: string };

/** Themes must be 1 to 3 distinct known theme codes, most important first. */
export function checkRanking(themes: readonly string[], knownThemes: readonly string[]): RankingCheck {
  if (themes.length < 1 || themes.length > MAX_THEMES) {
    return { ok: false, message: `themes: choose 1 to ${MAX_THEMES} themes, most important first` };
  }
  const unknown = themes.filter((theme) => !knownThemes.includes(theme));
  if (unknown.length) return { ok: false, message: `themes: there is no theme ${unknown.join(', ')}` };
  if (new Set(themes).size !== themes.length) return { ok: false, message: 'themes: each theme may be chosen once' };
  return { ok: true, themes: [...themes] };
}

/** Points a theme earns from one person: 3 for their first choice, 2 for the second, 1 for the third. */
export function pointsFor(position: number): number {
  return Math.max(MAX_THEMES - position, 0);
}
