import { ClassConstructor, plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { findInInput } from './find-in-input';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `location.lat`. */
  field: string;
  messages: string[];
}

export type SchemaResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Turns untrusted input into an instance of a schema class and validates it, rejecting unknown fields.
 * Used at every edge: HTTP bodies, events before publish and events on receipt.
 */
export function validateSchema<T extends object>(schema: ClassConstructor<T>, input: unknown): SchemaResult<T> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', messages: ['must be a JSON object'] }] };
  }
  const reserved = findInInput(input, ({ key, inArray }) => key !== null && !inArray && RESERVED_KEYS.has(key));
  if (reserved) return { ok: false, errors: [{ field: reserved.path, messages: [`property ${reserved.key} should not exist`] }] };
  const value = plainToInstance(schema, input, { enableImplicitConversion: false });
  const errors = validateSync(value, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) return { ok: false, errors: flatten(errors) };
  return { ok: true, value };
}

/**
 * Keys every object inherits (`constructor`, `__proto__`, `prototype`) are no field of any schema, yet the
 * whitelist cannot see them as unknown (they exist on every instance). Refused anywhere in the input.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function describeErrors(errors: FieldError[]): string {
  return errors.map((e) => `${e.field || '(body)'}: ${e.messages.join(', ')}`).join('; ');
}
