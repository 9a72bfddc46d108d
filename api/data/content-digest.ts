/**
 * Digests of the bytes a record array was parsed from, remembered by the loader so that
 * `datasetVersion` need not serialise a million sites again: the records are a pure function
 * of those bytes, so equal bytes mean equal records. An array built any other way (an edit)
 * has no digest and is serialised as before.
 */
const digests = new WeakMap<readonly unknown[], string>()

export function rememberDigest(records: readonly unknown[], digest: string): void {
  digests.set(records, digest)
}

/** The digest of the bytes `records` was parsed from, if the loader remembered one. */
export function knownDigest(records: readonly unknown[]): string | undefined {
  return digests.get(records)
}
