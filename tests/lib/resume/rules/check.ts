import type { RoleFamily } from '../../../../lib/families/ids';
import { cleanBullet, isEnglish } from '../../../../lib/resume/lint-bullet';
import { readOpener } from '../../../../lib/resume/first-word';
import type { BulletRule, Finding } from '../../../../lib/resume/schema';
import { tokenize } from '../../../../lib/resume/words';

/** Runs one rule on a bullet the way lintBullet does. */
export function check(
  rule: BulletRule,
  raw: string,
  current = false,
  family?: RoleFamily,
): Finding | undefined {
  const text = cleanBullet(raw);
  return rule.check({
    text,
    tokens: tokenize(text),
    opener: readOpener(text),
    current,
    english: isEnglish(text),
    ...(family ? { family } : {}),
  });
}
