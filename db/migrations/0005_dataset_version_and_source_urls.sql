CREATE TABLE `dataset` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` text NOT NULL,
	`data_date` text NOT NULL,
	CONSTRAINT "dataset_one_row" CHECK(id = 1)
);
--> statement-breakpoint
ALTER TABLE `sources` ADD `url` text;