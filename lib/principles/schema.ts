import * as z from 'zod/mini';
import { principleIds } from './ids';

/** A principle id at any boundary (stories, analyses, lint results); names a typo plainly. */
export const PrincipleIdSchema = z.enum(principleIds, {
  error: (issue) => `unknown principle '${String(issue.input)}'`,
});
