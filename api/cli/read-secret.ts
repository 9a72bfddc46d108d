import { once } from 'node:events'

/**
 * Reads a secret from stdin. On a terminal: prompts on stderr, echoes nothing, asks twice and
 * insists both match; Ctrl-C aborts. Piped: the first line (so `printf '%s\n' "$PW" | npm run
 * users -- add …` works in scripts).
 */
export async function readSecret(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLine()
  const first = await readHidden(`${prompt}: `)
  const second = await readHidden(`Repeat ${prompt.toLowerCase()}: `)
  if (first !== second) throw new Error('the two entries differ')
  return first
}

async function firstLine(): Promise<string> {
  let text = ''
  process.stdin.setEncoding('utf8')
  for await (const chunk of process.stdin) {
    text += chunk
    if (text.includes('\n')) break
  }
  return (text.split('\n')[0] ?? '').replace(/\r$/, '')
}

async function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin
  process.stderr.write(prompt)
  stdin.setRawMode(true)
  stdin.setEncoding('utf8')
  stdin.resume()
  let secret = ''
  try {
    while (true) {
      const [chunk] = (await once(stdin, 'data')) as [string]
      for (const char of chunk) {
        if (char === '\u0003') throw new Error('cancelled')
        if (char === '\r' || char === '\n') return secret
        if (char === '\u007f' || char === '\b') secret = [...secret].slice(0, -1).join('')
        else secret += char
      }
    }
  } finally {
    stdin.setRawMode(false)
    stdin.pause()
    process.stderr.write('\n')
  }
}
