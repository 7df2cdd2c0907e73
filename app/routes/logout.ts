import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "~/modules/auth/accounts.server";

/** POST /logout: ends this browser's session and goes home. */
export async function action({ request }: ActionFunctionArgs) {
  return redirect("/", { status: 303, headers: { "Set-Cookie": await signOut(request) } });
}

/** GET /logout changes nothing (no state changes on GET). */
export async function loader() {
  throw new Response("not found", { status: 404 });
}
