import type { LayerSpecification, StyleSpecification } from 'maplibre-gl'
import type { Lang } from '../../lib/i18n/lang.ts'
import { notoSansLatinFontFaces } from '../../lib/theme/noto-sans-latin.ts'
import { notoSansScSubsetFontFaces } from '../../lib/theme/noto-sans-sc-subset.ts'
import { emptySources } from '../sources/sources.ts'
import { mapLayers, overlayLayers } from './layers.ts'
import { hideDeferredLayers } from './staged-layers.ts'

/** Live maps draw in two stages (`staged-layers.ts`); a print draws everything at once. */
const stagedIf = (staged: boolean, layers: LayerSpecification[]) =>
  staged ? hideDeferredLayers(layers) : layers

/**
 * The offline style: the project's own geodata as basemap, labels drawn with self-hosted
 * Noto Sans SC (the build's subset) via `font-faces` (no glyph PBFs, no sprite, no tiles).
 */
export function offlineStyle(lang: Lang, baseUrl: string, staged = false): StyleSpecification {
  return {
    version: 8,
    name: 'tianjin-industry-offline',
    'font-faces': { ...notoSansScSubsetFontFaces(baseUrl), ...notoSansLatinFontFaces(baseUrl) },
    sources: emptySources(),
    layers: stagedIf(staged, mapLayers(lang)),
  }
}

/** Puts the project's sources, overlay layers and fonts on top of a fetched online style. */
export function withOverlay(
  style: StyleSpecification,
  lang: Lang,
  baseUrl: string,
  staged = false,
): StyleSpecification {
  return {
    ...style,
    'font-faces': {
      ...style['font-faces'],
      ...notoSansScSubsetFontFaces(baseUrl),
      ...notoSansLatinFontFaces(baseUrl),
    },
    sources: { ...style.sources, ...emptySources() },
    layers: [...style.layers, ...stagedIf(staged, overlayLayers(lang))],
  }
}
