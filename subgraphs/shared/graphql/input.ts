import { defaultFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { BadUserInputError } from './errors';

const LONE_SURROGATE = /\p{Surrogate}/u;

/** Why PostgreSQL could not take this text as it is (it holds no NUL; UTF-8 has no unpaired surrogates), or null. */
function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text: it holds an unpaired surrogate (\\uD800-\\uDFFF)';
  return null;
}

/** Fails with BAD_USER_INPUT naming the first value, by its path from the argument (e.g. "input.lines.0.category"), holding such text. */
function checkText(value: unknown, path: string[]): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw new BadUserInputError(path.join('.'), problem);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) checkText(item, [...path, String(index)]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, item] of Object.entries(value)) checkText(item, [...path, name]);
  }
}

/**
 * Makes every field that takes arguments refuse text PostgreSQL cannot store before its resolver
 * runs, whether the value came inline or as a variable: one check for every argument of the subgraph.
 */
export function refuseUnstorableText(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        checkText(args, []);
        return resolve(source, args, context, info);
      };
    }
  }
}
