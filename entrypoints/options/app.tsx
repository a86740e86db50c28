import { DeleteAllData } from '@/components/common/delete-all-data';
import { LoadingState } from '@/components/common/loading-state';
import { Section } from '@/components/common/section';
import { useClipboard } from '@/components/common/use-clipboard';
import { useDeleteAll } from '@/components/common/use-delete-all';
import { useProfile } from '@/components/profile/use-profile';
import { OpenerCard } from '@/components/opener/opener-card';
import { ProfileForm } from '@/components/profile/profile-form';

/** The options page: the profile form, and a preview of the opener it gives (without a posting). */
export function App() {
  const { profile, save } = useProfile();
  const copy = useClipboard();
  const erase = useDeleteAll();
  return (
    <main className="options">
      <h1>Your LoopReady profile</h1>
      <p className="muted">
        Used for your recruiter-screen opener. It stays in this browser and is included in your
        export.
      </p>
      {profile === undefined ? (
        <LoadingState label="Reading your profile…" />
      ) : (
        // Emptied by "Delete all my data": the form's typing state would otherwise keep the
        // deleted profile on screen, and Save would write it back.
        <ProfileForm
          key={erase.deletions}
          profile={erase.state === 'done' ? null : profile}
          onSave={save}
        />
      )}
      {profile && (
        <Section title="Your opener, without a posting">
          <OpenerCard profile={profile} posting={null} onCopy={copy} />
        </Section>
      )}
      <DeleteAllData state={erase.state} onDelete={erase.deleteAll} />
    </main>
  );
}
