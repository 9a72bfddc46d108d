import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { TOURS } from '../../web/features/tour/tours.ts'

/**
 * Facts about the shipped tours (`geodata/tours.json`); their references and quotes are
 * `check:data` rules, run on the shipped data by tests/data/sites.test.ts.
 */
const dataset = await loadDataset(fileURLToPath(new URL('../../', import.meta.url)))
const subjects = (id: string) =>
  dataset.tours.find((t) => t.id === id)?.stops.map((s) => s.subject.id)

describe('geodata/tours.json', () => {
  it('covers the five new-energy fields of 2018 and the ten key chains of 2021, one stop each', () => {
    expect(subjects('ne18-fields')).toEqual(['nev', 'li-battery', 'wind', 'solar-pv', 'hydrogen'])
    const keyChains = dataset.chains.filter((c) => c.id.startsWith('chain-')).map((c) => c.id)
    expect([...(subjects('mfg21-chains') ?? [])].sort()).toEqual(keyChains.sort())
  })

  // Until the web reads GET /api/tours, web/features/tour/tours.ts keeps its own copy; this
  // keeps the two saying the same. Delete it with that file.
  it('says what the web tour feature still says in TypeScript', () => {
    const fromWeb = TOURS.map((t) => ({
      id: t.id,
      title_zh: t.titleZh,
      title_en: t.titleEn,
      clause_id: t.clauseId,
      stops: t.stops.map((s) => ({
        subject: s.subject,
        place: s.place,
        clause_id: s.clauseId,
        quote_zh: s.quoteZh,
        caption_zh: s.captionZh,
        caption_en: s.captionEn,
        ...(s.targetId ? { target_id: s.targetId } : {}),
      })),
    }))
    expect(dataset.tours).toEqual(fromWeb)
  })
})
