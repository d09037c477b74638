import type { RegionData, RegionNumbers, RegionsFile } from './regions-schema';
import { fillIn, type ExpectedMessages, type Messages } from './words';

interface PhoneNumber {
  /** As written for people: "1800 022 222", or words where the number is not known. */
  display: string;
  /** As dialled, for a tel: link. */
  dial: string;
}

/** A region's numbers (rules/regions.json) in one language's words (rules/text/<language>/regions.json). */
export interface Region {
  id: string;
  name: string;
  /** display fits "Call … now": "999", "112 or 999", "your local emergency number". */
  emergencyNumber: PhoneNumber;
  /**
   * Only where we cannot know the emergency number ("Somewhere else"): this line and its link take
   * the place of a call button, so that no number that may be wrong is shown as the one to call.
   */
  mobileEmergency?: { sentence: string; dial: string };
  emergencyDepartment: string;
  /** Help the same day when it is not an emergency: a sentence and a clause, each with {line} where the line is named. */
  sameDay: { action: string; clause: string; line?: PhoneNumber & { name: string } };
  /** Who to book for a check in the next few days. */
  clinician: string;
}

/** The words every region needs: the same-day route names its line where it has one. */
const NEEDED = (region: RegionNumbers): [string, string[]][] => {
  const line = region.sameDayLine ? ['line'] : [];
  const unknownNumber: [string, string[]][] =
    region.emergency.display === undefined
      ? [
          ['emergencyNumber', []],
          ['mobileEmergency', ['number']],
        ]
      : [];
  return [
    ['name', []],
    ...unknownNumber,
    ['emergencyDepartment', []],
    ['sameDayAction', line],
    ['sameDayClause', line],
    ['clinician', []],
  ];
};

const messageId = (region: string, part: string) => `region.${region}.${part}`;

/** The message ids a language's regions catalogue must hold for these regions, with their placeholders. */
export const regionMessageIds = (file: RegionsFile): ExpectedMessages =>
  new Map(
    file.regions.flatMap((region) => NEEDED(region).map(([part, placeholders]) => [messageId(region.id, part), placeholders])),
  );

/** The regions, in the select's order, in one language's words; the catalogue has been checked against regionMessageIds. */
export function regionsInWords(regions: readonly RegionNumbers[], messages: Messages): Region[] {
  return regions.map((data) => {
    const say = (part: string) => messages[messageId(data.id, part)] ?? '';
    const { display, dial } = data.emergency;
    return {
      id: data.id,
      name: say('name'),
      emergencyNumber: { display: display ?? say('emergencyNumber'), dial },
      ...(display === undefined ? { mobileEmergency: { sentence: fillIn(say('mobileEmergency'), { number: dial }), dial } } : {}),
      emergencyDepartment: say('emergencyDepartment'),
      sameDay: {
        action: say('sameDayAction'),
        clause: say('sameDayClause'),
        ...(data.sameDayLine ? { line: data.sameDayLine } : {}),
      },
      clinician: say('clinician'),
    };
  });
}

/** The same-day route in plain text, its line's number written out. */
export const sameDayText = (region: Region, form: 'action' | 'clause') =>
  fillIn(region.sameDay[form], region.sameDay.line ? { line: region.sameDay.line.display } : {});

/** The numbers the person was given, for a record or another program: the region's data without its review notes. */
export interface CareContacts {
  region: string;
  emergency: RegionData['emergency'];
  sameDayLine?: RegionData['sameDayLine'];
}

/** The region's numbers, or undefined for an id the regions do not hold. */
export function careContacts(file: RegionsFile, id: string): CareContacts | undefined {
  const data = file.regions.find((r) => r.id === id);
  if (!data) return undefined;
  return { region: data.id, emergency: data.emergency, ...(data.sameDayLine ? { sameDayLine: data.sameDayLine } : {}) };
}
