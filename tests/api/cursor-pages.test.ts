import { describe, expect, it } from 'vitest'
import { createApp } from '../../api/app.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { syntheticSites } from '../../api/data/synthetic/synthetic-sites.ts'
import { expectApiError, getJson } from './test-app.ts'

const shipped = await loadDataset(process.cwd())
const ds = { ...shipped, sites: [...shipped.sites, ...syntheticSites(shipped, 2_500, 3)] }
const app = createApp(ds, { version: 'test' })
const sortedIds = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

/** Walks a list route page by page through `next_cursor`; the ids in the order served. */
async function walk(path: string, limit: number) {
  const ids: string[] = []
  let url = `${path}${path.includes('?') ? '&' : '?'}limit=${limit}`
  for (let pages = 0; pages < 1_000; pages++) {
    const { res, body } = await getJson(app, url)
    expect(res.status, url).toBe(200)
    ids.push(...body.features.map((f: { properties: { id: string } }) => f.properties.id))
    if (body.next_cursor === null) return { ids, total: body.total as number, pages }
    const link = res.headers.get('link') ?? ''
    expect(link).toBe(
      `<${new URL(`http://x${url}`).pathname}?${nextQuery(url, body.next_cursor)}>; rel="next"`,
    )
    url = `${path}${path.includes('?') ? '&' : '?'}limit=${limit}&cursor=${body.next_cursor}`
  }
  throw new Error('more than 1,000 pages')
}

function nextQuery(url: string, cursor: string): string {
  const query = new URL(`http://x${url}`).searchParams
  query.set('cursor', cursor)
  return query.toString()
}

describe('cursor paging of the list routes', () => {
  it('returns every site once, in id order, over many pages', async () => {
    const { ids, total, pages } = await walk('/api/sites', 97)
    expect(pages).toBeGreaterThan(20)
    expect(total).toBe(ds.sites.length)
    expect(ids).toHaveLength(ds.sites.length)
    expect(new Set(ids).size).toBe(ds.sites.length)
    expect(ids).toEqual(sortedIds(ds.sites.map((s) => s.properties.id)))
  })

  it('returns every match of a filter once', async () => {
    const sector = ds.sites[ds.sites.length - 1]?.properties.sectors[0] ?? ''
    const { ids, total } = await walk(`/api/sites?sector=${sector}&kind=company`, 50)
    const { body } = await getJson(app, `/api/sites?sector=${sector}&kind=company&limit=10000`)
    expect(total).toBe(body.total)
    expect(ids).toEqual(body.features.map((f: { properties: { id: string } }) => f.properties.id))
  })

  it('pages parks and districts the same way', async () => {
    expect((await walk('/api/parks', 7)).ids).toHaveLength(ds.parks.length)
    const codes = (await getJson(app, '/api/districts?limit=5')).body
    expect(codes.next_cursor).not.toBeNull()
  })

  it('answers a cursor it never gave, or a cursor with an offset, with a 400 naming it', async () => {
    const forged = await getJson(app, '/api/sites?cursor=bm90LWFuLWlkIQ')
    expect(expectApiError(forged.body, 400).parameter).toBe('cursor')
    const first = await getJson(app, '/api/sites?limit=3')
    const both = await getJson(app, `/api/sites?cursor=${first.body.next_cursor}&offset=3`)
    expect(expectApiError(both.body, 400).parameter).toBe('offset')
  })
})
