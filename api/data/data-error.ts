/**
 * A data file is missing, unreadable or breaks the domain schema. `problems` holds one line
 * per problem, each naming the file (relative to the data folder), the record or feature and
 * the field, e.g.
 * `geodata/sites.geojson: feature "tianjin-lishen-battery" (#12): properties.location_precision:
 * expected one of exact|approximate|district, got "precise"`.
 */
export class DataError extends Error {
  readonly problems: readonly string[]

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : [...problems]
    super(list.join('\n'))
    this.name = 'DataError'
    this.problems = list
  }
}
