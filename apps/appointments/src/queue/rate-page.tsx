import { useTRPC } from "@hall/api-client";
import type { RatingScore } from "@hall/domain";
import { ErrorAlert, RatingPicker, useT } from "@hall/ui";
import { useMutation } from "@tanstack/react-query";
import { Button, Input, Result } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { PageTitle, Panel } from "../components/page-title.tsx";
import { SignInPrompt } from "../components/sign-in-prompt.tsx";
import { useCurrentUser } from "../me-context.ts";
import "./queue.messages.ts";

/**
 * `/rate/:ticketId` (好差评): the citizen rates a completed service 1–5 with an optional comment; the server refuses
 * a second rating and one after the 7-day window, and its message is shown as is.
 */
export function RatePage() {
  const t = useT();
  const trpc = useTRPC();
  const me = useCurrentUser();
  const ticketId = Number(useParams().ticketId);
  const [score, setScore] = useState<RatingScore | null>(null);
  const [comment, setComment] = useState("");
  const submit = useMutation(trpc.rating.submit.mutationOptions());

  if (!me) {
    return (
      <>
        <PageTitle title={t("appointments.queue.rate.title")} />
        <SignInPrompt hint={t("appointments.queue.rate.signInHint")} />
      </>
    );
  }
  if (submit.isSuccess) {
    return (
      <Result
        status="success"
        title={t("appointments.queue.rate.thanks")}
        subTitle={
          submit.data.caseId
            ? t("appointments.queue.rate.caseOpened", { date: submit.data.caseDueDate ?? "" })
            : undefined
        }
      />
    );
  }
  return (
    <>
      <PageTitle title={t("appointments.queue.rate.title")} subtitle={t("appointments.queue.rate.subtitle")} />
      <Panel>
        <ErrorAlert error={submit.error} />
        <RatingPicker value={score} onChange={setScore} disabled={submit.isPending} />
        <Input.TextArea
          aria-label={t("appointments.queue.rate.comment")}
          placeholder={t("appointments.queue.rate.commentPlaceholder")}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={500}
          showCount
          rows={4}
          style={{ marginTop: 16 }}
        />
        <Button
          type="primary"
          size="large"
          block
          disabled={score === null || !Number.isInteger(ticketId)}
          loading={submit.isPending}
          style={{ marginTop: 24 }}
          onClick={() =>
            score !== null && submit.mutate({ ticketId, score, ...(comment.trim() ? { comment: comment.trim() } : {}) })
          }
        >
          {t("appointments.queue.rate.submit")}
        </Button>
      </Panel>
    </>
  );
}
