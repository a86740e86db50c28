export function App() {
  return <main>LoopReady</main>;
}
