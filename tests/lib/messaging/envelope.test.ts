import { describe, expect, it } from 'vitest';
import {
  envelope,
  isEnvelopeFor,
  refusedSender,
  replyData,
  replyError,
} from '../../../lib/messaging/envelope';
import { EnvelopeSchema, ReplySchema } from '../../../lib/messaging/protocol';

describe('message envelope', () => {
  it('builds requests the zod receivers accept, and the cheap check agrees', () => {
    const message = envelope('getPosting', {});
    expect(EnvelopeSchema.safeParse(message).success).toBe(true);
    expect(isEnvelopeFor(message, 'getPosting')).toBe(true);
  });

  it('does not take another extension or a page message for ours', () => {
    expect(isEnvelopeFor({ name: 'getPosting' }, 'getPosting')).toBe(false);
    expect(isEnvelopeFor({ loopready: 2, name: 'getPosting' }, 'getPosting')).toBe(false);
    expect(isEnvelopeFor(envelope('postingRead', {}), 'getPosting')).toBe(false);
    expect(isEnvelopeFor(null, 'getPosting')).toBe(false);
  });

  it('builds replies in the shape senders parse', () => {
    expect(ReplySchema.parse(replyData({ n: 1 }))).toEqual({ ok: true, data: { n: 1 } });
    expect(ReplySchema.parse(replyError(refusedSender))).toEqual({
      ok: false,
      error: 'Refused: message not from LoopReady.',
    });
  });
});
