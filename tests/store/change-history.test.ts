import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteFeature } from '../../api/domain/index.ts'
import { mergeEdits } from '../../api/store/merge-edits.ts'
import type { Store } from '../../api/store/store.ts'
import {
  ConflictError,
  PermissionError,
  PlaceValidationError,
} from '../../api/store/store-errors.ts'
import { BACKENDS, fixtureFeature, fixturePolicy, openTestStore } from './test-stores.ts'

const BASE = {
  sites: ['fixture-battery', 'fixture-motors'].map((id) => fixtureFeature(id) as SiteFeature),
  parks: [],
}

function site(id: string, lng: number): SiteFeature {
  const feature = fixtureFeature('fixture-battery') as SiteFeature
  feature.id = id
  feature.properties.id = id
  feature.geometry.coordinates = [lng, 39.02]
  return feature
}

const lngOf = (feature: unknown) => (feature as SiteFeature | null)?.geometry.coordinates[0]

describe.each(BACKENDS)('change history on %s', (backend) => {
  let store: Store
  let editor: number
  let admin: number
  beforeAll(async () => {
    store = await openTestStore(backend, { places: fixturePolicy() })
    const passwordHash = 'scrypt$1$1$1$x$y'
    editor = (await store.createUser({ name: 'zhang', role: 'editor', passwordHash })).id
    admin = (await store.createUser({ name: 'root', role: 'admin', passwordHash })).id
  })
  afterAll(() => store.close())

  const move = (lng: number, expectedVersion: number, note: string) =>
    store.applyEdit({
      kind: 'site',
      id: 'fixture-battery',
      feature: site('fixture-battery', lng),
      expectedVersion,
      userId: editor,
      note,
    })

  it('lists who, when, the note and before/after for a place, newest first', async () => {
    await move(117.62, 0, 'first move')
    await move(117.63, 1, 'second move')
    const changes = await store.listChanges({
      place: { kind: 'site', id: 'fixture-battery' },
      limit: 10,
    })
    expect(changes.map((c) => [c.note, c.user, c.action, c.version])).toEqual([
      ['second move', 'zhang', 'edit', 2],
      ['first move', 'zhang', 'edit', 1],
    ])
    expect(changes.map((c) => [lngOf(c.before), lngOf(c.after)])).toEqual([
      [117.62, 117.63],
      [117.61, 117.62],
    ])
    expect(changes[1]?.beforeState).toBe('base')
    expect(changes[0]?.createdAt).toBeInstanceOf(Date)
  })

  it('pages the global feed with a cursor', async () => {
    const [newest, ...rest] = await store.listChanges({ limit: 50 })
    const next = await store.listChanges({ limit: 50, before: newest?.id })
    expect(next).toEqual(rest)
  })

  it('lets only an admin revert, recording the revert as a new change', async () => {
    const [latest] = await store.listChanges({
      place: { kind: 'site', id: 'fixture-battery' },
      limit: 1,
    })
    const id = latest?.id as number
    await expect(store.revertChange(id, editor)).rejects.toThrow(PermissionError)
    const result = await store.revertChange(id, admin)
    expect(result.changes).toMatchObject([{ version: 3, afterState: 'edited' }])
    expect(lngOf(result.changes[0]?.after)).toBe(117.62)
    const [revert] = await store.listChanges({ limit: 1 })
    expect(revert).toMatchObject({
      action: 'revert',
      user: 'root',
      revertsChangeId: id,
      note: `Revert change ${id}`,
    })
  })

  it('refuses to revert a change the place has moved on from', async () => {
    const [, , first] = await store.listChanges({
      place: { kind: 'site', id: 'fixture-battery' },
      limit: 3,
    })
    expect(first?.note).toBe('first move')
    await expect(store.revertChange(first?.id as number, admin)).rejects.toThrow(ConflictError)
  })

  it('reverting the first edit of a shipped place publishes the shipped feature again', async () => {
    const motors = { kind: 'site' as const, id: 'fixture-motors' }
    const feature = site('fixture-motors', 117.75)
    await store.applyEdit({ ...motors, feature, expectedVersion: 0, userId: editor, note: 'move' })
    const [change] = await store.listChanges({ place: motors, limit: 1 })
    await store.revertChange(change?.id as number, admin)
    const edits = await store.currentEdits()
    expect(edits.find((e) => e.id === 'fixture-motors')).toMatchObject({
      state: 'base',
      feature: null,
      version: 2,
    })
    const published = mergeEdits(BASE, edits).sites.features
    expect(lngOf(published.find((f) => f.properties.id === 'fixture-motors'))).toBe(117.7)
  })

  it('imports several places as one change set that reverts as a whole', async () => {
    const publishedBefore = mergeEdits(BASE, await store.currentEdits())
    const versionBefore = await store.dataVersion()
    const result = await store.importChangeSet({
      kind: 'site',
      features: [
        site('import-a', 117.64),
        site('import-b', 117.65),
        site('fixture-motors', 117.71),
      ],
      userId: editor,
      note: 'import of three rows',
    })
    expect(result.dataVersion).toBe(versionBefore + 1)
    const inSet = await store.listChanges({ changeSetId: result.changeSetId, limit: 10 })
    expect(inSet.map((c) => [c.place.id, c.beforeState, c.action])).toEqual([
      ['fixture-motors', 'base', 'import'],
      ['import-b', 'absent', 'import'],
      ['import-a', 'absent', 'import'],
    ])
    expect(mergeEdits(BASE, await store.currentEdits()).sites.features).toHaveLength(4)
    await store.revertChangeSet(result.changeSetId, admin)
    expect(mergeEdits(BASE, await store.currentEdits())).toEqual(publishedBefore)
  })

  it('writes nothing of an import when one feature fails', async () => {
    const versionBefore = await store.dataVersion()
    const changesBefore = await store.listChanges({ limit: 500 })
    const bad = site('import-bad', 117.66)
    ;(bad.properties as { sectors: string[] }).sectors = []
    const attempt = store.importChangeSet({
      kind: 'site',
      features: [site('import-c', 117.64), site('import-d', 117.65), bad],
      userId: editor,
      note: 'import with a bad third row',
    })
    await expect(attempt).rejects.toThrow(PlaceValidationError)
    await expect(attempt).rejects.toMatchObject({
      problems: [expect.objectContaining({ id: 'import-bad', field: 'properties.sectors' })],
    })
    expect(await store.dataVersion()).toBe(versionBefore)
    expect(await store.listChanges({ limit: 500 })).toEqual(changesBefore)
    const ids = (await store.currentEdits()).map((e) => e.id)
    expect(ids).not.toContain('import-c')
  })
})
