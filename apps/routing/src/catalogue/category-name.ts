/** A category as coordinators read it in explanations and insights: "main / sub", or "main" without a sub. */
export function categoryName(main: string, sub?: string | null): string {
  return sub ? `${main} / ${sub}` : main;
}
