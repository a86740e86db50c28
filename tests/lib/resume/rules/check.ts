import type { RoleFamily } from '../../../../lib/families/ids';
import { readLine } from '../../../../lib/resume/read-line';
import type { BulletRule, Finding } from '../../../../lib/resume/schema';

/** Runs one rule on a bullet the way lintBullet does. */
export function check(
  rule: BulletRule,
  raw: string,
  current = false,
  family?: RoleFamily,
): Finding | undefined {
  return rule.check({ ...readLine(raw), current, ...(family ? { family } : {}) });
}
