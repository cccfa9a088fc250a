/** A small JSON client for the services' HTTP APIs, as a browser or partner app would call them. */
export interface JsonResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export async function call<T = unknown>(
  method: string,
  url: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

/** Every case id a caller can list, following the cursor through all pages. */
export async function allListedCaseIds(workbenchUrl: string, token: string, query = ''): Promise<string[]> {
  return (await allListedCases<{ id: string }>(workbenchUrl, token, query)).map((c) => c.id);
}

/** Every case a caller can list, following the cursor through all pages. */
export async function allListedCases<T extends { id: string }>(workbenchUrl: string, token: string, query = ''): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', '100');
    if (cursor) params.set('cursor', cursor);
    const page: JsonResponse<{ items: T[]; nextCursor: string | null }> = await call('GET', `${workbenchUrl}/api/v1/cases?${params}`, { token });
    if (page.status !== 200) throw new Error(`listing cases answered ${page.status}`);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}
