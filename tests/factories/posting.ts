import { emptyPosting } from '../../lib/posting/fields';
import type { Posting } from '../../lib/posting/schema';

/** A posting with every field empty but a job id, and the fields a test sets. */
export function posting(over: Partial<Posting> = {}): Posting {
  return { ...emptyPosting('', 'en'), jobId: '1', ...over };
}
