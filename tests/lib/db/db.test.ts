import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBank } from '../../../lib/db/bank';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import { deleteStory, listStories } from '../../../lib/db/stories';
import { listTrash } from '../../../lib/db/trash';
import { listAttempts, saveAttempt } from '../../../lib/db/practice-attempts';
import { sampleAttempt } from './sample-attempt';
import { listOaSessions, saveOaSession } from '../../../lib/db/oa-sessions';
import { listMockLoops } from '../../../lib/db/mock-loops';
import { startOa } from '../../../lib/practice/oa/session';

/** The store declarations of the first released schema, copied here on purpose: never edit. */
const version1 = {
  stories: 'id, title, updatedAt, *lps',
  profiles: 'id',
  postings: 'id, seenAt',
  plans: 'id, postingId',
  resumes: 'id',
  prepPlans: 'id',
  recordings: 'id, createdAt',
};

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('LoopReadyDb migrations', () => {
  it('reads stories written under version 1, filling fields that did not exist yet', async () => {
    const name = `test-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(version1);
    opened.push(old);
    await old.table('stories').add({
      id: 'v1-story',
      title: 'Old story',
      situation: 'S.',
      task: 'T.',
      action: 'A.',
      result: 'R.',
      lps: ['ownership'],
      updatedAt: 7,
    });
    await old.table('profiles').add({ id: 'me', currentRole: 'SDE' });
    old.close();

    const db = new LoopReadyDb(name);
    opened.push(db);
    useDb(db);
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(await listStories()).toEqual([
      {
        id: 'v1-story',
        title: 'Old story',
        project: '',
        period: '',
        situation: 'S.',
        task: 'T.',
        action: 'A.',
        result: 'R.',
        lps: ['ownership'],
        tags: [],
        createdAt: 0,
        updatedAt: 7,
      },
    ]);
    expect((await exportBank()).profile).toMatchObject({ currentRole: 'SDE', yearsExperience: 0 });
    // Version 2 adds the practice attempts table, empty and writable after the upgrade.
    expect(await listAttempts()).toEqual([]);
    await saveAttempt(sampleAttempt, 'after-upgrade');
    expect((await listAttempts()).map((a) => a.id)).toEqual(['after-upgrade']);
    // Version 3 adds "Recently deleted", empty until something is deleted.
    expect(db.verno).toBe(4);
    expect(await listTrash()).toEqual([]);
    await deleteStory('v1-story', 1_000);
    expect((await listTrash(1_000)).map((e) => e.item.id)).toEqual(['v1-story']);
    // Version 4 adds OA practice sets and mock loops, empty and writable after the upgrade.
    expect(await listOaSessions()).toEqual([]);
    expect(await listMockLoops()).toEqual([]);
    const oa = startOa({ id: 'oa-1', kind: 'work-style', family: 'finance', now: 5 });
    await saveOaSession(oa);
    expect(await listOaSessions()).toEqual([oa]);
  });

  it('upgrades a version 2 database with its practice answers to the current version', async () => {
    const name = `test-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(version1);
    old.version(2).stores({ practiceAttempts: 'id, createdAt, principleId' });
    opened.push(old);
    await old.table('practiceAttempts').add({ ...sampleAttempt, id: 'kept' });
    old.close();

    const db = new LoopReadyDb(name);
    opened.push(db);
    useDb(db);
    expect((await listAttempts()).map((a) => a.id)).toEqual(['kept']);
    expect(db.verno).toBe(4);
    expect(await listTrash()).toEqual([]);
  });

  it('declares every table the extension uses', () => {
    const db = new LoopReadyDb(`test-${Math.random()}`);
    opened.push(db);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [...Object.keys(version1), 'practiceAttempts', 'trash', 'oaSessions', 'mockLoops'].sort(),
    );
  });
});
