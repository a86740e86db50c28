import { interviewProcess } from '../process/interview-process';
import { inferLevel } from './level';
import { managesPeople } from './manages-people';
import { inferPrinciples } from './likely-principles';
import { screenAsks } from './posting-asks';
import { inferRoleFamily } from './role-family';
import type { ExtractResult } from '../posting/schema';
import type { PostingAnalysis } from './schema';

/** Role family, level, likely LPs and the interview process for one extracted posting; pure. */
export function analyzePosting({ posting, missing }: ExtractResult): PostingAnalysis {
  const role = inferRoleFamily(posting);
  const level = inferLevel(posting, role.family);
  const manager = managesPeople(posting, role.family);
  return {
    id: posting.jobId,
    title: posting.title,
    role,
    level,
    lps: inferPrinciples(posting, role, level),
    managesPeople: manager,
    process: interviewProcess(role.family, level.band, manager.manages, screenAsks(posting)),
    missing,
  };
}
