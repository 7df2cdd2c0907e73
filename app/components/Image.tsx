import type { ImageRef } from "~/lib/catalog-types";

/** URL of one rendered width of a stored image. */
export function imageUrl(image: Pick<ImageRef, "storageKey">, width: number): string {
  return `/media/${image.storageKey}-${width}.webp`;
}

interface ImageProps {
  image: ImageRef;
  /** The `sizes` attribute: how wide the image is shown at each viewport. */
  sizes: string;
  /** Above-the-fold images load eagerly; everything else is lazy. */
  eager?: boolean;
  alt?: string;
  className?: string;
}

/** A responsive image: srcset over the rendered widths, fixed aspect ratio, lazy by default. */
export function Image({ image, sizes, eager = false, alt, className }: ImageProps) {
  const widths = [...image.widths].sort((a, b) => a - b);
  const fallback = widths[Math.min(1, widths.length - 1)] ?? image.width;
  return (
    <img
      className={className}
      src={imageUrl(image, fallback)}
      srcSet={widths.map((w) => `${imageUrl(image, w)} ${w}w`).join(", ")}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt ?? image.alt}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      {...(eager ? { fetchpriority: "high" } : {})}
      style={{ aspectRatio: `${image.width} / ${image.height}` }}
    />
  );
}
