/** Per-call wall times (µs) of two functions run on the same inputs. */
export interface PairedTimes<R> {
  project: number[]
  anchor: number[]
  /** The project's answer per input. */
  results: R[]
}

/**
 * Times `project` and `anchor` on each input, alternating which runs first so that neither
 * always finds the caches warmed by the other; `warmUp` inputs first run untimed (JIT).
 *
 * @example
 * pairedTimes(queries, (q) => mine(q), (q) => theirs(q))
 */
export function pairedTimes<I, R>(
  inputs: readonly I[],
  project: (input: I) => R,
  anchor: (input: I) => unknown,
  warmUp = 200,
): PairedTimes<R> {
  for (const input of inputs.slice(0, warmUp)) {
    project(input)
    anchor(input)
  }
  const times: PairedTimes<R> = { project: [], anchor: [], results: [] }
  inputs.forEach((input, q) => {
    const runProject = () => {
      const started = performance.now()
      times.results.push(project(input))
      times.project.push((performance.now() - started) * 1000)
    }
    const runAnchor = () => {
      const started = performance.now()
      anchor(input)
      times.anchor.push((performance.now() - started) * 1000)
    }
    if (q % 2 === 0) {
      runProject()
      runAnchor()
    } else {
      runAnchor()
      runProject()
    }
  })
  return times
}

/**
 * The `p`-th percentile (0–100, nearest rank) of `values`.
 *
 * @example
 * percentile([3, 1, 2], 50) // 2
 */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}
