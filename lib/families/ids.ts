// zod/mini: these schemas reach the popup, whose bundle budget leaves no room for classic zod.
import * as z from 'zod/mini';

/** The role families LoopReady tells apart; ids are stable (CLI JSON, saved postings). */
export const roleFamilies = [
  'software-engineer',
  'engineering-manager',
  'technical-program-manager',
  'product-manager',
  'program-manager',
  'data-scientist',
  'applied-scientist',
  'data-engineer',
  'business-intelligence',
  'solutions-architect',
  'support-engineer',
  'ux-design',
  'operations',
  'sales-account',
  'hr-recruiting',
  'finance',
  'other',
] as const;
export const RoleFamilySchema = z.enum(roleFamilies);
export type RoleFamily = z.infer<typeof RoleFamilySchema>;

/** Amazon's job levels as a posting can state them, plus `unknown`. */
export const levelBands = ['intern', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'unknown'] as const;
export const LevelBandSchema = z.enum(levelBands);
export type LevelBand = z.infer<typeof LevelBandSchema>;

/** Which online assessment a family usually gets (the stages are described in process/process-data.ts). */
export const assessmentKinds = ['coding', 'data', 'situational'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];

/**
 * The loop shapes process/process-data.ts describes: one per family today (the same ids), but a
 * family's registry entry names its shape, so a new family may reuse an existing one.
 */
export const loopShapeIds = roleFamilies;
export type LoopShape = RoleFamily;
