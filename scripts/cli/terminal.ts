/**
 * Text from input files, made safe to print. A file can hold bytes a terminal acts on (ESC
 * sequences that move the cursor, retitle the window or hide what follows, a carriage return that
 * overwrites the line, bidi overrides that reorder it); printed raw in a message naming its text,
 * they did. Each such character is written as a visible `\uXXXX` escape instead; tab and newline
 * are kept.
 */
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function safeText(text: string): string {
  return text.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * JSON for stdout, still valid JSON with the same data: JSON.stringify escapes C0 controls but
 * leaves DEL, C1 controls (U+009B starts a sequence too) and bidi controls raw.
 */
export function safeJson(value: unknown): string {
  return safeText(JSON.stringify(value, null, 2));
}
