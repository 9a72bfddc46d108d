/** A seeded pseudo-random source: `next()` in [0, 1), `int(n)` in [0, n), `pick(items)`. */
export interface SeededRandom {
  next(): number
  int(n: number): number
  pick<T>(items: readonly T[]): T
}

/**
 * mulberry32, a small fast 32-bit generator: the same seed gives the same sequence on every
 * machine, so a synthetic dataset is reproducible from its seed (not for security).
 *
 * @example seededRandom(1).next() // 0.6270739405881613
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(items.length)] as T
    },
  }
}
