import { useTRPC } from "@hall/api-client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { Completed, Ticket } from "./types.ts";
import { usePersisted } from "./use-persisted.ts";

/**
 * The work of one window: the ticket at the counter (as the server last described it, kept across reloads), the one
 * just passed, the one just completed, and the calls that change them. The server decides what may be done next
 * (`ticket.actions`, `ticket.outcomes`); this hook only keeps its latest answer.
 */
export function useCounter(windowId: number | null, enabled: boolean) {
  const trpc = useTRPC();
  const [current, setCurrent] = usePersisted<Ticket | null>(`hall.console.${windowId}.ticket`, null);
  const [passed, setPassed] = useState<Ticket | null>(null);
  const [completed, setCompleted] = useState<Completed | null>(null);
  const [empty, setEmpty] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // The server knows the window's open ticket: a new browser or device picks it up instead of being stuck. Only on
  // opening the console, and then while a refusal request waits for the chief (its decision changes what may be done);
  // otherwise this page's own calls are the truth (a stale answer must not bring a completed ticket back).
  const waitingForChief = current?.refusal?.status === "requested";
  const open = useQuery({
    ...trpc.queue.current.queryOptions({ windowId: windowId ?? 0 }),
    enabled: enabled && !!windowId,
    refetchInterval: waitingForChief ? 5000 : false,
  });
  const restored = useRef<number | null>(null);
  useEffect(() => {
    if (!open.isSuccess || !windowId) return;
    if (restored.current !== windowId) {
      restored.current = windowId;
      if (open.data) setCurrent(open.data);
    } else if (waitingForChief && open.data && open.data.ticketId === current?.ticketId) {
      setCurrent(open.data);
    }
  }, [open.isSuccess, open.data, windowId, waitingForChief, current?.ticketId, setCurrent]);

  const atWindow = (ticket: Ticket | null) => {
    setCurrent(ticket);
    setError(null);
  };
  const onError = (err: unknown) => setError(err);
  const callNext = useMutation(
    trpc.queue.callNext.mutationOptions({
      onSuccess: (ticket) => {
        setCompleted(null);
        setEmpty(ticket === null);
        if (ticket) setPassed(null);
        atWindow(ticket);
      },
      onError,
    }),
  );
  const recall = useMutation(trpc.queue.recall.mutationOptions({ onSuccess: atWindow, onError }));
  const start = useMutation(trpc.queue.start.mutationOptions({ onSuccess: atWindow, onError }));
  const pass = useMutation(
    trpc.queue.pass.mutationOptions({
      onSuccess: (ticket) => {
        setPassed(ticket);
        atWindow(null);
      },
      onError,
    }),
  );
  const requeue = useMutation(trpc.queue.requeue.mutationOptions({ onSuccess: () => setPassed(null), onError }));
  const transfer = useMutation(trpc.queue.transfer.mutationOptions({ onSuccess: () => atWindow(null), onError }));

  return {
    current,
    passed,
    completed,
    empty,
    error,
    clearError: () => setError(null),
    /** The server's latest view of the ticket (after a refusal request, or a refreshed decision). */
    update: atWindow,
    /** A completed ticket leaves the window. */
    done: (result: Completed) => {
      setCompleted(result);
      atWindow(null);
    },
    /** Asks the server for the ticket again now (e.g. the chief's decision). */
    refresh: () => open.refetch(),
    refreshing: open.isFetching,
    busy: callNext.isPending || recall.isPending || start.isPending || pass.isPending || transfer.isPending,
    callNext,
    recall,
    start,
    pass,
    requeue,
    transfer,
  };
}

export type Counter = ReturnType<typeof useCounter>;
