/**
 * Names joined into one phrase a reader can split at a glance: "Ownership, Dive Deep and Earn
 * Trust". When a name holds a comma, a semicolon or an "and" of its own ("Are Right, A Lot",
 * "Invent and Simplify"), separators alone cannot show where one name ends, so each name is
 * quoted: “Are Right, A Lot”, “Earn Trust” and “Think Big”. `last` is the word before the final
 * name ("and", "or").
 */
export function joinNames(names: readonly string[], last: 'and' | 'or' = 'and'): string {
  const ambiguous = names.length > 1 && names.some((n) => /[,;]|\band\b|\bor\b/i.test(n));
  const shown = ambiguous ? names.map((n) => `“${n}”`) : [...names];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${last} ${shown.at(-1)!}`;
}

/**
 * One name inside a sentence: quoted when its own comma or semicolon would split the sentence
 * ("No story for “Are Right, A Lot”: …"), as it is.
 */
export function nameInSentence(name: string): string {
  return /[,;]/.test(name) ? `“${name}”` : name;
}
