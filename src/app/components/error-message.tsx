export function ErrorMessage({ id, children }: { id: string; children: string }) {
  return (
    <span className="error-message" id={id}>
      <span className="visually-hidden">Error:</span> {children}
    </span>
  );
}
