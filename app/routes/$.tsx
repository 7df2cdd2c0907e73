import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { notFound } from "~/lib/errors";

/** Any URL no other route claims: a real 404 page. */
export async function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}

export const ErrorBoundary = RouteErrorBoundary;
