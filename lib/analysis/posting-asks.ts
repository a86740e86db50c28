import type { ScreenAsks } from '../process/interview-process';
import type { Posting } from '../posting/schema';
import { evidenceKinds, postingBlocks } from './blocks';

/**
 * Whether a posting asks the hire to code, or for technical skills, read from its role blocks
 * (blocks.ts) only, so a company pitch about "builders" or an "engineering culture" does not count.
 * What: coding is asked when the role text says to write or review code, names coding or
 * programming, or names a programming language; technical skills when it asks for any of those, or
 * SQL, scripting, data tools, statistics or a technical background. The interview process uses it:
 * no coding test for a people manager not asked to code, no technical phone screen for HR,
 * operations, finance or sales roles that ask no technical skill.
 * Why: a manager of engineers is screened on running a team when the posting asks nothing
 * hands-on; an HR or operations candidate told to expect a technical screen prepares the wrong thing.
 * Known false positives: "work with engineers who code in Java" reads as asking to code.
 */

const coding =
  /\b(?:cod(?:e|es|ing)|programming|hands[-\s]on\s+(?:software\s+)?(?:development|engineering)|code\s+reviews?)\b|\b(?:Java|Python|C\+\+|C#|Golang|Rust|Kotlin|Scala|TypeScript|JavaScript|Ruby)\b/;
const technical =
  /\b(?:SQL|scripting|VBA|macros|ETL|Tableau|Power\s*BI|QuickSight|statistic(?:s|al)|data\s+model(?:l)?ing|technical\s+(?:background|degree|skills|acumen)|software\s+development)\b/i;

export function screenAsks(posting: Posting): ScreenAsks {
  const text = postingBlocks(posting)
    .filter((b) => evidenceKinds.has(b.kind))
    .map((b) => b.text)
    .join('\n');
  const codes = coding.test(text);
  return { codes, technical: codes || technical.test(text) };
}
