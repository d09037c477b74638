import { rulesHash, rulesUrl } from 'virtual:checked-rules';
import { openCheckedRules, RuleSetError, type RuleSet } from '../../triage';

/** The rules the build checked, fetched as data (the service worker keeps them for offline use). */
export async function fetchShippedRules(): Promise<RuleSet> {
  const response = await fetch(rulesUrl);
  if (!response.ok) throw new RuleSetError([`${rulesUrl}: the server answered ${response.status}`]);
  return openCheckedRules(await response.json(), rulesHash);
}
