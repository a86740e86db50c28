// PLACEHOLDER view: replaced by its issue's work.
export function ResumeView() {
  return <h1>Resume</h1>;
}
