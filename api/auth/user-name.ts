/** Account names: 2–32 letters, digits, `.`, `_` or `-`, starting with a letter or digit. */
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/

/** What is wrong with a new account name, or `null` when it is acceptable. */
export function userNameProblem(name: string): string | null {
  return USER_NAME.test(name)
    ? null
    : `user name "${name}": expected 2–32 letters, digits, ".", "_" or "-", starting with a letter or digit`
}
