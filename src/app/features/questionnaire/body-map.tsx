import type { Answers } from '../../../triage';

type Location = Answers['location'][number];

/** The shapes of each place on a drawing of the back, seen from behind (the person's left is on the left). */
const PLACES: { location: Location; shapes: string[] }[] = [
  { location: 'neck_base', shapes: ['62,40 98,40 102,48 138,56 146,70 14,70 22,56 58,48'] },
  { location: 'shoulder_blade', shapes: ['22,76 64,76 62,130 30,116', '96,76 138,76 130,116 98,130'] },
  { location: 'between_shoulder_blades', shapes: ['68,74 92,74 92,142 68,142'] },
  { location: 'side_ribs', shapes: ['12,116 28,128 28,178 16,172', '148,116 132,128 132,178 144,172'] },
  { location: 'lower_back', shapes: ['22,186 138,186 142,226 18,226'] },
  { location: 'spine', shapes: ['76,40 84,40 84,226 76,226'] },
];

const TORSO = 'M58 36 L102 36 L104 46 Q142 50 150 66 L152 118 L144 170 L148 232 L12 232 L16 170 L8 118 L10 66 Q18 50 56 46 Z';

interface BodyMapProps {
  selected: string[];
  onToggle: (location: Location) => void;
}

/**
 * A picture to tap, for pointers only: it is hidden from assistive technology because the
 * checkboxes beside it are the real, labelled controls and it only ticks them.
 */
export function BodyMap({ selected, onToggle }: BodyMapProps) {
  return (
    <svg className="body-map__figure" viewBox="0 0 160 252" aria-hidden="true" focusable="false">
      <circle className="body-map__outline" cx="80" cy="19" r="16" />
      <path className="body-map__outline" d={TORSO} />
      {PLACES.map(({ location, shapes }) =>
        shapes.map((points) => (
          <polygon
            key={points}
            data-testid={`body-map-${location}`}
            className={selected.includes(location) ? 'body-map__place body-map__place--selected' : 'body-map__place'}
            points={points}
            onClick={() => onToggle(location)}
          />
        )),
      )}
      <text className="body-map__side" x="2" y="248">
        Left
      </text>
      <text className="body-map__side" x="158" y="248" textAnchor="end">
        Right
      </text>
    </svg>
  );
}
