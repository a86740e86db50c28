// PLACEHOLDER view: replaced by its issue's work.
export function StoriesView() {
  return <h1>Stories</h1>;
}
