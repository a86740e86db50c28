import * as z from 'zod/mini';
import '../../text/zod-english';
import { RoleFamilySchema } from '../../families/ids';
import { PrincipleIdSchema } from '../../principles/schema';

/**
 * An online-assessment practice set as kept in IndexedDB and in the backup: which part, for which
 * role family, the items in order, the user's answers, and the clock. The reading (leans,
 * inconsistencies, feedback) is recomputed from the answers, so it never goes stale.
 */

const count = () => z.int().check(z.nonnegative());
const itemId = () => z.string().check(z.minLength(1), z.maxLength(100));

export const oaKinds = ['work-style', 'work-simulation'] as const;
export const OaKindSchema = z.enum(oaKinds);
export type OaKind = z.infer<typeof OaKindSchema>;

export const OaSessionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: OaKindSchema,
  family: RoleFamilySchema,
  /** The posting's highly ranked principles when the set started, most likely first. */
  postingTop: z.array(PrincipleIdSchema).check(z.maxLength(16)),
  /** The set's items (Work Style item ids or scenario ids), in the order shown. */
  itemIds: z.array(itemId()).check(z.minLength(1), z.maxLength(200)),
  /** Work Style: the statement chosen per item. */
  choices: z.record(itemId(), z.enum(['first', 'second'])),
  /** Work Simulation: response ids per scenario, most effective first. */
  rankings: z.record(itemId(), z.array(z.string().check(z.maxLength(10))).check(z.maxLength(4))),
  timeLimitMs: count(),
  /** Time on the clock before the current run (pauses excluded). */
  elapsedMs: count(),
  /** When the clock last started; null while paused or finished. */
  runningSince: z.nullable(count()),
  startedAt: count(),
  finishedAt: z.nullable(count()),
  updatedAt: count(),
});
export type OaSession = z.infer<typeof OaSessionSchema>;
