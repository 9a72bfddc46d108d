import type { z } from 'zod'
import { describeValue, formatFieldPath, type PathSegment, valueAt } from './field-path.ts'

type Issue = z.core.$ZodIssue

/** One schema problem in words: the field path and what was expected versus found. */
export interface IssueText {
  field: string
  text: string
}

/**
 * Turns zod issues for `input` into `field: expected …, got …` lines. Union failures are
 * narrowed to the branch the input was meant for (by its `type` discriminator), so a bad
 * polygon ring reads as a ring problem, not as "no union member matched".
 */
export function describeZodIssues(issues: readonly Issue[], input: unknown): IssueText[] {
  return issues.flatMap((issue) => describeIssue(issue, [], input))
}

function describeIssue(issue: Issue, prefix: readonly PathSegment[], input: unknown): IssueText[] {
  const path = [...prefix, ...issue.path]
  const got = describeValue(valueAt(input, path))
  const at = (text: string, fieldPath = path) => [{ field: formatFieldPath(fieldPath), text }]
  switch (issue.code) {
    case 'invalid_type':
      return at(`expected ${issue.expected}, got ${got}`)
    case 'invalid_value':
      return at(`expected ${oneOf(issue.values)}, got ${got}`)
    case 'invalid_format':
      return at(`expected ${formatExpectation(issue)}, got ${got}`)
    case 'too_small':
      return at(
        `expected ${bound(issue.origin, '>', issue.minimum, issue.inclusive)}, got ${sizeOf(valueAt(input, path))}`,
      )
    case 'too_big':
      return at(
        `expected ${bound(issue.origin, '<', issue.maximum, issue.inclusive)}, got ${sizeOf(valueAt(input, path))}`,
      )
    case 'unrecognized_keys':
      return at(`unexpected field(s) ${issue.keys.join(', ')}`)
    case 'invalid_union':
      return describeUnion(issue, path, input)
    default:
      return at(`${issue.message}, got ${got}`)
  }
}

function describeUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PathSegment[],
  input: unknown,
): IssueText[] {
  const got = describeValue(valueAt(input, path))
  if ('options' in issue && issue.options && issue.errors.length === 0) {
    return [
      {
        field: formatFieldPath(path),
        text: `expected one of ${issue.options.join('|')}, got ${got}`,
      },
    ]
  }
  const intended = issue.errors.filter((branch) => !branch.some(missesDiscriminator))
  const best = intended.sort((a, b) => a.length - b.length)[0]
  if (best) return best.flatMap((inner) => describeIssue(inner, path, input))
  const types = issue.errors.flatMap((branch) => branch.flatMap(discriminatorValues))
  if (types.length > 0) {
    const typePath = [...path, 'type']
    const gotType = describeValue(valueAt(input, typePath))
    return [
      {
        field: formatFieldPath(typePath),
        text: `expected one of ${types.join('|')}, got ${gotType}`,
      },
    ]
  }
  return [{ field: formatFieldPath(path), text: `matches none of the allowed shapes, got ${got}` }]
}

/** A branch issue saying the `type` tag did not match that branch. */
function missesDiscriminator(issue: Issue): boolean {
  const last = issue.path[issue.path.length - 1]
  if (issue.path.length !== 1 || last !== 'type') return false
  return issue.code === 'invalid_value' || issue.code === 'invalid_union'
}

function discriminatorValues(issue: Issue): string[] {
  if (issue.code === 'invalid_value') return issue.values.map(String)
  if (issue.code === 'invalid_union' && 'options' in issue && issue.options) {
    return issue.options.map(String)
  }
  return []
}

function oneOf(values: readonly unknown[]): string {
  if (values.length === 1) return JSON.stringify(values[0])
  return `one of ${values.map(String).join('|')}`
}

function formatExpectation(issue: Extract<Issue, { code: 'invalid_format' }>): string {
  // Our schemas give regexes a readable message ("clause id like …"); zod's own start "Invalid".
  if (!issue.message.startsWith('Invalid')) return issue.message
  return 'pattern' in issue && issue.pattern ? `a string matching ${issue.pattern}` : issue.format
}

function bound(origin: string, side: '<' | '>', limit: number | bigint, inclusive?: boolean) {
  const n = Number(limit)
  if (origin === 'array' || origin === 'set') {
    return side === '>'
      ? `at least ${inclusive ? n : n + 1} item(s)`
      : `at most ${inclusive ? n : n - 1} item(s)`
  }
  if (origin === 'string') {
    return side === '>'
      ? `at least ${inclusive ? n : n + 1} character(s)`
      : `at most ${inclusive ? n : n - 1} character(s)`
  }
  return `a number ${side}${inclusive ? '=' : ''} ${n}`
}

function sizeOf(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} item(s)`
  return describeValue(value)
}
