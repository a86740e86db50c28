import { principleById } from '../../principles/lookup';
import type { MockLoop } from './schema';

/**
 * A mock loop as Markdown, to keep or share: each round's questions, the answers as given, the
 * interruptions and what the user said to them, then the debrief with its label.
 */

const quote = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

const vote = (v: 'inclined' | 'not-inclined') => (v === 'inclined' ? 'Inclined' : 'Not Inclined');

function roundsPart(loop: MockLoop): string[] {
  return loop.rounds.flatMap((r, ri) => {
    const lines = [
      `## ${r.name}`,
      '',
      `Interviewer: ${r.interviewer}. Principles: ${r.lps.map((id) => principleById(id).name).join(', ')}.`,
      '',
    ];
    r.questions.forEach((q, qi) => {
      lines.push(`**Q: ${q.text}**`, '');
      const a = loop.answers.find((x) => x.round === ri && x.question === qi);
      if (!a) {
        lines.push('_Not answered yet._', '');
        return;
      }
      lines.push(quote(a.text.trim() || '(no answer)'), '');
      for (const i of a.interruptions)
        lines.push(
          `*Interruption:* ${i.question}`,
          '',
          quote(i.answer.trim() || '(no answer)'),
          '',
        );
    });
    return lines;
  });
}

function debriefPart(loop: MockLoop): string[] {
  const d = loop.debrief;
  if (!d) return ['## Debrief', '', '_The loop is not finished yet._', ''];
  const lines = ['## Debrief', '', `_${d.label}_`, ''];
  for (const r of d.rounds) {
    lines.push(`### ${r.name}: ${vote(r.vote)}`, '');
    for (const v of r.votes) {
      lines.push(`- **${v.name}: ${vote(v.vote)}**`);
      for (const e of v.evidence) lines.push(`  - Evidence: “${e}”`);
      for (const m of v.missing) lines.push(`  - Missing: ${m}`);
    }
    if (r.repeat) lines.push(`- ${r.repeat}`);
    lines.push('');
  }
  if (d.barRaiser)
    lines.push(
      `**Bar Raiser: ${vote(d.barRaiser.vote)}${d.barRaiser.veto ? ' (would veto)' : ''}.** ${d.barRaiser.reason}`,
      '',
    );
  if (d.practiseNext.length > 0) {
    lines.push('### Practise next', '');
    d.practiseNext.forEach((p, i) => lines.push(`${i + 1}. ${p.text}`));
    lines.push('');
  }
  return lines;
}

export function mockLoopMarkdown(loop: MockLoop): string {
  const date = new Date(loop.createdAt).toISOString().slice(0, 10);
  return (
    [
      `# Mock loop: ${loop.postingTitle || 'a saved posting'} (${date})`,
      '',
      ...roundsPart(loop),
      ...debriefPart(loop),
    ]
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
