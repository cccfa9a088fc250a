import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { describeErrors, validateSchema } from '@loket/contracts';
import { ProblemException } from '../problem-details/problem';

const PLAIN_TYPES: unknown[] = [String, Boolean, Number, Array, Object];
const NUL = '\u0000';

/**
 * Validates request bodies and queries against their DTO class (class-validator decorators), rejecting
 * unknown fields; a failure is a 400 problem naming every offending field. Before that, any text of the body,
 * the query or a path parameter holding a NUL character is refused: no text anyone writes holds one, and
 * PostgreSQL cannot store or compare it (it would surface as a 500).
 */
@Injectable()
export class SchemaValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const at = nulIn(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
      if (at !== null)
        throw ProblemException.badRequest(`${at || '(body)'}: must not contain a NUL character`, [
          { field: at, messages: ['must not contain a NUL character'] },
        ]);
    }
    const schema = metadata.metatype;
    if (!schema || PLAIN_TYPES.includes(schema) || (metadata.type !== 'body' && metadata.type !== 'query'))
      return value;
    const result = validateSchema(schema as new () => object, value ?? {});
    if (!result.ok) throw ProblemException.badRequest(describeErrors(result.errors), result.errors);
    return result.value;
  }
}

/** Where in the value (its field path) a text holds a NUL character; null when none does. */
function nulIn(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 32 || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (key.includes(NUL)) return at;
    const found = nulIn(inner, at, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
