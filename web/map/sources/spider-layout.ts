/**
 * Pixel offsets that fan `count` points out around a cluster's centre: one ring of up to
 * `RING_MAX` points, then a spiral for more, `spacingPx` apart, starting at 12 o'clock.
 *
 * @example spiderOffsets(2)[0] // [0, -28] (28 px above the centre)
 */
export function spiderOffsets(count: number, spacingPx = 26): Array<[number, number]> {
  if (count <= 0) return []
  if (count <= RING_MAX) {
    const radius = Math.max(28, (spacingPx * count) / (2 * Math.PI))
    return Array.from({ length: count }, (_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count
      return [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))]
    })
  }
  // Archimedean spiral: each point `spacingPx` along the curve from the last.
  const offsets: Array<[number, number]> = []
  let angle = 0
  for (let i = 0; i < count; i++) {
    const radius = 28 + (spacingPx * angle) / (2 * Math.PI)
    offsets.push([
      round(radius * Math.cos(angle - Math.PI / 2)),
      round(radius * Math.sin(angle - Math.PI / 2)),
    ])
    angle += spacingPx / radius
  }
  return offsets
}

const RING_MAX = 9
const round = (v: number) => Math.round(v * 10) / 10
