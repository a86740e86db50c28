import * as z from 'zod/mini';
import { firstDuplicate, firstInFileOrder, locatedIssues, parseExportFile } from './import-export';
import { firstIssue } from '../text/zod-issue';
import { StorySchema, type Story } from '../stories/schema';

export type StoriesInput = { ok: true; stories: Story[] } | { ok: false; error: string };

/**
 * Stories for the CLI: a LoopReady export file, a JSON array of stories, or `{ "stories": [...] }`.
 * Each story needs id, title, situation, task, action, result and lps; the rest default.
 * Errors name the field: "stories[2].lps[0]: unknown principle 'ownersihp'".
 */
export function parseStoriesInput(data: unknown): StoriesInput {
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && 'format' in data) {
    const file = parseExportFile(data);
    return file.ok ? { ok: true, stories: file.value.stories } : file;
  }
  const wrapped =
    typeof data === 'object' && data !== null && !Array.isArray(data) && 'stories' in data;
  const list: unknown = wrapped ? data.stories : data;
  if (!Array.isArray(list))
    return {
      ok: false,
      error: wrapped
        ? 'stories: expected an array of stories'
        : 'expected a JSON array of stories or a LoopReady export file',
    };
  const parsed = z.array(StorySchema).safeParse(list);
  // The first problem in file order: a duplicate id at [1] is named before a bad field at [4].
  const first = firstInFileOrder([
    ...(parsed.success
      ? []
      : locatedIssues(parsed.error, (path) => [Number(path[0] ?? -1)], ['stories'])),
    firstDuplicate(list, 'stories'),
  ]);
  if (first) return { ok: false, error: first.message };
  return parsed.success
    ? { ok: true, stories: parsed.data }
    : { ok: false, error: firstIssue(parsed.error, { prefix: ['stories'] }) };
}
