import type { Response } from 'express';

/** GeoReport v2 answers in JSON or XML, chosen by the extension of the address (`services.json`, `services.xml`). */
export type Open311Format = 'json' | 'xml';

export const OPEN311_FORMATS: readonly Open311Format[] = ['json', 'xml'];

/** An XML element's name and how a list's items are named, as the GeoReport v2 XML examples spell them. */
export interface XmlShape {
  root: string;
  item: string;
  /** Nested lists inside an item, by field: `attributes` → `attribute`, `values` → `value`. */
  lists?: Record<string, string>;
}

export const XML_SHAPES = {
  services: { root: 'services', item: 'service' },
  serviceDefinition: { root: 'service_definition', item: 'attribute', lists: { attributes: 'attribute', values: 'value' } },
  requests: { root: 'service_requests', item: 'request' },
  errors: { root: 'errors', item: 'error' },
} as const satisfies Record<string, XmlShape>;

export function formatOf(extension: string | undefined): Open311Format | null {
  return extension === 'json' || extension === 'xml' ? extension : null;
}

/** Sends a GeoReport v2 answer: JSON as it is, XML with the spec's element names. */
export function sendOpen311(response: Response, format: Open311Format, shape: XmlShape, body: unknown, status = 200): void {
  if (format === 'json') {
    response.status(status).type('application/json').send(JSON.stringify(body));
    return;
  }
  response.status(status).type('application/xml').send(toXml(shape, body));
}

/**
 * The XML of a GeoReport v2 answer. A list becomes `<root><item>…</item></root>`; an object (the service
 * definition) becomes `<root>…</root>` with its own lists named by `shape.lists`. Fields that are undefined or null
 * are left out; values are escaped.
 */
export function toXml(shape: XmlShape, body: unknown): string {
  const lists = shape.lists ?? {};
  const inner = Array.isArray(body) ? body.map((item) => element(shape.item, item, lists)).join('') : fields(body as Record<string, unknown>, lists);
  return `<?xml version="1.0" encoding="utf-8"?><${shape.root}>${inner}</${shape.root}>`;
}

function element(name: string, value: unknown, lists: Record<string, string>): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const item = lists[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v, lists)).join('')}</${name}>`;
  }
  if (typeof value === 'object') return `<${name}>${fields(value as Record<string, unknown>, lists)}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function fields(value: Record<string, unknown>, lists: Record<string, string>): string {
  return Object.entries(value)
    .map(([key, v]) => element(key, v, lists))
    .join('');
}

export function escapeXml(text: string): string {
  // Characters XML 1.0 does not allow are dropped; the five special ones escaped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/[<>&'"]/g, (c) => XML_ESCAPES[c] ?? c);
}

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };
