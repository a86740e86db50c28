import { principles, type Principle, type PrincipleTrait } from './catalogue';
import type { PrincipleId } from './ids';

const byId = new Map<PrincipleId, Principle>(principles.map((p) => [p.id, p]));

/** The catalogue entry for an id; every PrincipleId has one (pinned by the catalogue test). */
export function principleById(id: PrincipleId): Principle {
  const principle = byId.get(id);
  if (!principle) throw new Error(`Unknown Leadership Principle id: ${id}`);
  return principle;
}

/** True when the LP carries the trait (people-leadership or hard-to-fake). */
export function hasTrait(id: PrincipleId, trait: PrincipleTrait): boolean {
  return principleById(id).traits.includes(trait);
}
