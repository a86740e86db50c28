import { describe, expect, it } from 'vitest';
import { envelope, refusedSender, replyData, replyError } from '../../../lib/messaging/envelope';
import { EnvelopeSchema, ReplySchema } from '../../../lib/messaging/protocol';

describe('message envelope', () => {
  it('builds requests the zod receivers accept, and marks them as ours', () => {
    const message = envelope('postingRead', {});
    expect(EnvelopeSchema.safeParse(message).success).toBe(true);
    expect(EnvelopeSchema.safeParse({ name: 'postingRead', payload: {} }).success).toBe(false);
    expect(EnvelopeSchema.safeParse({ ...message, loopready: 2 }).success).toBe(false);
  });

  it('builds replies in the shape senders parse', () => {
    expect(ReplySchema.parse(replyData({ n: 1 }))).toEqual({ ok: true, data: { n: 1 } });
    expect(ReplySchema.parse(replyError(refusedSender))).toEqual({
      ok: false,
      error: 'Refused: message not from LoopReady.',
    });
  });
});
