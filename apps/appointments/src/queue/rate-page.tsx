import { useTRPC } from "@hall/api-client";
import { labelOf, RATING_LABELS, type RatingScore } from "@hall/domain";
import { ErrorAlert, RatingPicker, useLocale, useT } from "@hall/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Button, Input, Result, Skeleton } from "antd";
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
  const { locale } = useLocale();
  const valid = Number.isInteger(ticketId) && ticketId > 0;
  // The ticket as the server has it: a reopened page shows the rating given, not a blank form.
  const given = useQuery({ ...trpc.rating.ofTicket.queryOptions({ ticketId }), enabled: !!me && valid });
  const submit = useMutation(trpc.rating.submit.mutationOptions({ onSuccess: () => given.refetch() }));

  if (!me) {
    return (
      <>
        <PageTitle title={t("appointments.queue.rate.title")} />
        <SignInPrompt hint={t("appointments.queue.rate.signInHint")} />
      </>
    );
  }
  if (given.isLoading) return <Skeleton active />;
  const rating = given.data?.rating;
  if (rating && !submit.isSuccess) {
    return (
      <>
        <PageTitle title={t("appointments.queue.rate.title")} />
        <Panel>
          <div data-testid="rating-given">
            <div style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>
              {given.data?.number} · {given.data?.itemName}
            </div>
            <div style={{ fontSize: 18, marginBottom: 8 }}>
              {t("appointments.queue.rate.given", { label: labelOf(RATING_LABELS, rating.score, locale) })}
            </div>
            <RatingPicker value={rating.score} disabled />
            {rating.comment && <p style={{ marginTop: 12 }}>“{rating.comment}”</p>}
            <div style={{ marginTop: 8, fontSize: 13, color: "rgba(0,0,0,0.45)" }}>
              {t("appointments.queue.rate.givenOn", { time: rating.ratedAt.slice(0, 16).replace("T", " ") })}
            </div>
          </div>
        </Panel>
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
        <ErrorAlert error={submit.error ?? given.error} />
        {given.data && !given.data.canRate && !submit.error && (
          <p style={{ marginTop: 0, color: "rgba(0,0,0,0.65)" }}>{t("appointments.queue.rate.notRateable")}</p>
        )}
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
          disabled={score === null || !valid || given.data?.canRate === false}
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
