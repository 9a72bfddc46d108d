import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteFeature } from '../../api/domain/index.ts'
import { mergeEdits } from '../../api/store/merge-edits.ts'
import type { Store } from '../../api/store/store.ts'
import {
  ConflictError,
  InputError,
  NotFoundError,
  PermissionError,
  PlaceValidationError,
} from '../../api/store/store-errors.ts'
import { BACKENDS, fixtureFeature, fixturePolicy, openTestStore } from './test-stores.ts'

function movedSite(id: string, lng: number, lat: number): SiteFeature {
  const feature = fixtureFeature(id) as SiteFeature
  feature.geometry.coordinates = [lng, lat]
  feature.properties.location_source = 'Editor test: moved to the gate.'
  return feature
}

function newSite(id: string): SiteFeature {
  const feature = movedSite('fixture-battery', 117.65, 39.03)
  feature.id = id
  feature.properties.id = id
  feature.properties.name_en = `New ${id}`
  return feature
}

describe.each(BACKENDS)('place edits on %s', (backend) => {
  let store: Store
  let editor: number
  let viewer: number
  beforeAll(async () => {
    store = await openTestStore(backend, { places: fixturePolicy() })
    const passwordHash = 'scrypt$1$1$1$x$y' // never signs in: these tests act by user id
    editor = (await store.createUser({ name: 'editor', role: 'editor', passwordHash })).id
    viewer = (await store.createUser({ name: 'viewer', role: 'viewer', passwordHash })).id
  })
  afterAll(() => store.close())

  const edit = (id: string, feature: SiteFeature | null, expectedVersion: number | null) =>
    store.applyEdit({ kind: 'site', id, feature, expectedVersion, userId: editor, note: 'test' })

  it('replaces a shipped site at version 0 and bumps the data version', async () => {
    const before = await store.dataVersion()
    const result = await edit('fixture-battery', movedSite('fixture-battery', 117.611, 39.011), 0)
    expect(result.changes).toMatchObject([
      {
        kind: 'site',
        id: 'fixture-battery',
        version: 1,
        beforeState: 'base',
        afterState: 'edited',
      },
    ])
    expect(result.dataVersion).toBe(before + 1)
    expect(await store.dataVersion()).toBe(before + 1)
    const [entry] = await store.currentEdits()
    expect(entry).toMatchObject({
      kind: 'site',
      id: 'fixture-battery',
      state: 'edited',
      version: 1,
      updatedBy: 'editor',
    })
  })

  it('refuses an edit based on a stale version, reporting the current one', async () => {
    const stale = edit('fixture-battery', movedSite('fixture-battery', 117.612, 39.012), 0)
    await expect(stale).rejects.toThrow(ConflictError)
    await expect(stale).rejects.toMatchObject({ currentVersion: 1 })
  })

  it('lets exactly one of two simultaneous edits of the same version win', async () => {
    const results = await Promise.allSettled([
      edit('fixture-battery', movedSite('fixture-battery', 117.613, 39.013), 1),
      edit('fixture-battery', movedSite('fixture-battery', 117.614, 39.014), 1),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.filter((r) => r.status === 'rejected')
    expect(rejected.map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.any(ConflictError),
    ])
  })

  it('creates a new place once; a second create of the id conflicts', async () => {
    await edit('fixture-new-plant', newSite('fixture-new-plant'), null)
    await expect(edit('fixture-new-plant', newSite('fixture-new-plant'), null)).rejects.toThrow(
      ConflictError,
    )
  })

  it('soft-deletes a place: unpublished, not editable, its id not reusable', async () => {
    await edit('fixture-motors', null, 0)
    const edits = await store.currentEdits()
    expect(edits.find((e) => e.id === 'fixture-motors')).toMatchObject({
      state: 'deleted',
      feature: null,
      version: 1,
    })
    const published = mergeEdits(
      { sites: [fixtureFeature('fixture-motors') as SiteFeature], parks: [] },
      edits,
    )
    expect(published.sites.features.map((f) => f.properties.id)).not.toContain('fixture-motors')
    await expect(
      edit('fixture-motors', movedSite('fixture-motors', 117.7, 39.05), 1),
    ).rejects.toThrow(NotFoundError)
    await expect(edit('fixture-motors', newSite('fixture-motors'), null)).rejects.toThrow(
      /was deleted/,
    )
  })

  it('writes nothing when the feature breaks a rule, naming the field', async () => {
    const versionBefore = await store.dataVersion()
    const changesBefore = await store.listChanges({ limit: 500 })
    const bad = movedSite('fixture-battery', 117.615, 39.015)
    ;(bad.properties as { location_precision: string }).location_precision = 'somewhere'
    const attempt = store.applyEdit({
      kind: 'site',
      id: 'fixture-battery',
      feature: bad,
      expectedVersion: 2,
      userId: editor,
      note: 'bad',
    })
    await expect(attempt).rejects.toThrow(PlaceValidationError)
    await expect(attempt).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ id: 'fixture-battery', field: 'properties.location_precision' }),
      ],
    })
    expect(await store.dataVersion()).toBe(versionBefore)
    expect(await store.listChanges({ limit: 500 })).toEqual(changesBefore)
  })

  it('refuses writes from a viewer and writes without a note', async () => {
    const feature = movedSite('fixture-battery', 117.616, 39.016)
    const request = { kind: 'site' as const, id: 'fixture-battery', feature, expectedVersion: 2 }
    await expect(store.applyEdit({ ...request, userId: viewer, note: 'x' })).rejects.toThrow(
      PermissionError,
    )
    await expect(store.applyEdit({ ...request, userId: editor, note: ' ' })).rejects.toThrow(
      InputError,
    )
  })

  it('refuses a site whose geometry is not a point', async () => {
    const park = fixtureFeature('fixture-park')
    const feature = {
      ...movedSite('fixture-battery', 117.6, 39),
      geometry: park.geometry,
    } as unknown as SiteFeature
    await expect(edit('fixture-battery', feature, 2)).rejects.toThrow(
      /geometry.type: a site needs Point/,
    )
  })
})
