import { z } from 'zod';
import { stageIds } from './stages';

/** What the prep plan view keeps: the interview date, the ticked item ids and the current stage. */
export const PrepStateSchema = z.object({
  /** "YYYY-MM-DD", or '' before the user picks one. */
  interviewDate: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'use a YYYY-MM-DD date')
    .default(''),
  done: z.array(z.string().max(100)).max(500).default([]),
  stage: z.enum(stageIds).default('applied'),
});
export type PrepState = z.infer<typeof PrepStateSchema>;

export const emptyPrepState: PrepState = { interviewDate: '', done: [], stage: 'applied' };
