/**
 * The parts of the view that features own, keyed by the name they take in `ViewState`.
 * Empty here: each feature adds its own entry from its `*-url.ts` file, e.g.
 *
 * ```ts
 * declare module '../../lib/url/url-part.ts' {
 *   interface ViewParts { analysis: AnalysisView }
 * }
 * ```
 *
 * so that `lib/url` never imports a feature, and a shell composes the parts it shows.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each feature's `*-url.ts`
export interface ViewParts {}

/** How a feature's part of the view is read from and written to the query string. */
export interface UrlPart<K extends keyof ViewParts> {
  /** Its property in `ViewState`. */
  key: K
  /** The query parameters it owns (removed before it writes). */
  params: readonly string[]
  /** The part, or null when its parameters are absent (closed) or unusable. */
  parse(params: URLSearchParams): ViewParts[K] | null
  /** Writes the part (its parameters are already removed); nothing when null. */
  write(params: URLSearchParams, value: ViewParts[K] | null | undefined): void
}

/** Any feature's URL part (what a shell lists when it composes the view URL). */
export type AnyUrlPart = { [K in keyof ViewParts]: UrlPart<K> }[keyof ViewParts]

/**
 * The query string of `params` with commas and colons left readable (`c=117.2,39.1`,
 * `sel=park:teda`), `?`-prefixed, or `''` when there are none.
 *
 * @example queryString(new URLSearchParams({ sel: 'park:teda' })) // '?sel=park:teda'
 */
export function queryString(params: URLSearchParams): string {
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return query ? `?${query}` : ''
}
