import { describe, expect, it } from 'vitest'
import type { ParkFeature, SiteFeature } from '../../api/domain/index.ts'
import { mergeEdits, placeVersions } from '../../api/store/merge-edits.ts'
import type { PlaceEdit } from '../../api/store/place-edit.ts'

function site(id: string, lng = 117.2): SiteFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lng, 39.1] },
    properties: { id } as SiteFeature['properties'],
  }
}

function edit(
  id: string,
  state: PlaceEdit['state'],
  version: number,
  feature: SiteFeature | null = null,
): PlaceEdit {
  return { kind: 'site', id, state, feature, version, updatedAt: new Date(0), updatedBy: 'editor' }
}

const BASE = { sites: [site('c'), site('a'), site('b')], parks: [] as ParkFeature[] }
const ids = (features: SiteFeature[]) => features.map((f) => f.properties.id)

describe('mergeEdits', () => {
  it('publishes the base unchanged when there are no edits', () => {
    expect(mergeEdits(BASE, [])).toEqual({
      sites: { type: 'FeatureCollection', features: BASE.sites },
      parks: { type: 'FeatureCollection', features: [] },
    })
  })

  it('replaces an edited place where it stood and appends new places by id', () => {
    const merged = mergeEdits(BASE, [
      edit('z', 'edited', 1, site('z')),
      edit('a', 'edited', 2, site('a', 117.3)),
      edit('m', 'edited', 1, site('m')),
    ])
    expect(ids(merged.sites.features)).toEqual(['c', 'a', 'b', 'm', 'z'])
    expect(merged.sites.features[1]?.geometry.coordinates).toEqual([117.3, 39.1])
  })

  it('leaves out soft-deleted places, and keeps the shipped feature for a place reverted to it', () => {
    const merged = mergeEdits(BASE, [
      edit('b', 'deleted', 1),
      edit('a', 'base', 4),
      edit('x', 'deleted', 2),
    ])
    expect(ids(merged.sites.features)).toEqual(['c', 'a'])
    expect(merged.sites.features[1]).toBe(BASE.sites[1])
  })

  it('does not apply a site edit to a park of the same id', () => {
    const park = { type: 'Feature', id: 'a', properties: { id: 'a' } } as unknown as ParkFeature
    const merged = mergeEdits({ sites: [], parks: [park] }, [edit('a', 'deleted', 1)])
    expect(merged.parks.features).toEqual([park])
  })
})

describe('placeVersions', () => {
  it('gives the overlay version, else 0 for a shipped place never edited', () => {
    const version = placeVersions([edit('a', 'base', 4)])
    expect([version('site', 'a'), version('site', 'b'), version('park', 'a')]).toEqual([4, 0, 0])
  })
})
