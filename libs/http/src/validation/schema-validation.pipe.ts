import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { describeErrors, findInInput, InputPlace, validateSchema } from '@loket/contracts';
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
      const holdsNul = ({ key, value: text }: InputPlace) => key?.includes(NUL) === true || (typeof text === 'string' && text.includes(NUL));
      const nul = findInInput(value, holdsNul, metadata.type === 'param' ? (metadata.data ?? '') : '');
      if (nul) {
        throw ProblemException.badRequest(`${nul.path || '(body)'}: must not contain a NUL character`, [
          { field: nul.path, messages: ['must not contain a NUL character'] },
        ]);
      }
    }
    const schema = metadata.metatype;
    if (!schema || PLAIN_TYPES.includes(schema) || (metadata.type !== 'body' && metadata.type !== 'query'))
      return value;
    const result = validateSchema(schema as new () => object, value ?? {});
    if (!result.ok) throw ProblemException.badRequest(describeErrors(result.errors), result.errors);
    return result.value;
  }
}
