import type { z } from 'zod'
import { DataError } from './data-error.ts'
import { describeValue } from './field-path.ts'
import { describeZodIssues } from './zod-issue-text.ts'

/** At most this many problems are listed per file; the rest are counted. */
export const MAX_PROBLEMS_PER_FILE = 25

/**
 * Validates a JSON array of records (e.g. `seeds/extracted/targets.json`) with `schema`,
 * returning the parsed records (defaults applied). Any failure throws a `DataError` with one
 * line per problem: `<file>: record "<id>" (#<index>): <field>: expected …, got …` (index
 * 0-based).
 */
export function parseRecords<S extends z.ZodType>(
  file: string,
  json: unknown,
  schema: S,
): z.output<S>[] {
  if (!Array.isArray(json)) {
    throw new DataError(`${file}: expected a JSON array of records, got ${describeValue(json)}`)
  }
  const records: z.output<S>[] = []
  const problems: string[] = []
  json.forEach((input: unknown, index) => {
    const result = schema.safeParse(input)
    if (result.success) {
      records.push(result.data)
      return
    }
    const label = recordLabel('record', recordId(input), index)
    for (const { field, text } of describeZodIssues(result.error.issues, input)) {
      problems.push(`${file}: ${label}: ${field}: ${text}`)
    }
  })
  if (problems.length > 0) throw new DataError(capProblems(file, problems))
  return records
}

/** `record "ne18-1.3" (#4)` or `record #4` when it has no usable id. */
export function recordLabel(kind: string, id: string | undefined, index: number): string {
  return id === undefined ? `${kind} #${index}` : `${kind} ${JSON.stringify(id)} (#${index})`
}

/** Keeps the first `MAX_PROBLEMS_PER_FILE` lines and counts the rest. */
export function capProblems(file: string, problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems
  const rest = problems.length - MAX_PROBLEMS_PER_FILE
  return [...problems.slice(0, MAX_PROBLEMS_PER_FILE), `${file}: … and ${rest} more problem(s)`]
}

function recordId(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return undefined
  const id = (input as { id?: unknown }).id
  return typeof id === 'string' && id !== '' ? id : undefined
}
