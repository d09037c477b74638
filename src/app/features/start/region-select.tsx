import { REGION_LIST, type Region, type RegionId } from '../../lib/regions';

/** Short enough not to be cut off in the closed select on a 390 px phone: "United States (911)". */
const optionText = (region: Region) =>
  region.mobileEmergency ? region.name : `${region.name} (${region.emergencyNumber.display})`;

export function RegionSelect({ region, onChange }: { region: RegionId; onChange: (region: RegionId) => void }) {
  return (
    <div className="form-group">
      <label className="label label--s" htmlFor="region">
        Where are you?
      </label>
      <div className="hint" id="region-hint">
        This sets the phone numbers and services we tell you about. The emergency number is in brackets.
      </div>
      <select
        className="select"
        id="region"
        name="region"
        aria-describedby="region-hint"
        value={region}
        onChange={(event) => onChange(event.target.value)}
      >
        {REGION_LIST.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {optionText(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
