import * as z from 'zod/mini';
import '../text/zod-english';
import { stageIds } from '../process/hiring-stages';

/** What the prep plan view keeps: the interview date, the ticked item ids and the current stage. */
export const PrepStateSchema = z.object({
  /** "YYYY-MM-DD", or '' before the user picks one. */
  interviewDate: z._default(
    z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'use a YYYY-MM-DD date')),
    '',
  ),
  done: z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(500)), []),
  stage: z._default(z.enum(stageIds), 'applied'),
});
export type PrepState = z.infer<typeof PrepStateSchema>;

export const emptyPrepState: PrepState = { interviewDate: '', done: [], stage: 'applied' };
