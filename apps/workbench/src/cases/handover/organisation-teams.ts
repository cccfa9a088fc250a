/**
 * The teams of each organisation, as the taxonomy (`../shared/design/taxonomy.json`, routing's catalogue)
 * defines them. A case is handed over only to a team of its own organisation that exists here.
 */
export const ORGANISATION_TEAMS: Readonly<Record<string, readonly string[]>> = {
  municipality: ['stadsbeheer', 'handhaving', 'wijkteam-coordinatie'],
  police: ['wijkagenten', 'ondermijning'],
  housing: ['huurdersservice'],
  'social-work': ['wijkteam', 'ouderenwerk'],
  coordinators: ['triage'],
};

export function teamsOf(organisation: string): readonly string[] {
  return ORGANISATION_TEAMS[organisation] ?? [];
}
