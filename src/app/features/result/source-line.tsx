import type { CauseResult } from '../../../triage';

type Source = CauseResult['sources'][number];

export function SourceLine({ sources }: { sources: Source[] }) {
  return (
    <p className="source-line">
      Source:{' '}
      {sources.map((source, index) => (
        <span key={source.title}>
          {index > 0 && '; '}
          {source.url ? <a href={source.url}>{source.title}</a> : source.title}
        </span>
      ))}
    </p>
  );
}
