import { localStore } from './local-store';
import { tabMemory, type TabMemory } from './tab-memory';

interface SavedRecord<T> {
  /** What was saved, if it is there, of this version and valid; `discarded` when it was there but was not (it is removed). */
  read(): { content: T | undefined; discarded: boolean };
  /** Keeps it on the device (none erases it); false when the browser refuses, having kept it in this tab instead. */
  write(content: T | undefined): boolean;
}

/**
 * Something kept on this device as `{ version, [field]: content }` under a key, or in the tab's
 * history entry when the browser will not store it; read back only when it is the current version
 * and `isValid` says the content is whole.
 */
export function savedRecord<T>(
  key: string,
  field: keyof TabMemory,
  version: number,
  isValid: (content: unknown) => boolean,
): SavedRecord<T> {
  const keptInTab = (): string | null => {
    const kept = tabMemory.read()[field];
    return typeof kept === 'string' ? kept : null;
  };
  return {
    read() {
      const text = localStore.read(key) ?? keptInTab();
      if (text === null) return { content: undefined, discarded: false };
      try {
        const saved: unknown = JSON.parse(text);
        if (typeof saved === 'object' && saved !== null && (saved as { version?: unknown }).version === version) {
          // Kept as saved: parsing would fill in the defaults of questions not asked.
          const content = (saved as Record<string, unknown>)[field];
          if (isValid(content)) return { content: content as T, discarded: false };
        }
      } catch {
        // Not JSON: removed below.
      }
      localStore.remove(key);
      return { content: undefined, discarded: true };
    },
    write(content) {
      const text = content === undefined ? null : JSON.stringify({ version, [field]: content });
      const stored = text === null ? localStore.remove(key) : localStore.write(key, text);
      // A copy the tab kept while the device refused must not outlive what the device now holds.
      if (!stored || keptInTab() !== null) tabMemory.write({ [field]: stored ? undefined : text });
      return stored;
    },
  };
}
