export * from "./regions";
export * from "./users";
export * from "./categories";
export * from "./sellers";
export * from "./products";
export * from "./auth";
