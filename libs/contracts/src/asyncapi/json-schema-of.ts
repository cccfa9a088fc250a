import { ClassConstructor } from 'class-transformer';
// The type metadata of @Type() decorators: class-transformer keeps it in this storage (typed in types/).
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';

export type JsonSchema = Record<string, unknown>;

/**
 * A JSON Schema of a payload class, read from its class-validator decorators (the same ones that validate
 * it at both ends), so the published document cannot drift from what is enforced.
 */
export function jsonSchemaOf(schema: ClassConstructor<object>): JsonSchema {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(schema, '', true, false);
  const properties: Record<string, JsonSchema> = {};
  const optional = new Set<string>();
  for (const m of metadata) {
    const property = (properties[m.propertyName] ??= {});
    if (m.type === 'conditionalValidation') optional.add(m.propertyName);
    else if (m.type === 'nestedValidation') {
      const nested = defaultMetadataStorage.findTypeMetadata(schema, m.propertyName)?.typeFunction() as ClassConstructor<object> | undefined;
      if (nested) Object.assign(property, m.each ? { type: 'array', items: jsonSchemaOf(nested) } : jsonSchemaOf(nested));
    } else if (m.name) Object.assign(property, m.each ? { type: 'array', items: constraint(m.name, m.constraints) } : constraint(m.name, m.constraints));
  }
  const required = Object.keys(properties).filter((p) => !optional.has(p)).sort();
  return { type: 'object', additionalProperties: false, properties, required };
}

function constraint(name: string, args: unknown[] = []): JsonSchema {
  switch (name) {
    case 'isUuid':
      return { type: 'string', format: 'uuid' };
    case 'isDateString':
      return { type: 'string', format: 'date-time' };
    case 'isEmail':
      return { type: 'string', format: 'email' };
    case 'isBase64':
      return { type: 'string', contentEncoding: 'base64' };
    case 'isString':
      return { type: 'string' };
    case 'isBoolean':
      return { type: 'boolean' };
    case 'isInt':
      return { type: 'integer' };
    case 'isNumber':
      return { type: 'number' };
    case 'isArray':
      return { type: 'array' };
    case 'isObject':
      return { type: 'object' };
    case 'isIn':
      return { enum: args[0] };
    case 'matches':
      return { type: 'string', pattern: (args[0] as RegExp).source };
    case 'length':
      return { minLength: args[0], ...(args[1] !== undefined ? { maxLength: args[1] } : {}) };
    case 'min':
      return { minimum: args[0] };
    case 'max':
      return { maximum: args[0] };
    case 'arrayMaxSize':
      return { maxItems: args[0] };
    case 'isAnswerValue':
      return { type: ['boolean', 'string', 'number'], maxLength: 2000 };
    case 'isNotEmpty':
      return { minLength: 1 };
    default:
      return { description: `validated by ${name}` };
  }
}
