import { beforeEach, describe, expect, it } from 'vitest';
import { exportBank, importBank, previewReplace } from '../../../lib/db/bank';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import { listAttempts, saveAttempt } from '../../../lib/db/practice-attempts';
import { getProfile, saveProfile } from '../../../lib/db/profile';
import { saveResume } from '../../../lib/db/resume';
import { addStory, listStories, updateStory } from '../../../lib/db/stories';
import { describeImpact } from '../../../lib/backup/replace-impact';
import { emptyDraft, type StoryDraft } from '../../../lib/stories/schema';
import { sampleAttempt } from './sample-attempt';

const draft = (title: string, action: string): StoryDraft => ({
  ...emptyDraft(),
  title,
  situation: 'Deploys failed every Friday.',
  task: 'I had to stop it.',
  action,
  result: 'No failed deploy in 12 weeks.',
  lps: ['ownership'],
});

beforeEach(() => {
  useDb(new LoopReadyDb(`test-replace-${Math.random()}`));
});

describe('Replace everything with an older backup of the same stories', () => {
  it('counts and names every story, profile and practice answer it overwrites or removes', async () => {
    const story = await addStory(draft('Friday deploys', 'I added a canary.'), 1);
    await addStory(draft('Pager rotation', 'I split the rota.'), 2);
    await saveProfile({ currentRole: 'SDE' });
    const older = await exportBank(new Date(3));
    // Since the backup: a story edited, the profile changed, one answer practised.
    await updateStory(story.id, draft('Friday deploys', 'I added a canary and a rollback.'), 4);
    await saveProfile({ currentRole: 'Senior SDE' });
    await saveAttempt(sampleAttempt);

    const preview = await previewReplace(JSON.parse(JSON.stringify(older)));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.impact.removed).toMatchObject({ stories: 0, profile: 0, practiceAttempts: 1 });
    expect(preview.impact.changed).toMatchObject({ stories: 1, profile: 1 });
    expect(describeImpact(preview.impact)).toBe(
      "Replace everything will remove 1 practice answer, which the file does not have, and overwrite 1 story (“Friday deploys”) and your profile with the file's copies. This cannot be undone.",
    );
  });

  it('names the saved resume an older backup would replace', async () => {
    await saveResume('EXPERIENCE\n- Built the first cache');
    const older = JSON.parse(JSON.stringify(await exportBank(new Date(2)))) as object;
    await saveResume('EXPERIENCE\n- Built the second cache');
    const preview = await previewReplace(older);
    if (!preview.ok) throw new Error(preview.error);
    expect(describeImpact(preview.impact)).toBe(
      'Replace everything will replace your saved resume (it goes to Recently deleted). This cannot be undone.',
    );
  });

  it('writes nothing when the data changed after the question was asked', async () => {
    await addStory(draft('Friday deploys', 'I added a canary.'), 1);
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(2)))) as {
      stories: unknown[];
    };
    file.stories = [];
    const preview = await previewReplace(file);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.impact.removed.stories).toBe(1);
    // Another panel adds a story while the question is open.
    await addStory(draft('Pager rotation', 'I split the rota.'), 3);
    const outcome = await importBank(file, 'replace', preview.impact.state);
    expect(outcome).toMatchObject({ ok: false, stale: true });
    expect((await listStories()).map((s) => s.title).sort()).toEqual([
      'Friday deploys',
      'Pager rotation',
    ]);
    // Asked again, on the state as it is, the answer goes through.
    const again = await previewReplace(file);
    if (!again.ok) throw new Error(again.error);
    expect(again.impact.removed.stories).toBe(2);
    expect((await importBank(file, 'replace', again.impact.state)).ok).toBe(true);
    expect(await listStories()).toEqual([]);
    expect(await listAttempts()).toEqual([]);
    expect(await getProfile()).toBeNull();
  });
});
