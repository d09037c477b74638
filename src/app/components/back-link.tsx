export function BackLink({ href, children = 'Back' }: { href: string; children?: string }) {
  return (
    <div className="back-link">
      <a className="back-link__link" href={href}>
        {children}
      </a>
    </div>
  );
}
