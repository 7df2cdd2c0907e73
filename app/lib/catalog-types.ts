/** Shapes the catalogue module returns to routes (plain, serialisable data). */
export const sortKeys = ["newest", "price-asc", "price-desc", "best-selling"] as const;
export type SortKey = (typeof sortKeys)[number];

export interface ImageRef {
  storageKey: string;
  widths: number[];
  width: number;
  height: number;
  alt: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export interface ProductCardData {
  handle: string;
  title: string;
  titleEn: string | null;
  priceFen: number;
  compareAtPriceFen: number | null;
  stock: number;
  unit: string;
  shopName: string;
  countyCode: string;
  countyName: string;
  isPovertyCounty: boolean;
  exitYear: number | null;
  provinceName: string;
  image: ImageRef | null;
}

export interface CategoryRef {
  handle: string;
  nameZh: string;
  nameEn: string;
  productCount: number;
}

export interface SellerCardData {
  handle: string;
  shopName: string;
  ownerDisplayName: string;
  story: string;
  countyCode: string;
  countyName: string;
  isPovertyCounty: boolean;
  provinceName: string;
  productCount: number;
}

export interface CountyInfo {
  code: string;
  name: string;
  isPovertyCounty: boolean;
  exitYear: number | null;
  povertyListName: string | null;
  prefectureCode: string | null;
  prefectureName: string | null;
  provinceCode: string;
  provinceName: string;
}

export interface RegionRef {
  code: string;
  name: string;
  level: "province" | "prefecture" | "county";
}

export interface ProductDetail {
  handle: string;
  title: string;
  titleEn: string | null;
  description: string;
  priceFen: number;
  compareAtPriceFen: number | null;
  stock: number;
  unit: string;
  weightGrams: number | null;
  soldCount: number;
  publishedAt: Date | null;
  categoryHandle: string;
  categoryNameZh: string;
  categoryNameEn: string;
  images: ImageRef[];
  county: CountyInfo;
  seller: SellerCardData;
}
