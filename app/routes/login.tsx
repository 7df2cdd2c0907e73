import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { FormError, FormField } from "~/components/FormField";
import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { useI18n } from "~/i18n";
import { RedirectTo } from "~/lib/auth-forms";
import { CACHE_NONE } from "~/lib/cache";
import { privatePageMeta } from "~/lib/page-title";
import { getSessionUser, signIn } from "~/modules/auth/accounts.server";
import { formFailure, readForm, type FormFailure } from "~/modules/auth/forms.server";

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request)) throw redirect("/account");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  try {
    const res = await signIn(request, form, context);
    return redirect(RedirectTo.parse(form.redirectTo ?? "/"), {
      status: 303,
      headers: { "Set-Cookie": res.setCookie },
    });
  } catch (err) {
    return formFailure(err, form, ["identifier"]);
  }
}

export const headers = () => ({ "Cache-Control": CACHE_NONE });

export const meta = privatePageMeta("auth.login.title");

export default function Login() {
  const { t } = useI18n();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const errors = failure?.errors ?? {};
  const formError = errors.form
    ? t(errors.form, { minutes: failure?.retryMinutes ?? 15 })
    : failure
      ? t("auth.error.summary")
      : undefined;
  return (
    <section className="auth-page" aria-labelledby="login-title">
      <h1 id="login-title">{t("auth.login.title")}</h1>
      <FormError message={formError} />
      <Form method="post" className="auth-form" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <FormField
          name="identifier"
          label="auth.field.identifier"
          error={errors.identifier}
          defaultValue={failure?.values.identifier}
          autoComplete="username"
          inputMode="email"
          required
        />
        <FormField
          name="password"
          type="password"
          label="auth.field.password"
          error={errors.password}
          autoComplete="current-password"
          maxLength={128}
          required
        />
        <button type="submit" className="button">
          {t("auth.login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/signup">{t("auth.login.noAccount")}</Link>
      </p>
    </section>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
