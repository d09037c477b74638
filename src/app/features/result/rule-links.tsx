import { routeHref, rulesPage } from '../../lib/navigation';

/** Links to the rules that fired, on the "How this tool decides" page, so anyone can read exactly why. */
export function RuleLinks({ rules, inline = false }: { rules: string[]; inline?: boolean }) {
  const links = rules.map((rule, index) => (
    <span key={rule}>
      {index > 0 && ', '}
      <a href={routeHref(rulesPage(rule))}>{rule}</a>
    </span>
  ));
  if (inline) return <span className="rule-id">[rule {links}]</span>;
  return <p className="source-line">Rules behind this: {links}</p>;
}
