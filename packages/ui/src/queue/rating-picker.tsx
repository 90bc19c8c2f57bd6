import { StarFilled, StarOutlined } from "@ant-design/icons";
import { RATING_LABELS, RATING_SCORES, type RatingScore } from "@hall/domain";
import { useLocale } from "../i18n/i18n-provider.tsx";
import { useQueueUiT } from "./messages.ts";

export type RatingPickerProps = {
  /** The chosen score 1–5, or null before the citizen chooses. */
  value: RatingScore | null;
  /** Called with the score clicked or reached with the arrow keys. */
  onChange?: (score: RatingScore) => void;
  /** Read-only, e.g. once the rating was sent. */
  disabled?: boolean;
};

/** The label of a score in the current language (1 非常不满意 … 5 非常满意). */
export function useRatingLabel(): (score: RatingScore) => string {
  const { locale } = useLocale();
  return (score) => RATING_LABELS[score][locale];
}

/**
 * 好差评: five large stars as a radio group, each labelled (非常不满意 … 非常满意), the chosen label spelled out
 * underneath. Arrow keys move between scores like any radio group.
 */
export function RatingPicker({ value, onChange, disabled }: RatingPickerProps) {
  const t = useQueueUiT();
  const label = useRatingLabel();
  const move = (delta: number) => {
    const next = Math.min(5, Math.max(1, (value ?? 0) + delta)) as RatingScore;
    onChange?.(next);
  };
  return (
    <div>
      <div style={{ textAlign: "center", fontSize: 15, marginBottom: 8 }}>{t("queueUi.rating.label")}</div>
      <div
        role="radiogroup"
        aria-label={t("queueUi.rating.label")}
        data-testid="rating-picker"
        style={{ display: "flex", gap: 8, justifyContent: "center" }}
        onKeyDown={(e) => {
          if (disabled) return;
          if (e.key === "ArrowRight" || e.key === "ArrowUp") move(1);
          else if (e.key === "ArrowLeft" || e.key === "ArrowDown") move(-1);
          else return;
          e.preventDefault();
        }}
      >
        {RATING_SCORES.map((score) => {
          const on = value !== null && score <= value;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a star button acting as a radio, styled as one star
            <button
              key={score}
              type="button"
              role="radio"
              aria-checked={value === score}
              aria-label={t("queueUi.rating.star", { n: score, label: label(score) })}
              tabIndex={value === score || (value === null && score === 1) ? 0 : -1}
              disabled={disabled}
              onClick={() => onChange?.(score)}
              style={{
                border: 0,
                background: "transparent",
                padding: 4,
                cursor: disabled ? "not-allowed" : "pointer",
                fontSize: 40,
                lineHeight: 1,
                color: on ? "#fadb14" : "#bfbfbf",
              }}
            >
              {on ? <StarFilled /> : <StarOutlined />}
            </button>
          );
        })}
      </div>
      <div
        data-testid="rating-label"
        style={{ textAlign: "center", minHeight: 24, fontSize: 18, fontWeight: 600, marginTop: 4 }}
      >
        {value !== null ? label(value) : ""}
      </div>
    </div>
  );
}
