/** Ids and shapes of the map's generated images (DOM-free; drawn by `map-images.ts`). */
export const HATCH_IMAGE = 'hatch-park'
/** Badge behind a district's count of places known only by district. */
export const DISTRICT_BADGE_IMAGE = 'district-badge'

/**
 * A transparent square of `BLOCKER_IMAGE_PX` (at pixel ratio 1): an invisible icon that makes
 * a symbol take room in label placement (cluster bubbles, site dots, the edge of a print).
 */
export const BLOCKER_IMAGE = 'label-blocker'
export const BLOCKER_IMAGE_PX = 32

/**
 * Icon glyphs in a 24-unit box (Material Icons "flight", "anchor", "train", Apache-2.0).
 * Also used by the legend, so the page and the map show the same shapes.
 */
export const INFRASTRUCTURE_ICON_PATHS: Record<string, string> = {
  airport:
    'M21 16v-2l-8-5V3.5a1.5 1.5 0 0 0-3 0V9l-8 5v2l8-2.5V19l-2 1.5V22l3.5-1 3.5 1v-1.5L13 19v-5.5z',
  port: 'M17 15l1.55 1.55c-.96 1.69-3.33 3.04-5.55 3.37V11h3V9h-3V7.82C14.16 7.4 15 6.3 15 5c0-1.65-1.35-3-3-3S9 3.35 9 5c0 1.3.84 2.4 2 2.82V9H8v2h3v8.92c-2.22-.33-4.59-1.68-5.55-3.37L7 15l-4-3v3c0 3.88 4.92 7 9 7s9-3.12 9-7v-3l-4 3zM12 4c.55 0 1 .45 1 1s-.45 1-1 1-1-.45-1-1 .45-1 1-1z',
  'rail-station':
    'M12 2c-4 0-8 .5-8 4v9.5C4 17.43 5.57 19 7.5 19L6 20.5v.5h2.23l2-2H14l2 2h2v-.5L16.5 19c1.93 0 3.5-1.57 3.5-3.5V6c0-3.5-3.58-4-8-4zM7.5 17c-.83 0-1.5-.67-1.5-1.5S6.67 14 7.5 14s1.5.67 1.5 1.5S8.33 17 7.5 17zm3.5-7H6V6h5v4zm2 0V6h5v4h-5zm3.5 7c-.83 0-1.5-.67-1.5-1.5s.67-1.5 1.5-1.5 1.5.67 1.5 1.5-.67 1.5-1.5 1.5z',
}
INFRASTRUCTURE_ICON_PATHS['port-area'] = INFRASTRUCTURE_ICON_PATHS.port ?? ''

/** Icon image id for an infrastructure kind. */
export const infrastructureIcon = (kind: string) => `infra-${kind}`
