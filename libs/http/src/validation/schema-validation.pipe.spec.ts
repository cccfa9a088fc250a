import { IsString, Length } from 'class-validator';
import { ProblemException } from '../problem-details/problem';
import { SchemaValidationPipe } from './schema-validation.pipe';

class NoteBody {
  @IsString()
  @Length(1, 100)
  text!: string;
}

describe('SchemaValidationPipe', () => {
  const pipe = new SchemaValidationPipe();
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      const problem = error as ProblemException;
      return {
        status: problem.status,
        ...(problem.extensions as { errors: { field: string; messages: string[] }[] }),
      };
    }
    throw new Error('not refused');
  };

  it('passes a valid body through as its class', () => {
    expect(pipe.transform({ text: 'Lamp kapot' }, { type: 'body', metatype: NoteBody })).toBeInstanceOf(
      NoteBody,
    );
  });

  it('refuses a NUL character in a body, a query or a path parameter, naming where (never a 500 from the database)', () => {
    expect(
      refusal(() => pipe.transform({ text: 'a\u0000b' }, { type: 'body', metatype: NoteBody })),
    ).toMatchObject({
      status: 400,
      errors: [{ field: 'text', messages: ['must not contain a NUL character'] }],
    });
    expect(refusal(() => pipe.transform({ q: '\u0000' }, { type: 'query', metatype: Object }))).toMatchObject(
      { errors: [{ field: 'q' }] },
    );
    expect(
      refusal(() => pipe.transform('\u0000', { type: 'param', metatype: String, data: 'id' })),
    ).toMatchObject({ errors: [{ field: 'id' }] });
    expect(
      refusal(() => pipe.transform({ list: ['ok', 'n\u0000'] }, { type: 'body', metatype: Object })),
    ).toMatchObject({ errors: [{ field: 'list[1]' }] });
  });

  it('leaves other parameters and binary content alone', () => {
    expect(pipe.transform('abc', { type: 'param', metatype: String, data: 'id' })).toBe('abc');
    const file = Buffer.from([0, 1, 2]);
    expect(pipe.transform(file, { type: 'custom', metatype: Object })).toBe(file);
  });
});
