CREATE TABLE `commodities` (
	`code` text PRIMARY KEY NOT NULL,
	`hs_code` text,
	`name_en` text NOT NULL,
	`name_ru` text NOT NULL,
	`name_kk` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `commodity_shares` (
	`id` text PRIMARY KEY NOT NULL,
	`reporter` text NOT NULL,
	`partner` text NOT NULL,
	`flow` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`commodity` text NOT NULL,
	`commodity_original` text NOT NULL,
	`share_pct` real NOT NULL,
	`qualifier` text NOT NULL,
	`as_written` text NOT NULL,
	`source_id` text NOT NULL,
	`quote` text NOT NULL,
	`quote_en` text NOT NULL,
	`note` text,
	FOREIGN KEY (`reporter`) REFERENCES `partners`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner`) REFERENCES `partners`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commodity`) REFERENCES `commodities`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "commodity_shares_period_order" CHECK(period_end >= period_start),
	CONSTRAINT "commodity_shares_share_range" CHECK(share_pct >= 0 and share_pct <= 100),
	CONSTRAINT "commodity_shares_flow" CHECK(flow in ('export', 'import')),
	CONSTRAINT "commodity_shares_qualifier" CHECK(qualifier in ('exact', 'approx', 'more_than', 'less_than', 'up_to'))
);
--> statement-breakpoint
CREATE INDEX `commodity_shares_partner_flow_period` ON `commodity_shares` (`partner`,`flow`,`period_start`);--> statement-breakpoint
CREATE INDEX `commodity_shares_source` ON `commodity_shares` (`source_id`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`code` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`unit` text NOT NULL,
	`name_en` text NOT NULL,
	`description` text NOT NULL,
	CONSTRAINT "indicators_kind" CHECK(kind in ('flow', 'stock', 'share', 'growth', 'count', 'rank')),
	CONSTRAINT "indicators_unit" CHECK(unit in ('USD', 'percent', 'count', 'rank'))
);
--> statement-breakpoint
CREATE TABLE `observations` (
	`id` text PRIMARY KEY NOT NULL,
	`indicator` text NOT NULL,
	`reporter` text NOT NULL,
	`partner` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`qualifier` text NOT NULL,
	`as_written` text NOT NULL,
	`source_id` text NOT NULL,
	`quote` text NOT NULL,
	`quote_en` text NOT NULL,
	`note` text,
	FOREIGN KEY (`indicator`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reporter`) REFERENCES `partners`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner`) REFERENCES `partners`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "observations_period_order" CHECK(period_end >= period_start),
	CONSTRAINT "observations_qualifier" CHECK(qualifier in ('exact', 'approx', 'more_than', 'less_than', 'up_to')),
	CONSTRAINT "observations_unit" CHECK(unit in ('USD', 'percent', 'count', 'rank'))
);
--> statement-breakpoint
CREATE INDEX `observations_partner_indicator_period` ON `observations` (`partner`,`indicator`,`period_start`);--> statement-breakpoint
CREATE INDEX `observations_indicator_period` ON `observations` (`indicator`,`period_start`);--> statement-breakpoint
CREATE INDEX `observations_source` ON `observations` (`source_id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`code` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name_en` text NOT NULL,
	`name_ru` text NOT NULL,
	`name_kk` text NOT NULL,
	CONSTRAINT "partners_kind" CHECK(kind in ('country', 'group'))
);
--> statement-breakpoint
CREATE TABLE `skipped_mentions` (
	`id` integer PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL,
	`context` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `skipped_mentions_source` ON `skipped_mentions` (`source_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`publisher` text,
	`title` text NOT NULL,
	`title_en` text NOT NULL,
	`language` text NOT NULL,
	`published_on` text NOT NULL,
	`date_precision` text NOT NULL,
	`date_note` text NOT NULL,
	`note` text,
	CONSTRAINT "sources_language" CHECK(language in ('kk', 'ru', 'uz-Cyrl')),
	CONSTRAINT "sources_date_precision" CHECK(date_precision in ('day', 'month', 'year')),
	CONSTRAINT "sources_published_on_precision" CHECK((date_precision = 'day' and length(published_on) = 10) or (date_precision = 'month' and length(published_on) = 7) or (date_precision = 'year' and length(published_on) = 4))
);
