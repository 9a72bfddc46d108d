import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TOURS } from '../../web/features/tour/tours.ts'

const ROOT = new URL('../../', import.meta.url)
const json = (path: string) => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'))

const parks = new Set<string>(
  json('geodata/parks.geojson').features.map(
    (f: { properties: { id: string } }) => f.properties.id,
  ),
)
const sites = new Set<string>(
  json('geodata/sites.geojson').features.map(
    (f: { properties: { id: string } }) => f.properties.id,
  ),
)
const clauses = new Map<string, { doc_id: string; start: number; end: number }>(
  json('seeds/extracted/clauses.json').map((c: { id: string }) => [c.id, c]),
)
const targets = new Map<string, { clause_id: string }>(
  json('seeds/extracted/targets.json').map((t: { id: string }) => [t.id, t]),
)
const sectors = new Set<string>(
  json('seeds/extracted/sectors.json').map((s: { id: string }) => s.id),
)
const chains = new Set<string>(json('seeds/extracted/chains.json').map((c: { id: string }) => c.id))
const documents: { id: string; normalised_file: string }[] = json('seeds/extracted/documents.json')
const texts = new Map(
  documents.map((d) => [
    d.id,
    readFileSync(new URL(`seeds/normalised/${d.normalised_file}`, ROOT), 'utf8'),
  ]),
)

function clauseText(id: string): string {
  const clause = clauses.get(id)
  if (!clause) throw new Error(`clause ${id} missing`)
  return texts.get(clause.doc_id)?.slice(clause.start, clause.end) ?? ''
}

const stops = TOURS.flatMap((tour) =>
  tour.stops.map((stop, i) => ({ tour: tour.id, n: i + 1, ...stop })),
)

describe('guided tours', () => {
  it('have unique ids and at least two stops each', () => {
    expect(new Set(TOURS.map((t) => t.id)).size).toBe(TOURS.length)
    for (const tour of TOURS) expect(tour.stops.length).toBeGreaterThan(1)
  })

  it('cover the five new-energy fields of 2018 and the ten key chains of 2021, one stop each', () => {
    const subjects = (id: string) => TOURS.find((t) => t.id === id)?.stops.map((s) => s.subject.id)
    expect(subjects('ne18-fields')).toEqual(['nev', 'li-battery', 'wind', 'solar-pv', 'hydrogen'])
    expect(new Set(subjects('mfg21-chains'))).toEqual(
      new Set([...chains].filter((id) => id.startsWith('chain-'))),
    )
  })

  it.each(stops)('stop $tour/$n flies to a $place.kind that exists in geodata', (stop) => {
    expect((stop.place.kind === 'park' ? parks : sites).has(stop.place.id)).toBe(true)
  })

  it.each(stops)('stop $tour/$n names a sector or chain that exists', (stop) => {
    expect((stop.subject.kind === 'sector' ? sectors : chains).has(stop.subject.id)).toBe(true)
  })

  it.each(stops)('stop $tour/$n quotes its clause $clauseId word for word', (stop) => {
    expect(clauses.has(stop.clauseId)).toBe(true)
    expect(clauseText(stop.clauseId)).toContain(stop.quoteZh)
  })

  it.each(stops.filter((s) => s.targetId))(
    'stop $tour/$n names a target $targetId that exists',
    (stop) => {
      expect(targets.has(stop.targetId ?? '')).toBe(true)
    },
  )

  it.each(TOURS)('tour $id follows a clause that exists', (tour) => {
    expect(clauses.has(tour.clauseId)).toBe(true)
  })
})
