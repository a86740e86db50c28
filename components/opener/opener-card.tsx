import { useMemo, useState } from 'react';
import type { Profile } from '@/lib/profile/schema';
import { type OpenerVariant, openerVariants } from '@/lib/opener/opener-sentences';
import { type OpenerPosting, recruiterOpener } from '@/lib/opener/recruiter-opener';
import { describeLength } from '@/lib/text/speaking';
import { OpenerChecks } from './opener-checks';
import './opener.css';

interface OpenerCardProps {
  profile: Profile;
  posting: OpenerPosting | null;
  onCopy: (text: string) => Promise<void>;
  onEditProfile?: () => void;
}

const variantLabels: Record<OpenerVariant, string> = {
  short: 'Short (~30 s)',
  standard: 'Standard (~60 s)',
};

/** The opener for this profile and posting: a variant switch, the text, its length, checks and copy. */
export function OpenerCard({ profile, posting, onCopy, onEditProfile }: OpenerCardProps) {
  const [variant, setVariant] = useState<OpenerVariant>('standard');
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const opener = useMemo(
    () => recruiterOpener(profile, posting, variant),
    [profile, posting, variant],
  );
  const handleCopy = () => {
    onCopy(opener.text).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  };
  return (
    <div className="opener-card">
      <div role="group" aria-label="Opener length" className="variant-switch">
        {openerVariants.map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={v === variant}
            onClick={() => {
              setVariant(v);
              setCopied('idle');
            }}
          >
            {variantLabels[v]}
          </button>
        ))}
      </div>
      <blockquote className="opener-text" aria-label="Your opener">
        {opener.text || 'Fill in your profile to get an opener.'}
      </blockquote>
      <p className="muted">{describeLength(opener.words, opener.seconds)}</p>
      <OpenerChecks checks={opener.checks} />
      <p className="opener-actions">
        <button type="button" onClick={handleCopy} disabled={!opener.text}>
          Copy opener
        </button>
        {onEditProfile && (
          <button type="button" onClick={onEditProfile}>
            Edit profile
          </button>
        )}
        <span role="status" className="muted">
          {copied === 'done'
            ? 'Copied.'
            : copied === 'failed'
              ? 'Could not copy: select the text instead.'
              : ''}
        </span>
      </p>
    </div>
  );
}
