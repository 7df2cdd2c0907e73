import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { FormError, FormField } from "~/components/FormField";
import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { useI18n } from "~/i18n";
import { RedirectTo } from "~/lib/auth-forms";
import { CACHE_NONE } from "~/lib/cache";
import { privatePageMeta } from "~/lib/page-title";
import { getSessionUser, signUp } from "~/modules/auth/accounts.server";
import { formFailure, readForm, type FormFailure } from "~/modules/auth/forms.server";

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request)) throw redirect("/account");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  try {
    const res = await signUp(request, form, context);
    return redirect(RedirectTo.parse(form.redirectTo ?? "/account"), {
      status: 303,
      headers: { "Set-Cookie": res.setCookie },
    });
  } catch (err) {
    return formFailure(err, form, ["displayName", "identifier"]);
  }
}

export const headers = () => ({ "Cache-Control": CACHE_NONE });

export const meta = privatePageMeta("auth.signup.title");

export default function SignUp() {
  const { t } = useI18n();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const errors = failure?.errors ?? {};
  const values = failure?.values ?? {};
  return (
    <section className="auth-page" aria-labelledby="signup-title">
      <h1 id="signup-title">{t("auth.signup.title")}</h1>
      <p className="auth-page__lead">{t("auth.signup.lead")}</p>
      <FormError message={failure ? t("auth.error.summary") : undefined} />
      <Form method="post" className="auth-form" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/account"} />
        <FormField
          name="displayName"
          label="auth.field.displayName"
          error={errors.displayName}
          defaultValue={values.displayName}
          autoComplete="nickname"
          maxLength={40}
          required
        />
        <FormField
          name="identifier"
          label="auth.field.identifier"
          hint="auth.field.identifierHint"
          error={errors.identifier}
          defaultValue={values.identifier}
          autoComplete="username"
          inputMode="email"
          required
        />
        <FormField
          name="password"
          type="password"
          label="auth.field.password"
          hint="auth.field.passwordHint"
          error={errors.password}
          autoComplete="new-password"
          minLength={8}
          maxLength={128}
          required
        />
        <button type="submit" className="button">
          {t("auth.signup.submit")}
        </button>
      </Form>
      <p>
        <Link to="/login">{t("auth.signup.haveAccount")}</Link>
      </p>
    </section>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
