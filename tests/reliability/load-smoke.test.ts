import { describe, expect, it } from 'vitest'
import { startServer } from '../api/server-process.ts'
import { loadRun } from '../bench/load-run.ts'
import { serverFixtureForFile } from './server-fixture.ts'

const fixture = serverFixtureForFile()

/** A mix of what the map asks for: lists, details, analyses at several points, the page. */
const PATHS = [
  '/api/health',
  '/api/sites',
  '/api/parks?sector=new-energy',
  '/api/districts/120116',
  '/api/analysis/within?lng=117.2&lat=39.13&radius_km=10',
  '/api/analysis/within?lng=117.65&lat=39.03&radius_km=20&sector=hydrogen',
  '/api/analysis/nearest?lng=117.71&lat=39.05&k=5',
  '/api/analysis/clusters?sector=li-battery&eps_km=5&min_points=2',
  '/api/analysis/access?lng=117.2&lat=39.13',
  '/api/openapi.json',
  '/',
  '/parks/teda',
]

describe('load smoke', () => {
  it('answers 10 s at 50 connections on the shipped data with no error', async () => {
    const server = startServer({ WEB_DIR: fixture.current.webDir }) // the shipped data, a stand-in page
    const base = `http://127.0.0.1:${await server.listening}`
    const figures = await loadRun(base, { seconds: 10, connections: 50, paths: PATHS })
    console.log(`load smoke: ${Math.round(figures.rps)} req/s, p99 ${figures.p99Ms} ms`)
    expect(figures.failures).toBe(0)
    expect(figures.ok).toBeGreaterThan(1_000)
  }, 60_000)
})
