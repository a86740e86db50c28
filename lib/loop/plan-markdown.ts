import { principleById } from '../principles/lookup';
import type { Story } from '../stories/schema';
import type { RoundPlan } from './plan-rounds';

const matchNote = { tagged: '', evidence: ' (text shows it; not tagged)', other: ' (your pick)' };

/** Escapes the characters Markdown would read as formatting in a user's title. */
function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

/** The plan as Markdown to copy or print: one heading per round, a line per slot, gaps and backups. */
export function planToMarkdown(plan: RoundPlan, stories: readonly Story[], title: string): string {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const lines = [`# Interview plan: ${escapeMd(title)}`, ''];
  for (const round of plan.rounds) {
    lines.push(`## ${escapeMd(round.name)}`, '');
    for (const slot of round.slots) {
      const lp = principleById(slot.lp).name;
      const story = slot.storyId ? byId.get(slot.storyId) : undefined;
      const told = story
        ? `${escapeMd(story.title)}${story.project ? ` (${escapeMd(story.project)})` : ''}${slot.match ? matchNote[slot.match] : ''}${slot.locked ? ' [locked]' : ''}`
        : '**gap**';
      lines.push(`- **${lp}**: ${told}`);
    }
    lines.push('');
  }
  if (plan.gaps.length > 0) {
    lines.push('## Gaps', '');
    for (const gap of plan.gaps) lines.push(`- ${escapeMd(gap.round)}: ${escapeMd(gap.message)}`);
    lines.push('');
  }
  lines.push('## Backups', '');
  const backups = plan.unused.map((id) => byId.get(id)).filter((s): s is Story => Boolean(s));
  if (backups.length === 0) lines.push('- none');
  for (const story of backups) lines.push(`- ${escapeMd(story.title)}`);
  return `${lines.join('\n')}\n`;
}
