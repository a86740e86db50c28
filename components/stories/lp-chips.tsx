import { principleById } from '@/lib/principles/lookup';
import type { PrincipleId } from '@/lib/principles/ids';

/** The principles a story is tagged with, by name. */
export function LpChips({ lps }: { lps: readonly PrincipleId[] }) {
  return (
    <span className="lp-chips">
      {lps.map((id) => (
        <span key={id} className="chip">
          {principleById(id).name}
        </span>
      ))}
    </span>
  );
}
