import type { Posting, Role } from './schema';

// PLACEHOLDER: replaced by the real inference.
export function inferRoleFamily(posting: Posting): Role {
  return { family: 'other', label: 'Other', evidence: [posting.title] };
}
