import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

export const ROOT = resolve(new URL('../../', import.meta.url).pathname)

/** One relative import of one of our files. */
export interface ImportEdge {
  /** Importing file, relative to the repository root. */
  file: string
  /** The specifier as written. */
  specifier: string
  /** The imported file, relative to the repository root. */
  target: string
  /** `import type …`, `export type … from`, or every named binding marked `type`. */
  typeOnly: boolean
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true
    const clause = node.exportClause
    return Boolean(
      clause && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly),
    )
  }
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return Boolean(
    !clause.name &&
      bindings &&
      ts.isNamedImports(bindings) &&
      bindings.elements.every((e) => e.isTypeOnly),
  )
}

/** One import of a file, of ours or of a package. */
export interface FileImport {
  specifier: string
  typeOnly: boolean
  /** An `import()` call (loaded when the code runs it, not with the file). */
  dynamic: boolean
}

/** Every import of a file: static imports and re-exports, and `import()` calls. */
export function fileImports(path: string): FileImport[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: FileImport[] = []
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: isTypeOnly(node),
        dynamic: false,
      })
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false, dynamic: true })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Where a relative specifier of `path` points (its `?query` dropped). */
export const resolveImport = (path: string, specifier: string) =>
  resolve(dirname(path), specifier.split('?')[0] ?? '')

/** Every relative import of the `.ts`/`.tsx` files under `dirs` (CSS imports included). */
export function importEdges(dirs: readonly string[]): ImportEdge[] {
  return dirs.flatMap((dir) =>
    sourceFiles(join(ROOT, dir)).flatMap((path) =>
      fileImports(path)
        .filter(({ specifier }) => specifier.startsWith('.'))
        .map(({ specifier, typeOnly }) => {
          const target = resolveImport(path, specifier)
          if (!existsSync(target))
            throw new Error(`${relative(ROOT, path)}: ${specifier} not found`)
          return { file: relative(ROOT, path), specifier, target: relative(ROOT, target), typeOnly }
        }),
    ),
  )
}

/**
 * The folder a file belongs to for the layering rules: `web/lib/<part>`, `web/map`,
 * `web/features/<name>`, `web/shells/<name>`, `api/<part>`, or the top folder otherwise.
 */
export function unitOf(file: string): string {
  const parts = file.split('/')
  const [top, second, third] = parts
  if (top === 'web' && (second === 'lib' || second === 'features' || second === 'shells')) {
    return parts.length > 3 ? `web/${second}/${third}` : `web/${second}`
  }
  if (top === 'web' && second === 'map') return 'web/map'
  if (top === 'api' && parts.length > 2) return `api/${second}`
  return top ?? file
}

/** Folder → folder edges with how many imports each stands for. */
export function folderGraph(edges: readonly ImportEdge[]): Map<string, Map<string, number>> {
  const graph = new Map<string, Map<string, number>>()
  for (const edge of edges) {
    const from = unitOf(edge.file)
    const to = unitOf(edge.target)
    if (from === to) continue
    const out = graph.get(from) ?? new Map<string, number>()
    out.set(to, (out.get(to) ?? 0) + 1)
    graph.set(from, out)
  }
  return graph
}

/** The folder cycles of the graph (strongly connected components of two or more folders). */
export function folderCycles(graph: ReadonlyMap<string, ReadonlyMap<string, number>>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  let next = 0
  const connect = (node: string) => {
    index.set(node, next)
    low.set(node, next)
    next += 1
    stack.push(node)
    onStack.add(node)
    for (const to of graph.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        connect(to)
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0))
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0))
      }
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member)
      component.push(member)
      if (member === node) break
    }
    if (component.length > 1) cycles.push(component.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) connect(node)
  return cycles
}

/** The graph as lines `from → to (imports)`, sorted, for reading in the test output. */
export function formatGraph(graph: ReadonlyMap<string, ReadonlyMap<string, number>>): string {
  return [...graph]
    .flatMap(([from, out]) => [...out].map(([to, count]) => `${from} → ${to} (${count})`))
    .sort()
    .join('\n')
}
