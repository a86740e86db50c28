import { useState } from 'react';
import type { Scenario } from '@/lib/practice/oa/scenarios-data';

interface WorkSimStepProps {
  scenario: Scenario;
  index: number;
  total: number;
  onRank: (order: string[]) => void;
}

const channelWords: Record<Scenario['channel'], string> = {
  email: 'An email',
  chat: 'A chat message',
  meeting: 'In a meeting',
};

/** One scenario: order its four responses from most to least effective with Move up / Move down. */
export function WorkSimStep({ scenario, index, total, onRank }: WorkSimStepProps) {
  const [order, setOrder] = useState(() => scenario.responses.map((r) => r.id));
  const byId = new Map(scenario.responses.map((r) => [r.id, r]));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to]!, next[from]!];
    setOrder(next);
  };
  return (
    <section className="oa-step" aria-labelledby={`scenario-${scenario.id}`}>
      <h4 id={`scenario-${scenario.id}`}>
        Scenario {index + 1} of {total}: {scenario.title}
      </h4>
      <p className="muted">{channelWords[scenario.channel]}</p>
      <p>{scenario.prompt}</p>
      <p>Rank the responses, most effective first.</p>
      <ol className="oa-ranking">
        {order.map((id, i) => (
          <li key={id}>
            <span>{byId.get(id)!.text}</span>{' '}
            <button
              type="button"
              disabled={i === 0}
              aria-label={`Move up: response ${i + 1}`}
              onClick={() => move(i, i - 1)}
            >
              Move up
            </button>{' '}
            <button
              type="button"
              disabled={i === order.length - 1}
              aria-label={`Move down: response ${i + 1}`}
              onClick={() => move(i, i + 1)}
            >
              Move down
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onRank(order)}>
        Submit this ranking
      </button>
    </section>
  );
}
