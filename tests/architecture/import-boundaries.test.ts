import { describe, expect, it } from 'vitest'
import { violation } from './boundary-rules.ts'
import {
  folderCycles,
  folderGraph,
  formatGraph,
  type ImportEdge,
  importEdges,
  unitOf,
} from './import-graph.ts'

describe('the import boundaries', () => {
  const edges = importEdges(['web', 'api'])
  const graph = folderGraph(edges)

  it('prints the folder graph of web/ and api/', () => {
    console.log(`Folder import graph (from → to (imports)):\n${formatGraph(graph)}`)
    expect(graph.has('web/map')).toBe(true)
  })

  it('hold for every import: layers point down, features and shells stay apart', () => {
    const broken = edges.flatMap((edge) => {
      const reason = violation(edge)
      return reason ? [`${edge.file}: import '${edge.specifier}' — ${reason}`] : []
    })
    expect(broken, broken.join('\n')).toEqual([])
  })

  it('leave no folder-level import cycle', () => {
    const cycles = folderCycles(graph)
    const explain = cycles.map((cycle) => {
      const inCycle = new Set(cycle)
      const through = edges.filter(
        (e) =>
          inCycle.has(unitOf(e.file)) &&
          inCycle.has(unitOf(e.target)) &&
          unitOf(e.file) !== unitOf(e.target),
      )
      return `cycle ${cycle.join(' ⇄ ')} through:\n${through.map((e) => `  ${e.file}: '${e.specifier}'`).join('\n')}`
    })
    expect(cycles, explain.join('\n')).toEqual([])
  })
})

describe('the boundary rules', () => {
  const edge = (file: string, target: string, typeOnly = false): ImportEdge => ({
    file,
    target,
    specifier: target,
    typeOnly,
  })

  it('reject a feature importing another feature, and the map importing a feature', () => {
    expect(violation(edge('web/features/a/x.ts', 'web/features/b/y.ts'))).toMatch(/another feature/)
    expect(violation(edge('web/map/x.ts', 'web/features/b/y.ts'))).toMatch(/web\/map must not/)
    expect(violation(edge('web/lib/ui/x.ts', 'web/map/y.ts'))).toMatch(/web\/lib must not/)
  })

  it('reject imports of a shell, and api/ imports the web may not make', () => {
    expect(violation(edge('web/shells/app/x.ts', 'web/shells/embed/y.ts'))).toMatch(/shell/)
    expect(violation(edge('web/features/a/x.ts', 'web/shells/app/y.ts'))).toMatch(/shell/)
    expect(violation(edge('web/lib/api/x.ts', 'api/data/load-dataset.ts'))).toMatch(/only/)
    expect(violation(edge('web/lib/api/x.ts', 'api/routes/api-routes.ts', true))).toBeNull()
  })

  it('keep api/domain and api/analysis at the bottom', () => {
    expect(violation(edge('api/domain/x.ts', 'api/analysis/y.ts'))).toMatch(/nothing/)
    expect(violation(edge('api/analysis/x.ts', 'api/data/y.ts'))).toMatch(/only api\/domain/)
    expect(violation(edge('api/analysis/x.ts', 'api/domain/y.ts'))).toBeNull()
  })

  it('find a cycle between folders', () => {
    const graph = folderGraph([
      edge('web/lib/a/x.ts', 'web/lib/b/y.ts'),
      edge('web/lib/b/y.ts', 'web/lib/a/z.ts'),
    ])
    expect(folderCycles(graph)).toEqual([['web/lib/a', 'web/lib/b']])
  })
})
