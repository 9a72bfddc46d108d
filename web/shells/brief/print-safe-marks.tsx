import { UI } from '../../lib/theme/theme.ts'

/*
 * Printed with the browser's defaults ("background graphics" off) CSS backgrounds vanish;
 * inline SVG fills and strokes are printed. So the brief's logo and bars are drawn in SVG.
 */

/** The project's mark (as in the app's header), in SVG. */
export function BriefMark() {
  return (
    <svg className="brief-mark" viewBox="0 0 20 20" aria-hidden="true" data-testid="brief-mark">
      <defs>
        <linearGradient id="brief-mark-fill" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor={UI.park} />
          <stop offset="1" stopColor={UI.accent} />
        </linearGradient>
      </defs>
      <rect width="20" height="20" rx="5.5" fill="url(#brief-mark-fill)" />
      <circle cx="13.6" cy="6.4" r="2" fill="#fff" />
      <circle cx="6.8" cy="12.4" r="2.6" fill="#fff" />
    </svg>
  )
}

/** A share (0–1) as a bar: the filled part green over an outlined pale track. */
export function ScoreBar(props: { share: number }) {
  const width = Math.max(0, Math.min(1, props.share)) * 100
  return (
    <svg
      className="brief-score-bar"
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
      aria-hidden="true"
      data-testid="brief-score-bar"
    >
      <rect x="0.5" y="0.5" width="99" height="7" rx="3.5" fill="#fde2e1" stroke="#e8a3a0" />
      {width > 0 ? <rect width={width} height="8" rx="4" fill="#15803d" /> : null}
    </svg>
  )
}
