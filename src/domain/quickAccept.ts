// A quick yes/no answer to "does this value pass this zod schema?", for the records of a backup.
//
// zod builds a checked copy of every value and an issue list at every level. Over a backup of
// 10,000 projects that is ~0.4 s of a restore, plus the garbage it leaves. `quickAcceptor` walks
// the schema's definition once and returns a plain predicate that copies nothing. The value checks
// (lengths, ranges, patterns, refinements, formats) are zod's own, called directly; only the
// structure (types, objects, arrays, nulls, unions) is walked here, as zod walks it.
//
// Only "yes" is taken from it: a record it refuses is checked by zod again, for zod's verdict and
// its message. A "yes" stands for zod's, so it is only given for schemas whose checked copy equals
// the input (no transforms, defaults, coercion or stripped keys); for anything else the compiler
// throws and callers use zod alone. A property test compares the two answers on mutated records.
import type * as z from 'zod';

type Accept = (value: unknown) => boolean;

/** What this module reads of zod's internal definitions (zod 4). */
type Internals = {
  def: {
    type: string;
    checks?: Check[];
    coerce?: boolean;
    innerType?: z.ZodType;
    element?: z.ZodType;
    shape?: Record<string, z.ZodType>;
    catchall?: z.ZodType;
    options?: z.ZodType[];
    inclusive?: boolean;
    discriminator?: string;
    values?: unknown[];
    entries?: Record<string, unknown>;
  };
  traits: Set<string>;
  optin?: string;
};
type Check = { _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown } };
type Payload = { value: unknown; issues: unknown[] };

const internals = (schema: z.ZodType) => (schema as unknown as { _zod: Internals })._zod;

export class UnsupportedSchema extends Error {}

const compiled = new WeakMap<z.ZodType, Accept | null>();

/** The predicate for `schema`, or null when the schema uses something this cannot answer for. */
export function quickAcceptor(schema: z.ZodType): Accept | null {
  if (!compiled.has(schema)) {
    try {
      compiled.set(schema, compile(schema));
    } catch (error) {
      if (!(error instanceof UnsupportedSchema)) throw error;
      compiled.set(schema, null);
    }
  }
  return compiled.get(schema) ?? null;
}

/**
 * zod's `safeParse`, answered without zod's checked copy when the quick check says yes: the value
 * itself is then the result. A value it refuses is checked by zod, for zod's verdict and issues.
 */
export function quickSafeParse<T>(schema: z.ZodType<T>, value: unknown): { success: true; data: T } | { success: false; error: z.ZodError } {
  if (quickAcceptor(schema)?.(value)) return { success: true, data: value as T };
  return schema.safeParse(value);
}

/** Compile, throwing UnsupportedSchema for anything not known here. Exported for the tests. */
export function compile(schema: z.ZodType): Accept {
  const zod = internals(schema);
  const { def } = zod;
  if (def.coerce) throw new UnsupportedSchema('coercion');
  const shape = compileShape(schema);
  // A string format (z.email(), …) is itself a check, run before the others, as zod does.
  const checks = [...(zod.traits.has('$ZodCheck') ? [schema as unknown as Check] : []), ...(def.checks ?? [])].map(compileCheck);
  if (checks.length === 0) return shape;
  if (checks.length === 1) {
    const [check] = checks as [Accept];
    return (value) => shape(value) && check(value);
  }
  return (value) => {
    if (!shape(value)) return false;
    for (let i = 0; i < checks.length; i += 1) if (!(checks[i] as Accept)(value)) return false;
    return true;
  };
}

/**
 * One of zod's checks as a predicate, for a value already of the right type. The commonest are
 * answered here where the answer is certain (a string within its maximum length in UTF-16 units
 * is within it in code points, too); every other case asks zod's own check.
 */
function compileCheck(check: Check): Accept {
  const byZod = askZod(check);
  const def = check._zod.def as { check?: string; format?: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; pattern?: RegExp };
  switch (def.check) {
    case 'overwrite': // .trim(), .toLowerCase(), .overwrite(…): zod's copy differs from the input
      throw new UnsupportedSchema('a check that rewrites the value');
    case 'max_length': {
      const maximum = def.maximum as number;
      return (value) => (value as { length: number }).length <= maximum || byZod(value);
    }
    case 'min_length': {
      // A code point is one or two UTF-16 units: twice the minimum in units always clears it.
      const units = 2 * (def.minimum as number);
      return (value) => (value as { length: number }).length >= units || byZod(value);
    }
    case 'greater_than': {
      const bound = def.value as number;
      return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    }
    case 'less_than': {
      const bound = def.value as number;
      return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
    }
    case 'number_format':
      return def.format === 'safeint' ? (value) => Number.isSafeInteger(value) || byZod(value) : byZod;
    case 'string_format':
      if (def.format === 'regex' && def.pattern && !def.pattern.global && !def.pattern.sticky) {
        const pattern = def.pattern;
        return (value) => pattern.test(value as string) || byZod(value);
      }
      return byZod;
    default:
      return byZod;
  }
}

/** zod's own check, run on a value the way zod runs it inside a parse. */
function askZod(check: Check): Accept {
  const payload: Payload = { value: undefined, issues: [] };
  const when = check._zod.def.when;
  return (value) => {
    payload.value = value;
    payload.issues.length = 0;
    if (when && !when(payload)) return true;
    // An asynchronous check has no answer yet: no "yes" (zod's own synchronous parse refuses it too).
    if (check._zod.check(payload) instanceof Promise) return false;
    // A check that rewrote the value (a normalising format, say): zod's copy would differ, so no "yes".
    return payload.issues.length === 0 && payload.value === value;
  };
}

function compileShape(schema: z.ZodType): Accept {
  const { def } = internals(schema);
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
    case 'any':
      return () => true;
    case 'literal': {
      const values = new Set(def.values);
      return (value) => values.has(value);
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (values.some((v) => typeof v !== 'string')) throw new UnsupportedSchema('enum of non-strings');
      const set = new Set(values);
      return (value) => set.has(value);
    }
    case 'nullable': {
      const inner = compile(def.innerType as z.ZodType);
      return (value) => value === null || inner(value);
    }
    case 'array': {
      const element = compile(def.element as z.ZodType);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'union': {
      // An exclusive union (z.xor) wants exactly one option to pass. A discriminated union is
      // exclusive too, but its options' discriminator values never overlap (zod makes sure).
      if (def.inclusive === false && def.discriminator === undefined) throw new UnsupportedSchema('exclusive union');
      const options = (def.options ?? []).map(compile);
      return (value) => options.some((accept) => accept(value));
    }
    case 'object':
      return compileStrictObject(def);
    default:
      throw new UnsupportedSchema(def.type);
  }
}

function compileStrictObject(def: Internals['def']): Accept {
  // Only strict objects: zod drops unknown keys from a plain object's copy, so it differs from the input.
  if (!def.catchall || internals(def.catchall).def.type !== 'never') throw new UnsupportedSchema('object that is not strict');
  if (Object.getOwnPropertySymbols(def.shape ?? {}).length > 0) throw new UnsupportedSchema('symbol keys');
  const fields = Object.entries(def.shape ?? {}).map(([key, field]) => {
    const zod = internals(field);
    if (zod.optin === undefined) return { key, optional: false, accept: compile(field) };
    // A plain `.optional()` only: absent or undefined, else the inner schema (a default would fill the copy in).
    if (zod.def.type !== 'optional') throw new UnsupportedSchema('optional field with a default');
    const inner = compile(zod.def.innerType as z.ZodType);
    return { key, optional: true, accept: (value: unknown) => value === undefined || inner(value) };
  });
  const names = fields.map((f) => f.key);
  const accepts = fields.map((f) => f.accept);
  const optional = fields.map((f) => f.optional);
  const known = new Set(names);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (let i = 0; i < names.length; i += 1) {
      const key = names[i] as string;
      // `in`, as zod asks whether a key is there.
      if (!(key in record)) {
        if (optional[i]) continue;
        return false;
      }
      if (!(accepts[i] as Accept)(record[key])) return false;
    }
    for (const key in record) if (!known.has(key)) return false;
    return true;
  };
}
