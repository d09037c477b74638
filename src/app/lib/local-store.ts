/**
 * localStorage that never throws: private browsing, a full quota or blocked storage must not break
 * the questionnaire, only its memory.
 */
export const localStore = {
  read(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** Whether it was stored: false when the browser refuses (the caller keeps it elsewhere and says so). */
  write(key: string, value: string): boolean {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): boolean {
    try {
      window.localStorage.removeItem(key);
      return true;
    } catch {
      return false;
    }
  },
};
