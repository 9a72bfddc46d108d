/// <reference types="vite/client" />
import type { FontFacesSpecification } from 'maplibre-gl'
import { MAP_FONTS } from './theme.ts'

/**
 * Noto Sans SC (OFL-1.1) cut at build time to exactly the glyphs the data and the UI use
 * (`scripts/font-subset/`, run by the Vite build into `./subset/`): one file per weight, so the
 * first map loads two small fonts instead of dozens of slices. Text users type falls back to the
 * full font (`full-font-fallback.ts`).
 */
const FILES = import.meta.glob<string>('./subset/noto-sans-sc-subset-*.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
})

/** The page's family name of the subset (first in `--font-sans`, see `lib/ui/base.css`). */
export const SUBSET_FAMILY = 'Noto Sans SC Subset'

function subsetUrl(weight: 400 | 700): string {
  const url = FILES[`./subset/noto-sans-sc-subset-${weight}.woff2`]
  if (!url)
    throw new Error(`The Noto Sans SC subset (${weight}) was not built: run \`npm run build\``)
  return url
}

/** The style's `font-faces` of the two map fonts, each one subset file covering all it draws. */
export function notoSansScSubsetFontFaces(baseUrl: string): FontFacesSpecification {
  return {
    [MAP_FONTS.regular]: new URL(subsetUrl(400), baseUrl).href,
    [MAP_FONTS.bold]: new URL(subsetUrl(700), baseUrl).href,
  }
}

/** `@font-face` rules of the subset family for the page. */
export function notoSansScSubsetCss(): string {
  return ([400, 700] as const)
    .map(
      (weight) =>
        `@font-face{font-family:'${SUBSET_FAMILY}';font-style:normal;font-display:swap;` +
        `font-weight:${weight};src:url(${subsetUrl(weight)}) format('woff2')}`,
    )
    .join('\n')
}
