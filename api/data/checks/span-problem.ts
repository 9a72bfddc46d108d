import type { Clause } from '../../domain/index.ts'

/**
 * Why a clause's `[start, end)` span does not select real text of its document, or
 * `undefined` when it does: `text` missing, end not after start, end past the text, or only
 * whitespace inside.
 */
export function spanProblem(clause: Clause, text: string | undefined): string | undefined {
  const span = `[${clause.start}, ${clause.end})`
  if (text === undefined) return `no normalised text is loaded for document ${clause.doc_id}`
  if (clause.end <= clause.start) return `span ${span} is empty or reversed`
  if (clause.end > text.length) {
    return `span ${span} runs past the end of the ${clause.doc_id} text (${text.length} code units)`
  }
  if (text.slice(clause.start, clause.end).trim() === '')
    return `span ${span} holds only whitespace`
  return undefined
}
