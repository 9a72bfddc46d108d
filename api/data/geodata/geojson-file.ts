import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (three folders above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** Absolute path of a file given relative to the repository root. */
export function repoPath(relative: string): string {
  return resolve(REPO_ROOT, relative)
}

/** Reads a JSON file relative to the repository root, or `null` when it does not exist. */
export function readJsonIfExists<T>(relative: string): T | null {
  const path = repoPath(relative)
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null
}

/**
 * Writes a FeatureCollection with one feature per line, so that a change to one feature is a
 * one-line diff. `members` are extra top-level members (e.g. `name`, `attribution`).
 */
export function writeFeatureCollection(
  relative: string,
  features: unknown[],
  members: Record<string, string> = {},
): void {
  const head = JSON.stringify({ type: 'FeatureCollection', ...members }).slice(0, -1)
  const body = features.map((f) => JSON.stringify(f)).join(',\n')
  writeFileSync(repoPath(relative), `${head},"features":[\n${body}\n]}\n`)
}
