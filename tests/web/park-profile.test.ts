import { describe, expect, it } from 'vitest'
import type { ParkFeature, SiteFeature, Target } from '../../api/domain/index.ts'
import { parkTargets } from '../../web/features/profile/park-targets.ts'
import { sitesOfPark } from '../../web/lib/places/park-sites.ts'

/** A 0.1° square park around (117.2, 39.1). */
const PARK = {
  type: 'Feature',
  properties: { id: 'square-park' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [117.15, 39.05],
        [117.25, 39.05],
        [117.25, 39.15],
        [117.15, 39.15],
        [117.15, 39.05],
      ],
    ],
  },
} as unknown as ParkFeature

const site = (id: string, at: [number, number], parkId: string | null) =>
  ({
    type: 'Feature',
    properties: { id, name_en: id, park_id: parkId },
    geometry: { type: 'Point', coordinates: at },
  }) as unknown as SiteFeature

describe('sitesOfPark', () => {
  const sites = [
    site('b-inside-unassigned', [117.2, 39.1], null),
    site('a-assigned-outside', [117.6, 39.0], 'square-park'),
    site('c-assigned-inside', [117.18, 39.12], 'square-park'),
    site('d-outside-other-park', [117.6, 39.0], 'other-park'),
    site('e-on-the-edge', [117.25, 39.1], null),
  ]

  it('keeps sites assigned to the park and sites inside its outline, and says which', () => {
    const found = sitesOfPark(PARK, sites, [PARK]).map((s) => [s.site.properties.id, s.link])
    expect(found).toEqual([
      ['a-assigned-outside', 'assigned'],
      ['c-assigned-inside', 'both'],
      ['b-inside-unassigned', 'inside'],
      ['e-on-the-edge', 'inside'],
    ])
  })

  it('finds nothing for a park with no site assigned or inside', () => {
    expect(sitesOfPark(PARK, [sites[3] as SiteFeature], [PARK])).toEqual([])
  })

  it("counts the firms of a zone's parts as the zone's, and a point park has no inside", () => {
    const zone = {
      type: 'Feature',
      properties: { id: 'zone' },
      geometry: null,
    } as unknown as ParkFeature
    const part = {
      type: 'Feature',
      properties: { id: 'zone-east', parent_park_id: 'zone' },
      geometry: { type: 'Point', coordinates: [117.2, 39.1] },
    } as unknown as ParkFeature
    const inPart = site('f-in-the-part', [117.6, 39.0], 'zone-east')
    const near = site('g-next-to-the-point', [117.2, 39.1], null)
    expect(
      sitesOfPark(zone, [inPart, near], [zone, part]).map((s) => s.site.properties.id),
    ).toEqual(['f-in-the-part'])
    expect(
      sitesOfPark(part, [inPart, near], [zone, part]).map((s) => s.site.properties.id),
    ).toEqual(['f-in-the-part'])
  })
})

describe('parkTargets', () => {
  const sectors = [
    { id: 'new-energy', parent_id: null },
    { id: 'li-battery', parent_id: 'new-energy' },
    { id: 'nev', parent_id: 'new-energy' },
    { id: 'wind', parent_id: 'new-energy' },
  ]
  const target = (id: string, scope: string) => ({ id, scope, doc_id: 'ne18' }) as Target
  const targets = [
    target('new-energy-output', 'new-energy'),
    target('nev-and-battery-output', 'nev+li-battery'),
    target('wind-output', 'wind'),
    target('city-wide', 'all'),
    target('manufacturing', 'manufacturing'),
  ]

  it('lists targets scoped to one of the park’s sectors first, then those of a parent sector', () => {
    expect(parkTargets(['li-battery'], sectors, targets)).toEqual([
      { target: targets[1], match: 'sector' },
      { target: targets[0], match: 'parent' },
    ])
  })

  it('does not give a parent-sector park the targets of its sub-sectors', () => {
    expect(parkTargets(['new-energy'], sectors, targets).map((m) => m.target.id)).toEqual([
      'new-energy-output',
    ])
  })

  it('never lists city-wide targets', () => {
    expect(parkTargets(['metallurgy'], sectors, targets)).toEqual([])
  })
})
