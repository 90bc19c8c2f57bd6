import { useCallback, useState } from "react";

/** State kept per window in sessionStorage, so a reload does not lose the ticket at the counter. */
export function usePersisted<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const raw = window.sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : initial;
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      if (next === null || next === undefined) window.sessionStorage.removeItem(key);
      else window.sessionStorage.setItem(key, JSON.stringify(next));
    },
    [key],
  );
  return [value, set];
}
