CREATE TABLE "regions" (
	"code" varchar(6) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" varchar(10) NOT NULL,
	"parent_code" varchar(6),
	"province_code" varchar(2) NOT NULL,
	"prefecture_code" varchar(4),
	"is_poverty_county" boolean DEFAULT false NOT NULL,
	"exit_year" smallint,
	"zone" varchar(8),
	"poverty_list_name" text,
	CONSTRAINT "regions_level_ck" CHECK ("regions"."level" in ('province','prefecture','county')),
	CONSTRAINT "regions_code_len_ck" CHECK (("regions"."level" = 'province' and length("regions"."code") = 2) or ("regions"."level" = 'prefecture' and length("regions"."code") = 4) or ("regions"."level" = 'county' and length("regions"."code") = 6)),
	CONSTRAINT "regions_poverty_county_ck" CHECK (not "regions"."is_poverty_county" or "regions"."level" = 'county')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"display_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"handle" varchar(64) NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"description_zh" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sellers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"handle" varchar(64) NOT NULL,
	"user_id" uuid,
	"shop_name" text NOT NULL,
	"owner_display_name" text NOT NULL,
	"birth_year" smallint NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"story" text DEFAULT '' NOT NULL,
	"status" varchar(16) DEFAULT 'pending' NOT NULL,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sellers_status_ck" CHECK ("sellers"."status" in ('pending','verified','rejected','suspended'))
);
--> statement-breakpoint
CREATE TABLE "product_images" (
	"id" serial PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"storage_key" text NOT NULL,
	"widths" integer[] NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"alt" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"handle" varchar(96) NOT NULL,
	"seller_id" uuid NOT NULL,
	"category_id" integer NOT NULL,
	"origin_county_code" varchar(6) NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"description" text DEFAULT '' NOT NULL,
	"price_fen" integer NOT NULL,
	"compare_at_price_fen" integer,
	"stock" integer DEFAULT 0 NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"weight_grams" integer,
	"status" varchar(16) DEFAULT 'draft' NOT NULL,
	"sold_count" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_price_ck" CHECK ("products"."price_fen" > 0),
	CONSTRAINT "products_compare_at_ck" CHECK ("products"."compare_at_price_fen" is null or "products"."compare_at_price_fen" > "products"."price_fen"),
	CONSTRAINT "products_stock_ck" CHECK ("products"."stock" >= 0),
	CONSTRAINT "products_status_ck" CHECK ("products"."status" in ('draft','active','archived'))
);
--> statement-breakpoint
ALTER TABLE "sellers" ADD CONSTRAINT "sellers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sellers" ADD CONSTRAINT "sellers_county_code_regions_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_origin_county_code_regions_code_fk" FOREIGN KEY ("origin_county_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_poverty_idx" ON "regions" USING btree ("province_code") WHERE "regions"."is_poverty_county";--> statement-breakpoint
CREATE UNIQUE INDEX "categories_handle_uq" ON "categories" USING btree ("handle");--> statement-breakpoint
CREATE UNIQUE INDEX "sellers_handle_uq" ON "sellers" USING btree ("handle");--> statement-breakpoint
CREATE INDEX "sellers_county_idx" ON "sellers" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "sellers_verified_idx" ON "sellers" USING btree ("verified_at") WHERE "sellers"."status" = 'verified';--> statement-breakpoint
CREATE UNIQUE INDEX "product_images_position_uq" ON "product_images" USING btree ("product_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "products_handle_uq" ON "products" USING btree ("handle");--> statement-breakpoint
CREATE INDEX "products_seller_idx" ON "products" USING btree ("seller_id","status");--> statement-breakpoint
CREATE INDEX "products_category_published_idx" ON "products" USING btree ("category_id","published_at");--> statement-breakpoint
CREATE INDEX "products_origin_idx" ON "products" USING btree ("origin_county_code");