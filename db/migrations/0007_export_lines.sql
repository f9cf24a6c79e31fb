CREATE TABLE `commodity_share_lines` (
	`position` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`line` text NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `commodity_shares`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commodity_share_lines_id_unique` ON `commodity_share_lines` (`id`);--> statement-breakpoint
CREATE TABLE `observation_lines` (
	`position` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`line` text NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observation_lines_id_unique` ON `observation_lines` (`id`);