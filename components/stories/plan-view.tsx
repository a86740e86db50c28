// PLACEHOLDER view: replaced by its issue's work.
export function PlanView() {
  return <h1>Plan</h1>;
}
