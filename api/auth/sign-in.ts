import type { ThrottlePolicy } from '../store/login-throttle.ts'
import type { Session } from '../store/sessions.ts'
import type { Store } from '../store/store.ts'
import type { User } from '../store/users.ts'
import { hashPassword, verifyPassword } from './password.ts'

/** Per account: the 5th failure in a row waits 1 s, then 2 s, 4 s… up to 15 min; forgotten after a day. */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 24 * 3600_000,
}

/** Per IP address: waits start at the 20th failure (offices share addresses); forgotten after 1 h. */
export const IP_THROTTLE: ThrottlePolicy = {
  freeFailures: 20,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 3600_000,
}

export type SignInResult =
  | { ok: true; user: User; token: string; session: Session }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterS: number }

/** Hash checked for unknown names so that a wrong name costs as long as a wrong password. */
let dummyHash: Promise<string> | undefined

/**
 * `POST /api/session`'s logic: refuses while the account or the IP is throttled, checks the
 * password (unknown name, disabled account and wrong password all answer `invalid`), counts
 * failures against both keys, and on success resets the account's count and starts a session.
 */
export async function signIn(
  store: Store,
  input: { name: string; password: string; ip: string },
): Promise<SignInResult> {
  const keys = [`account:${input.name.toLowerCase()}`, `ip:${input.ip}`]
  const { retryAfterMs } = await store.throttleStatus(keys)
  if (retryAfterMs > 0)
    return { ok: false, reason: 'throttled', retryAfterS: Math.ceil(retryAfterMs / 1000) }
  const found = await store.findUserForLogin(input.name)
  dummyHash ??= hashPassword('not a real password: timing only')
  const valid = await verifyPassword(input.password, found?.passwordHash ?? (await dummyHash))
  if (!found || !valid || found.user.disabled) {
    await store.throttleFailure(keys[0] as string, ACCOUNT_THROTTLE)
    await store.throttleFailure(keys[1] as string, IP_THROTTLE)
    return { ok: false, reason: 'invalid' }
  }
  await store.throttleReset(keys[0] as string)
  const { token, session } = await store.createSession(found.user.id)
  return { ok: true, user: found.user, token, session }
}
