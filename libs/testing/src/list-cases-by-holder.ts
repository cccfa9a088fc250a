/**
 * Every case the workbench lists, asked the way need-to-know allows: no one sees every organisation's cases, so
 * each organisation's cases are listed by a demo user of that organisation (a professional; the coordinator for
 * what the fallback routes to the coordinators). A case listed to two organisations, or twice to one, appears
 * twice in the answer; an organisation that holds cases but has no demo user here is an error, not a gap.
 */

/** The demo user (deploy/keycloak/loket-realm.json) who lists each organisation's cases. */
export const CASE_LISTER_OF: Readonly<Record<string, string>> = {
  municipality: 'gemeente.stadsbeheer',
  police: 'politie.wijkagent',
  housing: 'corporatie.huurders',
  'social-work': 'welzijn.wijkteam',
  coordinators: 'coordinator',
};

/**
 * The ids the workbench lists to the holders of `organisations` (e.g. `SELECT DISTINCT organisation FROM cases`),
 * each organisation's own cases only (a coordinator's list also holds other organisations' cases in triage).
 */
export async function listCasesByHolder(
  workbenchUrl: string,
  organisations: readonly string[],
  tokenOf: (username: string) => Promise<string>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const organisation of organisations) {
    const username = CASE_LISTER_OF[organisation];
    if (!username) throw new Error(`no demo user lists the cases of organisation "${organisation}"`);
    const token = await tokenOf(username);
    let cursor: string | null = null;
    do {
      const url = `${workbenchUrl}/api/v1/cases?queue=organisation&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const response: Response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      if (response.status !== 200)
        throw new Error(
          `listing the cases of ${organisation} as ${username}: ${response.status} ${await response.text()}`,
        );
      const page = (await response.json()) as {
        items: { id: string; organisation: string }[];
        nextCursor: string | null;
      };
      ids.push(...page.items.filter((item) => item.organisation === organisation).map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
  }
  return ids;
}
