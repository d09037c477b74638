import { REGION_IDS, REGIONS, type RegionId } from '../../lib/regions';

export function RegionSelect({ region, onChange }: { region: RegionId; onChange: (region: RegionId) => void }) {
  return (
    <div className="form-group">
      <label className="label label--s" htmlFor="region">
        Where are you?
      </label>
      <div className="hint" id="region-hint">
        This sets the phone numbers and services we tell you about.
      </div>
      <select
        className="select"
        id="region"
        name="region"
        aria-describedby="region-hint"
        value={region}
        onChange={(event) => onChange(event.target.value as RegionId)}
      >
        {REGION_IDS.map((id) => (
          <option key={id} value={id}>
            {REGIONS[id].name} (emergency number {REGIONS[id].emergencyNumber.display})
          </option>
        ))}
      </select>
    </div>
  );
}
