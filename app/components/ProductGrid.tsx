import type { ProductCardData } from "~/lib/catalog-types";
import { ProductCard } from "./ProductCard";

/** A responsive grid of product cards; the first row loads eagerly. */
export function ProductGrid({
  products,
  eagerCount = 0,
}: {
  products: ProductCardData[];
  eagerCount?: number;
}) {
  return (
    <ul className="product-grid">
      {products.map((p, i) => (
        <li key={p.handle}>
          <ProductCard product={p} eager={i < eagerCount} />
        </li>
      ))}
    </ul>
  );
}
