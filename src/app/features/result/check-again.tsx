export function CheckAgain({ days, clinician }: { days: number | null; clinician: string }) {
  if (days === null) return null;
  return (
    <section className="section" aria-labelledby="check-again-heading">
      <h2 id="check-again-heading">When to check again</h2>
      <p>
        If it has not started to ease in {days} days, check again with this tool or see {clinician}.
      </p>
    </section>
  );
}
