import type { FontFacesSpecification } from 'maplibre-gl'

export interface FontFile {
  weight: 400 | 700
  url: string
  /** CSS `unicode-range` entries, e.g. `U+4e00-4e3f`. */
  ranges: string[]
}

/**
 * A style's `font-faces` for self-hosted subset files: map font `names[400]` and
 * `names[700]`, each listing its files with their unicode ranges.
 */
export function mapFontFaces(
  files: readonly FontFile[],
  names: Record<400 | 700, string>,
  baseUrl: string,
): FontFacesSpecification {
  const faces = (weight: 400 | 700) =>
    files
      .filter((f) => f.weight === weight)
      .map((f) => ({ url: new URL(f.url, baseUrl).href, 'unicode-range': f.ranges }))
  return { [names[400]]: faces(400), [names[700]]: faces(700) }
}

/** `@font-face` rules of `family` for the page, over the same files the map uses. */
export function fontFaceCss(family: string, files: readonly FontFile[]): string {
  return files
    .map(
      (f) =>
        `@font-face{font-family:'${family}';font-style:normal;font-display:swap;font-weight:${f.weight};` +
        `src:url(${f.url}) format('woff2');unicode-range:${f.ranges.join(',')}}`,
    )
    .join('\n')
}
