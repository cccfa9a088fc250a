/**
 * The browser's one way to the services: `/api/<service>/...` on this origin (the gateway passes it on).
 * Errors come back as RFC 9457 problems and are thrown as ApiProblem, so a page can say what went wrong.
 */
export type Service = 'intake' | 'routing' | 'workbench' | 'feedback';

export interface FieldError {
  field: string;
  messages: string[];
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors: FieldError[] = [],
    /** The problem's type as its last path segment (`photo-too-large`, `validation-error`, …), when it gave one. */
    readonly type?: string,
  ) {
    super(detail ?? title);
  }

  /** The endpoint does not exist (yet) on this installation: a feature that needs it stays hidden. */
  get missing(): boolean {
    return this.status === 404 || this.status === 405 || this.status === 501;
  }
}

let accessToken: () => string | undefined = () => undefined;

/** The signed-in person's token, for the rare answer that is not JSON (e.g. a CSV download). */
export function currentAccessToken(): string | undefined {
  return accessToken();
}

/** The auth provider tells the client how to find the signed-in person's token (none when anonymous). */
export function setAccessTokenSource(source: () => string | undefined): void {
  accessToken = source;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  json?: unknown;
  form?: FormData;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function apiUrl(service: Service, path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return `/api/${service}${path}${search ? `?${search}` : ''}`;
}

export async function request<T>(service: Service, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...options.headers };
  const token = accessToken();
  if (token) headers['authorization'] = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(service, path, options.query), { method: options.method ?? 'GET', headers, body, signal: options.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiProblem(0, 'Network error', undefined);
  }
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const problem = (parsed ?? {}) as { type?: string; title?: string; detail?: string; errors?: FieldError[] };
    const type = typeof problem.type === 'string' ? problem.type.split('/').pop() : undefined;
    throw new ApiProblem(response.status, problem.title ?? response.statusText, problem.detail, problem.errors ?? [], type);
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
