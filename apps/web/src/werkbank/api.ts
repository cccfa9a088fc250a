import { currentAccessToken, request, type Service } from '../api/http';
import { ApiProblem } from '../api/http';

/**
 * The workbench screens' door to the services: paths as the gateway serves them (`/api/<service>/v1/...`),
 * through the web's one client (`api/http.ts`: the signed-in person's token, RFC 9457 problems as ApiProblem).
 */
export interface Api {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
  /** The raw answer, e.g. a CSV file. */
  download(path: string, accept: string): Promise<Blob>;
}

const SERVICE_PATH = /^\/api\/(intake|routing|workbench|feedback)(\/.*)$/;

function split(path: string): [Service, string] {
  const match = SERVICE_PATH.exec(path);
  if (!match) throw new Error(`not a service path: ${path}`);
  return [match[1] as Service, match[2] ?? '/'];
}

export const api: Api = {
  get: <T>(path: string) => request<T>(...split(path)),
  send: <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) => {
    const [service, rest] = split(path);
    return request<T>(service, rest, { method, json: body });
  },
  download: async (path: string, accept: string) => {
    const token = currentAccessToken();
    let response: Response;
    try {
      response = await fetch(path, { headers: { accept, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    } catch {
      throw new ApiProblem(0, 'Network error');
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as { title?: string; detail?: string };
      throw new ApiProblem(response.status, problem.title ?? response.statusText, problem.detail);
    }
    return response.blob();
  },
};

export const WORKBENCH = '/api/workbench/v1';
export const ROUTING = '/api/routing/v1';
export const FEEDBACK = '/api/feedback/v1';
