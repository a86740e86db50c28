import { useId } from 'react';

interface ResumeInputProps {
  text: string;
  fileName: string;
  onChange: (text: string) => void;
  onImport: (file: File) => void;
  onForget: () => void;
  onCopyAll: () => void;
}

/** Where the resume goes in: paste into the box or import a PDF, .docx or .txt file. */
export function ResumeInput({
  text,
  fileName,
  onChange,
  onImport,
  onForget,
  onCopyAll,
}: ResumeInputProps) {
  const fileId = useId();
  return (
    <div className="resume-input">
      <label htmlFor={`${fileId}-text`}>Your resume (paste it here)</label>
      <textarea
        id={`${fileId}-text`}
        value={text}
        rows={8}
        placeholder="Paste your resume, or import a file below. It stays on this computer."
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="resume-actions">
        <label htmlFor={`${fileId}-file`}>Import PDF, .docx or .txt</label>{' '}
        <input
          id={`${fileId}-file`}
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onImport(file);
            e.target.value = '';
          }}
        />
        {fileName ? <span className="muted"> From {fileName}</span> : null}
      </div>
      <div className="resume-actions">
        <button type="button" onClick={onCopyAll} disabled={!text}>
          Copy whole resume
        </button>{' '}
        <button type="button" onClick={onForget} disabled={!text}>
          Forget my resume
        </button>
      </div>
    </div>
  );
}
