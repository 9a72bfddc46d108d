/** What a command-line tool reads and writes, so its logic runs in tests without a terminal. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
  /** A secret from stdin: asked without echo (twice) on a terminal, else the first line. */
  readSecret(prompt: string): Promise<string>
}

/** Parses `--name value` options after the positional arguments. */
export function parseOptions(
  args: readonly string[],
  known: readonly string[],
): { positional: string[]; options: Record<string, string>; problem: string | null } {
  const positional: string[] = []
  const options: Record<string, string> = {}
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
    if (!known.includes(name)) return { positional, options, problem: `unknown option --${name}` }
    const flag = name === 'dry-run'
    const value = inline ?? (flag ? 'true' : args[i + 1])
    if (value === undefined) return { positional, options, problem: `--${name} needs a value` }
    if (inline === undefined && !flag) i += 1
    options[name] = value
  }
  return { positional, options, problem: null }
}
