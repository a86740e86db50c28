import type { InterviewProcess, LevelBand, RoleFamily } from '../posting/schema';

// PLACEHOLDER: replaced by the real process tables.
export function interviewProcess(_family: RoleFamily, _band: LevelBand): InterviewProcess {
  return { before: [], loop: [], after: [], notes: [] };
}
