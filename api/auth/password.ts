import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto'

/** Shortest password accepted (NIST SP 800-63B asks for at least 8; we ask a bit more). */
export const MIN_PASSWORD_LENGTH = 10
/** Longest: bounds the hashing work one request can cause. */
export const MAX_PASSWORD_LENGTH = 1024

/** scrypt cost: OWASP's N = 2^15, r = 8, p = 3 (32 MiB per hash, equivalent to its 2^17/8/1). */
const COST = { N: 2 ** 15, r: 8, p: 3 }
const KEY_BYTES = 32

function derive(password: string, salt: Buffer, cost: typeof COST): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r }
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
}

/** What is wrong with a new password, or `null` when it is acceptable. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    return `the password needs at least ${MIN_PASSWORD_LENGTH} characters (got ${length})`
  }
  if (length > MAX_PASSWORD_LENGTH)
    return `the password may have at most ${MAX_PASSWORD_LENGTH} characters`
  return null
}

/**
 * Hashes a password with scrypt (node:crypto) and a random 16-byte salt, as
 * `scrypt$<N>$<r>$<p>$<salt>$<key>` (base64url), so the cost can rise later without breaking
 * stored hashes.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, COST)
  return [
    'scrypt',
    COST.N,
    COST.r,
    COST.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$')
}

/** Whether `password` matches a `hashPassword` result (constant-time compare); false for junk. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const cost = { N: Number(n), r: Number(r), p: Number(p) }
  if (![cost.N, cost.r, cost.p].every((x) => Number.isInteger(x) && x > 0)) return false
  if (password.length > MAX_PASSWORD_LENGTH) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), cost)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
