import { useState } from "react";

/** Open/closed state of a create-or-edit dialog; `row` is null when creating. */
export function useEditor<T>(onOpen?: () => void) {
  const [state, setState] = useState<{ open: boolean; row: T | null }>({ open: false, row: null });
  return {
    open: state.open,
    row: state.row,
    create: () => {
      onOpen?.();
      setState({ open: true, row: null });
    },
    edit: (row: T) => {
      onOpen?.();
      setState({ open: true, row });
    },
    close: () => setState((s) => ({ ...s, open: false })),
  };
}
