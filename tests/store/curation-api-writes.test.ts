import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDataset } from '../../api/data/check-dataset.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import {
  bodyOf,
  type CurationApp,
  createCurationApp,
  jsonInit,
  ORIGIN,
  placeDetail,
  REPO_ROOT,
} from './curation-app.ts'
import { BACKENDS, runTempDir } from './test-stores.ts'

const NANKAI = 'nankai-university'
const GATE = [117.1701, 39.1055]
const CSV = readFileSync(
  new URL('../curation/fixtures/site-import/in/valid-mixed-crs.csv', import.meta.url),
  'utf8',
)

const move = (coordinates: number[], note = 'Moved to the campus gate') => ({
  change_note: note,
  geometry: { type: 'Point', coordinates },
  properties: {
    location_precision: 'exact',
    location_source: 'Test: the gate on a 2024 campus map.',
  },
})

describe.each(BACKENDS)('curation writes over HTTP on %s', (backend) => {
  let cur: CurationApp
  let editor: string
  let admin: string
  beforeAll(async () => {
    cur = await createCurationApp(backend)
    editor = await cur.signIn('editor')
    admin = await cur.signIn('admin')
  })
  afterAll(() => cur.close())

  const shippedPosition = (id: string) =>
    cur.dataset.sites.find((f) => f.properties.id === id)?.geometry.coordinates

  const patch = (id: string, body: unknown, etag: string | null, cookie = editor) =>
    cur.request(
      `/api/sites/${id}`,
      jsonInit('PATCH', body, { cookie, ...(etag === null ? {} : { 'if-match': etag }) }),
    )

  it('moves a site with If-Match, a source and a precision, and serves it at once', async () => {
    const before = await placeDetail(cur, 'site', NANKAI)
    const health = await bodyOf(cur.request('/api/health'))
    const res = await patch(NANKAI, move(GATE), before.etag)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = await bodyOf(res)
    expect(body).toMatchObject({ version: 1, feature: { geometry: { coordinates: GATE } } })
    const after = await placeDetail(cur, 'site', NANKAI)
    expect(after.feature?.geometry?.coordinates).toEqual(GATE)
    expect(after.etag).toBe(res.headers.get('etag'))
    expect(after.etag).not.toBe(before.etag)
    const list = await bodyOf(cur.request('/api/sites?q=nankai%20university'))
    expect(list.features[0].geometry.coordinates).toEqual(GATE)
    const healthAfter = await bodyOf(cur.request('/api/health'))
    expect(healthAfter.data_version).not.toBe(health.data_version)
  })

  it('refuses a PATCH without If-Match (428) or with a stale one (412), writing nothing', async () => {
    const stale = (await placeDetail(cur, 'site', NANKAI)).etag.replace(/:(\d+):/, ':0:')
    const missing = await patch(NANKAI, move([117.1702, 39.1055]), null)
    expect(missing.status).toBe(428)
    expect((await bodyOf(missing)).error).toMatchObject({ code: 'precondition_required' })
    const old = await patch(NANKAI, move([117.1702, 39.1055]), stale)
    expect(old.status).toBe(412)
    expect((await placeDetail(cur, 'site', NANKAI)).feature?.geometry?.coordinates).toEqual(GATE)
  })

  it('refuses a new geometry without a location source, naming the field', async () => {
    const { etag } = await placeDetail(cur, 'site', NANKAI)
    const body = { ...move([117.1702, 39.1055]), properties: { location_precision: 'exact' } }
    const res = await patch(NANKAI, body, etag)
    expect(res.status).toBe(400)
    expect((await bodyOf(res)).error).toMatchObject({
      code: 'invalid_body',
      parameter: 'properties.location_source',
    })
  })

  it('runs every check:data rule on a write: a site moved out of its district is a 400', async () => {
    const { etag } = await placeDetail(cur, 'site', NANKAI)
    const res = await patch(NANKAI, move([117.7, 39.0]), etag) // Binhai; it claims Nankai
    expect(res.status).toBe(400)
    const { error } = await bodyOf(res)
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'properties.district_code', rule: 'in-claimed-district' }),
      ]),
    )
  })

  it('lets exactly one of two concurrent edits from the same version win', async () => {
    const { etag } = await placeDetail(cur, 'site', NANKAI)
    const statuses = await Promise.all([
      patch(NANKAI, move([117.1703, 39.1055], 'first'), etag),
      patch(NANKAI, move([117.1704, 39.1055], 'second'), etag),
    ]).then((all) => all.map((res) => res.status).sort())
    expect(statuses).toEqual([200, 412])
  })

  it('lists who, when, before, after and the note of a place, newest first and paged', async () => {
    const first = await cur.request(`/api/changes?place=site:${NANKAI}&limit=1`, {
      headers: { cookie: editor },
    })
    expect(first.status).toBe(200)
    const page = await bodyOf(first)
    expect(page.changes).toHaveLength(1)
    const [newest] = page.changes
    expect(newest).toMatchObject({ user: 'editor', action: 'edit', version: 2 })
    expect(['first', 'second']).toContain(newest.note)
    expect(newest.before.geometry.coordinates).toEqual(GATE)
    expect(Date.parse(newest.created_at)).toBeGreaterThan(Date.now() - 60_000)
    const next = await cur.request(
      `/api/changes?place=site:${NANKAI}&limit=5&before=${page.next_before}`,
      { headers: { cookie: editor } },
    )
    const older = (await bodyOf(next)).changes
    expect(older.map((c: { note: string }) => c.note)).toEqual(['Moved to the campus gate'])
    expect(older[0].before.geometry.coordinates).toEqual(shippedPosition(NANKAI))
  })

  it('adds a site (201) and refuses the same id again (409)', async () => {
    const { feature } = await placeDetail(cur, 'site', NANKAI)
    const properties = { ...feature?.properties, id: 'test-nankai-lab', name_en: 'Test Nankai Lab' }
    const body = {
      change_note: 'A test lab',
      geometry: { type: 'Point', coordinates: GATE },
      properties,
    }
    const created = await cur.request('/api/sites', jsonInit('POST', body, { cookie: editor }))
    expect(created.status).toBe(201)
    expect(created.headers.get('location')).toBe('/api/sites/test-nankai-lab')
    expect((await placeDetail(cur, 'site', 'test-nankai-lab')).status).toBe(200)
    const again = await cur.request('/api/sites', jsonInit('POST', body, { cookie: editor }))
    expect(again.status).toBe(409)
  })

  it('soft-deletes a site, and only an admin reverts the deletion', async () => {
    const { etag } = await placeDetail(cur, 'site', 'tianjin-yinlong')
    const init = jsonInit('DELETE', { change_note: 'Closed' }, { cookie: editor, 'if-match': etag })
    const deleted = await cur.request('/api/sites/tianjin-yinlong', init)
    expect(deleted.status).toBe(200)
    expect((await placeDetail(cur, 'site', 'tianjin-yinlong')).status).toBe(404)
    const feed = await cur.request('/api/changes?place=site:tianjin-yinlong', {
      headers: { cookie: editor },
    })
    const [change] = (await bodyOf(feed)).changes
    expect(change).toMatchObject({ before_state: 'base', after_state: 'deleted', after: null })
    const revert = (cookie: string) =>
      cur.request(`/api/changes/${change.id}/revert`, jsonInit('POST', {}, { cookie }))
    expect((await revert(editor)).status).toBe(403)
    const reverted = await revert(admin)
    expect(reverted.status).toBe(200)
    expect((await placeDetail(cur, 'site', 'tianjin-yinlong')).status).toBe(200)
  })

  it('dry-runs an import row by row writing nothing; the import is one change set, revertable', async () => {
    const post = (query: string) =>
      cur.request(`/api/import/sites${query}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv; charset=utf-8', origin: ORIGIN, cookie: editor },
        body: CSV,
      })
    const version = (await bodyOf(cur.request('/api/health'))).data_version
    const dry = await post('?dry_run=true')
    expect(dry.status).toBe(200)
    const report = (await bodyOf(dry)).report
    expect(report.ok).toBe(true)
    expect(report.rows.map((r: { action: string }) => r.action)).toEqual([
      'create',
      'create',
      'create',
    ])
    expect((await bodyOf(cur.request('/api/health'))).data_version).toBe(version)
    expect((await placeDetail(cur, 'site', 'test-equipment-co')).status).toBe(404)

    const real = await post('?note=Test%20import')
    expect(real.status).toBe(201)
    const { change_set_id } = await bodyOf(real)
    expect((await placeDetail(cur, 'site', 'test-equipment-co')).status).toBe(200)
    const set = await cur.request(`/api/changes?change_set=${change_set_id}`, {
      headers: { cookie: editor },
    })
    expect((await bodyOf(set)).changes).toHaveLength(3)
    const undo = await cur.request(
      `/api/change-sets/${change_set_id}/revert`,
      jsonInit('POST', { change_note: 'Undo the test import' }, { cookie: admin }),
    )
    expect(undo.status).toBe(200)
    expect((await bodyOf(undo)).changes).toHaveLength(3)
    expect((await placeDetail(cur, 'site', 'test-equipment-co')).status).toBe(404)
  })

  it('exports the published places as files that pass check:data', async () => {
    const dir = runTempDir('api-export-')
    symlinkSync(join(REPO_ROOT, 'seeds'), join(dir, 'seeds'))
    const geodata = join(dir, 'geodata')
    cpSync(join(REPO_ROOT, 'geodata'), geodata, { recursive: true })
    for (const layer of ['sites', 'parks']) {
      const res = await cur.request(`/api/export.geojson?layer=${layer}`)
      expect(res.headers.get('content-type')).toBe('application/geo+json')
      writeFileSync(join(geodata, `${layer}.geojson`), await res.text())
    }
    const exported = await loadDataset(dir)
    expect(checkDataset(exported)).toEqual([])
    const nankai = exported.sites.find((f) => f.properties.id === NANKAI)
    expect(nankai?.geometry.coordinates).not.toEqual(shippedPosition(NANKAI))
    expect(exported.sites.map((f) => f.properties.id)).toContain('test-nankai-lab')
  })
})
