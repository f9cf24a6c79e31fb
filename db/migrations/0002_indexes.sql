DROP INDEX `observations_partner_indicator_period`;--> statement-breakpoint
DROP INDEX `observations_indicator_period`;--> statement-breakpoint
DROP INDEX `observations_source`;--> statement-breakpoint
CREATE INDEX `observations_partner_indicator_period_id` ON `observations` (`partner`,`indicator`,`period_start`,`id`,`period_end`,`reporter`,`qualifier`);--> statement-breakpoint
CREATE INDEX `observations_reporter_indicator_period` ON `observations` (`reporter`,`indicator`,`period_start`);--> statement-breakpoint
CREATE INDEX `observations_source` ON `observations` (`source_id`,`id`);--> statement-breakpoint
DROP INDEX `commodity_shares_source`;--> statement-breakpoint
CREATE INDEX `commodity_shares_commodity` ON `commodity_shares` (`commodity`,`commodity_original`);--> statement-breakpoint
CREATE INDEX `commodity_shares_source` ON `commodity_shares` (`source_id`,`id`);