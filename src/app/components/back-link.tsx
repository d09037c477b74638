export function BackLink({ href }: { href: string }) {
  return (
    <div className="back-link">
      <a className="back-link__link" href={href}>
        Back
      </a>
    </div>
  );
}
