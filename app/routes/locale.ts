import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { locales } from "~/i18n";

const LocaleForm = z.object({
  lang: z.enum(locales),
  // Only same-site paths, so the switch cannot be used as an open redirect.
  redirectTo: z
    .string()
    .max(2048)
    .regex(/^\/(?![/\\])/)
    .catch("/"),
});

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The language switch: remembers the choice in a cookie and goes back to the page. */
export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData());
  const parsed = LocaleForm.safeParse(form);
  if (!parsed.success) throw new Response("invalid language", { status: 400 });
  return redirect(parsed.data.redirectTo, {
    status: 303,
    headers: {
      "Set-Cookie": `lang=${parsed.data.lang}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`,
    },
  });
}

/** GET /locale is not a page. */
export async function loader() {
  throw new Response("not found", { status: 404 });
}
