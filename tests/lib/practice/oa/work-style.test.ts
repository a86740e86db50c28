import { describe, expect, it } from 'vitest';
import {
  choiceSignal,
  readWorkStyle,
  workStyleItem,
  type WorkStyleChoice,
} from '../../../../lib/practice/oa/work-style';
import { workStyleItems } from '../../../../lib/practice/oa/work-style-data';

/** Picks, for every item, the statement whose pole is `pole`. */
function allToward(pole: 'a' | 'b'): Record<string, WorkStyleChoice> {
  return Object.fromEntries(
    workStyleItems.map((i) => [i.id, i.first.pole === pole ? 'first' : 'second']),
  );
}

describe('readWorkStyle', () => {
  it('shows which principles the choices lean toward', () => {
    const reading = readWorkStyle({ 'ws-01': 'first', 'ws-02': 'second' });
    const action = reading.leans.find((l) => l.id === 'bias-for-action')!;
    expect(action).toMatchObject({ offered: 2, chosen: 2, share: 1 });
    const deep = reading.leans.find((l) => l.id === 'dive-deep')!;
    expect(deep).toMatchObject({ offered: 2, chosen: 0, share: 0 });
    expect(reading.leans[0]!.share).toBe(1);
    expect(reading.answered).toBe(2);
  });

  it('names a trait chosen one way and then the other, quoting both statements', () => {
    // ws-01 first is "act" (pole a); ws-02 first is "verify" (pole b).
    const reading = readWorkStyle({ 'ws-01': 'first', 'ws-02': 'first' });
    expect(reading.splits).toHaveLength(1);
    expect(reading.splits[0]!.trait.id).toBe('act-or-verify');
    expect(reading.splits[0]!.choices.map((c) => c.text)).toEqual([
      workStyleItem('ws-01')!.first.text,
      workStyleItem('ws-02')!.first.text,
    ]);
    expect(readWorkStyle(allToward('a')).splits).toEqual([]);
  });

  it("names the posting's top principles the choices played down, with what was passed over", () => {
    const reading = readWorkStyle(allToward('a'), ['deliver-results', 'customer-obsession']);
    expect(reading.playedDown.map((p) => p.id)).toEqual(['deliver-results']);
    expect(reading.playedDown[0]!.passedOver.length).toBeGreaterThan(0);
    expect(
      workStyleItems.some((i) =>
        [i.first.text, i.second.text].includes(reading.playedDown[0]!.passedOver),
      ),
    ).toBe(true);
  });

  it('ignores unknown item ids and says what a choice signals without right or wrong', () => {
    expect(readWorkStyle({ nope: 'first' }).answered).toBe(0);
    const signal = choiceSignal(workStyleItem('ws-05')!, 'first');
    expect(signal).toContain('Have Backbone');
    expect(signal).not.toMatch(/\b(right|wrong|correct)\b/i);
  });
});
