import { z } from '@hono/zod-openapi'

// Every pattern below is unambiguous (each character has one way to match), so a test is linear
// in the input; and every string schema checks its length first and stops there when it fails
// (`bounded`), so no pattern ever sees an over-long value. Issue 12: `\d+\.?\d*` split long
// digit runs quadratically and zod ran it after `.max()` had failed (16 KB → 143–298 ms).
/** A decimal number: `12`, `-1.5`, `.5`, `1.`, `2e3`. */
const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/
const INTEGER = /^\d+$/
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A string of at most `max` characters; longer values fail before any later check runs. */
export function bounded(max: number) {
  return z.string().max(max, { abort: true })
}
const allowedTexts = new WeakMap<z.ZodType, string | string[]>()

/** What a parameter schema accepts, in words (for the error shape's `allowed`). */
export function allowedOf(schema: z.ZodType | undefined): string | string[] | undefined {
  return schema ? allowedTexts.get(schema) : undefined
}

interface ParamDoc {
  description: string
  example?: string
}

function document<S extends z.ZodType>(schema: S, allowed: string | string[], doc: ParamDoc): S {
  const documented = schema.openapi({ description: doc.description, example: doc.example }) as S
  allowedTexts.set(documented, allowed)
  return documented
}

/** A decimal number query parameter in `[min, max]` (no NaN, Infinity, hex or blanks). */
export function decimalParam(min: number, max: number, doc: ParamDoc) {
  const schema = bounded(40)
    .regex(DECIMAL, { error: 'must be a decimal number' })
    .transform(Number)
    .pipe(z.number().min(min).max(max))
    .openapi({ type: 'number', minimum: min, maximum: max })
  return document(schema, `a decimal number from ${min} to ${max}`, doc)
}

/** A decimal parameter with `0 < value ≤ max` (radii, distances). */
export function positiveParam(max: number, doc: ParamDoc) {
  const schema = bounded(40)
    .regex(DECIMAL, { error: 'must be a decimal number' })
    .transform(Number)
    .pipe(z.number().positive().max(max))
    .openapi({ type: 'number', exclusiveMinimum: 0, maximum: max })
  return document(schema, `a decimal number greater than 0 and at most ${max}`, doc)
}

/** A whole-number query parameter in `[min, max]`. */
export function integerParam(min: number, max: number, doc: ParamDoc) {
  const schema = bounded(20)
    .regex(INTEGER, { error: 'must be a whole number' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .openapi({ type: 'integer', minimum: min, maximum: max })
  return document(schema, `a whole number from ${min} to ${max}`, doc)
}

/** A kebab-case id parameter (sector, chain, park, site …). */
export function idParam(doc: ParamDoc) {
  const schema = bounded(100).regex(ID, { error: 'must be a lowercase kebab-case id' })
  return document(schema, 'a lowercase kebab-case id, e.g. "li-battery"', doc)
}

/** One of the values of an enum schema (e.g. `SiteStatusSchema`). */
export function enumParam<E extends z.ZodEnum>(schema: E, doc: ParamDoc): E {
  // a fresh enum: the domain's may predate zod's OpenAPI extension (see `component`)
  const values = schema.options.map(String) as [string, ...string[]]
  return document(z.enum(values), values, doc) as unknown as E
}

/** A string matching `pattern` (e.g. district codes, chain-link refs); keep `pattern` unambiguous. */
export function patternParam(pattern: RegExp, allowed: string, doc: ParamDoc) {
  return document(bounded(100).regex(pattern, { error: `must be ${allowed}` }), allowed, doc)
}

/** Free text up to `maxLength` characters. */
export function textParam(maxLength: number, doc: ParamDoc) {
  return document(bounded(maxLength), `text of at most ${maxLength} characters`, doc)
}

/** Marks a documented parameter optional, keeping its `allowed` text. */
export function optional<S extends z.ZodType>(schema: S) {
  const wrapped = schema.optional()
  const allowed = allowedOf(schema)
  if (allowed !== undefined) allowedTexts.set(wrapped, allowed)
  return wrapped
}

/** Gives a documented parameter a default, keeping its `allowed` text. */
export function withDefault<S extends z.ZodType>(
  schema: S,
  value: z.core.util.NoUndefined<z.output<S>>,
) {
  const wrapped = schema.default(value)
  const allowed = allowedOf(schema)
  if (allowed !== undefined) allowedTexts.set(wrapped, allowed)
  return wrapped
}

/** Registers the `allowed` text of a schema built elsewhere (e.g. `bboxParam`). */
export function describeAllowed<S extends z.ZodType>(
  schema: S,
  allowed: string | string[],
  doc: ParamDoc,
): S {
  return document(schema, allowed, doc)
}
