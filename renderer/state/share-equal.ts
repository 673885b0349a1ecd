/**
 * Structural sharing between two answers of the same query: every part of `next` that equals (deeply) the same part
 * of `previous` is replaced by the previous object, so an edit of one cost line or one criterion leaves every other
 * line, criterion, score list… with the identity it had. Memoised components and computations then redo only what
 * the edit touched. Plain JSON data only (what the API answers); anything else is taken from `next` as it is.
 */
export function shareEqual<T>(previous: unknown, next: T): T {
  if (previous === next) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    const out = next.map((item, i) => {
      const shared = shareEqual(previous[i], item);
      if (shared !== previous[i]) same = false;
      return shared;
    });
    return (same ? previous : out) as T;
  }
  if (isPlainObject(next)) {
    if (!isPlainObject(previous)) return next;
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const shared = shareEqual(previous[key], next[key]);
      if (shared !== previous[key] || !(key in previous)) same = false;
      out[key] = shared;
    }
    return (same ? previous : out) as T;
  }
  return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
