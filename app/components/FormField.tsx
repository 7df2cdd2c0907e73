import type { InputHTMLAttributes } from "react";
import { useI18n, type MessageKey } from "~/i18n";

interface FormFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  /** i18n key of this field's error, if any. */
  error?: MessageKey;
}

/**
 * A labelled input with its hint and error beside it. The error is tied to the input with
 * aria-describedby and marks it aria-invalid, so screen readers announce it with the field.
 */
export function FormField({
  name,
  label,
  hint,
  error,
  id = `f-${name}`,
  ...input
}: FormFieldProps) {
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id} className="field__label">
        {t(label)}
      </label>
      <input
        id={id}
        name={name}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="field__hint">
          {t(hint)}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}

/** A form-level error (not tied to one field), announced when it appears. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
