ALTER TABLE `commodity_shares` ADD `quote_ru` text;--> statement-breakpoint
ALTER TABLE `commodity_shares` ADD `quote_kk` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `name_ru` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `indicators` ADD `name_kk` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `observations` ADD `quote_ru` text;--> statement-breakpoint
ALTER TABLE `observations` ADD `quote_kk` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `aliases` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `title_ru` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `title_kk` text;