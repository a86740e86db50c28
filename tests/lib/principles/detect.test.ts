import { describe, expect, it } from 'vitest';
import { principles } from '../../../lib/principles/catalogue';
import { detectPrinciples, quoteAround, clauseAround } from '../../../lib/principles/detect';
import type { PrincipleId } from '../../../lib/principles/ids';

const evidenceFor = (text: string, id: PrincipleId) =>
  detectPrinciples(text).find((d) => d.id === id)?.evidence;

describe('detectPrinciples', () => {
  it.each<[string, PrincipleId, string]>([
    [
      'Traced a checkout failure to its root cause and fixed it.',
      'dive-deep',
      'failure to its root cause and fixed it',
    ],
    [
      'Mentored four new engineers through their first launch.',
      'hire-and-develop-the-best',
      'Mentored four new engineers',
    ],
    [
      'Rebuilt the search page after reading customer feedback from sellers.',
      'customer-obsession',
      'page after reading customer feedback from sellers',
    ],
    [
      'Cut the hosting budget by a third by moving to spot capacity.',
      'frugality',
      'Cut the hosting budget by a third',
    ],
    [
      'You will thrive in a fast-paced team and act with limited information.',
      'bias-for-action',
      'thrive in a fast-paced team and act',
    ],
    [
      'I pushed back on the launch date, lost the debate, then backed the plan.',
      'have-backbone-disagree-and-commit',
      'I pushed back on the launch',
    ],
    [
      'Shipped the billing rewrite two weeks ahead of schedule.',
      'deliver-results',
      'rewrite two weeks ahead of schedule',
    ],
    [
      'Set a three-year vision for the payments roadmap.',
      'think-big',
      'Set a three-year vision for the payments',
    ],
    [
      'Kept stakeholders informed with candid weekly notes.',
      'earn-trust',
      'Kept stakeholders informed with candid',
    ],
    [
      'Taught myself Rust to port the parser.',
      'learn-and-be-curious',
      'Taught myself Rust to port',
    ],
  ])('finds the LP in %j and quotes it', (text, id, quote) => {
    expect(evidenceFor(text, id)).toContain(quote);
  });

  it.each(['', '   ', 'The weather was mild and the cat slept.', 'Java, Python, Go'])(
    'returns nothing for text with no signal: %j',
    (text) => {
      expect(detectPrinciples(text)).toEqual([]);
    },
  );

  it('tolerates plurals and verb forms', () => {
    expect(evidenceFor('Analyzed the dashboards nightly.', 'dive-deep')).toEqual([
      'Analyzed the dashboards nightly',
    ]);
    expect(evidenceFor('We simplified onboarding.', 'invent-and-simplify')).toEqual([
      'We simplified onboarding',
    ]);
  });

  it('does not fire on a signal hidden inside a longer word', () => {
    expect(evidenceFor('Migrated the database.', 'dive-deep')).toBeUndefined();
  });

  it('ranks the LP with more distinct signals first, then by catalogue order', () => {
    const found = detectPrinciples(
      'Found the root cause in the metrics and logs. Delighted a customer.',
    );
    expect(found[0]?.id).toBe('dive-deep');
    expect(found[1]?.id).toBe('customer-obsession');
    const scores = found.map((d) => d.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const d of found) {
      expect(d.score).toBeGreaterThan(0);
      expect(d.score).toBeLessThan(1);
    }
  });

  it('keeps each snippet within its sentence and under 80 characters', () => {
    const text =
      'Our platform team keeps everything running. We measure latency and analyze every incident in extraordinary, painstaking, relentless and exhaustive detail across regions. Lunch is free.';
    const [first] = evidenceFor(text, 'dive-deep') ?? [];
    expect(first).toBe('We measure latency and analyze');
    for (const d of detectPrinciples(text)) {
      for (const e of d.evidence) {
        expect(e.length).toBeLessThanOrEqual(80);
        expect(e).not.toContain('.');
      }
    }
  });

  it('caps the number of snippets per LP', () => {
    const text = 'Customers. Clients. Sellers. Shoppers. Advertisers. End users. Usability.';
    expect(evidenceFor(text, 'customer-obsession')).toEqual([
      'Customers',
      'Clients',
      'Sellers',
      'Shoppers',
      'Advertisers',
    ]);
    const capped = detectPrinciples(text, { maxEvidence: 2 }).find(
      (d) => d.id === 'customer-obsession',
    );
    expect(capped?.evidence).toEqual(['Customers', 'Clients']);
    expect(capped?.signals).toHaveLength(7);
  });

  it.each(principles.flatMap((p) => p.signals.map((s) => [p.id, s] as const)))(
    '%s: its signal %j is detected in a plain sentence',
    (id, signal) => {
      expect(evidenceFor(`Here is ${signal} in a sentence.`, id)?.[0]).toContain(signal);
    },
  );
});

describe('quoteAround', () => {
  it('drops a word cut in half by the context window', () => {
    const text = `${'x'.repeat(60)}abc def root cause`;
    expect(quoteAround(text, text.indexOf('root'), text.length)).toBe('def root cause');
  });
});

describe('detectPrinciples quotes', () => {
  it('never joins the end of one bullet line to the next', () => {
    const [hire] = detectPrinciples(
      'ship models safely behind experiments\nMentor newer engineers through reviews',
    ).filter((p) => p.id === 'hire-and-develop-the-best');
    expect(hire?.evidence[0]).toMatch(/^Mentor newer engineers/);
  });
});

describe('clauseAround', () => {
  const quote = (text: string, word: string) => {
    const at = text.indexOf(word);
    return clauseAround(text, at, at + word.length);
  };

  it('quotes the whole clause, from the previous sentence or list break to the next', () => {
    const text = 'We ship weekly. You will own the billing service end to end; on-call is shared.';
    expect(quote(text, 'own')).toBe('You will own the billing service end to end');
  });

  it('does not end a clause at "e.g." or inside a number', () => {
    const text = 'Improve tools for hard locales (e.g. right-to-left scripts) by 2.5 times.';
    expect(quote(text, 'Improve')).toBe(
      'Improve tools for hard locales (e.g. right-to-left scripts) by 2.5 times',
    );
  });

  it('cuts a long clause at word boundaries around the match, marked with an ellipsis', () => {
    const filler = 'with many partner teams across several regions and time zones';
    const text = `Work ${filler} ${filler} to simplify the release process ${filler} ${filler}.`;
    const q = quote(text, 'simplify');
    expect(q.length).toBeLessThanOrEqual(162);
    expect(q).toMatch(/^….* simplify .*…$/);
    for (const word of q.replace(/…/g, '').split(' '))
      expect(text).toMatch(new RegExp(`\\b${word}\\b`));
  });

  it('drops list markers at the start', () => {
    expect(quote('3) Dive deep into metrics', 'Dive')).toBe('Dive deep into metrics');
  });
});

describe('detectPrinciples with clause quotes', () => {
  const lines = [
    'Exposure to security concepts / best practices',
    'Self-starter who is excited about learning new technologies on a regular basis',
    'Experience owning the roadmap for a customer-facing service and reporting to senior leadership',
  ];
  // One long run-on qualification, as some pages print them with no line breaks.
  const runOn = `${'Strong written communication with partners across many teams and sites '.repeat(3)}and a habit of diving deep into data to find the root cause of defects before launch, with clear notes for the whole team`;

  it('quotes the whole line that holds a signal, never a few words cut around it', () => {
    const evidence = detectPrinciples(lines.join('\n'), { quote: 'clause' }).flatMap(
      (h) => h.evidence,
    );
    expect(evidence.length).toBeGreaterThan(0);
    for (const quote of evidence) expect(lines).toContain(quote);
  });

  it('marks a cut in a long clause with "…" and never leaves a function word at the cut', () => {
    const evidence = detectPrinciples(runOn, { quote: 'clause' }).flatMap((h) => h.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const quote of evidence) {
      expect(quote.length).toBeLessThanOrEqual(165);
      expect(quote).toMatch(/…/);
      expect(quote).not.toMatch(
        /\b(a|an|the|of|and|or|to|in|on|for|with|by|at) …|^…(a|an|the|of|and|or|to|in|on|for|with|by|at)\b/i,
      );
      expect(quote).not.toMatch(/\b(a|an|the|of|and|or|to|in|on|for|with|by|at)…$/i);
    }
  });
});
