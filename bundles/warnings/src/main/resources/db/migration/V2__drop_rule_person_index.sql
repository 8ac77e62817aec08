-- Replacing a batch of people's warnings finds their rows through warning_item_person and filters
-- the rule there, so this index only slowed down every insert of a recomputation.
DROP INDEX warning_item_rule_person;
