import type { PostingField } from '@/lib/posting/schema';
import { ErrorNotice } from '@/components/common/error-notice';

/** What each posting field is called in the UI. */
const fieldWords: Record<PostingField, string> = {
  title: 'title',
  jobId: 'job ID',
  locations: 'locations',
  category: 'job category',
  team: 'team',
  description: 'description',
  basicQualifications: 'basic qualifications',
  preferredQualifications: 'preferred qualifications',
};

interface MissingFieldsNoticeProps {
  missing: readonly PostingField[];
}

/** Names the parts of the page that could not be read, so a blank never looks like "nothing there". */
export function MissingFieldsNotice({ missing }: MissingFieldsNoticeProps) {
  if (missing.length === 0) return null;
  return (
    <ErrorNotice tone="partial">
      Couldn’t read: {missing.map((f) => fieldWords[f]).join(', ')}. The analysis uses the rest of
      the page.
    </ErrorNotice>
  );
}
