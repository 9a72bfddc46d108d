import { describe, expect, it } from 'vitest'
import type { SectorClustersResult } from '../../../api/domain/index.ts'
import {
  clusterMemberRows,
  MEMBER_PAGE,
} from '../../../web/features/analysis/cluster-member-rows.ts'
import { createTestApp, getJson } from '../../api/test-app.ts'

const { app, ds } = createTestApp()

describe('the members an open cluster lists', () => {
  it('carry the names of the sites they are, from the analysis alone (no site list needed)', async () => {
    const { body } = await getJson(app, '/api/analysis/clusters?sector=wind&eps_km=3&min_points=2')
    const hulls = (body as SectorClustersResult).features
    expect(hulls.length).toBeGreaterThan(0)
    for (const hull of hulls) {
      const { rows, more } = clusterMemberRows(hull.properties, 1)
      expect(more).toBe(0)
      expect(rows.map((r) => r.id)).toEqual(hull.properties.member_ids)
      for (const row of rows) {
        const site = ds.sites.find((s) => s.properties.id === row.id)?.properties
        expect([row.name_zh, row.name_en]).toEqual([site?.name_zh, site?.name_en])
      }
    }
  })

  it('come a page at a time in a large cluster, counting the ones not shown yet', () => {
    const members = Array.from({ length: 2 * MEMBER_PAGE + 5 }, (_, i) => ({
      id: `site-${i}`,
      name_zh: `站点 ${i}`,
      name_en: `Site ${i}`,
      location_precision: 'exact' as const,
    }))
    const first = clusterMemberRows({ members }, 1)
    expect(first.rows).toEqual(members.slice(0, MEMBER_PAGE))
    expect(first.more).toBe(MEMBER_PAGE + 5)
    const all = clusterMemberRows({ members }, 3)
    expect(all.rows).toEqual(members)
    expect(all.more).toBe(0)
  })
})
