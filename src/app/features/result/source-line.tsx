import type { CauseResult } from '../../../triage';
import { useRuleWords } from '../../components/message';

type Source = CauseResult['sources'][number];

export function SourceLine({ sources }: { sources: Source[] }) {
  const { sayWith } = useRuleWords();
  const links = sources.map((source, index) => (
    <span key={source.title}>
      {index > 0 && '; '}
      {source.url ? <a href={source.url}>{source.title}</a> : source.title}
    </span>
  ));
  return <p className="source-line">{sayWith('sources.line', { sources: links })}</p>;
}
