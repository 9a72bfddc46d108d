import {
  CHAIN_LINK_REF_PATTERN,
  CLAUSE_ID_PATTERN,
  DISTRICT_CODE_PATTERN,
  DocIdSchema,
  ID_PATTERN,
  LocationPrecisionSchema,
  SiteKindSchema,
  SitePlacementSchema,
  SiteStatusSchema,
} from '../domain/index.ts'

const KINDS = new Set<unknown>(SiteKindSchema.options)
const PLACEMENTS = new Set<unknown>(SitePlacementSchema.options)
const PRECISIONS = new Set<unknown>(LocationPrecisionSchema.options)
const STATUSES = new Set<unknown>(SiteStatusSchema.options)
const DOC_IDS = new Set<unknown>(DocIdSchema.options)
/** URLs proven valid without `new URL` (anything else goes to zod). */
const PLAIN_HTTP_URL = /^https?:\/\/[a-z0-9.-]+(?:\/[A-Za-z0-9._~/-]*)?$/
const REQUIRED = 19

const text = (v: unknown) => typeof v === 'string' && v !== ''
const matches = (pattern: RegExp) => (v: unknown) => typeof v === 'string' && pattern.test(v)
const isId = matches(ID_PATTERN)
const every = (v: unknown, ok: (item: unknown) => boolean, min = 0) =>
  Array.isArray(v) && v.length >= min && v.every(ok)

/** Each property the fast path knows: required ones count towards `REQUIRED`. */
const PROPERTY_CHECKS = new Map<string, { ok: (v: unknown) => boolean; required: boolean }>(
  Object.entries({
    name_zh: { ok: text, required: true },
    name_en: { ok: text, required: true },
    id: { ok: isId, required: true },
    district_code: { ok: matches(DISTRICT_CODE_PATTERN), required: true },
    sectors: { ok: (v) => every(v, isId, 1), required: true },
    chain_links: { ok: (v) => every(v, matches(CHAIN_LINK_REF_PATTERN)), required: true },
    plans: { ok: (v) => every(v, (d) => DOC_IDS.has(d)), required: true },
    citations: { ok: (v) => every(v, matches(CLAUSE_ID_PATTERN)), required: true },
    source_url: { ok: matches(PLAIN_HTTP_URL), required: false },
    location_precision: { ok: (v) => PRECISIONS.has(v), required: true },
    location_source: { ok: text, required: true },
    location_basis_zh: { ok: text, required: true },
    location_basis_en: { ok: text, required: true },
    location_refs: { ok: (v) => Array.isArray(v) && v.length === 0, required: true },
    kind: { ok: (v) => KINDS.has(v), required: true },
    placement: { ok: (v) => PLACEMENTS.has(v), required: true },
    status: { ok: (v) => v === null || STATUSES.has(v), required: true },
    park_id: { ok: (v) => v === null || isId(v), required: true },
    investment_cny_100m: {
      ok: (v) => v === null || (typeof v === 'number' && v >= 0),
      required: true,
    },
    capacity: { ok: (v) => v === null, required: true },
    description_zh: { ok: (v) => typeof v === 'string', required: false },
    description_en: { ok: (v) => typeof v === 'string', required: false },
    synthetic: { ok: (v) => v === true, required: false },
  }),
)

const isPoint = (g: unknown) => {
  if (g === null || typeof g !== 'object') return false
  for (const key in g) if (key !== 'type' && key !== 'coordinates') return false // no copy
  const { type, coordinates: c } = g as { type?: unknown; coordinates?: unknown }
  if (type !== 'Point' || !Array.isArray(c) || c.length !== 2) return false
  const [lng, lat] = c
  return (
    typeof lng === 'number' &&
    typeof lat === 'number' &&
    Math.abs(lng) <= 180 &&
    Math.abs(lat) <= 90
  )
}

/**
 * Whether a site feature is certainly valid under `SiteFeatureSchema` *and* already its exact
 * zod output — the common shape of a plain site (no location refs, no capacity, no plan term),
 * with no unknown keys to strip and no default to fill — at a fraction of zod's cost, for
 * loading a million sites. Anything else answers false and goes to zod, which decides and names
 * the problem (a property test holds the two to agreement). The three location texts are
 * replaced by a shared copy when another site already has the same text (`share`), so a
 * million synthetic sites hold them once; so is the district code, and the feature's own `id`
 * by `properties.id` when they are equal (same texts, one copy).
 */
export function fastSiteCheck(share: (text: string) => string = (t) => t) {
  return (input: unknown): boolean => {
    if (input === null || typeof input !== 'object') return false
    const f = input as Record<string, unknown>
    let keys = 0
    for (const key in f) {
      keys += 1
      if (key !== 'type' && key !== 'id' && key !== 'geometry' && key !== 'properties') return false
    }
    const id = f.id
    if (f.type !== 'Feature' || keys !== (id === undefined ? 3 : 4)) return false
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return false
    if (!isPoint(f.geometry)) return false
    const p = f.properties as Record<string, unknown> | null
    if (p === null || typeof p !== 'object' || Array.isArray(p)) return false
    let required = 0
    for (const key in p) {
      const check = PROPERTY_CHECKS.get(key)
      if (!check?.ok(p[key])) return false
      if (check.required) required += 1
    }
    if (required !== REQUIRED) return false
    p.location_source = share(p.location_source as string)
    p.location_basis_zh = share(p.location_basis_zh as string)
    p.location_basis_en = share(p.location_basis_en as string)
    p.district_code = share(p.district_code as string)
    if (id === p.id) f.id = p.id // one copy of the id text
    return true
  }
}

/** A pool handing out one copy of each text seen (for `fastSiteCheck`). */
export function textPool(): (text: string) => string {
  const pool = new Map<string, string>()
  return (text) => {
    const kept = pool.get(text)
    if (kept !== undefined) return kept
    pool.set(text, text)
    return text
  }
}
