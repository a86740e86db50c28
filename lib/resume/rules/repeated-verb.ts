import type { Opener } from '../first-word';
import type { Finding } from '../schema';
import { verbAlternatives } from '../verbs';
import { capitalize, conjugatePast } from '../words';

/**
 * repeated-verb: the same opening verb used more than `maxUses` times across a resume
 * ("Developed" five times). A screener skimming the left edge sees one action repeated and the
 * variety of the work is lost. Flags each use after the allowed ones and offers alternatives.
 * Known false positives: none serious; a long resume may repeat "Led" legitimately.
 */
export const maxUses = 2;

function verbKey(opener: Opener): string | undefined {
  if (opener.kind === 'strong' || opener.kind === 'present' || opener.kind === 'gerund') {
    return opener.base
      ? conjugatePast(opener.base)
      : opener.word.toLowerCase().replace(/[^a-z-]/g, '');
  }
  return undefined;
}

/** One entry per opener: the repeated-verb finding for it, or undefined. */
export function repeatedVerbFindings(openers: readonly Opener[]): (Finding | undefined)[] {
  const keys = openers.map(verbKey);
  const total = new Map<string, number>();
  for (const k of keys) if (k) total.set(k, (total.get(k) ?? 0) + 1);
  const seen = new Map<string, number>();
  return keys.map((key) => {
    if (!key) return undefined;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= maxUses) return undefined;
    const alternatives = verbAlternatives[key] ?? [
      'a verb naming the exact action (Shipped, Automated, Cut …)',
    ];
    return {
      rule: 'repeated-verb',
      severity: 'info',
      message: `"${capitalize(key)}" opens ${total.get(key)} bullets; this is use ${n}.`,
      suggestion: `Vary the opener where it fits: ${alternatives.map((a) => `"${a}"`).join(', ')}.`,
    };
  });
}
