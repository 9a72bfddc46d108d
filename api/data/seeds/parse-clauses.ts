import type { Clause, DocId } from '../../domain/index.ts'

const CN_DIGITS = '一二三四五六七八九'
const LEVEL1 = /^([一二三四五六七八九十]+)、/
const LEVEL2 = /^\(([一二三四五六七八九十]+)\)/
const LEVEL3 = /^(\d+)\./
/** Title lines of the notice/plan (not clauses): they end in 的通知 or in the plan period. */
const TITLE = /^天津市.*(?:行动计划\(\d{4}—\d{4}年\)|的通知)$/
/** The 2021 copy ends with a reference to an attachment it does not contain. */
const TRAILER = /^附件:/
/** A lead-in heading of an unnumbered paragraph: a short phrase ended by 。 (no comma). */
const LEAD = /^([^,;:。!]{2,20})。/
const FRONT_LABEL = '卷首'

/** Parses a Chinese numeral 一 … 九十九. */
export function chineseNumeral(s: string): number {
  if (s === '十') return 10
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s]
  const digit = (c: string | undefined) => (c ? CN_DIGITS.indexOf(c) + 1 : 0)
  return (s.includes('十') ? Math.max(1, digit(tens)) * 10 : 0) + digit(ones)
}

interface Paragraph {
  start: number
  end: number
  text: string
}

/** Non-blank lines with their span, trimmed of leading and trailing whitespace. */
function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length
    const body = line.trim()
    if (body) out.push({ start: offset + lead, end: offset + lead + body.length, text: body })
    offset += line.length + 1
  }
  return out
}

interface Node extends Clause {
  /** Heading only (children follow) rather than a heading inside a paragraph. */
  open: boolean
  paragraphs: number
}

/**
 * Splits a numbered paragraph into its heading (to the first 。, or the whole line) and
 * reports whether anything follows the heading.
 */
function splitHeading(afterLabel: string): { heading: string; open: boolean } {
  const stop = afterLabel.indexOf('。')
  if (stop === -1) return { heading: afterLabel.trim(), open: true }
  return {
    heading: afterLabel.slice(0, stop).trim(),
    open: afterLabel.slice(stop + 1).trim() === '',
  }
}

/**
 * Parses a normalised plan into clauses by its own numbering: 一、 → `<doc>-1`, (二) →
 * `<doc>-1.2`, 3. → `<doc>-1.2.3`; unnumbered paragraphs are `p<n>` of the innermost heading
 * (`<doc>-0.p<n>` before the first 一、). Spans are indices into `text`, end exclusive; a
 * heading's span runs to the end of its last descendant. `headingsEn` must hold an English
 * heading for every clause id and nothing else.
 */
export function parseClauses(
  docId: DocId,
  text: string,
  headingsEn: Readonly<Record<string, string>>,
): Clause[] {
  const nodes: Node[] = []
  const stack: Node[] = []
  const add = (node: Omit<Node, 'heading_en' | 'doc_id' | 'paragraphs'>, depth: number) => {
    const heading = headingsEn[node.id]
    if (heading === undefined) throw new Error(`${docId}: no English heading for ${node.id}`)
    if (nodes.some((n) => n.id === node.id))
      throw new Error(`${docId}: duplicate clause ${node.id}`)
    const full: Node = { ...node, doc_id: docId, heading_en: heading, paragraphs: 0 }
    nodes.push(full)
    stack.length = depth
    stack.push(full)
    for (const ancestor of stack) ancestor.end = Math.max(ancestor.end, full.end)
  }
  for (const p of paragraphs(text)) {
    if (TRAILER.test(p.text)) break
    if (!nodes.some((n) => n.parent_id === null && n.label_zh !== FRONT_LABEL)) {
      if (TITLE.test(p.text)) continue
    }
    const m1 = LEVEL1.exec(p.text)
    const m2 = m1 ? null : LEVEL2.exec(p.text)
    const m3 = m1 || m2 ? null : LEVEL3.exec(p.text)
    const match = m1 ?? m2 ?? m3
    if (match?.[1]) {
      const depth = m1 ? 0 : m2 ? 1 : 2
      const parent = stack[depth - 1] ?? null
      if (depth > 0 && !parent) throw new Error(`${docId}: "${p.text.slice(0, 20)}" has no parent`)
      const n = m3 ? Number(match[1]) : chineseNumeral(match[1])
      const { heading, open } = splitHeading(p.text.slice(match[0].length))
      const sep = depth === 2 ? ' ' : ''
      add(
        {
          id: parent ? `${parent.id}.${n}` : `${docId}-${n}`,
          parent_id: parent?.id ?? null,
          label_zh: `${parent?.label_zh ?? ''}${sep}${match[0]}`,
          heading_zh: heading,
          start: p.start,
          end: p.end,
          open,
        },
        depth,
      )
      continue
    }
    if (nodes.length === 0) {
      add(
        {
          ...{ id: `${docId}-0`, parent_id: null, label_zh: FRONT_LABEL, heading_zh: '' },
          ...{ start: p.start, end: p.end, open: true },
        },
        0,
      )
    }
    const parent = stack.findLast((n) => !/\.p\d+$/.test(n.id))
    if (!parent?.open) {
      throw new Error(
        `${docId}: unnumbered paragraph after an inline clause: "${p.text.slice(0, 20)}"`,
      )
    }
    parent.paragraphs++
    const lead = LEAD.exec(p.text)?.[1]
    add(
      {
        id: `${parent.id}.p${parent.paragraphs}`,
        parent_id: parent.id,
        label_zh: `${parent.label_zh} ${lead ?? `第${parent.paragraphs}段`}`,
        heading_zh: lead ?? '',
        start: p.start,
        end: p.end,
        open: false,
      },
      stack.indexOf(parent) + 1,
    )
  }
  const unused = Object.keys(headingsEn).filter((id) => !nodes.some((n) => n.id === id))
  if (unused.length) throw new Error(`${docId}: English headings for unknown clauses: ${unused}`)
  return nodes.map(({ open: _open, paragraphs: _p, ...clause }) => clause)
}
