import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { describeErrors, validateSchema } from '@loket/contracts';
import { ProblemException } from '../problem-details/problem';

const PLAIN_TYPES: unknown[] = [String, Boolean, Number, Array, Object];

/**
 * Validates request bodies and queries against their DTO class (class-validator decorators), rejecting
 * unknown fields; a failure is a 400 problem naming every offending field.
 */
@Injectable()
export class SchemaValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const schema = metadata.metatype;
    if (!schema || PLAIN_TYPES.includes(schema) || (metadata.type !== 'body' && metadata.type !== 'query')) return value;
    const result = validateSchema(schema as new () => object, value ?? {});
    if (!result.ok) throw ProblemException.badRequest(describeErrors(result.errors), result.errors);
    return result.value;
  }
}
