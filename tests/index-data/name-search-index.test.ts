import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { type SeededRandom, seededRandom } from '../../api/data/synthetic/seeded-random.ts'
import { nameContains, normaliseSearch } from '../../api/domain/search-text.ts'
import { lazyNameSearch } from '../../api/index-data/lazy-name-search.ts'
import { NameSearchIndex } from '../../api/index-data/name-search-index.ts'

type Doc = { properties: { name_zh: string; name_en: string } }

/** Characters the random names are drawn from: CJK, Latin in both cases, full-width, digits. */
const CHARACTERS = [
  ...'天津滨海新区力神电池港口氢能合成站点科技园风电',
  ...'abcdeflmnoqstxyzABCDELNSTXZ',
  ...'ＡＢＣａｂｃ１２３',
  ...'0123456789  -·（）()',
]

function randomText(random: SeededRandom, maxLength: number): string {
  const length = 1 + random.int(maxLength)
  return Array.from({ length }, () => random.pick(CHARACTERS)).join('')
}

/** Every name of the shipped sites, parks and districts, plus `extra` seeded random names. */
async function fixtureDocs(extra: number, random: SeededRandom): Promise<Doc[]> {
  const ds = await loadDataset('.')
  const shipped: Doc[] = [...ds.sites, ...ds.parks, ...ds.districts]
  const made = Array.from({ length: extra }, () => ({
    properties: { name_zh: randomText(random, 14), name_en: randomText(random, 24) },
  }))
  return [...shipped, ...made]
}

/** Queries: substrings of names (1–8 units, case changed), random texts, and texts no name holds. */
function queries(docs: readonly Doc[], random: SeededRandom, count: number): string[] {
  const made: string[] = []
  for (let i = 0; i < count; i++) {
    const doc = random.pick(docs).properties
    const name = random.next() < 0.5 ? doc.name_zh : doc.name_en
    const start = random.int(name.length)
    const slice = name.slice(start, start + 1 + random.int(8))
    const kind = i % 4
    const raw =
      kind === 0
        ? slice
        : kind === 1
          ? slice.toUpperCase()
          : kind === 2
            ? randomText(random, 4)
            : `${slice}…無`
    const q = normaliseSearch(raw)
    if (q !== '') made.push(q)
  }
  return made
}

const scan = (docs: readonly Doc[], q: string) => docs.filter((d) => nameContains(d.properties, q))

/** The same scan over names normalised once (the oracle of the many-query test). */
function fastScan(docs: readonly Doc[]): (q: string) => Doc[] {
  const names = docs.map((d) => [
    normaliseSearch(d.properties.name_zh),
    normaliseSearch(d.properties.name_en),
  ])
  return (q) => docs.filter((_, i) => names[i]?.some((n) => n.includes(q)))
}

describe('the name search index', () => {
  let docs: Doc[] = []
  let index: NameSearchIndex<Doc>
  let qs: string[] = []

  beforeAll(async () => {
    const random = seededRandom(13)
    docs = await fixtureDocs(20_000, random)
    index = new NameSearchIndex(docs)
    qs = queries(docs, random, 3_000)
  })

  it('answers every random query with exactly the documents a scan finds, in order', () => {
    const lengths = new Set(qs.map((q) => Math.min(q.length, 4)))
    expect([...lengths].sort()).toEqual([1, 2, 3, 4]) // 1-, 2-, 3- and longer queries all tried
    const oracle = fastScan(docs)
    let empty = 0
    for (const q of qs) {
      const expected = oracle(q)
      if (expected.length === 0) empty += 1
      expect(index.find(q), `q = ${JSON.stringify(q)}`).toEqual(expected)
    }
    expect(empty).toBeGreaterThan(100) // queries no name holds are among them
    expect(empty).toBeLessThan(qs.length / 2)
  })

  it('finds Chinese names by one or two characters and English ones in any case', () => {
    expect(index.find('力')).toEqual(scan(docs, '力'))
    expect(index.find('力神').length).toBeGreaterThan(0)
    expect(index.find(normaliseSearch('LISHEN'))).toEqual(scan(docs, 'lishen'))
    expect(index.find(normaliseSearch('ＬＩＳＨＥＮ'))).toEqual(scan(docs, 'lishen'))
  })

  it('finds nothing for text no name holds', () => {
    expect(index.find('zzqqzzqq')).toEqual([])
    expect(index.find('無')).toEqual([])
  })

  it('keeps a gram every name holds as a bitset, not four bytes a document', () => {
    const many = Array.from({ length: 64_000 }, (_, i) => ({
      properties: { name_zh: `合成站点 ${i}`, name_en: `Synthetic site ${i}` },
    }))
    const { bytes, pairs } = new NameSearchIndex(many).size
    expect(bytes).toBeLessThan((pairs * 4) / 4) // id lists alone would take 4 B a pair
    expect(new NameSearchIndex(many).find('site 6399')).toHaveLength(11)
  })

  it('is built on the first search and says so', () => {
    const lazy = lazyNameSearch(docs)
    expect(lazy.state()).toEqual({ built: false, building: false, build_ms: null })
    expect(lazy.find('力神')).toEqual(scan(docs, '力神'))
    expect(lazy.state().built).toBe(true)
  })
})
