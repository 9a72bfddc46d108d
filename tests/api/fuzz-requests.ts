import fc from 'fast-check'

/** Every route: path template, the query parameters it knows, and those a valid call needs. */
export const ROUTES: [string, string[], string[]][] = [
  ['/api/health', [], []],
  ['/api/districts', ['bbox', 'q', 'limit', 'offset'], []],
  ['/api/districts/{code}', [], []],
  [
    '/api/parks',
    ['sector', 'chain', 'link', 'district', 'plan', 'kind', 'bbox', 'q', 'limit', 'offset'],
    [],
  ],
  ['/api/parks/{id}', [], []],
  [
    '/api/sites',
    [
      'sector',
      'chain',
      'link',
      'district',
      'status',
      'plan',
      'park',
      'kind',
      'bbox',
      'q',
      'limit',
      'offset',
    ],
    [],
  ],
  ['/api/sites/{id}', [], []],
  ['/api/infrastructure', ['district', 'kind', 'bbox', 'q', 'limit', 'offset'], []],
  ['/api/sectors', [], []],
  ['/api/chains', [], []],
  ['/api/plans', [], []],
  ['/api/tours', [], []],
  ['/api/aliases', [], []],
  ['/api/config', [], []],
  ['/api/clauses/{id}', [], []],
  ['/api/stats', [], []],
  ['/api/stats/sites', ['status', 'plan', 'district'], []],
  ['/api/basemap/{layer}', [], []],
  [
    '/api/analysis/within',
    ['lng', 'lat', 'radius_km', 'sector', 'kind'],
    ['lng', 'lat', 'radius_km'],
  ],
  ['/api/analysis/nearest', ['lng', 'lat', 'sector', 'k'], ['lng', 'lat']],
  ['/api/analysis/clusters', ['sector', 'eps_km', 'min_points'], ['sector']],
  [
    '/api/analysis/chain-completeness',
    ['chain', 'park', 'lng', 'lat', 'radius_km'],
    ['chain', 'lng', 'lat'],
  ],
  ['/api/analysis/access', ['lng', 'lat', 'sector'], ['lng', 'lat']],
  ['/api/openapi.json', [], []],
]

/** Values a valid call could carry, per parameter (and for the path segment). */
export const PLAUSIBLE: Record<string, string[]> = {
  lng: ['117.2', '117.65', '116.9569'],
  lat: ['39.1', '39.05', '38.827905'],
  radius_km: ['0.5', '5', '30'],
  eps_km: ['3', '10'],
  min_points: ['1', '2'],
  k: ['1', '3', '50'],
  sector: ['wind', 'li-battery', 'new-energy'],
  chain: ['hydrogen', 'li-battery'],
  link: ['li-battery/cells', 'hydrogen/refuelling'],
  park: ['teda', 'binhai-hi-tech-zone'],
  district: ['120116', '120104'],
  plan: ['ne18', 'mfg21'],
  status: ['planned', 'operating'],
  kind: ['park', 'site', 'company', 'rail-station'],
  precision: ['exact', 'district'],
  hidden_sectors: ['wind', 'wind,li-battery'],
  bbox: ['117,38.5,118,40', '117.7,39.04,117.72,39.06'],
  q: ['lishen', '南开'],
  limit: ['1', '5'],
  offset: ['0', '2'],
  segment: ['teda', 'vestas-wind-tianjin', '120116', 'ne18-2.2', 'haihe'],
}

/** Well-formed values that name nothing (unknown ids, sectors, codes, links). */
const unknownIds = fc.constantFrom(
  'steel',
  'nowhere',
  'wind',
  'teda',
  'ne18',
  '120199',
  'x/y',
  'ne18-9.9',
)

/** Malformed values: non-numbers, NaN, Infinity, out of range, huge, unicode, binary, escapes. */
const nasty = fc.oneof(
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-Infinity', '1e400', '-0', '0x10', '1,2', '1e-400'),
  fc.constantFrom('-91', '181', '0', '99999', '-1', '3.5', '1e9'),
  fc.constantFrom('118,40,117,38', '1,2,3', '-200,0,0,0', ',,,', 'a,b,c,d'),
  fc.constantFrom('%00', '%E4%B8', '%%', '../../etc/passwd', '<script>', '"', "'", '\\'),
  fc.double().map(String),
  fc.integer().map(String),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ minLength: 2000, maxLength: 20000 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
)

/** Values the sweep puts into every parameter. */
export const SWEEP_VALUES = [
  ...['steel', 'nowhere', 'wind', 'teda', 'ne18', '120199', 'x/y', 'ne18-9.9', 'li-battery/x'],
  ...['', ' ', 'NaN', 'Infinity', '-Infinity', '1e400', '-0', '0x10', '1,2', '-91', '181', '0'],
  ...['99999', '-1', '1e9', '118,40,117,38', '1,2,3', '%00', '../../etc/passwd', '中文', '𝕏'],
  'x'.repeat(5000),
]

const plausible = (name: string) =>
  fc.constantFrom(...(Object.hasOwn(PLAUSIBLE, name) ? (PLAUSIBLE[name] as string[]) : ['x']))
const anyValue = (name: string) =>
  fc.oneof({ arbitrary: plausible(name), weight: 2 }, { arbitrary: unknownIds, weight: 2 }, nasty)

type Pairs = [string, string][]

/** A valid call (required parameters plus some optional ones) with 0–3 mutations applied. */
export function requestFor([template, known, required]: [string, string[], string[]]) {
  const base = fc.tuple(
    ...known.map((name) =>
      required.includes(name)
        ? plausible(name)
        : fc.option(plausible(name), { freq: 2, nil: undefined }),
    ),
  )
  const mutation = fc.oneof(
    fc
      .record({
        op: fc.constant('set' as const),
        name: fc.oneof(fc.constantFrom('x', ...known), fc.string({ maxLength: 8 })),
        value: fc.string(),
      })
      .chain((m) => anyValue(m.name).map((value) => ({ ...m, value }))),
    fc.record({
      op: fc.constant('drop' as const),
      name: fc.constantFrom('x', ...known),
      value: fc.constant(''),
    }),
    fc.record({
      op: fc.constant('repeat' as const),
      name: fc.constantFrom('x', ...known),
      value: fc.constant(''),
    }),
  )
  return fc
    .record({ base, mutations: fc.array(mutation, { maxLength: 3 }), segment: anyValue('segment') })
    .map(({ base, mutations, segment }) => {
      let pairs: Pairs = known.flatMap((name, i) =>
        base[i] === undefined ? [] : [[name, base[i]] as [string, string]],
      )
      for (const { op, name, value } of mutations) {
        if (op === 'set') pairs = [...pairs.filter(([n]) => n !== name), [name, value]]
        if (op === 'drop') pairs = pairs.filter(([n]) => n !== name)
        const again = pairs.find(([n]) => n === name)
        if (op === 'repeat' && again) pairs = [...pairs, again]
      }
      const path = template.replace(/\{[^}]+\}/, encodeURIComponent(segment) || 'x')
      const qs = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      return qs.length > 0 ? `${path}?${qs.join('&')}` : path
    })
}

export const RAW: [string, string][] = [
  ['/api/sites?%E4%B8=1', '/api/sites'],
  ['/api/sites?q=%E4%B8', '/api/sites'],
  ['/api/analysis/within?lng=%ZZ&lat=1&radius_km=1', '/api/analysis/within'],
  ['/api/parks/%', '/api/parks/{id}'],
  ['/api/clauses/ne18-%2e%2e', '/api/clauses/{id}'],
]
