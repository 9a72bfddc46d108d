import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEED_FILES, SEED_REPAIRS } from '../../api/data/seeds/normalise-seed.ts'
import { chineseNumeral } from '../../api/data/seeds/parse-clauses.ts'
import { applyRepairs, countOccurrences, repair } from '../../api/data/seeds/repair.ts'
import { buildSeedOutputs, DOC_IDS } from '../../api/data/seeds/seed-outputs.ts'
import {
  type Clause,
  ClauseSchema,
  PlanDocumentSchema,
  ProjectBatchSchema,
  TargetSchema,
} from '../../api/domain/index.ts'

const ROOT = join(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const readJson = (path: string): unknown[] => JSON.parse(read(path))
const normalised = Object.fromEntries(
  DOC_IDS.map((d) => [d, read(`seeds/normalised/${SEED_FILES[d]}`)]),
) as Record<(typeof DOC_IDS)[number], string>
const clauses = readJson('seeds/extracted/clauses.json').map((c) => ClauseSchema.parse(c))
const byId = new Map(clauses.map((c) => [c.id, c]))
const textOf = (c: Clause) => normalised[c.doc_id].slice(c.start, c.end)
const childrenOf = (id: string) => clauses.filter((c) => c.parent_id === id)
/** A label the editors wrote (front matter, unlabelled paragraph), not printed in the text. */
const EDITORIAL_LABEL = /^(?:卷首|第\d+段)$/
const ownLabel = (c: Clause) =>
  c.label_zh.slice(c.parent_id ? (byId.get(c.parent_id)?.label_zh.length ?? 0) : 0).trim()

describe('normalised seed texts', () => {
  it.each(DOC_IDS)('the %s text is already in NFKC form', (doc) => {
    expect(normalised[doc]).toBe(normalised[doc].normalize('NFKC'))
  })

  it.each(DOC_IDS)('the %s text holds no Kangxi radical characters', (doc) => {
    expect(normalised[doc]).not.toMatch(/[\u2F00-\u2FDF]/)
  })

  it.each(DOC_IDS)('each %s repair matches exactly once when it is applied', (doc) => {
    let text = read(`seeds/${SEED_FILES[doc]}`).normalize('NFKC')
    for (const r of SEED_REPAIRS[doc]) {
      expect({ id: r.id, matches: countOccurrences(text, r.find) }).toEqual({
        id: r.id,
        matches: 1,
      })
      text = text.replace(r.find, () => r.replace)
    }
    expect(text).toBe(normalised[doc])
  })

  it('a repair whose text matches twice is refused with its id', () => {
    const twice = [repair('demo-1', 'spacing', ' 1', '1', 'demo')]
    expect(() => applyRepairs('a 1 b 1', twice, 'demo')).toThrow(/demo-1.*matched 2 times/)
  })

  it('a repair whose text is missing is refused with its id', () => {
    const missing = [repair('demo-2', 'stray-punctuation', ',,', '', 'demo')]
    expect(() => applyRepairs('a, b', missing, 'demo')).toThrow(/demo-2.*matched 0 times/)
  })

  it('rebuilding from the originals reproduces every generated file byte for byte', () => {
    const { files } = buildSeedOutputs((name) => read(`seeds/${name}`))
    expect([...files.keys()].sort()).toEqual([
      'seeds/extracted/clauses.json',
      `seeds/normalised/${SEED_FILES.ne18}`,
      `seeds/normalised/${SEED_FILES.mfg21}`,
      'seeds/normalised/REPAIRS.md',
    ])
    for (const [path, content] of files)
      expect({ path, same: read(path) === content }).toEqual({ path, same: true })
  })

  it('the build refuses an original that was edited', () => {
    const edited = (name: string) => `${read(`seeds/${name}`)} `
    expect(() => buildSeedOutputs(edited)).toThrow(/not the original as received/)
  })
})

describe('clauses', () => {
  it('clause ids are unique', () => {
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length)
  })

  it('every span lies inside its text and selects text without surrounding whitespace', () => {
    for (const c of clauses) {
      expect(c.end, c.id).toBeLessThanOrEqual(normalised[c.doc_id].length)
      expect(c.start, c.id).toBeLessThan(c.end)
      expect(textOf(c), c.id).toBe(textOf(c).trim())
    }
  })

  it('every child lies inside its parent and the parent ends with its last child', () => {
    for (const c of clauses.filter((x) => x.parent_id !== null)) {
      const parent = byId.get(c.parent_id ?? '')
      expect(parent, c.id).toBeDefined()
      if (!parent) continue
      expect(c.id.startsWith(`${parent.id}.`), c.id).toBe(true)
      expect(c.start >= parent.start && c.end <= parent.end, c.id).toBe(true)
      expect(Math.max(...childrenOf(parent.id).map((x) => x.end)), parent.id).toBe(parent.end)
    }
  })

  it('siblings follow one another without overlapping', () => {
    const groups = new Map<string, Clause[]>()
    for (const c of clauses) {
      const key = c.parent_id ?? `${c.doc_id} top level`
      groups.set(key, [...(groups.get(key) ?? []), c])
    }
    for (const siblings of groups.values()) {
      siblings.slice(1).forEach((c, i) => {
        expect(c.start, c.id).toBeGreaterThan(siblings[i]?.end ?? Number.POSITIVE_INFINITY)
      })
    }
  })

  it('every clause text starts with its own printed label', () => {
    for (const c of clauses) {
      const label = ownLabel(c)
      if (EDITORIAL_LABEL.test(label)) expect(c.heading_zh, c.id).toBe('')
      else expect(textOf(c).startsWith(label), `${c.id} ${label}`).toBe(true)
    }
  })

  it("numbered clause ids follow the document's own numbering", () => {
    for (const c of clauses) {
      const last = c.id.slice(c.id.lastIndexOf(c.parent_id ? '.' : '-') + 1)
      const label = ownLabel(c)
      const printed = /^(?:\((.+)\)|(.+)、|(\d+)\.)$/.exec(label)
      if (!printed) expect(last, c.id).toMatch(/^(?:p\d+|0)$/)
      else {
        const n = printed[3] ? Number(printed[3]) : chineseNumeral(printed[1] ?? printed[2] ?? '')
        expect(last, c.id).toBe(String(n))
      }
    }
  })

  it('the clauses named in the team brief hold the text the brief describes', () => {
    const starts: Record<string, string> = {
      'ne18-1.2.p1': '市场主导、政府引导。',
      'ne18-1.2.p4': '系统布局、产业协同。',
      'ne18-1.3': '(三)主要目标。',
      'ne18-2.5': '(五)氢能及氢燃料电池。',
      'ne18-3.4.2': '2.建设静海区、宝坻区锂离子电池产业基地。',
      'mfg21-0.p1': '产业规模达到1000亿元',
      'mfg21-1.2.p1': '质量效益稳步提升。',
      'mfg21-2.2.p1': '生物医药产业。',
      'mfg21-2.2.p2': '新能源产业。',
      'mfg21-2.2.p3': '新材料产业。',
    }
    for (const [id, start] of Object.entries(starts)) {
      const clause = byId.get(id)
      expect(clause && textOf(clause).startsWith(start), id).toBe(true)
    }
    expect(childrenOf('ne18-1.3')).toEqual([])
  })
})

describe('documents, targets and project batches', () => {
  const documents = readJson('seeds/extracted/documents.json').map((d) =>
    PlanDocumentSchema.parse(d),
  )
  const targets = readJson('seeds/extracted/targets.json').map((t) => TargetSchema.parse(t))
  const batches = readJson('seeds/extracted/project-batches.json').map((b) =>
    ProjectBatchSchema.parse(b),
  )

  it('each document names its seed file and normalised copy', () => {
    expect(documents.map((d) => [d.id, d.seed_file, d.normalised_file])).toEqual(
      DOC_IDS.map((d) => [d, SEED_FILES[d], SEED_FILES[d]]),
    )
  })

  it('target ids are unique', () => {
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length)
  })

  it("every target's quote lies in its clause and writes the target's value", () => {
    for (const t of targets) {
      const clause = byId.get(t.clause_id)
      expect(clause?.doc_id, t.id).toBe(t.doc_id)
      expect(clause && textOf(clause).includes(t.quote), t.id).toBe(true)
      expect(t.quote.includes(String(t.value)), t.id).toBe(true)
    }
  })

  it('every target cites a leaf clause', () => {
    for (const t of targets) expect(childrenOf(t.clause_id), t.id).toEqual([])
  })

  it("every batch's quote lies in its clause and states its count and investment", () => {
    for (const b of batches) {
      const clause = byId.get(b.clause_id)
      expect(clause && textOf(clause).includes(b.quote), b.id).toBe(true)
      expect(b.quote, b.id).toContain(`实施项目${b.project_count}项`)
      expect(b.quote, b.id).toContain(`总投资${b.investment_cny_100m}亿元`)
    }
  })

  it("each batch's projects by sector add up to its project count", () => {
    for (const b of batches) {
      expect(
        b.by_sector.reduce((sum, s) => sum + s.count, 0),
        b.id,
      ).toBe(b.project_count)
    }
  })
})
