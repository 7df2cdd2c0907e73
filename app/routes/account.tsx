import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { FormError, FormField } from "~/components/FormField";
import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { useI18n } from "~/i18n";
import { CACHE_NONE } from "~/lib/cache";
import { privatePageMeta } from "~/lib/page-title";
import { changePassword, requireUser, signOutEverywhere } from "~/modules/auth/accounts.server";
import { formFailure, readForm, type FormFailure } from "~/modules/auth/forms.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { displayName: user.displayName, phone: user.phone, email: user.email };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  if (form.intent === "signOutEverywhere") {
    const cleared = await signOutEverywhere(request);
    return redirect("/login", { status: 303, headers: { "Set-Cookie": cleared } });
  }
  if (form.intent !== "changePassword") throw new Response("unknown action", { status: 400 });
  try {
    await changePassword(request, form);
  } catch (err) {
    return formFailure(err, form, []);
  }
  return redirect("/account?changed=1", { status: 303 });
}

export const headers = () => ({ "Cache-Control": CACHE_NONE });

export const meta = privatePageMeta("auth.account.title");

/** "+8613800138000" → "138 0013 8000" */
const showPhone = (p: string) => p.replace(/^\+86(\d{3})(\d{4})(\d{4})$/, "$1 $2 $3");

export default function Account() {
  const { t } = useI18n();
  const me = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const errors = failure?.errors ?? {};
  return (
    <section className="auth-page" aria-labelledby="account-title">
      <h1 id="account-title">{t("auth.account.title")}</h1>
      <p className="auth-page__lead">{t("auth.account.signedInAs", { name: me.displayName })}</p>
      <dl className="account-facts">
        {me.phone ? (
          <>
            <dt>{t("auth.account.phone")}</dt>
            <dd>{showPhone(me.phone)}</dd>
          </>
        ) : null}
        {me.email ? (
          <>
            <dt>{t("auth.account.email")}</dt>
            <dd>{me.email}</dd>
          </>
        ) : null}
      </dl>

      <h2 id="change-password">{t("auth.account.changePassword")}</h2>
      {params.get("changed") && !failure ? (
        <p className="form-notice" role="status">
          {t("auth.account.passwordChanged")}
        </p>
      ) : null}
      <FormError message={failure ? t("auth.error.summary") : undefined} />
      <Form method="post" className="auth-form" aria-labelledby="change-password" noValidate>
        <input type="hidden" name="intent" value="changePassword" />
        {/* Lets password managers tie the new password to the right account. */}
        <input
          type="hidden"
          name="username"
          autoComplete="username"
          value={me.phone ?? me.email ?? ""}
        />
        <FormField
          name="currentPassword"
          type="password"
          label="auth.field.currentPassword"
          error={errors.currentPassword}
          autoComplete="current-password"
          maxLength={128}
          required
        />
        <FormField
          name="newPassword"
          type="password"
          label="auth.field.newPassword"
          hint="auth.field.passwordHint"
          error={errors.newPassword}
          autoComplete="new-password"
          minLength={8}
          maxLength={128}
          required
        />
        <button type="submit" className="button">
          {t("auth.account.changePassword.submit")}
        </button>
      </Form>

      <h2 id="everywhere">{t("auth.account.everywhere")}</h2>
      <p>{t("auth.account.everywhere.body")}</p>
      <Form method="post" aria-labelledby="everywhere">
        <input type="hidden" name="intent" value="signOutEverywhere" />
        <button type="submit" className="button button--secondary">
          {t("auth.account.everywhere.submit")}
        </button>
      </Form>
    </section>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
