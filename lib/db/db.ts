import Dexie, { type EntityTable } from 'dexie';
import { databaseName } from './ids';

/**
 * The single LoopReady database. Rows are stored as validated plain objects; each repository
 * module beside this file parses with zod on write and on read of imported data.
 * Never delete or edit a version() block: add a new one with an upgrade() (Dexie migrations).
 */
export interface StoryRow {
  id: string;
  title: string;
  updatedAt: number;
  [key: string]: unknown;
}
export interface KeyedRow {
  id: string;
  [key: string]: unknown;
}

export class LoopReadyDb extends Dexie {
  stories!: EntityTable<StoryRow, 'id'>;
  profiles!: EntityTable<KeyedRow, 'id'>;
  postings!: EntityTable<KeyedRow, 'id'>;
  plans!: EntityTable<KeyedRow, 'id'>;
  resumes!: EntityTable<KeyedRow, 'id'>;
  prepPlans!: EntityTable<KeyedRow, 'id'>;
  recordings!: EntityTable<KeyedRow, 'id'>;
  practiceAttempts!: EntityTable<KeyedRow, 'id'>;
  oaSessions!: EntityTable<KeyedRow, 'id'>;
  mockLoops!: EntityTable<KeyedRow, 'id'>;
  trash!: EntityTable<KeyedRow, 'id'>;

  constructor(name = databaseName) {
    super(name);
    this.version(1).stores({
      stories: 'id, title, updatedAt, *lps',
      profiles: 'id',
      postings: 'id, seenAt',
      plans: 'id, postingId',
      resumes: 'id',
      prepPlans: 'id',
      recordings: 'id, createdAt',
    });
    // Version 2: practice answers and their feedback figures, for the progress view.
    this.version(2).stores({ practiceAttempts: 'id, createdAt, principleId' });
    // Version 3: "Recently deleted": deleted stories and replaced or forgotten resumes, 30 days.
    this.version(3).stores({ trash: 'id, deletedAt' });
    // Version 4: online-assessment practice sets and mock loops (answers, interruptions, debrief).
    this.version(4).stores({ oaSessions: 'id, updatedAt', mockLoops: 'id, updatedAt, postingId' });
  }
}

let instance: LoopReadyDb | undefined;
/** The shared database; tests may swap it with `useDb(new LoopReadyDb('test-…'))`. */
export function getDb(): LoopReadyDb {
  instance ??= new LoopReadyDb();
  return instance;
}
export function useDb(db: LoopReadyDb): void {
  instance = db;
}
