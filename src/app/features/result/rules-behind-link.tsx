import { useRuleWords } from '../../components/message';
import { routeHref, rulesPage } from '../../lib/navigation';

/** Opens "How this tool decides" with the rules that fired picked out; the rule ids stay there, not on the result. */
export function RulesBehindLink({ rules, about }: { rules: string[]; about: string }) {
  const { say } = useRuleWords();
  // Named after the cause too: a list of the page's links would otherwise hold several of the same.
  return (
    <a href={routeHref(rulesPage(...rules))} aria-label={say('rulesBehind.label', { about })}>
      {say('rulesBehind.link')}
    </a>
  );
}
