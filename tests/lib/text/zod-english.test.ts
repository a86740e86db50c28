import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import '../../../lib/text/zod-english';

describe('zod-english', () => {
  it('gives zod/mini issues English messages a user can act on', () => {
    const r = z.object({ action: z.string() }).safeParse({ action: 42 });
    expect(r.success ? '' : r.error.issues[0]!.message).toBe(
      'Invalid input: expected string, received number',
    );
  });
});
