import { describe, expect, it } from 'vitest'
import { readmeWithBenchmarks } from './readme-benchmarks.ts'

const README = `# App

## Benchmarks

Intro about anchors.

### Old table

| a | b |

Machine: old.

## Next section

kept
`

describe('readmeWithBenchmarks', () => {
  it('replaces the old tables with the new sections and keeps the intro and what follows', () => {
    const out = readmeWithBenchmarks(README, ['## New table\n\n| c |'], 'Machine: new.')
    expect(out).toContain('Intro about anchors.')
    expect(out).toContain('### New table\n\n| c |')
    expect(out).toContain('Machine: new.')
    expect(out).not.toContain('Old table')
    expect(out).not.toContain('Machine: old.')
    expect(out).toContain('## Next section\n\nkept')
  })

  it('refuses a README without a Benchmarks section', () => {
    expect(() => readmeWithBenchmarks('# App\n', [], 'm')).toThrow(/Benchmarks/)
  })
})
