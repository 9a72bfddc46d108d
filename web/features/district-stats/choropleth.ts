/** What the district choropleth shows. */
export type StatsMeasure = 'sites' | 'investment'

/** One row of `/api/stats` (by district, or by district × sector). */
export interface DistrictStatsRow {
  district_code: string
  sector?: string
  sites: number
  investment_cny_100m: number
  sites_with_investment: number
}

/** The value of each district: a number, or null when no figure is stated (not zero). */
export type DistrictValues = ReadonlyMap<string, number | null>

/**
 * Values per district for `measure`, over all sectors (`sector` null: `byDistrict`) or one
 * sector (its cells in `byDistrictSector`; a site tagged with several sectors counts in each).
 * Investment is null where no site states one: an unknown sum is not 0 亿元.
 *
 * @example districtValues(rows, [], 'sites', null).get('120116') // 31
 */
export function districtValues(
  byDistrict: readonly DistrictStatsRow[],
  byDistrictSector: readonly DistrictStatsRow[],
  measure: StatsMeasure,
  sector: string | null,
): DistrictValues {
  const cells = new Map(
    (sector === null ? byDistrict : byDistrictSector.filter((r) => r.sector === sector)).map(
      (r) => [r.district_code, r],
    ),
  )
  return new Map(
    byDistrict.map(({ district_code: code }) => {
      const cell = cells.get(code)
      if (measure === 'sites') return [code, cell?.sites ?? 0]
      return [code, cell && cell.sites_with_investment > 0 ? cell.investment_cny_100m : null]
    }),
  )
}

/** A class of the legend: values from `min` to `max` (inclusive). */
export interface ValueClass {
  min: number
  max: number
}

/**
 * Up to `count` classes over the positive values (quantiles, so each class holds about as
 * many districts; one class per value when there are few). Zero and "no figure" are kept
 * apart by the caller.
 *
 * @example valueClasses([1, 2, 2, 5, 30], 3) // [{min:1,max:2},{min:5,max:5},{min:30,max:30}]
 */
export function valueClasses(values: Iterable<number | null>, count = 4): ValueClass[] {
  const positive = [...values].filter((v): v is number => v !== null && v > 0).sort((a, b) => a - b)
  const distinct = [...new Set(positive)]
  if (distinct.length <= count) return distinct.map((v) => ({ min: v, max: v }))
  const classes: ValueClass[] = []
  let start = 0
  for (let i = 1; i <= count; i++) {
    const end = Math.max(start, Math.ceil((positive.length * i) / count) - 1)
    const min = positive[start] ?? 0
    const max = positive[end] ?? min
    const last = classes[classes.length - 1]
    if (last && min <= last.max) last.max = Math.max(last.max, max)
    else classes.push({ min, max })
    start = end + 1
    while (start < positive.length && positive[start] === max) start++
    if (start >= positive.length) break
  }
  return classes
}

/** The index of the class holding `value`, -1 for zero, null for no figure. */
export function classOf(value: number | null, classes: readonly ValueClass[]): number | null {
  if (value === null) return null
  if (value <= 0) return -1
  const i = classes.findIndex((c) => value >= c.min && value <= c.max)
  return i >= 0 ? i : classes.length - 1
}
