const compiled = new Map<string, RegExp>();

/** Matches `value` against a glob where `*` is any run of characters and `?` one character. */
export function globMatches(glob: string, value: string): boolean {
  let pattern = compiled.get(glob);
  if (!pattern) {
    const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    pattern = new RegExp(`^${source}$`, 's');
    compiled.set(glob, pattern);
  }
  return pattern.test(value);
}
