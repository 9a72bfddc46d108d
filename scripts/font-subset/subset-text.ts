import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { loadDataset } from '../../api/data/load-dataset.ts'

/** Printable ASCII: numbers, units and codes the UI formats at run time. */
const ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i)

const INVISIBLE = /^[\p{Cc}\p{Cf}]$/u

/** Every string in `value` (objects and arrays walked), for its characters. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item)
  else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) yield* stringsIn(item)
  }
}

/**
 * The strings the dataset in `dataDir` can show: every string of every record and feature the
 * API serves (names, aliases, tours, sectors, chains, clauses, basemap labels), leaving out
 * only the plans' full normalised texts, which the app never draws.
 */
export async function dataStrings(dataDir: string): Promise<string[]> {
  const { texts: _fullTexts, ...served } = await loadDataset(dataDir)
  return [...stringsIn(served)]
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** The string literals, template texts and JSX texts of one source file (its UI strings). */
function literalsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const out: string[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      out.push(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

/** The UI's strings: every literal in the web app's sources (dictionaries, units, formats). */
export function uiStrings(webDir: string): string[] {
  return sourceFiles(webDir).flatMap(literalsOf)
}

/** The code points of `strings` plus printable ASCII, sorted and unique. */
export function codePointsOf(strings: Iterable<string>): number[] {
  const points = new Set<number>(ASCII)
  for (const text of strings) {
    for (const char of text) {
      // Control and format characters (line breaks, the CSV byte-order mark) are never drawn.
      if (!INVISIBLE.test(char)) points.add(char.codePointAt(0) ?? 0)
    }
  }
  return [...points].sort((a, b) => a - b)
}

/** What the subset must hold: the code points of the data in `root` and of the UI in `root/web`. */
export async function subsetCodePoints(root: string): Promise<number[]> {
  return codePointsOf([...(await dataStrings(root)), ...uiStrings(join(root, 'web'))])
}
