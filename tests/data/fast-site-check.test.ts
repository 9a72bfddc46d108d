import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fastSiteCheck } from '../../api/data/fast-site-check.ts'
import { loadDataset } from '../../api/data/load-dataset.ts'
import { syntheticSites } from '../../api/data/synthetic/synthetic-sites.ts'
import { SiteFeatureSchema } from '../../api/domain/index.ts'

const ds = await loadDataset(process.cwd())
const valid = [...syntheticSites(ds, 50, 11), ...ds.sites]
const check = fastSiteCheck()
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value))

/** Values a property may be changed to: right and wrong types, edge cases, other fields' values. */
const anyValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, '', ' ', 'x', 'UPPER', 'a--b', '120199', '1201'),
  fc.constantFrom([], [''], ['wind'], ['ne18'], ['ne18-1.1'], ['a/b'], [{}], {}, { value: 1 }),
  fc.constantFrom('https://synthetic.invalid/x', 'http://a b', 'ftp://x.org', 'exact', 'park'),
  fc.string(),
  fc.double(),
)

describe('fastSiteCheck', () => {
  it('accepts the synthetic sites (the load path of a million sites)', () => {
    for (const site of valid.slice(0, 50)) expect(check(copy(site))).toBe(true)
  })

  it('never accepts what zod rejects, and what it accepts is zod’s output as it is', () => {
    const keys = [...new Set(valid.flatMap((s) => Object.keys(s.properties))), 'extra', '__proto__']
    fc.assert(
      fc.property(
        fc.nat(valid.length - 1),
        fc.array(fc.tuple(fc.constantFrom(...keys), anyValue, fc.boolean()), { maxLength: 3 }),
        fc.constantFrom('none', 'geometry', 'geometry-key', 'type', 'id'),
        (i, edits, outer) => {
          const site = copy(valid[i]) as unknown as Record<string, Record<string, unknown>>
          const p = site.properties as Record<string, unknown>
          for (const [key, value, remove] of edits) {
            if (remove) delete p[key]
            else
              Object.defineProperty(p, key, {
                value,
                enumerable: true,
                writable: true,
                configurable: true,
              })
          }
          if (outer === 'geometry') site.geometry = { type: 'Point', coordinates: [117, 95] }
          if (outer === 'geometry-key')
            site.geometry = { ...site.geometry, bbox: [117, 39, 117, 39] }
          if (outer === 'type') site.type = 'feature' as never
          if (outer === 'id') site.id = { a: 1 } as never
          const input = copy(site)
          if (!check(input)) return
          const parsed = SiteFeatureSchema.safeParse(copy(site))
          expect(parsed.success).toBe(true)
          expect(parsed.data).toEqual(input)
        },
      ),
      { numRuns: 3000 },
    )
  })
})
