import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import postgres from 'postgres'
import { inject } from 'vitest'
import { describeZodIssues } from '../../api/data/zod-issue-text.ts'
import { ParkFeatureSchema, SiteFeatureSchema } from '../../api/domain/index.ts'
import { openStore, type StoreLocation } from '../../api/store/open-store.ts'
import type { PlaceFeature, PlaceKind } from '../../api/store/place-edit.ts'
import type { PlacePolicy } from '../../api/store/place-policy.ts'
import type { Store, StoreOptions } from '../../api/store/store.ts'

export const BACKENDS = ['pglite', 'postgres'] as const
export type Backend = (typeof BACKENDS)[number]

/** A new folder inside this run's temp folder (removed when the run ends). */
export function runTempDir(prefix: string): string {
  return mkdtempSync(join(inject('storeRunDir'), prefix))
}

/**
 * An empty database for one test file: a copy of the run's initialised PGlite folder, or a new
 * database on the run's PostgreSQL (see `global-setup.ts`).
 */
export async function freshLocation(backend: Backend): Promise<StoreLocation> {
  if (backend === 'pglite') {
    const stateDir = runTempDir('state-')
    cpSync(inject('pgliteTemplate'), join(stateDir, 'pglite'), { recursive: true })
    return { stateDir }
  }
  const adminUrl = inject('postgresUrl')
  const name = `store_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`CREATE DATABASE ${name}`)
  await admin.end()
  return { databaseUrl: adminUrl.replace(/\/postgres$/, `/${name}`) }
}

/** URL of a new, empty database on the run's PostgreSQL. */
export async function freshPostgresUrl(): Promise<string> {
  const location = await freshLocation('postgres')
  if (!('databaseUrl' in location)) throw new Error('expected a PostgreSQL location')
  return location.databaseUrl
}

/** Opens a migrated store on a fresh database of `backend`. */
export async function openTestStore(backend: Backend, options: StoreOptions = {}): Promise<Store> {
  return openStore(await freshLocation(backend), options)
}

const FIXTURE = JSON.parse(
  readFileSync(new URL('./fixtures/base-places.geojson', import.meta.url), 'utf8'),
) as { features: PlaceFeature[] }

/** The fixture base: two sites and a park. */
export function fixtureFeature(id: string): PlaceFeature {
  const feature = FIXTURE.features.find((f) => f.properties.id === id)
  if (!feature) throw new Error(`no fixture place ${id}`)
  return structuredClone(feature)
}

/**
 * A place policy over the fixture base whose rule is the domain schema alone (the store's
 * tests test the store; `tests/curation` tests the check:data adapter on the real data).
 */
export function fixturePolicy(): PlacePolicy {
  const kindOf = (f: PlaceFeature): PlaceKind => ('placement' in f.properties ? 'site' : 'park')
  return {
    base: (kind, id) => FIXTURE.features.find((f) => kindOf(f) === kind && f.properties.id === id),
    check(overlay, changed) {
      return changed.flatMap((key) => {
        const feature = overlay.find((e) => e.kind === key.kind && e.id === key.id)?.feature
        if (!feature) return []
        const schema = key.kind === 'site' ? SiteFeatureSchema : ParkFeatureSchema
        const result = schema.safeParse(feature)
        if (result.success) return []
        return describeZodIssues(result.error.issues, feature).map((issue) => ({
          ...key,
          field: issue.field,
          message: issue.text,
        }))
      })
    },
  }
}

/** A clock the tests move by hand. */
export function manualClock(start = new Date('2026-01-05T08:00:00Z')) {
  let nowMs = start.getTime()
  return {
    now: () => new Date(nowMs),
    advance(ms: number) {
      nowMs += ms
    },
  }
}
