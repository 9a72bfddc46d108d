import { describe, expect, it } from 'vitest'
import { firstMapSection } from './first-map-table.ts'

const FIGURES = {
  appMs: 1200,
  embedMs: 1000,
  appLabelsMs: 1800,
  appPanelsMs: 1250,
  embedLabelsMs: 1500,
  bareMs: 1000,
  appJsGz: 400 * 1024,
  embedJsGz: 350 * 1024,
  maplibreGz: 300 * 1024,
}

describe('firstMapSection', () => {
  it('prints data-ready and the labels stage of the app and the embed against the bare page', () => {
    const rows = firstMapSection(FIGURES).split('\n')
    const row = (start: string) => rows.find((line) => line.startsWith(`| ${start}`)) ?? ''
    expect(row('app `/` ')).toMatch(/1\.20 s .*1\.00 s .*1\.20× ✓/)
    expect(row('app `/`, panels mounted')).toMatch(/1\.25 s \(panels\) .*1\.25×/)
    expect(row('app `/`, then labels')).toMatch(/1\.80 s \(labels\) .*1\.00 s .*1\.80×/)
    expect(row('embed `/embed`, then labels')).toMatch(/1\.50 s \(labels\) .*1\.50×/)
  })

  it('marks the app over the 1.5× goal as not met', () => {
    const section = firstMapSection({ ...FIGURES, appMs: 1600 })
    expect(section).toMatch(/1\.60× ✗/)
  })
})
