// PLACEHOLDER view: replaced by its issue's work.
export function PracticeView() {
  return <h1>Practice</h1>;
}
