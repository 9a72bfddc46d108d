import type { FirstMapFigures } from './first-map-bench.ts'
import { markdownTable } from './markdown-table.ts'

/** Goals of issue 13: first map ≤ 1.5× the bare page, embed JS ≤ 1.3× maplibre-gl's gzip. */
const READY_GOAL = 1.5
const EMBED_JS_GOAL = 1.3

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`
const ratio = (value: number, goal: number | null) =>
  `${value.toFixed(2)}×${goal === null ? '' : value <= goal ? ' ✓' : ' ✗'}`

/** A row for a page's second stage (`data-labels-ready`): the map complete with its labels. */
const labelsRow = (page: string, labelsMs: number, bareMs: number) => [
  page,
  `${seconds(labelsMs)} (labels)`,
  seconds(bareMs),
  ratio(labelsMs / bareMs, null),
  '',
]

/** The first-map bench as a markdown section: times and JS sizes against their anchors. */
export function firstMapSection(f: FirstMapFigures): string {
  const times = markdownTable(
    ['page', 'navigation → data-ready', 'bare MapLibre page', 'page ÷ bare', 'goal'],
    [false, true, true, true, true],
    [
      [
        'app `/`',
        seconds(f.appMs),
        seconds(f.bareMs),
        ratio(f.appMs / f.bareMs, READY_GOAL),
        `≤ ${READY_GOAL}×`,
      ],
      [
        'embed `/embed`',
        seconds(f.embedMs),
        seconds(f.bareMs),
        ratio(f.embedMs / f.bareMs, null),
        '',
      ],
      [
        'app `/`, panels mounted',
        `${seconds(f.appPanelsMs)} (panels)`,
        seconds(f.bareMs),
        ratio(f.appPanelsMs / f.bareMs, null),
        '',
      ],
      labelsRow('app `/`, then labels', f.appLabelsMs, f.bareMs),
      labelsRow('embed `/embed`, then labels', f.embedLabelsMs, f.bareMs),
    ],
  )
  const sizes = markdownTable(
    ['page', 'JS before data-ready (gzip)', 'maplibre-gl.mjs (gzip)', 'page ÷ maplibre-gl', 'goal'],
    [false, true, true, true, true],
    [
      ['app `/`', kb(f.appJsGz), kb(f.maplibreGz), ratio(f.appJsGz / f.maplibreGz, null), ''],
      [
        'embed `/embed`',
        kb(f.embedJsGz),
        kb(f.maplibreGz),
        ratio(f.embedJsGz / f.maplibreGz, EMBED_JS_GOAL),
        `≤ ${EMBED_JS_GOAL}×`,
      ],
    ],
  )
  return `## First map: the app vs a bare MapLibre page

The built server (shipped data, \`dist/web\`) on loopback serves the app, the embed and a bare
MapLibre page (\`tests/bench/bare-map/\`) that fetches the same districts, parks and sites from
the same API and draws them as plain fills and circles. Headless Chromium (SwiftShader, 1280×800)
opens each 5 times in alternation after one warm-up each, a fresh context (empty cache) per run;
times are medians of navigation start → the map's \`data-ready\` (districts, parks and sites
drawn) and, for the app and the embed, → \`data-labels-ready\` (the second stage right after:
labels, cluster counts, district badges, infrastructure icons and context lines; the bare page
has none of them). The app's panels (header, layers, details, welcome card) mount once its map
has drawn, one frame after \`data-ready\`; the loading status shows from the start. JS sizes
are gzip -9 of the scripts each page fetched before it was ready (MapLibre's worker excluded on
both sides).

${times}

${sizes}`
}
