import { type Profile, ProfileSchema, profileRowId } from '../profile/schema';
import { getDb } from './db';

/** The saved profile, or null when none was saved (or the row no longer parses). */
export async function getProfile(): Promise<Profile | null> {
  const row = await getDb().profiles.get(profileRowId);
  if (!row) return null;
  const { id: _id, ...rest } = row;
  const parsed = ProfileSchema.safeParse(rest);
  return parsed.success ? parsed.data : null;
}

/** Parses and saves the profile; throws a zod error naming the bad field and writes nothing then. */
export async function saveProfile(input: unknown): Promise<Profile> {
  const profile = ProfileSchema.parse(input);
  await getDb().profiles.put({ ...profile, id: profileRowId });
  return profile;
}
