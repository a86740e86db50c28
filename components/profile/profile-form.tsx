import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@/components/common/error-notice';
import type { AmazonProduct, Profile } from '@/lib/profile/schema';
import { firstIssue, type ZodErrorLike } from '@/lib/text/zod-issue';
import { ProductsEditor } from './products-editor';
import './profile.css';

interface ProfileFormProps {
  /** The saved profile when the form opens (later changes elsewhere do not reset typing), or null. */
  profile: Profile | null;
  /** Parses and saves; rejects with an error naming the bad field. */
  onSave: (input: unknown) => Promise<unknown>;
}

interface Draft {
  currentRole: string;
  yearsExperience: string;
  domain: string;
  targetLevel: string;
  amazonProducts: AmazonProduct[];
  reason: string;
  extra: string;
}

function toDraft(p: Profile | null): Draft {
  return {
    currentRole: p?.currentRole ?? '',
    yearsExperience: p && p.yearsExperience > 0 ? String(p.yearsExperience) : '',
    domain: p?.domain ?? '',
    targetLevel: p && p.targetLevel !== 'unknown' ? p.targetLevel : '',
    amazonProducts: p?.amazonProducts ?? [],
    reason: p?.reason ?? '',
    extra: p?.extra ?? '',
  };
}

/** The first problem in a zod error as "field: message", or the error's message. */
function describeError(error: unknown): string {
  const issues = (error as Partial<ZodErrorLike> | null)?.issues;
  if (Array.isArray(issues) && issues.length > 0)
    return firstIssue({ issues }, { root: 'profile' });
  return error instanceof Error ? error.message : String(error);
}

/** The profile form: who you are, the level you target, Amazon products you use, your reason. */
export function ProfileForm({ profile, onSave }: ProfileFormProps) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(profile));
  const [status, setStatus] = useState<{ kind: 'idle' | 'saved' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  });
  const field = (name: keyof Omit<Draft, 'amazonProducts'>) => ({
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });
  const handleSubmit = (e: FormEvent) => {
    e.preventDefault();
    const years = draft.yearsExperience.trim();
    onSave({
      ...draft,
      yearsExperience: years === '' ? 0 : Number(years),
      targetLevel: draft.targetLevel.trim() || 'unknown',
      amazonProducts: draft.amazonProducts.filter((p) => p.name.trim() || p.why.trim()),
    }).then(
      () => setStatus({ kind: 'saved', text: 'Profile saved.' }),
      (error: unknown) => setStatus({ kind: 'error', text: `Not saved: ${describeError(error)}` }),
    );
  };
  return (
    <form className="profile-form" onSubmit={handleSubmit} aria-label="Your profile">
      <label>
        Current role
        <input {...field('currentRole')} maxLength={120} placeholder="e.g. backend engineer" />
      </label>
      <label>
        Years of experience
        <input {...field('yearsExperience')} type="number" min={0} max={60} step={0.5} />
      </label>
      <label>
        Domain
        <input {...field('domain')} maxLength={160} placeholder="e.g. payments, logistics, ads" />
      </label>
      <label>
        Target level
        <input
          {...field('targetLevel')}
          maxLength={60}
          list="level-suggestions"
          placeholder="e.g. L5 or SDE II"
        />
      </label>
      <datalist id="level-suggestions">
        {['L4', 'L5', 'L6', 'L7', 'SDE I', 'SDE II', 'SDE III', 'Senior', 'Principal'].map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <ProductsEditor
        products={draft.amazonProducts}
        onChange={(amazonProducts) => setDraft({ ...draft, amazonProducts })}
      />
      <label>
        Your reason for Amazon, in your words
        <textarea {...field('reason')} rows={3} maxLength={1000} />
      </label>
      <label>
        Anything to say in every opener
        <textarea
          {...field('extra')}
          rows={2}
          maxLength={1000}
          placeholder="e.g. location, start date"
        />
      </label>
      <button type="submit">Save profile</button>
      {status.kind === 'saved' && (
        <p role="status" className="ok">
          {status.text}
        </p>
      )}
      {status.kind === 'error' && <ErrorNotice>{status.text}</ErrorNotice>}
    </form>
  );
}
