import { routeHref, rulesPage } from '../../lib/navigation';

/** Opens "How this tool decides" with the rules that fired picked out; the rule ids stay there, not on the result. */
export function RulesBehindLink({ rules, about }: { rules: string[]; about: string }) {
  // Named after the cause too: a list of the page's links would otherwise hold several of the same.
  return (
    <a href={routeHref(rulesPage(...rules))} aria-label={`How this was decided: ${about}`}>
      How this was decided
    </a>
  );
}
